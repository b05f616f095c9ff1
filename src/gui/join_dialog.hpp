#pragma once
// The join dialog: choose an indicator table (CSV, XLSX, ODS), its sheet and the key columns on
// both sides, read the join report (matched, unmatched both ways, duplicate keys, type
// problems) and only then apply it. The table is read and joined on a worker thread.
#include <QDialog>
#include <QFutureWatcher>
#include <optional>

#include "core/layer.hpp"
#include "project/join_preview.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ruralatlas::gui {

class JoinDialog : public QDialog {
  Q_OBJECT

 public:
  /// `layer`: the loaded layer (earlier joins included); `layer_key` is preselected.
  JoinDialog(core::Layer layer, const QString& layer_key, QWidget* parent = nullptr);

  /// Reads the sheets and columns of `path` into the choosers (the file chooser calls this).
  void set_table(const QString& path);
  /// The join as chosen, for the layer file.
  project::TableJoinSpec join() const;
  /// The last preview, when it finished without an error.
  const std::optional<project::JoinPreview>& preview() const { return m_preview; }

  QComboBox* sheet_box() const { return m_sheet; }
  QComboBox* table_key_box() const { return m_table_key; }
  QComboBox* layer_key_box() const { return m_layer_key; }
  QComboBox* duplicates_box() const { return m_duplicates; }
  QPushButton* preview_button() const { return m_preview_button; }
  QPushButton* apply_button() const { return m_apply; }
  QLabel* summary_label() const { return m_summary; }
  QPlainTextEdit* report_view() const { return m_report; }

 public slots:
  void run_preview();

 signals:
  void preview_finished();

 private:
  struct Outcome {
    std::optional<project::JoinPreview> preview;
    QString error;
  };

  void choose_table();
  void fill_columns();
  void invalidate_preview();
  void on_preview_done();
  void show_report(const project::JoinPreview& preview);

  core::Layer m_layer;
  QLineEdit* m_table_path;
  QComboBox *m_sheet, *m_table_key, *m_layer_key, *m_duplicates;
  QPushButton *m_preview_button, *m_apply;
  QLabel* m_summary;
  QPlainTextEdit* m_report;
  std::vector<std::vector<std::string>> m_sheet_columns;  ///< per sheet
  std::optional<project::JoinPreview> m_preview;
  QFutureWatcher<Outcome> m_watcher;
};

}  // namespace ruralatlas::gui
