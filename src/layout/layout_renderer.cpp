#include "layout/layout_renderer.hpp"

#include <cstdio>
#include <map>

#include "core/error.hpp"
#include "layout/image_painter.hpp"
#include "layout/legend_painter.hpp"
#include "layout/locator_painter.hpp"
#include "layout/map_frame_painter.hpp"
#include "layout/graticule_painter.hpp"
#include "layout/grid_painter.hpp"
#include "layout/map_frame_view.hpp"
#include "layout/north_arrow_painter.hpp"
#include "layout/scale_bar_painter.hpp"
#include "layout/table_painter.hpp"
#include "layout/text_block_painter.hpp"

namespace ruralatlas::layout {

namespace {

QRectF device_rect(const RectMm& r, double px_per_mm) {
  return {r.x_mm * px_per_mm, r.y_mm * px_per_mm, r.width_mm * px_per_mm, r.height_mm * px_per_mm};
}

MapContent require_map(const PageContent& content, const std::string& name, const char* item) {
  if (auto map = content.find_map(name)) return *map;
  core::Diagnostic d;
  d.message = std::string("the layout's ") + item + " shows map '" + name + "', which this page has no content for";
  d.hint = name == kLocatorMap ? "mark the layers to draw in the locator (locator: true) or remove the locator item"
                               : "use a map name the project defines (main for the project's map)";
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

/// The first line of `text`, cut at a character boundary after about 60 bytes.
std::string first_line(const std::string& text) {
  auto line = text.substr(0, text.find('\n'));
  if (line.size() <= 60) return line;
  std::size_t cut = 60;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  return line.substr(0, cut) + "…";
}

std::string box_size(const RectMm& r) { return format_number(r.width_mm) + " × " + format_number(r.height_mm) + " mm"; }

class PageRenderer {
 public:
  PageRenderer(QPainter& painter, const PrintLayout& layout, const PageContent& content, double px_per_mm)
      : m_painter(painter), m_layout(layout), m_content(content), m_px_per_mm(px_per_mm) {}

  PageStats run() {
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    m_painter.fillRect(device_rect(m_layout.page.page_rect(), m_px_per_mm), Qt::white);
    for (const auto& item : m_layout.items) {
      const auto* frame = std::get_if<MapFrameItem>(&item);
      if (!frame || m_frames.count(frame->map)) continue;
      m_frames.emplace(frame->map, frame_view(*frame, require_map(m_content, frame->map, "map frame"), m_px_per_mm));
    }
    if (const auto* main = m_layout.main_frame()) m_stats.scale_denominator = m_frames.at(main->map).scale_denominator();
    m_variables = m_content.variables;
    if (m_stats.scale_denominator > 0) m_variables["scale"] = representative_fraction(m_stats.scale_denominator);

    for (const auto& item : m_layout.items) {
      const QRectF box = device_rect(item_rect(item), m_px_per_mm);
      std::visit([&](const auto& it) { draw(it, box); }, item);
    }
    return std::move(m_stats);
  }

 private:
  void draw(const MapFrameItem& it, const QRectF& box) {
    const auto map = require_map(m_content, it.map, "map frame");
    const auto view = frame_view(it, map, m_px_per_mm);
    const auto stats =
        paint_map_frame(m_painter, box, view, map.layers, it.border_mm, it.border_color, m_px_per_mm, map.focus);
    if (it.grid) paint_grid(m_painter, box, view, *it.grid, m_px_per_mm);
    if (it.graticule && !(m_content.geographic &&
                          paint_graticule(m_painter, box, view, *it.graticule, m_content.geographic, m_px_per_mm)))
      warn("the map frame's graticule is not drawn: the map's coordinates have no longitude/latitude here");
    if (&it == m_layout.main_frame()) m_stats.map = stats;
  }

  void draw(const TextItem& it, const QRectF& box) {
    const auto text = substitute_variables(it.text, m_variables);
    const auto fit = paint_text_block(m_painter, box, it, text);
    const auto shown = first_line(text);
    if (!fit.fits)
      warn("text \"" + shown + "\" does not fit its " + box_size(it.rect) + " box and is cut off; enlarge the box");
    else if (fit.size_pt < it.size_pt)
      warn("text \"" + shown + "\" shrunk from " + format_number(it.size_pt) + " to " + format_number(fit.size_pt) +
           " pt to fit its box");
  }

  /// The layers a legend explains: those its map's frame draws at its scale (a layer hidden
  /// by min/max scale has nothing on the page to explain).
  std::vector<render::StyledLayer> shown_layers(const std::string& name, const MapContent& map) const {
    const auto counted = map.legend_layers.empty() ? map.layers : map.legend_layers;
    const auto frame = m_frames.find(name);
    std::vector<render::StyledLayer> shown;
    for (const auto& layer : counted)
      if (frame == m_frames.end() || layer.style->visible_at(frame->second.scale_denominator())) shown.push_back(layer);
    return shown;
  }

  void draw(const LegendItem& it, const QRectF& box) {
    const auto map = require_map(m_content, it.map, "legend");
    const auto placement = paint_legend(m_painter, box, it, render::build_legend(shown_layers(it.map, map)), m_px_per_mm);
    if (!placement.fits)
      warn("the legend does not fit its " + box_size(it.rect) + " box even at " + format_number(placement.text_pt) +
           " pt and is cut off; enlarge the legend box or lower min_text_pt");
    else if (placement.text_pt < it.text_pt)
      warn("legend text shrunk from " + format_number(it.text_pt) + " to " + format_number(placement.text_pt) +
           " pt to fit its box");
  }

  void draw(const ScaleBarItem& it, const QRectF& box) {
    auto frame = m_frames.find(it.map);
    if (frame == m_frames.end()) {
      warn("the scale bar refers to map '" + it.map + "', which no map frame shows; it is left out");
      return;
    }
    paint_scale_bar(m_painter, box, it, frame->second.scale_denominator(), m_px_per_mm);
  }

  void draw(const NorthArrowItem& it, const QRectF& box) { paint_north_arrow(m_painter, box, it, m_px_per_mm); }

  void draw(const LocatorItem& it, const QRectF& box) {
    auto frame = m_frames.find(it.outline);
    if (frame == m_frames.end()) {
      warn("the locator outlines map '" + it.outline + "', which no map frame shows; it is left out");
      return;
    }
    paint_locator(m_painter, box, it, require_map(m_content, it.map, "locator"), frame->second.extent(),
                  m_px_per_mm);
  }

  void draw(const TableItem& it, const QRectF& box) {
    const auto table = m_content.tables.find(it.table);
    if (table == m_content.tables.end()) {
      core::Diagnostic d;
      d.message = "the layout's table shows table '" + it.table + "', which this page has no content for";
      d.hint = "tables are filled by `ruralatlas atlas` (table: coverage); use a layout without the table item here";
      throw core::Error(core::ErrorKind::Config, std::move(d));
    }
    const auto fit = paint_table(m_painter, box, it, table->second, m_px_per_mm);
    if (!fit.fits)
      warn("table '" + it.table + "' does not fit its " + box_size(it.rect) + " box even at " +
           format_number(fit.text_pt) + " pt: " + std::to_string(table->second.rows.size() - fit.rows_drawn) +
           " rows left out; enlarge the box or lower min_text_pt");
    else if (fit.text_pt < it.text_pt)
      warn("table '" + it.table + "' text shrunk from " + format_number(it.text_pt) + " to " +
           format_number(fit.text_pt) + " pt to fit its box");
  }

  void draw(const ImageItem& it, const QRectF& box) { paint_image(m_painter, box, it); }

  void warn(std::string message) { m_stats.warnings.push_back(std::move(message)); }

  QPainter& m_painter;
  const PrintLayout& m_layout;
  const PageContent& m_content;
  double m_px_per_mm;
  std::map<std::string, render::MapView> m_frames;  ///< each map's first frame: scale bar, locator, {scale}
  TextVariables m_variables;
  PageStats m_stats;
};

}  // namespace

PageStats render_page(QPainter& painter, const PrintLayout& layout, const PageContent& content, double px_per_mm) {
  return PageRenderer(painter, layout, content, px_per_mm).run();
}

}  // namespace ruralatlas::layout
