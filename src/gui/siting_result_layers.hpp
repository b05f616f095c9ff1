#pragma once
// A siting run as map layers with ready styles, as projects/siting_clinics.yaml draws them:
// allocation lines (red to a new site within reach, blue to an existing one, dashed grey where
// the nearest site is still too far) and the chosen sites as red rings labelled by name.
#include <vector>

#include "project/map_pipeline.hpp"
#include "project/siting_run.hpp"

namespace ruralatlas::gui {

/// Allocations first (drawn beneath), then the chosen sites. Legend texts come from `labels`.
struct SitingLegendTexts {
  std::string sites, allocations, new_within, existing_within, beyond;
};

std::vector<project::MapLayer> siting_result_layers(const project::SitingOutcome& outcome, const SitingLegendTexts& labels);

}  // namespace ruralatlas::gui
