#pragma once
// Join keys as text, normalised the way codes arrive from statistics offices: stray
// spaces, full-width digits typed with a Chinese input method (６４０１２１…), leading
// zeros lost by a spreadsheet.
#include <string>

#include "core/value.hpp"

namespace ruralatlas::analysis {

struct KeyNormalization {
  bool fullwidth_to_halfwidth = true;  ///< ０-９, Ａ-Ｚ, ａ-ｚ → ASCII
  int zero_pad = 0;                    ///< left-pad all-digit keys to this many digits (0: off)
};

/// Trimmed, normalised text of a key cell; "" for null or blank.
std::string normalize_key(const core::Value& value, const KeyNormalization& options);

}  // namespace ruralatlas::analysis
