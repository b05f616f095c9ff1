#pragma once
// The style panel's choropleth page: a numeric field, a classification method, the number of
// classes and a ColorBrewer ramp, with the values' histogram, the breaks and the legend
// classes (with counts) redrawn at every change.
#include <QWidget>
#include <optional>

#include "project/map_pipeline.hpp"

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace ruralatlas::gui {

class ValueHistogram;

class GraduatedStylePanel : public QWidget {
  Q_OBJECT

 public:
  /// `layer` must outlive the panel.
  explicit GraduatedStylePanel(const project::MapLayer& layer, QWidget* parent = nullptr);

  /// The style as chosen (classified, filters bound, no labels), when the choice classifies.
  const std::optional<style::LayerStyle>& style() const { return m_style; }
  /// Why there is no style, or what classifying had to work around; empty when nothing.
  const QString& message() const { return m_message; }

  QComboBox* field_box() const { return m_field; }
  QComboBox* method_box() const { return m_method; }
  QSpinBox* classes_box() const { return m_classes; }
  QComboBox* ramp_box() const { return m_ramp; }
  QCheckBox* reverse_box() const { return m_reverse; }
  ValueHistogram* histogram() const { return m_histogram; }
  QListWidget* legend() const { return m_legend; }

 signals:
  void changed();

 private:
  void restyle();

  const project::MapLayer& m_layer;
  QComboBox *m_field, *m_method, *m_ramp;
  QSpinBox* m_classes;
  QCheckBox* m_reverse;
  ValueHistogram* m_histogram;
  QListWidget* m_legend;
  std::optional<style::LayerStyle> m_style;
  QString m_message;
};

}  // namespace ruralatlas::gui
