#pragma once
// Aggregates point features (villages) to the zones (townships, counties) they fall in.
// Rates are re-aggregated from numerator and denominator — Σ tap_water_hh / Σ households —
// never averaged from village percentages.
#include <optional>
#include <string>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::analysis {

enum class StatKind { Count, Sum, Mean, Min, Max, Rate };

struct ZoneStat {
  StatKind kind = StatKind::Count;
  std::string field;        ///< Sum/Mean/Min/Max: the field; Rate: the numerator
  std::string denominator;  ///< Rate only
  std::string output_name;  ///< e.g. "households_sum", "tap_water_hh_rate_pct"
};

/// "count", "sum:households", "mean:x", "min:x", "max:x", "rate:tap_water_hh/households".
/// Throws core::Error (Usage) on anything else.
ZoneStat parse_zone_stat(const std::string& text);

struct ZoneStatistics {
  core::Layer zones;                 ///< the zone layer with one field per stat appended
  std::size_t points_outside = 0;    ///< points in no zone
  std::vector<std::int64_t> outside_fids;  ///< first few
  std::size_t null_values = 0;       ///< values skipped because null or non-numeric
};

/// `zone_of[p]` gives the zone index of point p (see locate_points). Null values are
/// skipped; a rate counts a point only when both numerator and denominator are present.
/// Zones with no values get null (count gets 0). Rates are percentages 0–100.
ZoneStatistics aggregate_to_zones(const core::Layer& points, const core::Layer& zones,
                                  const std::vector<std::optional<std::size_t>>& zone_of,
                                  const std::vector<ZoneStat>& stats);

}  // namespace ruralatlas::analysis
