#include "project/style_keys_output.hpp"

namespace ruralatlas::project {

namespace {

void emit_labels(YAML::Emitter& out, const style::LabelSpec& labels) {
  const style::LabelSpec defaults;
  out << YAML::Key << "labels" << YAML::Value << YAML::Flow << YAML::BeginMap;
  out << YAML::Key << "field" << YAML::Value << YAML::DoubleQuoted << labels.field;
  if (labels.font_family != defaults.font_family) out << YAML::Key << "font" << YAML::Value << labels.font_family;
  out << YAML::Key << "size_pt" << YAML::Value << labels.size_pt;
  if (labels.bold) out << YAML::Key << "bold" << YAML::Value << true;
  out << YAML::Key << "color" << YAML::Value << YAML::DoubleQuoted << labels.color.to_hex();
  out << YAML::Key << "halo" << YAML::Value;
  if (labels.halo)
    out << YAML::DoubleQuoted << labels.halo->to_hex();
  else
    out << "none";
  out << YAML::Key << "halo_mm" << YAML::Value << labels.halo_mm;
  if (labels.priority != defaults.priority) out << YAML::Key << "priority" << YAML::Value << labels.priority;
  if (!labels.along_lines) out << YAML::Key << "along_line" << YAML::Value << false;
  if (labels.max_scale_denominator) out << YAML::Key << "max_scale" << YAML::Value << *labels.max_scale_denominator;
  if (labels.min_scale_denominator) out << YAML::Key << "min_scale" << YAML::Value << *labels.min_scale_denominator;
  out << YAML::EndMap;
}

}  // namespace

void emit_common_style_keys(YAML::Emitter& out, const style::LayerStyle& style) {
  if (style.labels) emit_labels(out, *style.labels);
  if (style.opacity != 1.0) out << YAML::Key << "opacity" << YAML::Value << style.opacity;
  if (style.min_scale_denominator) out << YAML::Key << "min_scale" << YAML::Value << *style.min_scale_denominator;
  if (style.max_scale_denominator) out << YAML::Key << "max_scale" << YAML::Value << *style.max_scale_denominator;
  if (!style.show_in_legend) out << YAML::Key << "show_in_legend" << YAML::Value << false;
}

}  // namespace ruralatlas::project
