#pragma once
// The style panel's categorized page: a field, its distinct values with their feature counts,
// a colour per value from a qualitative palette (a click on a swatch changes it), and an
// "other" class for the values left out and features without a value.
#include <QWidget>
#include <map>
#include <optional>
#include <string>

#include "project/map_pipeline.hpp"
#include "style/value_counts.hpp"

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ruralatlas::gui {

class CategorizedStylePanel : public QWidget {
  Q_OBJECT

 public:
  enum Column { ColourColumn, ValueColumn, CountColumn };

  /// `layer` must outlive the panel. A categorized layer style preselects its field and colours.
  explicit CategorizedStylePanel(const project::MapLayer& layer, QWidget* parent = nullptr);

  /// The style as chosen (filters bound, no labels).
  const std::optional<style::LayerStyle>& style() const { return m_style; }
  const QString& message() const { return m_message; }

  QComboBox* field_box() const { return m_field; }
  QComboBox* palette_box() const { return m_palette; }
  /// How many values get a class of their own (the most frequent); the rest go to "other".
  QSpinBox* classes_box() const { return m_classes; }
  /// One row per class, the "other" class last: swatch, value, feature count.
  QTableWidget* table() const { return m_table; }
  /// Row `row`'s class drawn in `colour` (what choosing a colour for its swatch does).
  void set_class_colour(int row, const QColor& colour);

 signals:
  void changed();

 private:
  void count_field_values();
  void restyle();
  void choose_class_colour(int row, int column);
  /// Values with a class of their own: the most frequent, in value order.
  std::vector<std::pair<std::string, std::size_t>> chosen_values() const;

  const project::MapLayer& m_layer;
  QComboBox *m_field, *m_palette;
  QSpinBox* m_classes;
  QTableWidget* m_table;
  style::ValueCounts m_counts;
  std::map<std::string, style::Color> m_chosen_colours;  ///< colours picked by hand, by value
  std::optional<style::Color> m_other_colour;            ///< picked by hand for "other"
  std::vector<std::string> m_row_values;  ///< the value of each table row but "other"
  std::optional<style::LayerStyle> m_style;
  QString m_message;
};

}  // namespace ruralatlas::gui
