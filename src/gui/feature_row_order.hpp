#pragma once
// The attribute table's rows: which features pass the filter and in what order, computed
// from the layer's values directly (no QString per cell) so a worker can do it for half a
// million features while the window stays responsive.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::gui {

struct RowQuery {
  std::string filter;                     ///< UTF-8, as typed; empty keeps every feature
  std::optional<std::size_t> sort_field;  ///< unset: the layer's order
  bool descending = false;

  bool operator==(const RowQuery&) const = default;
};

/// Indices of the features of `layer` with a cell whose text (core::to_text, as the table shows
/// it) contains `query.filter` ignoring case, ordered by `query.sort_field`: numeric fields by
/// number, text fields by code point, blank cells last either way, ties in layer order.
/// nullopt as soon as `cancelled` says so (asked every few thousand features, from several
/// threads at once).
std::optional<std::vector<std::size_t>> order_rows(const core::Layer& layer, const RowQuery& query,
                                                   const std::function<bool()>& cancelled = {});

}  // namespace ruralatlas::gui
