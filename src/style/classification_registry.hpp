#pragma once
// Classification methods by id, as style files name them (QGIS's registry, without icons).
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "style/classification_method.hpp"

namespace ruralatlas::style {

struct ClassificationMethodInfo {
  std::string_view id;  ///< as in style files, e.g. "jenks"
  std::string_view title;
  bool needs_breaks;  ///< manual: the style gives the breaks
};

/// Every registered method, in a stable order.
std::span<const ClassificationMethodInfo> classification_methods();

/// The method with this id; "natural-breaks" and "fisher-jenks" are accepted for "jenks",
/// "equal_interval" for "equal-interval", "stddev" for "standard-deviation", "headtail" for
/// "head-tail". `manual_breaks` is used (and required) by "manual" only. Throws core::Error (Config) for an unknown id, listing the known ones.
std::unique_ptr<ClassificationMethod> make_classification_method(std::string_view id,
                                                                 std::vector<double> manual_breaks = {});

}  // namespace ruralatlas::style
