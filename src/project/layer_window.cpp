#include "project/layer_window.hpp"

#include <algorithm>
#include <iterator>

#include "analysis/box_clip.hpp"

namespace ruralatlas::project {

namespace bgi = boost::geometry::index;

namespace {

std::vector<std::pair<core::Envelope, std::size_t>> envelopes(const core::Layer& layer) {
  std::vector<std::pair<core::Envelope, std::size_t>> entries;
  entries.reserve(layer.features.size());
  for (std::size_t i = 0; i < layer.features.size(); ++i) {
    const auto envelope = core::envelope_of(layer.features[i].geometry);
    if (!core::is_empty(envelope)) entries.emplace_back(envelope, i);
  }
  return entries;
}

}  // namespace

LayerWindow::LayerWindow(const core::Layer& layer) : m_layer(layer) {
  auto entries = envelopes(layer);
  m_tree = decltype(m_tree)(entries.begin(), entries.end());  // packed (bulk-loaded) once
}

std::vector<std::size_t> LayerWindow::features_meeting(const core::Envelope& extent) const {
  std::vector<Entry> hits;
  m_tree.query(bgi::intersects(extent), std::back_inserter(hits));
  std::vector<std::size_t> indices;
  indices.reserve(hits.size());
  for (const auto& hit : hits) indices.push_back(hit.second);
  std::sort(indices.begin(), indices.end());
  return indices;
}

void LayerWindow::copy_features(const std::vector<std::size_t>& indices, core::Layer& out,
                                const core::Envelope* clip) const {
  out.name = m_layer.name;
  out.source = m_layer.source;
  out.encoding = m_layer.encoding;
  out.crs = m_layer.crs;
  out.geometry_kind = m_layer.geometry_kind;
  out.fields = m_layer.fields;
  out.features.clear();
  out.features.reserve(indices.size());
  for (auto i : indices) {
    const auto& feature = m_layer.features[i];
    if (!clip || std::holds_alternative<core::MultiPoint>(feature.geometry)) {
      out.features.push_back(feature);
      continue;
    }
    core::Geometry cut;
    if (const auto* lines = std::get_if<core::MultiLineString>(&feature.geometry))
      cut = analysis::clip_to_box(*lines, *clip);
    else if (const auto* polygons = std::get_if<core::MultiPolygon>(&feature.geometry))
      cut = analysis::clip_to_box(*polygons, *clip);
    out.features.push_back({feature.fid, std::move(cut), feature.attributes});
  }
}

}  // namespace ruralatlas::project
