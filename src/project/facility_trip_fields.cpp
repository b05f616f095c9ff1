#include "project/facility_trip_fields.hpp"

namespace ruralatlas::project {

void add_facility_trip_fields(core::Layer& demand, const core::Layer& facilities, const std::string& facility_key,
                              const std::vector<analysis::FacilityTrip>& trips, double within_min,
                              const FacilityTripColumns& columns) {
  const auto key = facility_key.empty() ? std::nullopt : facilities.field_index(facility_key);
  const auto weight = columns.weight;
  demand.fields.push_back({"travel_min", core::FieldType::Real, 0});
  demand.fields.push_back({"facility_id", core::FieldType::String, 0});
  demand.fields.push_back({columns.within, core::FieldType::Integer, 0});
  if (weight) demand.fields.push_back({"within_" + demand.fields[*weight].name, core::FieldType::Real, 0});
  for (std::size_t d = 0; d < demand.features.size(); ++d) {
    auto& a = demand.features[d].attributes;
    const auto& trip = trips[d];
    core::Value minutes, id;
    if (trip.facility) {
      minutes = *trip.travel_min;
      const auto& facility = facilities.features[*trip.facility];
      id = key ? core::to_text(facility.attributes[*key]) : std::to_string(facility.fid);
    }
    a.push_back(std::move(minutes));
    a.push_back(std::move(id));
    const bool within = trip.travel_min && *trip.travel_min <= within_min;
    a.push_back(static_cast<std::int64_t>(within));
    if (weight) {
      core::Value people_within;
      if (auto w = core::to_number(a[*weight])) people_within = within ? *w : 0.0;
      a.push_back(std::move(people_within));
    }
  }
}

}  // namespace ruralatlas::project
