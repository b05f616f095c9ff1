#include "project/symbol_output.hpp"

namespace ruralatlas::project {

namespace {

const char* shape_name(style::MarkerShape shape) {
  switch (shape) {
    case style::MarkerShape::Square: return "square";
    case style::MarkerShape::Triangle: return "triangle";
    case style::MarkerShape::Diamond: return "diamond";
    case style::MarkerShape::Star: return "star";
    case style::MarkerShape::Cross: return "cross";
    case style::MarkerShape::Circle: break;
  }
  return "circle";
}

const char* hatch_name(style::Hatch hatch) {
  switch (hatch) {
    case style::Hatch::Forward: return "forward";
    case style::Hatch::Backward: return "backward";
    case style::Hatch::Cross: return "cross";
    case style::Hatch::Horizontal: return "horizontal";
    case style::Hatch::Vertical: return "vertical";
    case style::Hatch::None: break;
  }
  return "none";
}

void emit_colour(YAML::Emitter& out, const char* key, const std::optional<style::Color>& colour) {
  out << YAML::Key << key << YAML::Value;
  if (colour)
    out << YAML::DoubleQuoted << colour->to_hex();
  else
    out << "none";
}

void emit_dash(YAML::Emitter& out, const char* key, const std::vector<double>& dash_mm) {
  if (!dash_mm.empty()) out << YAML::Key << key << YAML::Value << YAML::Flow << dash_mm;
}

}  // namespace

void emit_symbol(YAML::Emitter& out, const style::Symbol& symbol) {
  out << YAML::Flow << YAML::BeginMap;
  if (const auto* m = std::get_if<style::MarkerSymbol>(&symbol)) {
    out << YAML::Key << "marker" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "shape" << YAML::Value << shape_name(m->shape);
    out << YAML::Key << "size_mm" << YAML::Value << m->size_mm;
    emit_colour(out, "fill", m->fill);
    emit_colour(out, "stroke", m->stroke);
    out << YAML::Key << "stroke_width_mm" << YAML::Value << m->stroke_width_mm << YAML::EndMap;
  } else if (const auto* l = std::get_if<style::LineSymbol>(&symbol)) {
    out << YAML::Key << "line" << YAML::Value << YAML::Flow << YAML::BeginMap;
    emit_colour(out, "color", l->color);
    out << YAML::Key << "width_mm" << YAML::Value << l->width_mm;
    emit_dash(out, "dash_mm", l->dash_mm);
    if (l->casing) {
      emit_colour(out, "casing", l->casing);
      out << YAML::Key << "casing_width_mm" << YAML::Value << l->casing_width_mm;
    }
    out << YAML::EndMap;
  } else if (const auto* f = std::get_if<style::FillSymbol>(&symbol)) {
    out << YAML::Key << "fill" << YAML::Value << YAML::Flow << YAML::BeginMap;
    emit_colour(out, "color", f->fill);
    out << YAML::Key << "hatch" << YAML::Value << hatch_name(f->hatch);
    emit_colour(out, "hatch_color", f->hatch_color);
    out << YAML::Key << "hatch_spacing_mm" << YAML::Value << f->hatch_spacing_mm;
    emit_colour(out, "outline", f->outline);
    out << YAML::Key << "outline_width_mm" << YAML::Value << f->outline_width_mm;
    emit_dash(out, "outline_dash_mm", f->outline_dash_mm);
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

}  // namespace ruralatlas::project
