#pragma once
// A symbol written with all its keys, as read_style_file reads it back to the same symbol,
// for the style writers.
#include <yaml-cpp/yaml.h>

#include "style/symbol.hpp"

namespace ruralatlas::project {

/// Emits `symbol` as a flow mapping (`{fill: {color: …, …}}`) at the emitter's position.
void emit_symbol(YAML::Emitter& out, const style::Symbol& symbol);

}  // namespace ruralatlas::project
