#include "analysis/cover_graph.hpp"

namespace ruralatlas::analysis {

CoverGraph::CoverGraph(const std::vector<std::vector<std::size_t>>& covers, std::size_t demand_count)
    : m_site_start(covers.size() + 1, 0), m_demand_start(demand_count + 1, 0) {
  for (std::size_t j = 0; j < covers.size(); ++j) {
    m_site_start[j + 1] = m_site_start[j] + covers[j].size();
    for (const auto i : covers[j]) ++m_demand_start[i + 1];
  }
  for (std::size_t i = 0; i < demand_count; ++i) m_demand_start[i + 1] += m_demand_start[i];
  m_site_demand.reserve(m_site_start.back());
  m_demand_site.resize(m_site_start.back());
  auto next = m_demand_start;  // fill position per demand point; candidates end up in index order
  for (std::size_t j = 0; j < covers.size(); ++j)
    for (const auto i : covers[j]) {
      m_site_demand.push_back(static_cast<std::uint32_t>(i));
      m_demand_site[next[i]++] = static_cast<std::uint32_t>(j);
    }
}

}  // namespace ruralatlas::analysis
