#include "project/layer_coverage.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/nearest_distance.hpp"
#include "core/error.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

std::vector<bool> target_mask(const core::Layer& targets, const std::string& filter_text) {
  if (filter_text.empty()) return {};
  auto filter = style::Filter::parse(filter_text);
  try {
    filter.bind(targets.fields);
  } catch (const core::Error& e) {
    auto d = e.diagnostic();
    if (d.layer.empty()) d.layer = targets.name;
    throw core::Error(e.kind(), std::move(d));
  }
  std::vector<bool> mask(targets.features.size());
  for (std::size_t i = 0; i < mask.size(); ++i) mask[i] = filter.matches(targets.features[i].attributes);
  if (std::none_of(mask.begin(), mask.end(), [](bool b) { return b; }))
    core::throw_input_error(targets.name, "no feature matches `" + filter_text + "`",
                            "check the filter's column names and values against the layer's attribute table");
  return mask;
}

}  // namespace

LayerCoverage measure_layer_coverage(const core::Layer& demand, const core::Layer& targets, const LayerCoverageSpec& spec) {
  const auto mask = target_mask(targets, spec.target_filter);
  const auto nearest = analysis::nearest_targets(demand, targets, mask);
  LayerCoverage out{demand, 0, 0};
  out.layer.fields.push_back({spec.distance_column, core::FieldType::Real, 0});
  out.layer.fields.push_back({spec.covered_column, core::FieldType::Integer, 0});
  for (std::size_t i = 0; i < out.layer.features.size(); ++i) {
    auto& attributes = out.layer.features[i].attributes;
    if (!nearest[i].target || !std::isfinite(nearest[i].distance_m)) {
      attributes.emplace_back();
      attributes.emplace_back();
      continue;
    }
    const bool covered = nearest[i].distance_m <= spec.within_m;
    attributes.emplace_back(std::round(nearest[i].distance_m * 100) / 100);
    attributes.emplace_back(std::int64_t{covered});
    ++out.measured;
    out.covered += covered;
  }
  return out;
}

}  // namespace ruralatlas::project
