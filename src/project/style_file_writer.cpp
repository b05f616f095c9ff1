#include "project/style_file_writer.hpp"

#include <yaml-cpp/yaml.h>

#include "core/error.hpp"
#include "project/categorized_style_writer.hpp"
#include "project/graduated_style_writer.hpp"
#include "project/style_keys_output.hpp"
#include "project/symbol_output.hpp"
#include "project/yaml_file_output.hpp"

namespace ruralatlas::project {

namespace {

bool is_plain_single(const style::LayerStyle& style) {
  return style.renderer == style::RendererKind::Single && style.rules.size() == 1 && !style.rules.front().filter;
}

void write_single_style_file(const style::LayerStyle& style, const std::filesystem::path& path) {
  const auto& rule = style.rules.front();
  YAML::Emitter out;
  out << YAML::Comment("Saved by RuralAtlas") << YAML::BeginMap;
  out << YAML::Key << "layer" << YAML::Value << YAML::DoubleQuoted << style.layer;
  out << YAML::Key << "title" << YAML::Value << YAML::DoubleQuoted << style.title;
  out << YAML::Key << "renderer" << YAML::Value << "single";
  out << YAML::Key << "label" << YAML::Value << YAML::DoubleQuoted << rule.label;
  out << YAML::Key << "symbols" << YAML::Value << YAML::BeginSeq;
  for (const auto& symbol : rule.symbols) emit_symbol(out, symbol);
  out << YAML::EndSeq;
  emit_common_style_keys(out, style);
  out << YAML::EndMap;
  write_yaml_file(out, path, "style file");
}

}  // namespace

void write_style_file(const style::LayerStyle& style, const std::filesystem::path& path) {
  if (style.renderer == style::RendererKind::GraduatedColor) return write_graduated_style_file(style, path);
  if (style.renderer == style::RendererKind::Categorized) return write_categorized_style_file(style, path);
  if (is_plain_single(style)) return write_single_style_file(style, path);
  core::Diagnostic d;
  d.file = path.string();
  d.layer = style.layer;
  d.message = "this kind of style cannot be saved from the window";
  d.hint = "only single-symbol, categorized and graduated-colour styles made in the window are written; others stay in their style files";
  throw core::Error(core::ErrorKind::Usage, std::move(d));
}

}  // namespace ruralatlas::project
