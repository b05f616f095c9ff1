#include "project/project_file_writer.hpp"

#include <yaml-cpp/yaml.h>

#include "project/yaml_file_output.hpp"

namespace ruralatlas::project {

namespace {

void emit_text(YAML::Emitter& out, const char* key, const std::string& value, bool always = false) {
  if (always || !value.empty()) out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
}

void emit_header(YAML::Emitter& out, const char* key, const std::vector<std::string>& header) {
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& h : header) out << YAML::DoubleQuoted << h;
  out << YAML::EndSeq;
}

void emit_atlas(YAML::Emitter& out, const AtlasSpec& atlas, const std::filesystem::path& folder) {
  const AtlasSpec defaults;
  out << YAML::Key << "atlas" << YAML::Value << YAML::BeginMap;
  emit_text(out, "layer", atlas.layer, true);
  emit_text(out, "name_field", atlas.name_field, true);
  emit_text(out, "filter", atlas.filter);
  if (!atlas.layout_file.empty()) out << YAML::Key << "layout" << YAML::Value << path_written_in(atlas.layout_file, folder);
  if (atlas.overview) out << YAML::Key << "overview" << YAML::Value << true;
  if (atlas.radius_m != defaults.radius_m) out << YAML::Key << "radius_m" << YAML::Value << atlas.radius_m;
  if (atlas.dim != defaults.dim) out << YAML::Key << "dim" << YAML::Value << atlas.dim;
  if (atlas.table) {
    out << YAML::Key << "table" << YAML::Value << YAML::BeginMap;
    emit_text(out, "name", atlas.table->name, true);
    emit_text(out, "layer", atlas.table->layer, true);
    emit_text(out, "covered", atlas.table->covered, true);
    emit_header(out, "header", atlas.table->header);
    out << YAML::EndMap;
  }
  if (atlas.indicators) {
    out << YAML::Key << "indicators" << YAML::Value << YAML::BeginMap;
    emit_text(out, "name", atlas.indicators->name, true);
    out << YAML::Key << "criteria" << YAML::Value << path_written_in(atlas.indicators->criteria, folder);
    emit_header(out, "header", atlas.indicators->header);
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

}  // namespace

void write_project_file(const ProjectSpec& spec, const std::filesystem::path& path) {
  const auto folder = path.parent_path();
  YAML::Emitter out;
  out << YAML::Comment("Saved by RuralAtlas; layers bottom to top, paths relative to this file") << YAML::BeginMap;
  emit_text(out, "name", spec.name, true);
  emit_text(out, "title", spec.title, true);
  emit_text(out, "subtitle", spec.subtitle);
  emit_text(out, "source", spec.source_note);
  emit_text(out, "date", spec.date, true);
  emit_text(out, "map_crs", spec.map_crs, true);
  emit_text(out, "extent_layer", spec.extent_layer);
  out << YAML::Key << "layout" << YAML::Value << path_written_in(spec.layout_file, folder);
  out << YAML::Key << "layers" << YAML::Value << YAML::BeginSeq;
  for (const auto& entry : spec.layers) {
    out << YAML::BeginMap;
    out << YAML::Key << "layer" << YAML::Value << path_written_in(entry.layer_file, folder);
    out << YAML::Key << "style" << YAML::Value << path_written_in(entry.style_file, folder);
    if (entry.locator) out << YAML::Key << "locator" << YAML::Value << true;
    if (!entry.visible) out << YAML::Key << "visible" << YAML::Value << false;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  if (spec.atlas) emit_atlas(out, *spec.atlas, folder);
  out << YAML::EndMap;
  write_yaml_file(out, path, "project file");
}

}  // namespace ruralatlas::project
