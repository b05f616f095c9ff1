#pragma once
// The style panel (a layer's right-click > Style…): a renderer — a graduated-colour choropleth
// of a numeric field or a categorized map of a field's values — and the layer's labels. Apply
// restyles the layer in the window; Save style… writes it as a style file that reads back to
// the same style.
#include <QDialog>
#include <optional>

#include "project/map_pipeline.hpp"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace ruralatlas::gui {

class CategorizedStylePanel;
class GraduatedStylePanel;
class LabelSettingsPanel;

class StyleDialog : public QDialog {
  Q_OBJECT

 public:
  enum Renderer { Graduated, Categorized };

  explicit StyleDialog(project::MapLayer layer, QWidget* parent = nullptr);

  /// The style as chosen (classified, filters bound, labels set), when the choice makes one.
  const std::optional<style::LayerStyle>& style() const { return m_style; }

  /// Graduated colour or categorized (the Renderer order).
  QComboBox* renderer_box() const { return m_renderer; }
  GraduatedStylePanel* graduated() const { return m_graduated; }
  CategorizedStylePanel* categorized() const { return m_categorized; }
  LabelSettingsPanel* labels() const { return m_labels; }
  QLabel* message_label() const { return m_message; }
  QPushButton* apply_button() const { return m_apply; }
  QPushButton* save_button() const { return m_save; }
  /// Writes the chosen style as a style file (atomically); the error message on failure.
  QString save_style(const QString& path) const;

 private:
  void update_style();
  void choose_style_file();

  project::MapLayer m_layer;
  QComboBox* m_renderer;
  QStackedWidget* m_pages;
  GraduatedStylePanel* m_graduated;
  CategorizedStylePanel* m_categorized;
  LabelSettingsPanel* m_labels;
  QLabel* m_message;
  QPushButton* m_apply;
  QPushButton* m_save;
  std::optional<style::LayerStyle> m_style;
};

}  // namespace ruralatlas::gui
