#pragma once
// File > New project: the new map's title, its CRS (default EPSG:4544, CGCS2000 3-degree
// Gauss-Kruger CM 105E, as the sample projects use) and its page layout (default A3 landscape).
#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;

namespace ruralatlas::gui {

struct NewProjectSettings {
  QString title;
  QString map_crs;
  QString layout_file;
};

class NewProjectDialog : public QDialog {
  Q_OBJECT

 public:
  static constexpr const char* kDefaultCrs = "EPSG:4544";
  static constexpr const char* kDefaultLayout = "a3_landscape.yaml";

  /// Offers the layout files (*.yaml) of `layouts_folder`.
  explicit NewProjectDialog(const QString& layouts_folder, QWidget* parent = nullptr);
  NewProjectSettings settings() const;

  QLineEdit* title_edit() const { return m_title; }
  QLineEdit* crs_edit() const { return m_crs; }
  QComboBox* layout_box() const { return m_layout; }

 private:
  QLineEdit* m_title = nullptr;
  QLineEdit* m_crs = nullptr;
  QComboBox* m_layout = nullptr;
};

}  // namespace ruralatlas::gui
