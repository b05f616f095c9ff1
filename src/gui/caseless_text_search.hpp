#pragma once
// "Does this cell contain what was typed?" for the attribute table's filter, on UTF-8 text
// straight from the layer: both sides case-folded code point by code point (ASCII by table,
// the rest by Qt's Unicode fold), so "会宁" matches Chinese text and "wang" matches "Wang"
// without building a QString per cell.
#include <string>
#include <string_view>

namespace ruralatlas::gui {

class CaselessNeedle {
 public:
  explicit CaselessNeedle(std::string_view utf8);

  bool empty() const { return m_folded.empty(); }
  /// `utf8` contains the needle, ignoring case. Safe to call from many threads at once.
  bool found_in(std::string_view utf8) const;

 private:
  std::string m_folded;  ///< the needle case-folded, UTF-8
};

/// `utf8` case-folded into `out` (replacing its contents, reusing its capacity); malformed
/// bytes pass through unchanged.
void fold_case(std::string_view utf8, std::string& out);

}  // namespace ruralatlas::gui
