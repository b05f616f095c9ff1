// The attribute table's rows on a national-size layer (200,000 made-up villages): filtered and
// sorted rows equal a brute-force computation through QString, as the old proxy model did it.
#include <gtest/gtest.h>

#include <QString>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

#include "gui/feature_row_order.hpp"
#include "support/synthetic_villages.hpp"

using namespace ruralatlas;
using gui::RowQuery;

namespace {

const core::Layer& villages() {
  static const core::Layer layer = test::synthetic_villages(200000);
  return layer;
}

/// The features with a cell whose displayed text contains `filter` (Qt's case-insensitive match).
std::vector<std::size_t> brute_force_filter(const core::Layer& layer, const std::string& filter) {
  const auto needle = QString::fromStdString(filter);
  std::vector<std::size_t> rows;
  for (std::size_t i = 0; i < layer.features.size(); ++i)
    for (const auto& v : layer.features[i].attributes)
      if (QString::fromStdString(core::to_text(v)).contains(needle, Qt::CaseInsensitive)) {
        rows.push_back(i);
        break;
      }
  return rows;
}

/// `rows` stably sorted: numbers (or text compared as QStrings: UTF-16, the same order as code
/// points for this layer's characters), blanks last.
std::vector<std::size_t> brute_force_sort(const core::Layer& layer, std::vector<std::size_t> rows, std::size_t field,
                                          bool descending) {
  const bool numeric = layer.fields[field].type != core::FieldType::String;
  auto blank = [&](std::size_t i) {
    const auto& v = layer.features[i].attributes[field];
    if (!numeric) return core::to_text(v).empty();
    const auto n = core::to_number(v);
    return !n || std::isnan(*n);
  };
  auto less = [&](std::size_t a, std::size_t b) {
    const auto& va = layer.features[a].attributes[field];
    const auto& vb = layer.features[b].attributes[field];
    if (numeric) return descending ? *core::to_number(va) > *core::to_number(vb) : *core::to_number(va) < *core::to_number(vb);
    const int c = QString::fromStdString(core::to_text(va)).compare(QString::fromStdString(core::to_text(vb)));
    return descending ? c > 0 : c < 0;
  };
  const auto first_blank = std::stable_partition(rows.begin(), rows.end(), [&](std::size_t i) { return !blank(i); });
  std::stable_sort(rows.begin(), first_blank, less);
  return rows;
}

std::vector<std::size_t> ordered(const RowQuery& query) { return *gui::order_rows(villages(), query); }

RowQuery filter_by(const std::string& filter) {
  RowQuery query;
  query.filter = filter;
  return query;
}

RowQuery sort_by(std::size_t field, bool descending, const std::string& filter = {}) {
  RowQuery query = filter_by(filter);
  query.sort_field = field;
  query.descending = descending;
  return query;
}

}  // namespace

TEST(FeatureRowOrder, NoFilterNoSortIsTheLayersOrder) {
  std::vector<std::size_t> all(villages().features.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  EXPECT_EQ(ordered({}), all);
}

TEST(FeatureRowOrder, FilterKeepsExactlyTheRowsWithAMatchingCell) {
  // Chinese text, Latin text in any case, a folded non-ASCII letter, digits of codes and of numbers.
  for (const std::string filter : {"会宁", "王岘镇", "well", "LiuShu", "ǆ", "STRASSE", "6204220001", "12.5", "%"}) {
    const auto expected = brute_force_filter(villages(), filter);
    EXPECT_EQ(ordered(filter_by(filter)), expected) << filter;
    if (filter != "STRASSE") {
      EXPECT_FALSE(expected.empty()) << filter;  // (ß folds to itself, as in Qt)
    }
  }
}

TEST(FeatureRowOrder, SortsNumbersAsNumbersTextByCodePointBlanksLast) {
  const auto& layer = villages();
  std::vector<std::size_t> all(layer.features.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  for (const char* name : {"name", "note", "population", "tap_water_pct", "ind_01"})
    for (const bool descending : {false, true}) {
      const auto field = *layer.field_index(name);
      EXPECT_EQ(ordered(sort_by(field, descending)), brute_force_sort(layer, all, field, descending))
          << name << (descending ? " descending" : " ascending");
    }
  // Numbers stored as text ("85%") sort among the numbers; "-" and nulls after them.
  const auto rate = *layer.field_index("tap_water_pct");
  const auto rows = ordered(sort_by(rate, false));
  EXPECT_EQ(core::to_number(layer.features[rows.front()].attributes[rate]), 0.0);
  EXPECT_FALSE(core::to_number(layer.features[rows.back()].attributes[rate]));
}

TEST(FeatureRowOrder, FilterAndSortTogether) {
  const auto& layer = villages();
  const auto field = *layer.field_index("population");
  EXPECT_EQ(ordered(sort_by(field, true, "会宁")), brute_force_sort(layer, brute_force_filter(layer, "会宁"), field, true));
}

TEST(FeatureRowOrder, StopsWhenCancelled) {
  std::atomic<int> asked = 0;
  const auto rows = gui::order_rows(villages(), filter_by("会宁"), [&] { return ++asked > 3; });
  EXPECT_FALSE(rows);
  // It stopped early: far fewer questions than the 200,000 rows / 4096 per question.
  EXPECT_LT(asked.load(), 20);
}
