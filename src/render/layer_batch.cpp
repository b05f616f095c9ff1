#include "render/layer_batch.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "render/device_geometry.hpp"
#include "render/fill_painter.hpp"
#include "render/label_anchor.hpp"
#include "render/line_label_path.hpp"
#include "render/line_painter.hpp"
#include "render/marker_painter.hpp"
#include "render/qt_conversions.hpp"
#include "render/shared_outline.hpp"
#include "style/rule_matcher.hpp"

namespace ruralatlas::render::detail {

namespace {

/// How far symbols reach past their geometry (marker radius, line and casing width, halo):
/// features this close outside the frame are still drawn.
constexpr double kSymbolReachMm = 10;

bool meets(const core::Envelope& a, const core::Envelope& b) {
  return !(a.max_corner().x() < b.min_corner().x() || a.min_corner().x() > b.max_corner().x() ||
           a.max_corner().y() < b.min_corner().y() || a.min_corner().y() > b.max_corner().y());
}

}  // namespace

LayerBatch::LayerBatch(const StyledLayer& layer, const MapView& view) : m_layer(layer), m_view(view) {
  const auto& style = *layer.style;
  const auto& features = layer.layer->features;
  m_by_rule.resize(style.rules.size());
  m_draw_order.resize(style.rules.size());
  for (std::size_t r = 0; r < m_draw_order.size(); ++r) m_draw_order[r] = r;
  std::stable_sort(m_draw_order.begin(), m_draw_order.end(),
                   [&](std::size_t a, std::size_t b) { return style.rules[a].level < style.rules[b].level; });
  const double margin = kSymbolReachMm * view.px_per_mm() * view.map_units_per_px();
  core::Envelope visible = view.extent();
  visible.min_corner().x(visible.min_corner().x() - margin);
  visible.min_corner().y(visible.min_corner().y() - margin);
  visible.max_corner().x(visible.max_corner().x() + margin);
  visible.max_corner().y(visible.max_corner().y() + margin);

  const bool markers_on_polygons = std::any_of(style.rules.begin(), style.rules.end(), [](const style::Rule& r) {
    return std::any_of(r.symbols.begin(), r.symbols.end(),
                       [](const style::Symbol& s) { return std::holds_alternative<style::MarkerSymbol>(s); });
  });
  const double pole_precision = 0.5 * view.px_per_mm() * view.map_units_per_px();
  std::vector<std::size_t> matched;
  for (std::size_t f = 0; f < features.size(); ++f) {
    const auto& feature = features[f];
    if (feature.geometry.index() == 0) continue;
    const auto envelope = core::envelope_of(feature.geometry);
    if (core::is_empty(envelope) || !meets(envelope, visible)) continue;
    style::match_rules(style, feature.attributes, matched);
    if (matched.empty()) continue;

    Item item{static_cast<std::uint32_t>(f), Kind::Points, 0, 0, static_cast<std::uint32_t>(m_item_rules.size()), 0};
    if (const auto* points = std::get_if<core::MultiPoint>(&feature.geometry)) {
      item.begin = static_cast<std::uint32_t>(m_points.size());
      append_device_points(*points, view, m_points);
      item.end = static_cast<std::uint32_t>(m_points.size());
    } else if (const auto* lines = std::get_if<core::MultiLineString>(&feature.geometry)) {
      item.kind = Kind::Lines;
      item.begin = static_cast<std::uint32_t>(m_parts.size());
      append_device_lines(*lines, view, m_parts);
      item.end = static_cast<std::uint32_t>(m_parts.size());
    } else {
      item.kind = Kind::Polygon;
      item.begin = static_cast<std::uint32_t>(m_paths.size());
      m_paths.push_back(device_path(std::get<core::MultiPolygon>(feature.geometry), view));
      item.end = item.begin + 1;
      if (markers_on_polygons) {
        // Proportional symbols on zones (investment per county) stand at the zone's visual
        // centre, where its label would go.
        const auto centre = label_anchor(feature.geometry, pole_precision);
        m_polygon_markers.push_back(centre ? view.to_device(*centre) : QPointF(qQNaN(), qQNaN()));
      }
    }
    for (auto r : matched) {
      m_item_rules.push_back(static_cast<std::uint16_t>(r));
      m_by_rule[r].push_back(static_cast<std::uint32_t>(m_items.size()));
    }
    item.rules_end = static_cast<std::uint32_t>(m_item_rules.size());
    m_items.push_back(item);
  }
}

void LayerBatch::draw_casings(QPainter& painter) const {
  const auto& rules = m_layer.style->rules;
  for (const std::size_t r : m_draw_order)
    for (const auto& symbol : rules[r].symbols) {
      const auto* line = std::get_if<style::LineSymbol>(&symbol);
      if (!line || !line->casing) continue;
      LinePainter casing(painter, *line, LinePass::Casing, m_view.px_per_mm());
      for_each_in_rule(r, [&](const Item& item) {
        if (item.kind == Kind::Lines)
          for (auto p = item.begin; p < item.end; ++p) casing.draw(m_parts[p]);
        else if (item.kind == Kind::Polygon)
          casing.draw(m_paths[item.begin]);
      });
    }
}

void LayerBatch::draw_symbols(QPainter& painter) const {
  const auto& rules = m_layer.style->rules;
  const double px_per_mm = m_view.px_per_mm();
  for (const std::size_t r : m_draw_order)
    for (const auto& symbol : rules[r].symbols) {
      if (const auto* marker = std::get_if<style::MarkerSymbol>(&symbol)) {
        MarkerPainter p(painter, *marker, px_per_mm);
        for_each_in_rule(r, [&](const Item& item) {
          if (item.kind == Kind::Points)
            p.draw(std::span<const QPointF>(m_points.data() + item.begin, item.end - item.begin));
          else if (item.kind == Kind::Polygon && !qIsNaN(m_polygon_markers[item.begin].x()))
            p.draw(m_polygon_markers[item.begin]);
        });
      } else if (const auto* line = std::get_if<style::LineSymbol>(&symbol)) {
        LinePainter p(painter, *line, LinePass::Line, px_per_mm);
        for_each_in_rule(r, [&](const Item& item) {
          if (item.kind == Kind::Lines)
            for (auto i = item.begin; i < item.end; ++i) p.draw(m_parts[i]);
          else if (item.kind == Kind::Polygon)
            p.draw(m_paths[item.begin]);
        });
      } else if (const auto* fill = std::get_if<style::FillSymbol>(&symbol)) {
        if (fill->outline && !fill->outline_dash_mm.empty()) {
          draw_dashed_outline_fill(painter, r, *fill);
          continue;
        }
        FillPainter p(painter, *fill, px_per_mm);
        for_each_in_rule(r, [&](const Item& item) {
          if (item.kind == Kind::Polygon) p.draw(m_paths[item.begin]);
        });
      }
    }
}

void LayerBatch::draw_dashed_outline_fill(QPainter& painter, std::size_t rule, const style::FillSymbol& fill) const {
  // Fills and hatches per polygon, then the outline with shared edges once (shared_outline.hpp).
  style::FillSymbol inside = fill;
  inside.outline.reset();
  FillPainter p(painter, inside, m_view.px_per_mm());
  for_each_in_rule(rule, [&](const Item& item) {
    if (item.kind == Kind::Polygon) p.draw(m_paths[item.begin]);
  });
  SharedOutline outline;
  std::vector<std::vector<core::Point>> runs;
  for_each_in_rule(rule, [&](const Item& item) {
    if (item.kind == Kind::Polygon)
      outline.add(std::get<core::MultiPolygon>(m_layer.layer->features[item.feature].geometry), runs);
  });
  painter.setBrush(Qt::NoBrush);
  painter.setPen(make_pen(*fill.outline, fill.outline_width_mm, fill.outline_dash_mm, m_view.px_per_mm()));
  for (const auto& run : runs) painter.drawPolyline(device_polyline(run, m_view));
}

double LayerBatch::marker_radius_px(const Item& item) const {
  double r = 0;
  for (auto i = item.rules_begin; i < item.rules_end; ++i)
    for (const auto& s : m_layer.style->rules[m_item_rules[i]].symbols)
      if (const auto* m = std::get_if<style::MarkerSymbol>(&s))
        r = std::max(r, (m->size_mm + (m->stroke ? m->stroke_width_mm : 0)) * m_view.px_per_mm() / 2);
  return r;
}

void LayerBatch::add_labels(LabelPlacer& placer) const {
  const auto& style = *m_layer.style;
  if (!style.labels || m_items.empty()) return;
  const auto& spec = *style.labels;
  if (spec.max_scale_denominator && m_view.scale_denominator() > *spec.max_scale_denominator) return;
  if (spec.min_scale_denominator && m_view.scale_denominator() < *spec.min_scale_denominator) return;
  const auto field = m_layer.layer->field_index(spec.field);
  if (!field) {
    core::Diagnostic d;
    d.layer = m_layer.layer->name;
    d.field = spec.field;
    d.message = "the style labels features with a field the layer does not have";
    throw core::Error(core::ErrorKind::Config, std::move(d));
  }
  // Half a millimetre on paper is as close as a label's anchor needs to be to the true pole.
  const double precision = 0.5 * m_view.px_per_mm() * m_view.map_units_per_px();
  for (const auto& item : m_items) {
    const auto& feature = m_layer.layer->features[item.feature];
    if (*field >= feature.attributes.size()) continue;
    LabelCandidate c;
    c.text = core::to_text(feature.attributes[*field]);
    c.spec = &spec;
    // Features are labelled where the frame shows them; one outside it is no candidate.
    if (item.kind == Kind::Points) {
      if (item.begin == item.end || !m_view.frame_rect().contains(m_points[item.begin])) continue;
      c.anchor = m_points[item.begin];
      c.placement = LabelPlacement::AroundPoint;
      c.clearance_px = marker_radius_px(item);
    } else if (item.kind == Kind::Polygon && !m_polygon_markers.empty() &&
               m_view.frame_rect().contains(m_polygon_markers[item.begin])) {
      // A zone with a proportional symbol: its name goes beside the symbol, not over it.
      c.anchor = m_polygon_markers[item.begin];
      c.placement = LabelPlacement::AroundPoint;
      c.clearance_px = marker_radius_px(item);
    } else if (item.kind == Kind::Lines && spec.along_lines) {
      if (item.begin == item.end) continue;
      c.placement = LabelPlacement::AlongLine;
      c.path = *std::max_element(m_parts.begin() + item.begin, m_parts.begin() + item.end,
                                 [](const QPolygonF& a, const QPolygonF& b) {
                                   return polyline_length(a) < polyline_length(b);
                                 });
    } else {
      const auto anchor = visible_label_anchor(feature.geometry, m_view.extent(), precision);
      if (!anchor) continue;
      c.anchor = m_view.to_device(*anchor);
    }
    placer.add(std::move(c));
  }
}

}  // namespace ruralatlas::render::detail
