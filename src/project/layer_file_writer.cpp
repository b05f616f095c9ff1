#include "project/layer_file_writer.hpp"

#include <yaml-cpp/yaml.h>

#include "project/yaml_file_output.hpp"

namespace ruralatlas::project {

namespace {

void emit_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& item : items) out << YAML::DoubleQuoted << item;
  out << YAML::EndSeq;
}

const char* duplicates_name(analysis::DuplicatePolicy policy) {
  switch (policy) {
    case analysis::DuplicatePolicy::First: return "first";
    case analysis::DuplicatePolicy::Sum: return "sum";
    case analysis::DuplicatePolicy::Mean: return "mean";
    case analysis::DuplicatePolicy::Count: return "count";
    case analysis::DuplicatePolicy::Error: break;
  }
  return "error";
}

void emit_join(YAML::Emitter& out, const TableJoinSpec& join, const std::string& key, const std::filesystem::path& folder) {
  out << YAML::BeginMap;
  out << YAML::Key << "table" << YAML::Value << path_written_in(join.table, folder);
  if (!join.sheet.empty()) out << YAML::Key << "sheet" << YAML::Value << YAML::DoubleQuoted << join.sheet;
  emit_list(out, "table_key", join.table_keys);
  if (join.layer_keys != std::vector<std::string>{key}) emit_list(out, "layer_key", join.layer_keys);
  if (!join.columns.empty()) emit_list(out, "columns", join.columns);
  if (!join.normalization.fullwidth_to_halfwidth) out << YAML::Key << "fullwidth_digits" << YAML::Value << false;
  if (join.normalization.zero_pad != 0) out << YAML::Key << "zero_pad" << YAML::Value << join.normalization.zero_pad;
  if (join.duplicates != analysis::DuplicatePolicy::Error)
    out << YAML::Key << "duplicates" << YAML::Value << duplicates_name(join.duplicates);
  out << YAML::EndMap;
}

void emit_services(YAML::Emitter& out, const ServiceAccessSpec& services, const std::filesystem::path& folder) {
  out << YAML::Key << "services" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "network" << YAML::Value << path_written_in(services.network, folder);
  out << YAML::Key << "speeds" << YAML::Value << path_written_in(services.speeds, folder);
  out << YAML::Key << "within_min" << YAML::Value << services.within_min;
  out << YAML::Key << "kinds" << YAML::Value << YAML::BeginSeq;
  for (const auto& kind : services.kinds) {
    out << YAML::BeginMap;
    out << YAML::Key << "label" << YAML::Value << YAML::DoubleQuoted << kind.label;
    out << YAML::Key << "column" << YAML::Value << YAML::DoubleQuoted << kind.column;
    out << YAML::Key << "facilities" << YAML::Value << path_written_in(kind.facilities, folder);
    if (!kind.filter.empty()) out << YAML::Key << "filter" << YAML::Value << YAML::DoubleQuoted << kind.filter;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
}

void emit_service_area(YAML::Emitter& out, const ServiceAreaSpec& area, const std::filesystem::path& folder) {
  out << YAML::Key << "service_area" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "around" << YAML::Value << path_written_in(area.around, folder);
  if (!area.filter.empty()) out << YAML::Key << "filter" << YAML::Value << YAML::DoubleQuoted << area.filter;
  out << YAML::Key << "network" << YAML::Value << path_written_in(area.network, folder);
  out << YAML::Key << "speeds" << YAML::Value << path_written_in(area.speeds, folder);
  out << YAML::Key << "minutes" << YAML::Value << YAML::Flow << area.minutes;
  out << YAML::EndMap;
}

}  // namespace

void write_layer_file(const LayerFileSpec& spec, const std::filesystem::path& path) {
  const auto folder = path.parent_path();
  YAML::Emitter out;
  out << YAML::Comment("Saved by RuralAtlas; paths relative to this file") << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << spec.name;
  out << YAML::Key << "title" << YAML::Value << YAML::DoubleQuoted << spec.title;
  if (spec.service_area)
    emit_service_area(out, *spec.service_area, folder);
  else
    out << YAML::Key << "source" << YAML::Value << path_written_in(spec.source, folder);
  if (!spec.source_layer.empty()) out << YAML::Key << "source_layer" << YAML::Value << YAML::DoubleQuoted << spec.source_layer;
  if (spec.encoding) out << YAML::Key << "encoding" << YAML::Value << YAML::DoubleQuoted << *spec.encoding;
  if (spec.crs) out << YAML::Key << "crs" << YAML::Value << YAML::DoubleQuoted << *spec.crs;
  if (!spec.key.empty()) out << YAML::Key << "key" << YAML::Value << YAML::DoubleQuoted << spec.key;
  if (!spec.joins.empty()) {
    out << YAML::Key << "joins" << YAML::Value << YAML::BeginSeq;
    for (const auto& join : spec.joins) emit_join(out, join, spec.key, folder);
    out << YAML::EndSeq;
  }
  if (!spec.criteria.empty()) {
    out << YAML::Key << "criteria" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& file : spec.criteria) out << path_written_in(file, folder);
    out << YAML::EndSeq;
  }
  if (spec.coverage_preset) out << YAML::Key << "coverage" << YAML::Value << path_written_in(*spec.coverage_preset, folder);
  if (spec.services) emit_services(out, *spec.services, folder);
  out << YAML::EndMap;
  write_yaml_file(out, path, "layer file");
}

}  // namespace ruralatlas::project
