#pragma once
// Layer > Add PostGIS layer…: the server (host, port, database, user, password, or a "PG:…"
// connection string), Connect lists its spatial tables on a worker, and the tables ticked are
// added to the map. A server that is down or refuses the password is said in the dialog,
// naming the server. The password is used to read and never written to a saved project.
#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include "project/database_connection.hpp"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ruralatlas::gui {

/// What listing a server's tables came back with.
struct TableListing {
  QStringList tables;  ///< spatial tables ("villages"), in the server's order
  QString error;       ///< why the server could not be read
};

class PostgisLayerDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PostgisLayerDialog(QWidget* parent = nullptr);
  ~PostgisLayerDialog() override;

  /// The server as entered: the connection string when one is given, else the fields.
  project::DatabaseConnection connection() const;
  /// The tables ticked.
  QStringList chosen_tables() const;

  QLineEdit* host_edit() const { return m_host; }
  QSpinBox* port_box() const { return m_port; }
  QLineEdit* database_edit() const { return m_database; }
  QLineEdit* user_edit() const { return m_user; }
  QLineEdit* password_edit() const { return m_password; }
  QLineEdit* connection_string_edit() const { return m_connection_string; }
  QPushButton* connect_button() const { return m_connect; }
  QListWidget* tables() const { return m_tables; }
  QLabel* message_label() const { return m_message; }
  QPushButton* add_button() const { return m_add; }

  /// Lists the server's tables on a worker; emits tables_listed when done.
  void connect_to_server();

 signals:
  void tables_listed();

 private:
  void on_listed();
  void update_add_button();

  QLineEdit *m_host, *m_database, *m_user, *m_password, *m_connection_string;
  QSpinBox* m_port;
  QPushButton *m_connect, *m_add;
  QListWidget* m_tables;
  QLabel* m_message;
  QString m_listed_server;
  QFutureWatcher<TableListing> m_watcher;
};

}  // namespace ruralatlas::gui
