#pragma once
// R-trees of feature envelopes (project::LayerWindow) for the identify and selection clicks,
// one per map layer, built on workers as soon as the canvas shows a map so a click on
// millions of road segments tests only the few near it. Kept per layer across map edits
// (a layer restyled, moved or joined to is the same data only if the same core::Layer).
#include <QFuture>
#include <memory>
#include <vector>

#include "project/layer_window.hpp"
#include "project/map_pipeline.hpp"

namespace ruralatlas::gui {

class LayerHitIndexes {
 public:
  /// Starts indexing, on the thread pool, each layer of `map` not indexed yet; forgets the
  /// indexes of layers no longer in it.
  void prepare(const project::LoadedMap& map);
  /// The index of `layer`; null while it is still being built or was never asked for.
  const project::LayerWindow* find(const core::Layer& layer) const;

 private:
  struct Entry {
    std::shared_ptr<const core::Layer> layer;  ///< the window reads it
    QFuture<std::shared_ptr<const project::LayerWindow>> window;
  };
  std::vector<Entry> m_entries;
};

}  // namespace ruralatlas::gui
