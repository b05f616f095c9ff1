#include "project/atlas_page_list.hpp"

#include <map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

std::size_t name_field_index(const core::Layer& layer, const AtlasSpec& spec) {
  if (auto index = layer.field_index(spec.name_field)) return *index;
  std::string fields;
  for (const auto& f : layer.fields) fields += (fields.empty() ? "" : ", ") + f.name;
  core::throw_config_error(spec.file.string(), spec.line,
                           "atlas name_field '" + spec.name_field + "' is not a field of layer '" + layer.name + "'",
                           "use one of its fields: " + fields);
}

/// Polygons frame themselves; a point (a village, a relocation site) frames a circle of
/// spec.radius_m around it. Lines and empty geometries make no page.
bool is_usable(const core::Geometry& geometry) {
  const auto* polygons = std::get_if<core::MultiPolygon>(&geometry);
  const auto* points = std::get_if<core::MultiPoint>(&geometry);
  const bool kind_ok = (polygons && !polygons->empty()) || (points && !points->empty());
  return kind_ok && !core::is_empty(core::envelope_of(geometry));
}

core::Envelope page_extent(const core::Geometry& geometry, const AtlasSpec& spec, double metres_per_unit) {
  auto e = core::envelope_of(geometry);
  if (!std::holds_alternative<core::MultiPoint>(geometry)) return e;
  const double r = spec.radius_m / metres_per_unit;  // the map CRS is projected (load_map checks it)
  return core::Envelope{{e.min_corner().x() - r, e.min_corner().y() - r}, {e.max_corner().x() + r, e.max_corner().y() + r}};
}

/// Appends " (key)" to names shared by several pages; returns the shared names.
std::vector<std::string> disambiguate(std::vector<AtlasPage>& pages, const core::Layer& layer) {
  std::map<std::string, int> uses;
  for (const auto& p : pages) ++uses[p.name];
  std::vector<std::string> shared;
  for (const auto& [name, n] : uses)
    if (n > 1) shared.push_back(name);
  for (auto& p : pages) {
    if (uses[p.name] < 2) continue;
    const auto& attributes = layer.features[p.feature].attributes;
    const auto key = attributes.empty() ? std::string() : core::to_text(attributes.front());
    p.name += " (" + (key.empty() ? "#" + std::to_string(layer.features[p.feature].fid) : key) + ")";
  }
  return shared;
}

}  // namespace

AtlasPageList list_atlas_pages(const core::Layer& layer, const AtlasSpec& spec) {
  const auto name_index = name_field_index(layer, spec);
  auto filter = spec.filter.empty() ? style::Filter() : style::Filter::parse(spec.filter);
  filter.bind(layer.fields);

  AtlasPageList list;
  std::vector<std::string> skipped;
  for (std::size_t f = 0; f < layer.features.size(); ++f) {
    const auto& feature = layer.features[f];
    if (!filter.matches(feature.attributes)) continue;
    auto name = core::to_text(feature.attributes[name_index]);
    if (name.empty()) name = "#" + std::to_string(feature.fid);
    if (!is_usable(feature.geometry)) {
      skipped.push_back(fmt::format("'{}' (feature {})", name, feature.fid));
      continue;
    }
    list.pages.push_back({f, std::move(name), page_extent(feature.geometry, spec, layer.crs.metres_per_unit)});
  }
  for (const auto& s : skipped)
    list.warnings.push_back("atlas layer '" + layer.name + "': feature " + s +
                            " has no point or polygon geometry and gets no page; fix its geometry in " + layer.source);
  const auto shared = disambiguate(list.pages, layer);
  if (!shared.empty()) {
    std::string names;
    for (const auto& n : shared) names += (names.empty() ? "" : ", ") + n;
    list.warnings.push_back(fmt::format("atlas layer '{}': {} page names are used by several features ({}); the "
                                        "key is appended to tell them apart",
                                        layer.name, shared.size(), names));
  }
  if (list.pages.empty()) {
    core::Diagnostic d;
    d.file = layer.source;
    d.layer = layer.name;
    d.message = spec.filter.empty() ? "the atlas layer has no features with a point or polygon geometry: no page to print"
                                    : "no feature of the atlas layer matches the filter \"" + spec.filter +
                                          "\": no page to print";
    d.hint = spec.filter.empty() ? "check the layer's source" : "check the filter's field name and values";
    throw core::Error(core::ErrorKind::InputData, std::move(d));
  }
  return list;
}

}  // namespace ruralatlas::project
