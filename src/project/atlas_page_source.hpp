#pragma once
// Makes the pages of an atlas one at a time (layout::PageSource). Everything that does not
// depend on the page is done once, when the source is built: layers loaded and classified
// (LoadedMap), an R-tree per layer (LayerWindow), villages located in their township, the
// coverage counts. Each page then copies only the features in its frame, counts its legend
// from the features inside its own feature, and dims the rest of the map (MapContent::focus).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "layout/pdf_exporter.hpp"
#include "project/atlas_coverage_table.hpp"
#include "project/atlas_indicator_table.hpp"
#include "project/atlas_page_list.hpp"
#include "project/layer_window.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::project {

/// Called before page `number` (1-based) of `count` is drawn.
using AtlasProgressFn = std::function<void(std::size_t number, std::size_t count, const std::string& page_name)>;

class AtlasPageSource final : public layout::PageSource {
 public:
  /// `map` and `layout` must outlive the source. `spec.layer` must be a polygon or point
  /// layer of the map (a point's page dims all but the circle of spec.radius_m around it); `pages` come from list_atlas_pages on it. Throws core::Error (Config) for an
  /// atlas or table layer the map lacks, a table layer that is not points, or a layout whose
  /// main map frame fixes its own extent.
  AtlasPageSource(const LoadedMap& map, const layout::PrintLayout& layout, const AtlasSpec& spec,
                  std::vector<AtlasPage> pages, AtlasProgressFn progress = {});

  std::size_t page_count() const override { return m_pages.size() + (m_spec.overview ? 1 : 0); }
  layout::LayoutPage page(std::size_t index) override;
  /// The name of page `index` (the overview page is 总图, "general map").
  std::string page_name(std::size_t index) const;

 private:
  struct LayerSlot {
    const MapLayer* source = nullptr;
    LayerWindow window;
    core::Layer on_page;       ///< the features in the page's frame
    core::Layer in_feature;    ///< the features inside the page's feature, for legend counts
    std::vector<std::vector<std::size_t>> points_by_page_feature;  ///< point layers: by atlas feature
  };

  void add_to_locator(const MapLayer& layer);
  void fill_overview();
  void fill_feature_page(const AtlasPage& page);
  void fill_common(const std::string& page_name, std::size_t number);
  core::Envelope visible_extent(const core::Envelope& target) const;
  void set_table(const std::string& page_name, const CoverageCount& page);
  void set_feature_variables(const core::Feature* feature);
  const core::MultiPolygon& focus_of(const AtlasPage& page);

  const LoadedMap& m_map;
  const layout::PrintLayout& m_layout;
  AtlasSpec m_spec;
  std::vector<AtlasPage> m_pages;
  AtlasProgressFn m_progress;
  const core::Layer* m_atlas_layer = nullptr;
  bool m_point_atlas = false;     ///< pages frame a circle around each point
  core::MultiPolygon m_focus;     ///< the current page's circle, for point atlases
  std::optional<AtlasIndicatorTable> m_indicators;
  std::vector<LayerSlot> m_slots;  ///< one per map layer, bottom to top
  std::vector<style::LayerStyle> m_locator_styles;
  std::vector<core::Layer> m_locator_data;  ///< simplified copies for the inset
  std::vector<render::StyledLayer> m_page_layers, m_legend_layers, m_full_layers, m_locator_layers;
  core::Envelope m_locator_extent;
  core::Envelope m_all_pages_extent;
  std::vector<CoverageCount> m_coverage;  ///< per atlas feature
  CoverageCount m_coverage_all;           ///< over the pages
  layout::PageContent m_content;
};

}  // namespace ruralatlas::project
