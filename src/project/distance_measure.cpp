#include "project/distance_measure.hpp"

#include <cmath>

#include "analysis/nearest_distance.hpp"
#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_loader.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

std::vector<bool> matching_targets(const core::Layer& targets, const DistanceMeasureSpec& spec) {
  if (spec.filter.empty()) return {};
  try {
    auto filter = style::Filter::parse(spec.filter);
    filter.bind(targets.fields);
    std::vector<bool> mask;
    mask.reserve(targets.features.size());
    for (const auto& f : targets.features) mask.push_back(filter.matches(f.attributes));
    return mask;
  } catch (const core::Error& e) {  // say which file asked for the filter
    core::throw_config_error(spec.file.string(), spec.line, "measure '" + spec.name + "': " + e.what());
  }
}

}  // namespace

void add_distance_measure(core::Layer& villages, const DistanceMeasureSpec& spec) {
  if (villages.field_index(spec.name))
    core::throw_config_error(spec.file.string(), spec.line,
                             "measure '" + spec.name + "' would replace the column of that name in layer '" + villages.name + "'",
                             "give the measure another name");
  const auto targets = io::reproject(load_layer(read_layer_file(spec.target)).layer, villages.crs);
  const auto nearest = analysis::nearest_targets(villages, targets, matching_targets(targets, spec));
  villages.fields.push_back({spec.name, core::FieldType::Real, 0});
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    core::Value distance_m;
    if (nearest[v].target) distance_m = std::round(nearest[v].distance_m * 100) / 100;
    villages.features[v].attributes.push_back(distance_m);
  }
}

}  // namespace ruralatlas::project
