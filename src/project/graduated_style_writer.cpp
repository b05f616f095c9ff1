#include "project/graduated_style_writer.hpp"

#include <yaml-cpp/yaml.h>

#include "core/error.hpp"
#include "project/style_keys_output.hpp"
#include "project/yaml_file_output.hpp"

namespace ruralatlas::project {

namespace {

void emit_colour(YAML::Emitter& out, const char* key, const std::optional<style::Color>& colour) {
  if (colour) out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << colour->to_hex();
}

void emit_symbol(YAML::Emitter& out, const style::Symbol& symbol) {
  out << YAML::Key << "symbol" << YAML::Value << YAML::BeginMap;
  if (const auto* m = std::get_if<style::MarkerSymbol>(&symbol)) {
    out << YAML::Key << "marker" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "size_mm" << YAML::Value << m->size_mm;
    emit_colour(out, "stroke", m->stroke);
    out << YAML::Key << "stroke_width_mm" << YAML::Value << m->stroke_width_mm << YAML::EndMap;
  } else if (const auto* l = std::get_if<style::LineSymbol>(&symbol)) {
    out << YAML::Key << "line" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "width_mm" << YAML::Value << l->width_mm << YAML::EndMap;
  } else if (const auto* f = std::get_if<style::FillSymbol>(&symbol)) {
    out << YAML::Key << "fill" << YAML::Value << YAML::Flow << YAML::BeginMap;
    emit_colour(out, "outline", f->outline);
    out << YAML::Key << "outline_width_mm" << YAML::Value << f->outline_width_mm << YAML::EndMap;
  }
  out << YAML::EndMap;
}

[[noreturn]] void fail(core::ErrorKind kind, const std::filesystem::path& path, std::string message, std::string hint) {
  core::Diagnostic d;
  d.file = path.string();
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw core::Error(kind, std::move(d));
}

}  // namespace

void write_graduated_style_file(const style::LayerStyle& style, const std::filesystem::path& path) {
  if (style.renderer != style::RendererKind::GraduatedColor || !style.graduated)
    fail(core::ErrorKind::Usage, path, "only a graduated-colour style can be saved this way", "classify a numeric field first");
  const auto& g = *style.graduated;
  YAML::Emitter out;
  out << YAML::Comment("Saved by RuralAtlas's style panel") << YAML::BeginMap;
  out << YAML::Key << "layer" << YAML::Value << style.layer;
  if (!style.title.empty()) out << YAML::Key << "title" << YAML::Value << style.title;
  out << YAML::Key << "renderer" << YAML::Value << "graduated";
  out << YAML::Key << "field" << YAML::Value << style.field;
  out << YAML::Key << "method" << YAML::Value << g.method;
  out << YAML::Key << "classes" << YAML::Value << g.classes;
  out << YAML::Key << "ramp" << YAML::Value << g.ramp;
  if (g.reverse_ramp) out << YAML::Key << "reverse" << YAML::Value << true;
  emit_symbol(out, g.symbol);
  emit_common_style_keys(out, style);  // the labels the panel kept from the layer's style
  out << YAML::EndMap;

  write_yaml_file(out, path, "style file");
}

}  // namespace ruralatlas::project
