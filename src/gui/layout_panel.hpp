#pragma once
// The layout panel: pick a page template (layouts/*.yaml beside the project's), edit the title,
// subtitle, source note and date, and see the printed page as it will come out — drawn on a
// worker by the same layout code as the exports, page by page for an atlas — then export it to
// PDF, PNG or SVG. Its settings, applied to the window's map, are what Export map prints.
#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <memory>

#include "project/page_preview.hpp"
#include "project/page_settings.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace ruralatlas::gui {

/// What a background preview came back with.
struct PreviewOutcome {
  std::shared_ptr<project::PagePreview> preview;  ///< reused for the next page while settings stay
  project::PreviewPage page;
  std::size_t index = 0, page_count = 0;
  double width_mm = 0, height_mm = 0;
  QString error;
};

struct PageExportOutcome {
  QString file;
  QString error;  ///< empty on success
};

class LayoutPanel : public QDialog {
  Q_OBJECT

 public:
  /// `map`: what the window prints (visible layers in its order).
  explicit LayoutPanel(std::shared_ptr<const project::LoadedMap> map, QWidget* parent = nullptr);
  ~LayoutPanel() override;

  /// The preview's resolution: an A3 page at about 1500 × 1050 pixels, shrunk to fit the panel.
  static constexpr double kPreviewDpi = 90;

  QComboBox* template_box() const { return m_template; }
  QLineEdit* title_edit() const { return m_title; }
  QLineEdit* subtitle_edit() const { return m_subtitle; }
  QLineEdit* source_edit() const { return m_source; }
  QLineEdit* date_edit() const { return m_date; }
  QLabel* status_label() const { return m_status; }
  /// The settings as edited.
  project::PageSettings settings() const;
  /// The page last previewed (null until one is drawn), its page count and its paper size.
  const QImage& preview_image() const { return m_image; }
  std::size_t page_index() const { return m_index; }
  std::size_t page_count() const { return m_page_count; }
  double page_width_mm() const { return m_width_mm; }
  double page_height_mm() const { return m_height_mm; }

 public slots:
  /// Draws the page now (edits otherwise redraw it shortly after typing stops).
  void refresh_preview();
  void show_page(int index);
  /// Prints the page with the edits to `file` (PDF, PNG or SVG by its extension) in the background.
  void export_file(const QString& file);

 signals:
  void preview_ready();
  void exported(const QString& file);
  void export_failed(const QString& file, const QString& message);

 protected:
  /// The preview's viewport resized: the page is fitted to it again.
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void settings_edited();
  void on_preview_done();
  void on_export_done();
  void choose_export_file();
  void update_page_controls();
  void show_image();
  std::shared_ptr<const project::LoadedMap> edited_map() const;

  std::shared_ptr<const project::LoadedMap> m_map;
  QComboBox* m_template;
  QLineEdit *m_title, *m_subtitle, *m_source, *m_date;
  QPushButton *m_previous, *m_next, *m_export;
  QLabel *m_page_label, *m_status, *m_picture;
  QScrollArea* m_scroll;
  QTimer* m_debounce;
  std::shared_ptr<project::PagePreview> m_preview;  ///< for the current settings; null: stale
  bool m_redraw_pending = false;
  QImage m_image;
  std::size_t m_index = 0, m_page_count = 0;
  double m_width_mm = 0, m_height_mm = 0;
  QFutureWatcher<PreviewOutcome> m_preview_watcher;
  QFutureWatcher<PageExportOutcome> m_export_watcher;
};

}  // namespace ruralatlas::gui
