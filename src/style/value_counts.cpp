#include "style/value_counts.hpp"

#include <algorithm>
#include <map>

#include "core/value.hpp"

namespace ruralatlas::style {

ValueCounts count_values(const core::Layer& layer, std::size_t field) {
  ValueCounts out;
  std::map<std::string, std::size_t> counts;
  bool all_numbers = true;
  for (const auto& feature : layer.features) {
    const auto text = field < feature.attributes.size() ? core::to_text(feature.attributes[field]) : std::string();
    if (text.find_first_not_of(" \t") == std::string::npos) {
      ++out.missing;
      continue;
    }
    if (++counts[text] == 1 && !core::to_number(core::Value{text})) all_numbers = false;
  }
  out.values.assign(counts.begin(), counts.end());
  if (all_numbers)
    std::stable_sort(out.values.begin(), out.values.end(), [](const auto& a, const auto& b) {
      return *core::to_number(core::Value{a.first}) < *core::to_number(core::Value{b.first});
    });
  return out;
}

}  // namespace ruralatlas::style
