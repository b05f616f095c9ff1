#include "project/categorized_style_writer.hpp"

#include <algorithm>
#include <yaml-cpp/yaml.h>

#include "core/error.hpp"
#include "project/style_keys_output.hpp"
#include "project/symbol_output.hpp"
#include "project/yaml_file_output.hpp"

namespace ruralatlas::project {

namespace {

bool is_category(const style::Rule& rule) { return rule.is_else || !rule.values.empty(); }

void emit_category(YAML::Emitter& out, const style::Rule& rule) {
  out << YAML::BeginMap;
  if (rule.is_else) {
    out << YAML::Key << "else" << YAML::Value << true;
  } else if (rule.values.size() == 1) {
    out << YAML::Key << "value" << YAML::Value << YAML::DoubleQuoted << rule.values.front();
  } else {
    out << YAML::Key << "values" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& value : rule.values) out << YAML::DoubleQuoted << value;
    out << YAML::EndSeq;
  }
  out << YAML::Key << "label" << YAML::Value << YAML::DoubleQuoted << rule.label;
  if (rule.level != 0) out << YAML::Key << "level" << YAML::Value << rule.level;
  out << YAML::Key << "symbols" << YAML::Value << YAML::BeginSeq;
  for (const auto& symbol : rule.symbols) emit_symbol(out, symbol);
  out << YAML::EndSeq << YAML::EndMap;
}

}  // namespace

void write_categorized_style_file(const style::LayerStyle& style, const std::filesystem::path& path) {
  if (style.renderer != style::RendererKind::Categorized || style.rules.empty() ||
      !std::all_of(style.rules.begin(), style.rules.end(), is_category)) {
    core::Diagnostic d;
    d.file = path.string();
    d.layer = style.layer;
    d.message = "only a categorized style whose classes are values of its field can be saved this way";
    d.hint = "choose the categories in the style panel";
    throw core::Error(core::ErrorKind::Usage, std::move(d));
  }
  YAML::Emitter out;
  out << YAML::Comment("Saved by RuralAtlas's style panel") << YAML::BeginMap;
  out << YAML::Key << "layer" << YAML::Value << YAML::DoubleQuoted << style.layer;
  if (!style.title.empty()) out << YAML::Key << "title" << YAML::Value << YAML::DoubleQuoted << style.title;
  out << YAML::Key << "renderer" << YAML::Value << "categorized";
  out << YAML::Key << "field" << YAML::Value << YAML::DoubleQuoted << style.field;
  out << YAML::Key << "categories" << YAML::Value << YAML::BeginSeq;
  for (const auto& rule : style.rules) emit_category(out, rule);
  out << YAML::EndSeq;
  emit_common_style_keys(out, style);
  out << YAML::EndMap;
  write_yaml_file(out, path, "style file");
}

}  // namespace ruralatlas::project
