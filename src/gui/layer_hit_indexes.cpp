#include "gui/layer_hit_indexes.hpp"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace ruralatlas::gui {

void LayerHitIndexes::prepare(const project::LoadedMap& map) {
  std::vector<Entry> kept;
  for (const auto& map_layer : map.layers) {
    const auto& layer = map_layer.layer;
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.layer == layer; });
    if (it != m_entries.end()) {
      kept.push_back(std::move(*it));
      m_entries.erase(it);
    } else if (std::none_of(kept.begin(), kept.end(), [&](const Entry& e) { return e.layer == layer; })) {
      kept.push_back({layer, QtConcurrent::run([layer] { return std::make_shared<const project::LayerWindow>(*layer); })});
    }
  }
  m_entries = std::move(kept);  // a forgotten index still building finishes unused
}

const project::LayerWindow* LayerHitIndexes::find(const core::Layer& layer) const {
  for (const auto& e : m_entries)
    if (e.layer.get() == &layer) return e.window.isFinished() ? e.window.result().get() : nullptr;
  return nullptr;
}

}  // namespace ruralatlas::gui
