#pragma once
// Services within reach over the road network, computed when a map loads a layer (domain §7
// product 9, the 15-minute convenience circle of a relocation site): for each kind of service,
// the minutes from every feature to the nearest one, and which kinds are out of reach.
// Also the service-area polygons around a layer's features (the circles themselves).
#include <filesystem>
#include <string>
#include <vector>

#include "core/layer.hpp"

namespace ruralatlas::project {

class LayerCache;

struct ServiceKindSpec {
  std::string label;   ///< printed in `services_missing`, e.g. 卫生室
  std::string column;  ///< minutes column it adds, e.g. clinic_min
  std::filesystem::path facilities;  ///< layer file of the service points
  std::string filter;  ///< which of them count; empty = all
};

struct ServiceAccessSpec {
  std::filesystem::path network;  ///< layer file of the roads
  std::filesystem::path speeds;   ///< networks/*.yaml
  double within_min = 15;
  std::vector<ServiceKindSpec> kinds;
  std::filesystem::path file;  ///< the layer file, and the section's line, for messages
  int line = 0;
};

/// The polygons reachable within `minutes` of a layer's features (one feature per limit).
struct ServiceAreaSpec {
  std::filesystem::path around;   ///< layer file of the centres, e.g. relocation sites
  std::string filter;             ///< which centres; empty = all
  std::filesystem::path network;
  std::filesystem::path speeds;
  std::vector<double> minutes{15};
  std::filesystem::path file;
  int line = 0;
};

/// Appends to `layer` (in a metric CRS) one Real column per kind (minutes; null when no such
/// service is reachable), `services_missing` (labels of the kinds beyond within_min, joined
/// by "、") and `services_missing_count`. The network and facility layers come from `layers`
/// (in the layer's CRS), so a map that also draws them reads them once.
void add_service_access(core::Layer& layer, const ServiceAccessSpec& spec, LayerCache& layers);

/// The service areas as a polygon layer named `name` in the CRS of `layers` (metric): fields
/// within_min and area_km2.
core::Layer service_area_layer(const ServiceAreaSpec& spec, const std::string& name, LayerCache& layers);

}  // namespace ruralatlas::project
