#pragma once
// A core::Error as the panels show it: "file: message" and the hint on the next line.
#include <QString>

#include "core/error.hpp"

namespace ruralatlas::gui {

QString error_text(const core::Error& e);

}  // namespace ruralatlas::gui
