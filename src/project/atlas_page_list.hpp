#pragma once
// Which features of the atlas layer become pages, in layer order, and what each is called.
//
// - A feature the filter rejects is not a page.
// - A feature with empty geometry or lines is skipped with a warning naming it; a point's
//   page frames the circle of spec.radius_m around it.
// - Page names must tell pages apart (they title the page and name per-page files): a name
//   used by several features gets " (key)" appended, the value of the layer's first field
//   (e.g. 城关镇 (620421100)), with one warning listing the names so disambiguated.
// - No page at all is an InputData error naming the layer and the filter.
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "core/layer.hpp"
#include "project/atlas_spec.hpp"

namespace ruralatlas::project {

struct AtlasPage {
  std::size_t feature = 0;  ///< index in the atlas layer
  std::string name;         ///< unique among the pages
  core::Envelope extent;    ///< of the feature, map CRS
};

struct AtlasPageList {
  std::vector<AtlasPage> pages;
  std::vector<std::string> warnings;  ///< skipped features, disambiguated names
};

/// Throws core::Error: Config when name_field is not a field of the layer or the filter does
/// not parse or names an unknown field; InputData when no page is left.
AtlasPageList list_atlas_pages(const core::Layer& layer, const AtlasSpec& spec);

}  // namespace ruralatlas::project
