#pragma once
// The indicator table of an atlas page (a village's battle-map sheet): one row per item of a
// criteria file — its label, the page feature's value, the target and the outcome — read
// from the outcome columns a layer file's `criteria:` adds when the map is loaded.
#include <cstddef>
#include <string>
#include <vector>

#include "analysis/criterion_rule.hpp"
#include "core/layer.hpp"
#include "layout/page_content.hpp"
#include "project/atlas_spec.hpp"

namespace ruralatlas::project {

class AtlasIndicatorTable {
 public:
  /// Reads spec.criteria and checks that `layer` has each item's value and outcome column;
  /// throws core::Error (Config) naming the project file when it does not.
  AtlasIndicatorTable(const AtlasIndicatorSpec& spec, const core::Layer& layer, const AtlasSpec& atlas);

  /// The rows for feature `index` of the layer, in the criteria file's order.
  layout::TableData rows_for(std::size_t index) const;
  /// The header only, for pages without a feature (the overview).
  layout::TableData empty() const;

 private:
  struct Column {
    analysis::CriterionRule rule;
    std::size_t value = 0, outcome = 0;  ///< field indices in the layer
  };
  AtlasIndicatorSpec m_spec;
  const core::Layer& m_layer;
  std::vector<Column> m_columns;
};

/// "≥ 90", "= 1", "< 8": a rule's target as printed.
std::string target_text(const analysis::CriterionRule& rule);

}  // namespace ruralatlas::project
