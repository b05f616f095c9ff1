#pragma once
// One styled layer prepared for drawing (render-internal): the features whose envelope meets
// the view and that some rule draws, converted to device pixels once, in flat arrays, and
// listed per rule so each rule sets its painter state once for all its features. Marker
// symbols on polygons stand at the polygon's visual centre (pole of inaccessibility).
#include <QPainter>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <cstdint>
#include <vector>

#include "render/label_placer.hpp"
#include "render/map_view.hpp"
#include "render/styled_layer.hpp"

namespace ruralatlas::render::detail {

class LayerBatch {
 public:
  LayerBatch(const StyledLayer& layer, const MapView& view);

  /// Casings of every line symbol, all rules, beneath everything else of the layer.
  void draw_casings(QPainter& painter) const;
  /// Each rule in order; within a rule each symbol (bottom to top) over all its features.
  void draw_symbols(QPainter& painter) const;
  /// Label candidates for the drawn features, if the style labels them at this scale.
  void add_labels(LabelPlacer& placer) const;

  std::size_t feature_count() const { return m_items.size(); }

 private:
  enum class Kind : std::uint8_t { Points, Lines, Polygon };
  struct Item {
    std::uint32_t feature;  ///< index in the layer
    Kind kind;
    std::uint32_t begin, end;              ///< points or line parts; Polygon: begin is the path index
    std::uint32_t rules_begin, rules_end;  ///< into m_item_rules
  };

  template <class Draw>
  void for_each_in_rule(std::size_t rule, Draw&& draw) const {
    for (auto i : m_by_rule[rule]) draw(m_items[i]);
  }
  double marker_radius_px(const Item& item) const;
  void draw_dashed_outline_fill(QPainter& painter, std::size_t rule, const style::FillSymbol& fill) const;

  const StyledLayer& m_layer;
  const MapView& m_view;
  std::vector<Item> m_items;
  std::vector<std::uint16_t> m_item_rules;
  std::vector<QPointF> m_points;
  std::vector<QPolygonF> m_parts;
  std::vector<QPainterPath> m_paths;
  std::vector<QPointF> m_polygon_markers;  ///< per path: where a marker symbol stands (NaN: nowhere)
  std::vector<std::vector<std::uint32_t>> m_by_rule;  ///< item indices per rule
  std::vector<std::size_t> m_draw_order;              ///< rule indices by level, then rule order
};

}  // namespace ruralatlas::render::detail
