#pragma once
// The printed page(s) of a map as images, for the window's layout preview: drawn by the same
// layout code as the PDF, PNG and SVG exports. A project with an atlas previews its atlas pages
// (the page source is built once, then each page is drawn when asked for).
#include <memory>
#include <string>
#include <vector>

#include <QImage>

#include "project/atlas_page_source.hpp"
#include "project/map_export.hpp"

namespace ruralatlas::project {

struct PreviewPage {
  QImage image;
  std::string name;  ///< the atlas page's name; the title for a single map
  std::vector<std::string> warnings;  ///< text shrunk or cut off
};

class PagePreview {
 public:
  /// Reads the layout template and, for an atlas, lists its pages. Throws core::Error as
  /// export_map and export_atlas do. Not for use from two threads at once.
  explicit PagePreview(std::shared_ptr<const LoadedMap> map);
  ~PagePreview();
  PagePreview(const PagePreview&) = delete;  // the atlas source points at m_layout
  PagePreview& operator=(const PagePreview&) = delete;

  std::size_t page_count() const;
  double page_width_mm() const { return m_layout.page.width_mm; }
  double page_height_mm() const { return m_layout.page.height_mm; }
  /// Page `index` (0-based) at `dpi`; throws core::Error (Usage) for an index past the end.
  PreviewPage render(std::size_t index, double dpi);

 private:
  std::shared_ptr<const LoadedMap> m_map;
  layout::PrintLayout m_layout;
  std::unique_ptr<MapPage> m_single;          ///< a single map
  std::unique_ptr<AtlasPageSource> m_atlas;   ///< or the atlas's pages
};

}  // namespace ruralatlas::project
