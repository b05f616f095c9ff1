#pragma once
// Coordinate transformation between two core::Crs with PROJ, in GIS axis order (longitude or
// easting first) whatever the CRS definitions say. PROJ stays out of this header.
#include <cstddef>
#include <memory>
#include <optional>
#include <span>

#include "core/crs.hpp"
#include "core/geometry.hpp"

namespace ruralatlas::io {

class CrsTransformer {
 public:
  /// Throws core::Error (InputData) naming both CRSs when PROJ has no transformation between them.
  CrsTransformer(const core::Crs& from, const core::Crs& to);
  ~CrsTransformer();
  CrsTransformer(CrsTransformer&&) noexcept;
  CrsTransformer& operator=(CrsTransformer&&) noexcept;
  CrsTransformer(const CrsTransformer&) = delete;
  CrsTransformer& operator=(const CrsTransformer&) = delete;

  /// True when both CRSs have the same definition: transform() leaves points as they are.
  bool is_identity() const;

  /// Transforms `points` in place (one proj_trans_generic call). Returns the index of the first
  /// point PROJ could not transform (its coordinates are then unspecified), or nullopt.
  std::optional<std::size_t> transform(std::span<core::Point> points);
  /// Transforms every coordinate of a geometry; false if any failed.
  bool transform(core::Geometry& geometry);
  /// One point; nullopt if it cannot be transformed (e.g. latitude beyond 90°).
  std::optional<core::Point> transform(const core::Point& point);

  const core::Crs& source() const { return m_from; }
  const core::Crs& target() const { return m_to; }

 private:
  struct Impl;
  core::Crs m_from;
  core::Crs m_to;
  std::unique_ptr<Impl> m_impl;  ///< null for the identity
};

}  // namespace ruralatlas::io
