#pragma once
// The style panel for a choropleth: a numeric field, a classification method, the number of
// classes and a ColorBrewer ramp, with the values' histogram, the breaks and the legend
// classes (with counts) redrawn at every change; Apply restyles the layer in the window.
#include <QDialog>
#include <optional>

#include "project/map_pipeline.hpp"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ruralatlas::gui {

class ValueHistogram;

class GraduatedStyleDialog : public QDialog {
  Q_OBJECT

 public:
  explicit GraduatedStyleDialog(project::MapLayer layer, QWidget* parent = nullptr);

  /// The style as chosen (classified), when the choice classifies; nothing otherwise.
  const std::optional<style::LayerStyle>& style() const { return m_style; }

  QComboBox* field_box() const { return m_field; }
  QComboBox* method_box() const { return m_method; }
  QSpinBox* classes_box() const { return m_classes; }
  QComboBox* ramp_box() const { return m_ramp; }
  QCheckBox* reverse_box() const { return m_reverse; }
  ValueHistogram* histogram() const { return m_histogram; }
  QListWidget* legend() const { return m_legend; }
  QLabel* message_label() const { return m_message; }
  QPushButton* apply_button() const { return m_apply; }
  QPushButton* save_button() const { return m_save; }
  /// Writes the chosen style as a style file (atomically); the error message on failure.
  QString save_style(const QString& path) const;

 private:
  void restyle();
  void choose_style_file();
  style::Symbol template_symbol() const;

  project::MapLayer m_layer;
  QComboBox *m_field, *m_method, *m_ramp;
  QSpinBox* m_classes;
  QCheckBox* m_reverse;
  ValueHistogram* m_histogram;
  QListWidget* m_legend;
  QLabel* m_message;
  QPushButton* m_apply;
  QPushButton* m_save;
  std::optional<style::LayerStyle> m_style;
};

}  // namespace ruralatlas::gui
