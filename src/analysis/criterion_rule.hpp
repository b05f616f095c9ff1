#pragma once
// One measurable item of a criteria list (e.g. Dingxi village exit criterion DX-V05b,
// "tap water into >= 90% of households"): a column, a comparison and a threshold.
#include <optional>
#include <string>
#include <string_view>

namespace ruralatlas::analysis {

enum class CompareOp { GreaterEqual, Greater, LessEqual, Less, Equal, NotEqual };

/// ">=", ">", "<=", "<", "=" (also "=="), "!=" (also "<>"); nullopt for anything else.
std::optional<CompareOp> parse_compare_op(std::string_view text);
const char* to_string(CompareOp op);
/// `value op threshold`; equality is exact (thresholds are whole numbers or flags).
bool compare(double value, CompareOp op, double threshold);

struct CriterionRule {
  std::string id;          ///< e.g. "DX-V05b"
  std::string label;       ///< e.g. "自来水入户率 ≥ 90%"
  std::string column;      ///< indicator or computed measure, e.g. "tap_water_hh_pct"
  CompareOp op = CompareOp::GreaterEqual;
  double threshold = 0;
  std::string source_tag;  ///< e.g. "S2"
  std::string file;        ///< rule file and line, for messages
  int line = 0;
};

}  // namespace ruralatlas::analysis
