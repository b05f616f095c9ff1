#include "project/page_preview.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "layout/png_exporter.hpp"
#include "project/atlas_page_list.hpp"
#include "project/layout_file.hpp"

namespace ruralatlas::project {

namespace {

const core::Layer& atlas_layer(const LoadedMap& map, const AtlasSpec& spec) {
  for (const auto& l : map.layers)
    if (l.layer->name == spec.layer) return *l.layer;
  core::throw_config_error(spec.file.string(), spec.line, "the atlas layer '" + spec.layer + "' is not a layer of the map",
                           "show the layer again or choose a project whose map has it");
}

}  // namespace

PagePreview::PagePreview(std::shared_ptr<const LoadedMap> map) : m_map(std::move(map)) {
  const auto& spec = m_map->spec;
  if (!spec.atlas) {
    m_single = map_page(*m_map);
    m_layout = m_single->layout;
    return;
  }
  m_layout = read_layout_file(spec.atlas->layout_file.empty() ? spec.layout_file : spec.atlas->layout_file);
  auto list = list_atlas_pages(atlas_layer(*m_map, *spec.atlas), *spec.atlas);
  m_atlas = std::make_unique<AtlasPageSource>(*m_map, m_layout, *spec.atlas, std::move(list.pages));
}

PagePreview::~PagePreview() = default;

std::size_t PagePreview::page_count() const { return m_atlas ? m_atlas->page_count() : 1; }

PreviewPage PagePreview::render(std::size_t index, double dpi) {
  if (index >= page_count())
    throw core::Error(core::ErrorKind::Usage,
                      {{}, 0, {}, {}, {}, fmt::format("there is no page {} of {}", index + 1, page_count()), "choose another page"});
  PreviewPage preview;
  layout::PageStats stats;
  if (m_single) {
    preview.image = layout::render_page_image(m_single->layout, m_single->content, dpi, &stats);
    preview.name = m_map->spec.title;
  } else {
    const auto page = m_atlas->page(index);
    preview.image = layout::render_page_image(*page.layout, *page.content, dpi, &stats);
    preview.name = m_atlas->page_name(index);
  }
  preview.warnings = std::move(stats.warnings);
  return preview;
}

}  // namespace ruralatlas::project
