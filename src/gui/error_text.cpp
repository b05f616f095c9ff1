#include "gui/error_text.hpp"

namespace ruralatlas::gui {

QString error_text(const core::Error& e) {
  const auto& d = e.diagnostic();
  auto text = QString::fromStdString(d.file.empty() ? d.message : d.file + ": " + d.message);
  if (!d.hint.empty()) text += QStringLiteral("\n") + QString::fromStdString(d.hint);
  return text;
}

}  // namespace ruralatlas::gui
