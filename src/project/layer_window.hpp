#pragma once
// A layer's features seen through a window: an R-tree of feature envelopes built once, then
// for each atlas page a copy of just the features meeting the page's extent, so drawing,
// labelling and legend counting touch a page's worth of features, not the whole layer.
#include <cstddef>
#include <utility>
#include <vector>

#include <boost/geometry/index/rtree.hpp>

#include "core/layer.hpp"

namespace ruralatlas::project {

class LayerWindow {
 public:
  /// `layer` must outlive the window.
  explicit LayerWindow(const core::Layer& layer);

  /// Indices of the features whose envelope meets `extent`, in layer order (drawing order).
  std::vector<std::size_t> features_meeting(const core::Envelope& extent) const;

  /// `out` becomes the layer (name, fields, CRS) with only the features at `indices`; with
  /// `clip`, their lines and polygons cut to that box (analysis::clip_to_box).
  void copy_features(const std::vector<std::size_t>& indices, core::Layer& out,
                     const core::Envelope* clip = nullptr) const;

  const core::Layer& layer() const { return m_layer; }

 private:
  using Entry = std::pair<core::Envelope, std::size_t>;
  const core::Layer& m_layer;
  boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>> m_tree;
};

}  // namespace ruralatlas::project
