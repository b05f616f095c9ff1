#pragma once
// R-trees of feature envelopes (project::LayerWindow) for the identify and selection clicks,
// one per map layer, built as soon as the canvas shows a map so a click on millions of road
// segments tests only the few near it. Built one at a time on a thread of their own: the
// other core stays free for the map's render. Kept per layer across map edits (a layer
// restyled or moved is the same core::Layer; a join makes a new one).
#include <QFuture>
#include <QThreadPool>
#include <memory>
#include <vector>

#include "project/layer_window.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

class LayerHitIndexes {
 public:
  LayerHitIndexes();
  /// Waits for an index being built, if any (the builder's thread ends with it).
  ~LayerHitIndexes();

  /// Starts indexing each layer of `map` not indexed yet; forgets the indexes of layers no
  /// longer in it.
  void prepare(const project::LoadedMap& map);
  /// Forgets every index; one still to be built is not.
  void clear();
  /// The index of `layer`; null while it is still being built or was never asked for.
  const project::LayerWindow* find(const core::Layer& layer) const;

 private:
  struct Entry {
    std::shared_ptr<const core::Layer> layer;  ///< the window reads it
    QFuture<std::shared_ptr<const project::LayerWindow>> window;
  };
  QThreadPool m_builder;
  std::vector<Entry> m_entries;
};

}  // namespace ruralatlas::gui
