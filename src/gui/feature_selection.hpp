#pragma once
// The selected features of one map layer, shared by the canvas (drawn highlighted), the
// identify panel and the attribute table, so selecting in one shows in the others.
#include <QObject>
#include <cstddef>
#include <optional>
#include <vector>

namespace ruralatlas::gui {

class FeatureSelection : public QObject {
  Q_OBJECT

 public:
  explicit FeatureSelection(QObject* parent = nullptr) : QObject(parent) {}

  /// Selects `features` (indices into map layer `layer_index`'s features), replacing any
  /// earlier selection; an empty list clears it.
  void select(std::size_t layer_index, std::vector<std::size_t> features);
  void clear();

  /// The map layer of the selection; unset when nothing is selected.
  std::optional<std::size_t> layer_index() const { return m_layer; }
  /// Sorted, without repeats.
  const std::vector<std::size_t>& features() const { return m_features; }
  bool empty() const { return m_features.empty(); }

 signals:
  void changed();

 private:
  std::optional<std::size_t> m_layer;
  std::vector<std::size_t> m_features;
};

}  // namespace ruralatlas::gui
