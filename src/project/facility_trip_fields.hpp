#pragma once
// The columns a travel-time run adds to its demand layer: minutes to the nearest facility
// (null when no facility can be reached, never a stand-in number), which facility, and whether
// it is within the threshold. `ruralatlas travel` writes them; the coverage panel shows them.
#include <optional>
#include <string>
#include <vector>

#include "analysis/facility_travel_time.hpp"
#include "core/layer.hpp"

namespace ruralatlas::project {

struct FacilityTripColumns {
  std::string within = "within";  ///< 1 within the threshold, 0 beyond or unreachable
  /// Demand field counted as within_<field> (people within the threshold); none: no such column.
  std::optional<std::size_t> weight;
};

/// Appends travel_min, facility_id (the facility's `facility_key` value, else its feature id)
/// and the within column, one row per trip.
void add_facility_trip_fields(core::Layer& demand, const core::Layer& facilities, const std::string& facility_key,
                              const std::vector<analysis::FacilityTrip>& trips, double within_min,
                              const FacilityTripColumns& columns = {});

}  // namespace ruralatlas::project
