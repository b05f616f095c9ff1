#pragma once
// The coverage table of an atlas page: how many features of a point layer (villages) lie in
// the page's feature (township) and how many of them are covered (match a filter), next to
// the same figures over all the atlas's pages.
#include <cstddef>
#include <string>
#include <vector>

#include "core/layer.hpp"
#include "layout/page_content.hpp"
#include "project/atlas_spec.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

struct CoverageCount {
  std::size_t total = 0;
  std::size_t covered = 0;
};

/// Per feature of `zones`: the points of `points` inside it (boundary counts as inside; a
/// point in overlapping zones counts in the first) and those `covered` matches (bound).
std::vector<CoverageCount> count_coverage(const core::Layer& points, const core::Layer& zones,
                                          const style::Filter& covered);

/// "87.5%", or "—" when there is nothing to count.
std::string share_text(const CoverageCount& count);

/// The header of `spec`, a row for the page and a row for all pages ("合计（N 个）").
layout::TableData coverage_table(const AtlasTableSpec& spec, const std::string& page_name, const CoverageCount& page,
                                 const CoverageCount& all_pages, std::size_t page_count);

}  // namespace ruralatlas::project
