#include "gui/feature_selection.hpp"

#include <algorithm>

namespace ruralatlas::gui {

void FeatureSelection::select(std::size_t layer_index, std::vector<std::size_t> features) {
  if (features.empty()) {
    clear();
    return;
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  if (m_layer == layer_index && m_features == features) return;
  m_layer = layer_index;
  m_features = std::move(features);
  emit changed();
}

void FeatureSelection::clear() {
  if (!m_layer) return;
  m_layer.reset();
  m_features.clear();
  emit changed();
}

}  // namespace ruralatlas::gui
