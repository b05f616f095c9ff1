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
analysis::NearestTargetIndex streamed_targets(const LayerFileSpec& target, const DistanceMeasureSpec& spec,
                                              const style::Filter& filter, const core::Crs& crs) {
  std::optional<analysis::NearestTargetIndex> index;
  std::optional<style::Filter> bound;
  stream_layer_in_crs(target, filter.referenced_fields(), crs,
                      {.on_header = [&](const core::Layer& header) {
                         index.emplace(header);
                         bound = bound_filter(spec, filter, header.fields);
                       },
                       .keep = [&](const core::Feature& f) { return spec.filter.empty() || bound->matches(f.attributes); },
                       .on_feature = [&](core::Feature&& f) { index->add(f.geometry, static_cast<std::size_t>(f.fid)); }});
  return std::move(*index);
}

/// A layer file with joins is loaded whole (a joined column may be what the filter tests), as is
/// a service area, which has no source file to stream.
analysis::NearestTargetIndex loaded_targets(const LayerFileSpec& target, const DistanceMeasureSpec& spec,
                                            const style::Filter& filter, const core::Crs& crs) {
  const auto targets = io::reproject(load_layer(target, filter.referenced_fields()).layer, crs);
  const auto bound = bound_filter(spec, filter, targets.fields);
  analysis::NearestTargetIndex index(targets);
  for (std::size_t id = 0; id < targets.features.size(); ++id)
    if (spec.filter.empty() || bound.matches(targets.features[id].attributes)) index.add(targets.features[id].geometry, id);
  return index;
}

}  // namespace

void require_new_measure_column(const core::Layer& villages, const DistanceMeasureSpec& spec) {
  if (villages.field_index(spec.name))
    core::throw_config_error(spec.file.string(), spec.line,
                             "measure '" + spec.name + "' would replace the column of that name in layer '" + villages.name + "'",
                             "give the measure another name");
}

analysis::NearestTargetIndex load_measure_targets(const DistanceMeasureSpec& spec, const core::Crs& crs) {
  const auto filter = spec.filter.empty() ? style::Filter{} : in_measure(spec, [&] { return style::Filter::parse(spec.filter); });
  const auto target = read_layer_file(spec.target);
  auto index = target.joins.empty() && !target.service_area ? streamed_targets(target, spec, filter, crs)
                                                            : loaded_targets(target, spec, filter, crs);
  index.build();
  return index;
}

void append_distance_measure(core::Layer& villages, const DistanceMeasureSpec& spec, analysis::NearestTargetIndex& targets) {
  const auto nearest = targets.nearest(villages);
  villages.fields.push_back({spec.name, core::FieldType::Real, 0});
  for (std::size_t v = 0; v < villages.features.size(); ++v) {
    core::Value distance_m;
    if (nearest[v].target) distance_m = std::round(nearest[v].distance_m * 100) / 100;
    villages.features[v].attributes.push_back(distance_m);
  }
}

void add_distance_measure(core::Layer& villages, const DistanceMeasureSpec& spec) {
  require_new_measure_column(villages, spec);
  auto targets = load_measure_targets(spec, villages.crs);
  append_distance_measure(villages, spec, targets);
}

}  // namespace ruralatlas::project
