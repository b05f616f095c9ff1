#pragma once
// The efficiency curve as a small SVG chart (share covered against new sites, with the proven
// bound dashed), written as plain text so the CLI needs no drawing library for it.
#include <string>
#include <vector>

#include "analysis/efficiency_curve.hpp"

namespace ruralatlas::cli {

/// `total_weight` turns objectives into shares; `existing_weight` is the k = 0 point.
std::string efficiency_chart_svg(const std::vector<analysis::EfficiencyPoint>& curve, double total_weight,
                                 double existing_weight, const std::string& weight);

}  // namespace ruralatlas::cli
