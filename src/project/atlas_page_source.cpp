#include "project/atlas_page_source.hpp"

#include <cmath>
#include <numbers>

#include "analysis/point_in_polygon.hpp"
#include "core/error.hpp"
#include "layout/map_frame_view.hpp"
#include "layout/print_layout.hpp"
#include "project/lon_lat_transform.hpp"
#include "project/map_export.hpp"

namespace ruralatlas::project {

namespace {

/// Room past the frame's edge whose features are still drawn (marker radius, line widths,
/// halos), as the renderer itself allows.
constexpr double kSymbolReachMm = 10;
constexpr double kLocatorToleranceMm = 0.1;
const std::string kOverviewName = "总图";  // the overview page's {page_name}

const MapLayer& require_layer(const LoadedMap& map, const std::string& name, const AtlasSpec& spec,
                              const char* role) {
  std::string names;
  for (const auto& l : map.layers) {
    if (l.layer->name == name) return l;
    names += (names.empty() ? "" : ", ") + l.layer->name;
  }
  core::throw_config_error(spec.file.string(), spec.line,
                           std::string("the atlas ") + role + " '" + name + "' is not a layer of the project",
                           "use one of the project's layers: " + names);
}

const layout::MapFrameItem& atlas_frame(const layout::PrintLayout& layout, const AtlasSpec& spec) {
  const auto* frame = layout.first_frame(layout::kMainMap);
  if (!frame)
    core::throw_config_error(spec.file.string(), spec.line, "the atlas layout has no map frame showing map 'main'",
                             "give the layout a map_frame with map: main; it shows each page's feature");
  if (frame->extent || !frame->extent_layer.empty())
    core::throw_config_error(spec.file.string(), spec.line,
                             "the atlas layout's main map frame sets its own extent, so every page would show the same",
                             "remove extent and extent_layer from that map_frame; each atlas page frames its feature");
  return *frame;
}

/// Whether a feature belongs to the page's feature, for legend counts: a line
/// with a vertex in it (a point: in it); a polygon whose centroid is in it or that holds its centroid (the
/// county around a township), so neighbours sharing only a boundary do not count.
bool inside_focus(const core::Geometry& geometry, const core::MultiPolygon& focus, const core::Point& focus_centre) {
  namespace bg = boost::geometry;
  if (const auto* points = std::get_if<core::MultiPoint>(&geometry)) {
    for (const auto& point : *points)
      if (bg::within(point, focus)) return true;
    return false;
  }
  if (const auto* lines = std::get_if<core::MultiLineString>(&geometry)) {
    for (const auto& line : *lines)
      for (const auto& point : line)
        if (bg::within(point, focus)) return true;
    return false;
  }
  if (const auto* polygons = std::get_if<core::MultiPolygon>(&geometry)) {
    if (polygons->empty()) return false;
    core::Point centre;
    bg::centroid(*polygons, centre);
    return bg::within(centre, focus) || bg::within(focus_centre, *polygons);
  }
  return false;
}

/// A circle of `radius` map units around `centre`, clockwise and closed as Boost.Geometry wants.
core::MultiPolygon circle(const core::Point& centre, double radius) {
  constexpr int kVertices = 72;
  core::Polygon ring;
  for (int i = 0; i <= kVertices; ++i) {
    const double a = -2 * std::numbers::pi * i / kVertices;
    ring.outer().emplace_back(centre.x() + radius * std::cos(a), centre.y() + radius * std::sin(a));
  }
  return {ring};
}

/// Map units per millimetre of the layout's locator inset (0 when there is none), the way
/// the inset frames `extent` (with a 4 % margin).
double locator_units_per_mm(const layout::PrintLayout& layout, const core::Envelope& extent) {
  for (const auto& item : layout.items)
    if (const auto* locator = std::get_if<layout::LocatorItem>(&item)) {
      const double w = extent.max_corner().x() - extent.min_corner().x();
      const double h = extent.max_corner().y() - extent.min_corner().y();
      return 1.08 * std::max(w / locator->rect.width_mm, h / locator->rect.height_mm);
    }
  return 0;
}

/// `layer` with lines and polygons simplified (Douglas–Peucker) to `tolerance` map units.
core::Layer simplified(const core::Layer& layer, double tolerance) {
  core::Layer out = layer;
  for (auto& feature : out.features) {
    if (auto* lines = std::get_if<core::MultiLineString>(&feature.geometry)) {
      core::MultiLineString simple;
      boost::geometry::simplify(*lines, simple, tolerance);
      *lines = std::move(simple);
    } else if (auto* polygons = std::get_if<core::MultiPolygon>(&feature.geometry)) {
      core::MultiPolygon simple;
      boost::geometry::simplify(*polygons, simple, tolerance);
      *polygons = std::move(simple);
    }
  }
  return out;
}

}  // namespace

AtlasPageSource::AtlasPageSource(const LoadedMap& map, const layout::PrintLayout& layout, const AtlasSpec& spec,
                                 std::vector<AtlasPage> pages, AtlasProgressFn progress)
    : m_map(map), m_layout(layout), m_spec(spec), m_pages(std::move(pages)), m_progress(std::move(progress)) {
  atlas_frame(m_layout, m_spec);
  const auto& atlas_layer = require_layer(map, spec.layer, spec, "layer");
  m_atlas_layer = atlas_layer.layer.get();
  m_point_atlas = m_atlas_layer->geometry_kind == core::GeometryKind::Point;
  m_slots.reserve(map.layers.size());
  m_locator_styles.reserve(map.layers.size() + 1);  // pointers into it must stay valid
  m_all_pages_extent = core::empty_envelope();
  for (const auto& page : m_pages) core::expand(m_all_pages_extent, page.extent);
  m_locator_extent = core::empty_envelope();
  for (const auto& l : map.layers) {
    m_slots.push_back({&l, LayerWindow(*l.layer), {}, {}, {}});
    auto& slot = m_slots.back();
    if (l.layer->geometry_kind == core::GeometryKind::Point && !m_point_atlas) {
      slot.points_by_page_feature.resize(m_atlas_layer->features.size());
      const auto zone_of = analysis::locate_points(*l.layer, *m_atlas_layer);
      for (std::size_t p = 0; p < zone_of.size(); ++p)
        if (zone_of[p]) slot.points_by_page_feature[*zone_of[p]].push_back(p);
    }
    m_full_layers.push_back({l.layer.get(), &l.style});
    if (l.in_locator) add_to_locator(l);
  }
  if (m_locator_layers.empty()) add_to_locator(atlas_layer);  // no layer marked: the atlas layer
  // Every page repeats the inset: its boundaries simplified to 0.1 mm there, not 0.05 mm at
  // page scale, keep a page of the PDF small (a county boundary has thousands of vertices).
  if (const double units_per_mm = locator_units_per_mm(layout, m_locator_extent); units_per_mm > 0) {
    m_locator_data.reserve(m_locator_layers.size());
    for (auto& styled : m_locator_layers) {
      m_locator_data.push_back(simplified(*styled.layer, kLocatorToleranceMm * units_per_mm));
      styled.layer = &m_locator_data.back();
    }
  }
  for (auto& slot : m_slots) {
    m_page_layers.push_back({&slot.on_page, &slot.source->style});
    m_legend_layers.push_back({&slot.in_feature, &slot.source->style});
  }

  if (m_spec.indicators) m_indicators.emplace(*m_spec.indicators, *m_atlas_layer, m_spec);
  if (m_spec.table && m_point_atlas)
    core::throw_config_error(spec.file.string(), spec.line,
                             "the atlas coverage table counts points inside each page's polygon, but atlas layer '" +
                                 spec.layer + "' is points",
                             "remove `table:` or make the atlas over a polygon layer; `indicators:` tabulates a point");
  if (m_spec.table) {
    const auto& table_layer = require_layer(map, m_spec.table->layer, spec, "table layer");
    if (table_layer.layer->geometry_kind != core::GeometryKind::Point)
      core::throw_config_error(spec.file.string(), spec.line,
                               "the atlas table counts features of layer '" + m_spec.table->layer +
                                   "', which is not a point layer",
                               "count a point layer such as villages");
    auto covered = style::Filter::parse(m_spec.table->covered);
    covered.bind(table_layer.layer->fields);
    m_coverage = count_coverage(*table_layer.layer, *m_atlas_layer, covered);
    for (const auto& page : m_pages) {
      m_coverage_all.total += m_coverage[page.feature].total;
      m_coverage_all.covered += m_coverage[page.feature].covered;
    }
  }

  m_content.metres_per_unit = map.crs.metres_per_unit;
  m_content.geographic = lon_lat_transform(map.crs);
  m_content.variables = {{"title", map.spec.title},
                         {"subtitle", map.spec.subtitle},
                         {"source", map.spec.source_note},
                         {"date", map.spec.date.empty() ? today_iso() : map.spec.date},
                         {"crs", map.crs.name + " (" + map.crs.label() + ")"},
                         {"page_count", std::to_string(page_count())}};
}

void AtlasPageSource::add_to_locator(const MapLayer& layer) {
  // The locator inset is small: its layers are drawn without labels.
  m_locator_styles.push_back(layer.style);
  m_locator_styles.back().labels.reset();
  m_locator_layers.push_back({layer.layer.get(), &m_locator_styles.back()});
  core::expand(m_locator_extent, layer.layer->extent());
}

std::string AtlasPageSource::page_name(std::size_t index) const {
  if (m_spec.overview) {
    if (index == 0) return kOverviewName;
    --index;
  }
  return m_pages.at(index).name;
}

layout::LayoutPage AtlasPageSource::page(std::size_t index) {
  if (m_progress) m_progress(index + 1, page_count(), page_name(index));
  if (m_spec.overview && index == 0)
    fill_overview();
  else
    fill_feature_page(m_pages.at(index - (m_spec.overview ? 1 : 0)));
  fill_common(page_name(index), index + 1);
  return {&m_layout, &m_content};
}

void AtlasPageSource::fill_overview() {
  m_content.maps[layout::kMainMap] = {m_full_layers, m_all_pages_extent, m_map.crs.metres_per_unit, nullptr, {}};
  if (m_spec.table) set_table("", {});
  if (m_indicators) m_content.tables[m_spec.indicators->name] = m_indicators->empty();
  set_feature_variables(nullptr);
}

const core::MultiPolygon& AtlasPageSource::focus_of(const AtlasPage& page) {
  const auto& geometry = m_atlas_layer->features[page.feature].geometry;
  if (!m_point_atlas) return std::get<core::MultiPolygon>(geometry);
  const auto& e = page.extent;  // the point ± radius
  const core::Point centre{(e.min_corner().x() + e.max_corner().x()) / 2, (e.min_corner().y() + e.max_corner().y()) / 2};
  m_focus = circle(centre, (e.max_corner().x() - e.min_corner().x()) / 2);
  return m_focus;
}

void AtlasPageSource::set_feature_variables(const core::Feature* feature) {
  // {field:NAME}: the page feature's attributes (a village's failing items, its households).
  for (std::size_t f = 0; f < m_atlas_layer->fields.size(); ++f)
    m_content.variables["field:" + m_atlas_layer->fields[f].name] =
        feature ? core::to_text(feature->attributes[f]) : std::string();
}

void AtlasPageSource::fill_feature_page(const AtlasPage& page) {
  const auto& focus = focus_of(page);
  const auto visible = visible_extent(page.extent);
  core::Point focus_centre;
  boost::geometry::centroid(focus, focus_centre);
  for (auto& slot : m_slots) {
    const auto on_page = slot.window.features_meeting(visible);
    slot.window.copy_features(on_page, slot.on_page, &visible);
    if (!slot.points_by_page_feature.empty()) {
      slot.window.copy_features(slot.points_by_page_feature[page.feature], slot.in_feature);
      continue;
    }
    std::vector<std::size_t> inside;
    for (auto i : slot.window.features_meeting(page.extent))
      if (inside_focus(slot.source->layer->features[i].geometry, focus, focus_centre)) inside.push_back(i);
    slot.window.copy_features(inside, slot.in_feature);
  }
  m_content.maps[layout::kMainMap] = {m_page_layers, page.extent, m_map.crs.metres_per_unit,
                                      m_spec.dim ? &focus : nullptr, m_legend_layers};
  if (m_spec.table) set_table(page.name, m_coverage[page.feature]);
  if (m_indicators) m_content.tables[m_spec.indicators->name] = m_indicators->rows_for(page.feature);
  set_feature_variables(&m_atlas_layer->features[page.feature]);
}

void AtlasPageSource::fill_common(const std::string& page_name, std::size_t number) {
  m_content.maps[layout::kLocatorMap] = {m_locator_layers, m_locator_extent, m_map.crs.metres_per_unit, nullptr, {}};
  m_content.variables["page_name"] = page_name;
  m_content.variables["page_number"] = std::to_string(number);
}

core::Envelope AtlasPageSource::visible_extent(const core::Envelope& target) const {
  const auto& frame = atlas_frame(m_layout, m_spec);
  const layout::MapContent map{m_page_layers, target, m_map.crs.metres_per_unit, nullptr, {}};
  const auto view = layout::frame_view(frame, map, 1.0);  // the extent does not depend on resolution
  const double reach = kSymbolReachMm * view.map_units_per_px();  // 1 px per mm
  auto e = view.extent();
  return core::Envelope{{e.min_corner().x() - reach, e.min_corner().y() - reach},
                        {e.max_corner().x() + reach, e.max_corner().y() + reach}};
}

void AtlasPageSource::set_table(const std::string& page_name, const CoverageCount& page) {
  m_content.tables[m_spec.table->name] =
      coverage_table(*m_spec.table, page_name, page, m_coverage_all, m_pages.size());
}

}  // namespace ruralatlas::project
