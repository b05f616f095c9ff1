#include "project/distance_measure.hpp"

#include <cmath>
#include <optional>

#include "analysis/nearest_distance.hpp"
#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_loader.hpp"
#include "project/reprojected_layer_stream.hpp"
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

style::Filter bound_filter(const DistanceMeasureSpec& spec, style::Filter filter, const std::vector<core::Field>& fields) {
  if (!spec.filter.empty()) in_measure(spec, [&] { filter.bind(fields); return 0; });
  return filter;
}

/// A network of millions of segments streams into the index: only the filter's columns are
/// decoded, unmatched features are dropped before reprojection, and the layer is never held.
std::vector<analysis::NearestTarget> nearest_streamed(const core::Layer& villages, const LayerFileSpec& target,
                                                      const DistanceMeasureSpec& spec, const style::Filter& filter) {
  std::optional<analysis::NearestTargetIndex> index;
  std::optional<style::Filter> bound;
  stream_layer_in_crs(target, filter.referenced_fields(), villages.crs,
                      {.on_header = [&](const core::Layer& header) {
                         index.emplace(header);
                         bound = bound_filter(spec, filter, header.fields);
                       },
                       .keep = [&](const core::Feature& f) { return spec.filter.empty() || bound->matches(f.attributes); },
                       .on_feature = [&](core::Feature&& f) { index->add(f.geometry, static_cast<std::size_t>(f.fid)); }});
  return index->nearest(villages);
}

/// A layer file with joins is loaded whole (a joined column may be what the filter tests), as is
/// a service area, which has no source file to stream.
std::vector<analysis::NearestTarget> nearest_loaded(const core::Layer& villages, const LayerFileSpec& target,
                                                    const DistanceMeasureSpec& spec, const style::Filter& filter) {
  const auto targets = io::reproject(load_layer(target, filter.referenced_fields()).layer, villages.crs);
  const auto bound = bound_filter(spec, filter, targets.fields);
  std::vector<bool> mask;
  if (!spec.filter.empty())
    for (const auto& f : targets.features) mask.push_back(bound.matches(f.attributes));
  return analysis::nearest_targets(villages, targets, mask);
}

}  // namespace

void add_distance_measure(core::Layer& villages, const DistanceMeasureSpec& spec) {
  if (villages.field_index(spec.name))
    core::throw_config_error(spec.file.string(), spec.line,
                             "measure '" + spec.name + "' would replace the column of that name in layer '" + villages.name + "'",
                             "give the measure another name");
  const auto filter = spec.filter.empty() ? style::Filter{} : in_measure(spec, [&] { return style::Filter::parse(spec.filter); });
  const auto target = read_layer_file(spec.target);
  const bool streamable = target.joins.empty() && !target.service_area;
  const auto nearest = streamable ? nearest_streamed(villages, target, spec, filter)
                                            : nearest_loaded(villages, target, spec, filter);
  villages.fields.push_back({spec.name, core::FieldType::Real, 0});
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    core::Value distance_m;
    if (nearest[v].target) distance_m = std::round(nearest[v].distance_m * 100) / 100;
    villages.features[v].attributes.push_back(distance_m);
  }
}

}  // namespace ruralatlas::project
