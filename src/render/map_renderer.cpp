#include "render/map_renderer.hpp"

#include <vector>

#include "render/device_geometry.hpp"
#include "render/label_anchor.hpp"
#include "render/label_placer.hpp"
#include "render/symbol_painter.hpp"
#include "style/rule_matcher.hpp"

namespace ruralatlas::render {

namespace {

bool visible_at(const style::LayerStyle& style, double scale) {
  if (style.min_scale_denominator && scale < *style.min_scale_denominator) return false;
  if (style.max_scale_denominator && scale > *style.max_scale_denominator) return false;
  return true;
}

struct VisibleFeature {
  const core::Feature* feature;
  DeviceGeometry geometry;
  std::vector<std::size_t> rules;
};

/// Features whose envelope meets the view, converted once, with the rules that draw them.
std::vector<VisibleFeature> collect_visible(const StyledLayer& layer, const MapView& view) {
  std::vector<VisibleFeature> out;
  std::vector<std::size_t> rules;
  for (const auto& feature : layer.layer->features) {
    const auto envelope = core::envelope_of(feature.geometry);
    if (core::is_empty(envelope) || boost::geometry::disjoint(envelope, view.extent())) continue;
    style::match_rules(*layer.style, feature.attributes, rules);
    if (rules.empty() && !layer.style->labels) continue;
    out.push_back({&feature, to_device(feature.geometry, view), rules});
  }
  return out;
}

double largest_marker_radius_px(const style::LayerStyle& style, const std::vector<std::size_t>& rules, double px_per_mm) {
  double r = 0;
  for (auto i : rules)
    for (const auto& s : style.rules[i].symbols)
      if (const auto* m = std::get_if<style::MarkerSymbol>(&s)) r = std::max(r, m->size_mm * px_per_mm / 2);
  return r;
}

void draw_layer(QPainter& painter, const StyledLayer& layer, const std::vector<VisibleFeature>& features,
                const MapView& view, RenderStats& stats) {
  const auto& style = *layer.style;
  painter.setOpacity(style.opacity);
  for (auto pass : {SymbolPass::Casing, SymbolPass::Main}) {
    for (std::size_t r = 0; r < style.rules.size(); ++r) {
      for (const auto& f : features) {
        if (std::find(f.rules.begin(), f.rules.end(), r) == f.rules.end()) continue;
        for (const auto& symbol : style.rules[r].symbols) paint_symbol(painter, f.geometry, symbol, pass, view.px_per_mm());
        if (pass == SymbolPass::Main && r == f.rules.front()) ++stats.features_drawn;
      }
    }
  }
  painter.setOpacity(1.0);
}

void collect_labels(LabelPlacer& placer, const StyledLayer& layer, const std::vector<VisibleFeature>& features,
                    const MapView& view) {
  const auto& style = *layer.style;
  if (!style.labels) return;
  const auto& spec = *style.labels;
  if (spec.max_scale_denominator && view.scale_denominator() > *spec.max_scale_denominator) return;
  const std::size_t field = *layer.layer->field_index(spec.field);
  for (const auto& f : features) {
    auto anchor = label_anchor(f.feature->geometry);
    if (!anchor) continue;
    LabelCandidate c;
    c.text = core::to_text(f.feature->attributes[field]);
    c.anchor = view.to_device(*anchor);
    c.around_point = std::holds_alternative<core::MultiPoint>(f.feature->geometry);
    c.clearance_px = largest_marker_radius_px(style, f.rules, view.px_per_mm());
    c.spec = &spec;
    placer.add(std::move(c));
  }
}

}  // namespace

RenderStats render_map(QPainter& painter, const MapView& view, std::span<const StyledLayer> layers) {
  RenderStats stats;
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  const QRectF frame(QPointF(0, 0), view.frame_px());
  painter.setClipRect(frame, Qt::IntersectClip);
  LabelPlacer placer(frame, view.px_per_mm());
  const double scale = view.scale_denominator();
  for (const auto& layer : layers) {
    if (!visible_at(*layer.style, scale)) continue;
    const auto features = collect_visible(layer, view);
    draw_layer(painter, layer, features, view, stats);
    collect_labels(placer, layer, features, view);
  }
  std::tie(stats.labels_placed, stats.labels_dropped) = placer.place_and_draw(painter);
  painter.restore();
  return stats;
}

}  // namespace ruralatlas::render
