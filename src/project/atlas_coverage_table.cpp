#include "project/atlas_coverage_table.hpp"

#include <fmt/format.h>

#include "analysis/point_in_polygon.hpp"

namespace ruralatlas::project {

std::vector<CoverageCount> count_coverage(const core::Layer& points, const core::Layer& zones,
                                          const style::Filter& covered) {
  std::vector<CoverageCount> counts(zones.features.size());
  const auto zone_of = analysis::locate_points(points, zones);
  for (std::size_t p = 0; p < zone_of.size(); ++p) {
    if (!zone_of[p]) continue;
    auto& count = counts[*zone_of[p]];
    ++count.total;
    if (covered.matches(points.features[p].attributes)) ++count.covered;
  }
  return counts;
}

std::string share_text(const CoverageCount& count) {
  if (count.total == 0) return "—";
  return fmt::format("{:.1f}%", 100.0 * static_cast<double>(count.covered) / static_cast<double>(count.total));
}

layout::TableData coverage_table(const AtlasTableSpec& spec, const std::string& page_name, const CoverageCount& page,
                                 const CoverageCount& all_pages, std::size_t page_count) {
  layout::TableData table;
  table.header = spec.header;
  auto row = [](std::string name, const CoverageCount& c) {
    return std::vector<std::string>{std::move(name), std::to_string(c.total), std::to_string(c.covered), share_text(c)};
  };
  if (!page_name.empty()) table.rows.push_back(row(page_name, page));
  table.rows.push_back(row(fmt::format("合计（{} 个）", page_count), all_pages));
  return table;
}

}  // namespace ruralatlas::project
