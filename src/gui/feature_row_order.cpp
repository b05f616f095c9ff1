#include "gui/feature_row_order.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <string_view>
#include <utility>

#include "core/parallel_ranges.hpp"
#include "gui/caseless_text_search.hpp"

namespace ruralatlas::gui {

namespace {

constexpr std::size_t kCancelCheckRows = 4096;

/// Whether a number's text (core::to_text: digits, sign, point, exponent, inf, nan) can hold `filter`.
bool numbers_can_match(const std::string& filter) {
  return filter.find_first_not_of("0123456789.+-eEinfaINFA") == std::string::npos;
}

/// `with_numbers`: test integer and real cells too (formatting them is most of the cost).
bool row_matches(const core::Feature& feature, const CaselessNeedle& needle, bool with_numbers, std::string& scratch) {
  for (const auto& value : feature.attributes) {
    if (const auto* text = std::get_if<std::string>(&value)) {
      if (needle.found_in(*text)) return true;
    } else if (with_numbers && !core::is_null(value)) {
      scratch = core::to_text(value);
      if (needle.found_in(scratch)) return true;
    }
  }
  return false;
}

std::optional<std::vector<std::size_t>> filtered_rows(const core::Layer& layer, const std::string& filter,
                                                      const std::function<bool()>& cancelled) {
  const auto count = layer.features.size();
  std::vector<std::size_t> rows;
  if (filter.empty()) {
    rows.resize(count);
    std::iota(rows.begin(), rows.end(), std::size_t{0});
    return rows;
  }
  const CaselessNeedle needle(filter);
  const bool with_numbers = numbers_can_match(filter);
  std::vector<unsigned char> kept(count, 0);
  std::atomic<bool> stopped = false;
  core::parallel_ranges(count, [&](std::size_t begin, std::size_t end) {
    std::string scratch;
    for (std::size_t i = begin; i < end; ++i) {
      if ((i - begin) % kCancelCheckRows == 0 && (stopped || (cancelled && cancelled()))) {
        stopped = true;
        return;
      }
      kept[i] = row_matches(layer.features[i], needle, with_numbers, scratch);
    }
  });
  if (stopped) return std::nullopt;
  for (std::size_t i = 0; i < count; ++i)
    if (kept[i]) rows.push_back(i);
  return rows;
}

/// Sorts `keyed` (key, feature) by key then feature, or key descending then feature, and
/// appends the features in `blank` after them.
template <typename Key>
std::vector<std::size_t> sorted(std::vector<std::pair<Key, std::size_t>>& keyed, const std::vector<std::size_t>& blank,
                                bool descending) {
  if (descending)
    std::sort(keyed.begin(), keyed.end(),
              [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  else
    std::sort(keyed.begin(), keyed.end());
  std::vector<std::size_t> rows;
  rows.reserve(keyed.size() + blank.size());
  for (const auto& k : keyed) rows.push_back(k.second);
  rows.insert(rows.end(), blank.begin(), blank.end());
  return rows;
}

std::vector<std::size_t> sort_by_number(const core::Layer& layer, const std::vector<std::size_t>& rows,
                                        std::size_t field, bool descending) {
  std::vector<std::pair<double, std::size_t>> keyed;
  std::vector<std::size_t> blank;
  keyed.reserve(rows.size());
  for (const auto i : rows) {
    const auto number = core::to_number(layer.features[i].attributes[field]);
    if (number && !std::isnan(*number))  // NaN would break the ordering; it shows as no number
      keyed.emplace_back(*number, i);
    else
      blank.push_back(i);
  }
  return sorted(keyed, blank, descending);
}

std::vector<std::size_t> sort_by_text(const core::Layer& layer, const std::vector<std::size_t>& rows,
                                      std::size_t field, bool descending) {
  // UTF-8 compared bytewise (std::string_view) orders by code point.
  std::vector<std::pair<std::string_view, std::size_t>> keyed;
  std::vector<std::size_t> blank;
  std::vector<std::string> converted;  // text of non-string cells; reserved so the views stay valid
  keyed.reserve(rows.size());
  converted.reserve(rows.size());
  for (const auto i : rows) {
    const auto& value = layer.features[i].attributes[field];
    const auto* text = std::get_if<std::string>(&value);
    if (!text && !core::is_null(value)) text = &converted.emplace_back(core::to_text(value));
    if (text && !text->empty())
      keyed.emplace_back(*text, i);
    else
      blank.push_back(i);
  }
  return sorted(keyed, blank, descending);
}

}  // namespace

std::optional<std::vector<std::size_t>> order_rows(const core::Layer& layer, const RowQuery& query,
                                                   const std::function<bool()>& cancelled) {
  auto rows = filtered_rows(layer, query.filter, cancelled);
  if (!rows || !query.sort_field || *query.sort_field >= layer.fields.size()) return rows;
  if (cancelled && cancelled()) return std::nullopt;
  const auto field = *query.sort_field;
  if (layer.fields[field].type == core::FieldType::String) return sort_by_text(layer, *rows, field, query.descending);
  return sort_by_number(layer, *rows, field, query.descending);
}

}  // namespace ruralatlas::gui
