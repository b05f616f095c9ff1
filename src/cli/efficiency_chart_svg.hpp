#pragma once
// The efficiency curve as a small SVG chart (the measure against new sites, with the proven
// bound dashed), written as plain text so the CLI needs no drawing library for it.
#include <optional>
#include <string>
#include <vector>

#include "analysis/efficiency_curve.hpp"

namespace ruralatlas::cli {

/// Maximal covering: share of `weight` covered (%); `existing_weight` is the k = 0 point.
std::string efficiency_chart_svg(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight,
                                 double existing_weight, const std::string& weight);

/// p-median (`median`: population-weighted mean trip, objective / total_weight) or p-center
/// (worst trip) in `unit` (m or min); `existing_value` is the k = 0 point in that measure,
/// absent when the existing facilities do not reach every demand point.
std::string cost_chart_svg(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight, bool median,
                           const std::string& unit, const std::string& weight, std::optional<double> existing_value);

}  // namespace ruralatlas::cli
