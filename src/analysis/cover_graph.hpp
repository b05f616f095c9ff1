#pragma once
// Covering lists flattened (CSR) in both directions: per candidate the demand it reaches, and
// per demand point the candidates reaching it. The siting solvers' inner loops walk these
// contiguously, and the demand -> candidates side lets them update only what a change touches.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ruralatlas::analysis {

class CoverGraph {
 public:
  /// `covers[j]`: demand indices (< demand_count) reached by candidate j.
  CoverGraph(const std::vector<std::vector<std::size_t>>& covers, std::size_t demand_count);

  std::size_t candidate_count() const { return m_site_start.size() - 1; }
  std::size_t demand_count() const { return m_demand_start.size() - 1; }
  std::span<const std::uint32_t> demand_of(std::size_t j) const {
    return {m_site_demand.data() + m_site_start[j], m_site_demand.data() + m_site_start[j + 1]};
  }
  std::span<const std::uint32_t> candidates_of(std::size_t i) const {
    return {m_demand_site.data() + m_demand_start[i], m_demand_site.data() + m_demand_start[i + 1]};
  }

 private:
  std::vector<std::size_t> m_site_start, m_demand_start;
  std::vector<std::uint32_t> m_site_demand, m_demand_site;
};

}  // namespace ruralatlas::analysis
