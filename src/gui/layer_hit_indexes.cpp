#include "gui/layer_hit_indexes.hpp"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace ruralatlas::gui {

LayerHitIndexes::LayerHitIndexes() { m_builder.setMaxThreadCount(1); }

LayerHitIndexes::~LayerHitIndexes() {
  clear();
  m_builder.waitForDone();
}

void LayerHitIndexes::clear() {
  for (auto& e : m_entries) e.window.cancel();  // one not started yet never starts
  m_entries.clear();
}

void LayerHitIndexes::prepare(const project::LoadedMap& map) {
  std::vector<Entry> kept;
  for (const auto& map_layer : map.layers) {
    const auto& layer = map_layer.layer;
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) { return e.layer == layer; });
    if (it != m_entries.end()) {
      kept.push_back(std::move(*it));
      m_entries.erase(it);
    } else if (std::none_of(kept.begin(), kept.end(), [&](const Entry& e) { return e.layer == layer; })) {
      kept.push_back({layer, QtConcurrent::run(&m_builder, [layer] { return std::make_shared<const project::LayerWindow>(*layer); })});
    }
  }
  clear();  // the layers left are no longer in the map
  m_entries = std::move(kept);
}

const project::LayerWindow* LayerHitIndexes::find(const core::Layer& layer) const {
  for (const auto& e : m_entries)
    if (e.layer.get() == &layer) return e.window.isFinished() ? e.window.result().get() : nullptr;
  return nullptr;
}

}  // namespace ruralatlas::gui
