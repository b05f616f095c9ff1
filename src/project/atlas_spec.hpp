#pragma once
// The `atlas:` section of a project file: one page per feature of a layer of the map
// (townships, counties, relocation sites, villages), with an optional coverage table and an
// optional indicator table per page.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ruralatlas::project {

class YamlMap;

/// "Villages covered" per page: features of a point layer inside the page's feature, and
/// those of them matching `covered` (a style filter).
struct AtlasTableSpec {
  std::string name = "coverage";  ///< the layout's table item shows the table of this name
  std::string layer;              ///< a point layer of the map, e.g. villages
  std::string covered;            ///< filter text, e.g. "tap_water_hh_pct >= 90"
  std::vector<std::string> header{"名称", "数量", "达标", "达标率"};  ///< 4 columns
};

/// The page feature's items of a criteria file, one row each: label, the feature's value, the
/// target and the outcome. The outcomes are the columns a layer file's `criteria:` adds.
struct AtlasIndicatorSpec {
  std::string name = "indicators";  ///< the layout's table item shows the table of this name
  std::filesystem::path criteria;   ///< criteria/*.yaml
  std::vector<std::string> header{"指标", "数值", "目标", "结果"};  ///< 4 columns
};

struct AtlasSpec {
  std::string layer;       ///< a layer of the map: one page per feature
  std::string name_field;  ///< page name: {page_name}, the page title
  std::string filter;      ///< only features matching (style filter syntax); empty = all
  std::filesystem::path layout_file;  ///< the page layout; empty = the project's layout
  bool overview = false;   ///< a first page showing every atlas feature
  double radius_m = 2000;   ///< point layers: each page frames a circle this wide around its point
  bool dim = true;          ///< dim the map outside the page's feature (a point's: its circle)
  std::optional<AtlasTableSpec> table;
  std::optional<AtlasIndicatorSpec> indicators;
  std::filesystem::path file;  ///< the project file, for messages
  int line = 0;                ///< of the atlas section
};

/// Reads the mapping under `atlas:`; Config errors with file:line for unknown keys and wrong
/// types (layer and name_field are required).
AtlasSpec read_atlas_section(YamlMap& atlas);

}  // namespace ruralatlas::project
