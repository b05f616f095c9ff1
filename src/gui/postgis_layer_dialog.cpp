#include "gui/postgis_layer_dialog.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "gui/background_pool.hpp"
#include "io/dataset_info.hpp"

namespace ruralatlas::gui {

namespace {

TableListing list_spatial_tables(const project::DatabaseConnection& connection) {
  TableListing listing;
  try {
    for (const auto& layer : io::describe_dataset(connection.gdal_source(true)).layers)
      if (layer.geometry_type != "None") listing.tables << QString::fromStdString(layer.name);
  } catch (const std::exception& e) {
    listing.error = QString::fromStdString(e.what());
  }
  return listing;
}

}  // namespace

PostgisLayerDialog::PostgisLayerDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Add PostGIS layer"));
  m_host = new QLineEdit(QStringLiteral("localhost"), this);
  m_port = new QSpinBox(this);
  m_port->setRange(1, 65535);
  m_port->setValue(5432);
  m_database = new QLineEdit(this);
  m_user = new QLineEdit(this);
  m_password = new QLineEdit(this);
  m_password->setEchoMode(QLineEdit::Password);
  m_connection_string = new QLineEdit(this);
  m_connection_string->setPlaceholderText(tr("or PG:host=… port=… dbname=… user=…"));
  m_connect = new QPushButton(tr("Connect"), this);
  m_tables = new QListWidget(this);
  m_message = new QLabel(tr("The password is used to read the tables and is not written into saved projects: "
                            "to open them later, give it as PGPASSWORD or in ~/.pgpass."),
                         this);
  m_message->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  m_add = buttons->addButton(tr("Add to the map"), QDialogButtonBox::AcceptRole);
  m_add->setEnabled(false);

  auto* form = new QFormLayout;
  form->addRow(tr("Host"), m_host);
  form->addRow(tr("Port"), m_port);
  form->addRow(tr("Database"), m_database);
  form->addRow(tr("User"), m_user);
  form->addRow(tr("Password"), m_password);
  form->addRow(tr("Connection string"), m_connection_string);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_connect);
  layout->addWidget(new QLabel(tr("Spatial tables (tick those to add)"), this));
  layout->addWidget(m_tables, 1);
  layout->addWidget(m_message);
  layout->addWidget(buttons);

  connect(m_connect, &QPushButton::clicked, this, &PostgisLayerDialog::connect_to_server);
  connect(&m_watcher, &QFutureWatcher<TableListing>::finished, this, &PostgisLayerDialog::on_listed);
  connect(m_tables, &QListWidget::itemChanged, this, &PostgisLayerDialog::update_add_button);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PostgisLayerDialog::~PostgisLayerDialog() { m_watcher.waitForFinished(); }

project::DatabaseConnection PostgisLayerDialog::connection() const {
  if (auto parsed = project::DatabaseConnection::parse(m_connection_string->text().trimmed().toStdString())) return *parsed;
  project::DatabaseConnection c;
  c.host = m_host->text().trimmed().toStdString();
  c.port = m_port->value();
  c.database = m_database->text().trimmed().toStdString();
  c.user = m_user->text().trimmed().toStdString();
  c.password = m_password->text().toStdString();
  return c;
}

QStringList PostgisLayerDialog::chosen_tables() const {
  QStringList chosen;
  for (int i = 0; i < m_tables->count(); ++i)
    if (m_tables->item(i)->checkState() == Qt::Checked) chosen << m_tables->item(i)->text();
  return chosen;
}

void PostgisLayerDialog::connect_to_server() {
  if (m_watcher.isRunning()) return;
  const auto c = connection();
  m_listed_server = QString::fromStdString(c.server());
  m_tables->clear();
  update_add_button();
  m_connect->setEnabled(false);
  m_message->setText(tr("Connecting to %1…").arg(m_listed_server));
  m_watcher.setFuture(QtConcurrent::run(background_pool(), list_spatial_tables, c));
}

void PostgisLayerDialog::on_listed() {
  m_connect->setEnabled(true);
  const auto listing = m_watcher.result();
  if (!listing.error.isEmpty()) {
    m_message->setText(tr("Cannot connect to the PostGIS server %1: %2").arg(m_listed_server, listing.error));
  } else if (listing.tables.isEmpty()) {
    m_message->setText(tr("%1 has no spatial tables.").arg(m_listed_server));
  } else {
    for (const auto& table : listing.tables) {
      auto* item = new QListWidgetItem(table, m_tables);
      item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
      item->setCheckState(Qt::Unchecked);
    }
    m_message->setText(tr("%1: %n spatial table(s). The password is not written into saved projects: give it as "
                          "PGPASSWORD or in ~/.pgpass to open them later.",
                          nullptr, static_cast<int>(listing.tables.size()))
                           .arg(m_listed_server));
  }
  update_add_button();
  emit tables_listed();
}

void PostgisLayerDialog::update_add_button() { m_add->setEnabled(!chosen_tables().isEmpty()); }

}  // namespace ruralatlas::gui
