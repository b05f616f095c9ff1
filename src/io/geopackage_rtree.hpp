#pragma once
// A GeoPackage table's spatial index (the gpkg_rtree_index extension: an SQLite R*Tree) filled
// in one pass instead of one insert per feature. GDAL 3.6 lets SQLite insert every row's box
// into the R*Tree one at a time, 3.3 s of the 5.4 s it takes to write 500k villages; packing
// the tree (sort-tile-recursive) and writing its nodes is a tenth of that. GDAL 3.7 does the
// same; this goes once Debian ships it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/geometry.hpp"

namespace ruralatlas::io::detail {

/// One row's box as SQLite's R*Tree stores it: 32-bit floats rounded outwards.
struct RtreeEntry {
  std::int64_t id;
  float min_x, max_x, min_y, max_y;
};

/// The entry for `geometry` (nullopt when it has no points, which GeoPackage leaves unindexed).
std::optional<RtreeEntry> rtree_entry(std::int64_t id, const core::Geometry& geometry);

/// Creates the table's spatial index empty (GDAL's own tables, triggers and extension row) and
/// holds back its insert trigger, so rows can be written without it. Call on a layer with no rows.
class DeferredGeoPackageRtree {
 public:
  DeferredGeoPackageRtree(GDALDataset& dataset, OGRLayer& layer);

  /// Writes the packed tree of `entries` (one per row written meanwhile) and restores the
  /// insert trigger. Throws core::Error (Output) when SQLite refuses a statement.
  void fill(const std::vector<RtreeEntry>& entries, const std::string& path_for_errors);

 private:
  GDALDataset& m_dataset;
  std::string m_rtree;           // rtree_<table>_<geometry column>
  std::string m_insert_trigger;  // its CREATE TRIGGER statement
};

}  // namespace ruralatlas::io::detail
