#pragma once
// The style panel's label settings: which field labels the features (or none), the text's size
// and colour, and its halo (colour and width), as a style file's `labels:` section says them.
// What the panel does not show (font, bold, priority) is kept from the layer's style, and so is
// its scale range unless unticked: labels that only show zoomed in would otherwise seem lost.
#include <QGroupBox>
#include <optional>

#include "style/label_spec.hpp"
#include "core/layer.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;

namespace ruralatlas::gui {

class LabelSettingsPanel : public QGroupBox {
  Q_OBJECT

 public:
  /// Starts from `current` (the layer's labels), or no labels.
  LabelSettingsPanel(const core::Layer& layer, const std::optional<style::LabelSpec>& current, QWidget* parent = nullptr);

  /// The labels as set; nothing when the field is "none".
  std::optional<style::LabelSpec> labels() const;

  /// The label field's box: "(none)" first, then the layer's fields.
  QComboBox* field_box() const { return m_field; }
  QDoubleSpinBox* size_box() const { return m_size; }
  QCheckBox* halo_box() const { return m_halo; }
  QDoubleSpinBox* halo_width_box() const { return m_halo_width; }
  QPushButton* colour_button() const { return m_colour_button; }
  QPushButton* halo_colour_button() const { return m_halo_colour_button; }
  /// Keeps the layer's scale range for labels (shown only when it has one).
  QCheckBox* scale_range_box() const { return m_scale_range; }
  /// What choosing a colour on the buttons does.
  void set_colour(const QColor& colour);
  void set_halo_colour(const QColor& colour);

 signals:
  void changed();

 private:
  void update_enabled();

  style::LabelSpec m_base;  ///< the layer's labels (or the defaults): what the panel does not set
  QComboBox* m_field;
  QDoubleSpinBox *m_size, *m_halo_width;
  QCheckBox *m_halo, *m_scale_range;
  QPushButton *m_colour_button, *m_halo_colour_button;
  style::Color m_colour, m_halo_colour;
};

}  // namespace ruralatlas::gui
