#include "project/distance_measure.hpp"

#include <cmath>

#include "analysis/nearest_distance.hpp"
#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_loader.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

/// Errors from the filter say which criteria file and measure asked for it.
template <class F>
auto in_measure(const DistanceMeasureSpec& spec, F&& f) {
  try {
    return f();
  } catch (const core::Error& e) {
    core::throw_config_error(spec.file.string(), spec.line, "measure '" + spec.name + "': " + e.what());
  }
}

std::vector<bool> matching_targets(const core::Layer& targets, style::Filter filter) {
  filter.bind(targets.fields);
  std::vector<bool> mask;
  mask.reserve(targets.features.size());
  for (const auto& f : targets.features) mask.push_back(filter.matches(f.attributes));
  return mask;
}

}  // namespace

void add_distance_measure(core::Layer& villages, const DistanceMeasureSpec& spec) {
  if (villages.field_index(spec.name))
    core::throw_config_error(spec.file.string(), spec.line,
                             "measure '" + spec.name + "' would replace the column of that name in layer '" + villages.name + "'",
                             "give the measure another name");
  const auto filter = spec.filter.empty() ? style::Filter{} : in_measure(spec, [&] { return style::Filter::parse(spec.filter); });
  // Only the filter's columns are read: a network of millions of segments needs no others.
  const auto target_file = read_layer_file(spec.target);
  const auto targets = io::reproject(load_layer(target_file, filter.referenced_fields()).layer, villages.crs);
  const auto mask = spec.filter.empty() ? std::vector<bool>{}
                                        : in_measure(spec, [&] { return matching_targets(targets, filter); });
  const auto nearest = analysis::nearest_targets(villages, targets, mask);
  villages.fields.push_back({spec.name, core::FieldType::Real, 0});
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    core::Value distance_m;
    if (nearest[v].target) distance_m = std::round(nearest[v].distance_m * 100) / 100;
    villages.features[v].attributes.push_back(distance_m);
  }
}

}  // namespace ruralatlas::project
