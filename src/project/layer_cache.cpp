#include "project/layer_cache.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "project/coverage_preset.hpp"
#include "project/criteria_file.hpp"
#include "project/layer_file.hpp"
#include "project/layer_loader.hpp"
#include "project/preset_coverage.hpp"
#include "project/service_access.hpp"
#include "project/village_scorecards.hpp"

namespace ruralatlas::project {

namespace {

/// Data warnings of one layer, at most a few lines each.
void add_warnings(const std::vector<core::Diagnostic>& warnings, std::vector<std::string>& notes) {
  constexpr std::size_t kShown = 3;
  for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i) notes.push_back(warnings[i].to_string());
  if (warnings.size() > kShown)
    notes.push_back(fmt::format("… and {} more warnings like these in {}", warnings.size() - kShown, warnings.front().file));
}

/// A zone layer with its coverage preset's columns: the preset run with this layer as its only zones.
core::Layer coverage_zone_layer(const LayerFileSpec& spec, const core::Crs& crs, std::vector<std::string>& notes) {
  auto preset = read_coverage_preset(*spec.coverage_preset);
  preset.zones = {spec.file};
  auto result = run_coverage_preset(preset);
  auto& zones = result.zones.front();
  if (zones.villages_outside > 0)
    notes.push_back(fmt::format("{}: {} villages lie outside every feature of {}", preset.file.string(),
                                zones.villages_outside, spec.name));
  return io::reproject(std::move(zones.table), crs);
}

}  // namespace

LayerCache::LayerCache(core::Crs crs, ProgressFn progress, std::vector<std::string>& notes)
    : m_crs(std::move(crs)), m_progress(std::move(progress)), m_notes(notes) {}

std::filesystem::path LayerCache::key_of(const std::filesystem::path& layer_file) {
  std::error_code ec;
  auto key = std::filesystem::weakly_canonical(layer_file, ec);
  return ec ? layer_file.lexically_normal() : key;
}

void LayerCache::read_only_fields(const std::filesystem::path& layer_file, std::vector<std::string> fields) {
  m_only_fields[key_of(layer_file)] = std::move(fields);
}

std::shared_ptr<const core::Layer> LayerCache::get(const std::filesystem::path& layer_file) {
  const auto key = key_of(layer_file);
  if (const auto it = m_layers.find(key); it != m_layers.end()) return it->second;
  if (!m_loading.insert(key).second) {
    // A layer whose services are its own features (villages to the nearest village with a
    // bus): they come from its source as read, before the services are added.
    const auto spec = read_layer_file(layer_file);
    return std::make_shared<const core::Layer>(io::reproject(load_layer(spec).layer, m_crs));
  }
  std::shared_ptr<const core::Layer> layer;
  try {
    layer = std::make_shared<const core::Layer>(load(layer_file, key));
  } catch (...) {
    m_loading.erase(key);
    throw;
  }
  m_loading.erase(key);
  ++m_loads;
  return m_layers.emplace(key, std::move(layer)).first->second;
}

const std::vector<JoinedField>& LayerCache::joined_fields(const std::filesystem::path& layer_file) const {
  static const std::vector<JoinedField> kNone;
  const auto it = m_joined_fields.find(key_of(layer_file));
  return it == m_joined_fields.end() ? kNone : it->second;
}

core::Layer LayerCache::load(const std::filesystem::path& layer_file, const std::filesystem::path& key) {
  const auto spec = read_layer_file(layer_file);
  if (spec.service_area) {
    if (m_progress) m_progress("computing service areas " + spec.name);
    return service_area_layer(*spec.service_area, spec.name, *this);
  }
  if (spec.coverage_preset) {
    if (m_progress) m_progress("coverage " + spec.coverage_preset->filename().string() + " by " + spec.name);
    return coverage_zone_layer(spec, m_crs, m_notes);
  }
  if (m_progress) m_progress("reading " + spec.name);
  std::optional<std::vector<std::string>> only_fields;
  if (const auto it = m_only_fields.find(key); it != m_only_fields.end() && spec.criteria.empty() && !spec.services)
    only_fields = it->second;
  auto loaded = load_layer(spec, only_fields);
  // A style naming a field the source lacks: read it whole, so the style's error lists the
  // fields the source really has.
  if (only_fields && std::any_of(only_fields->begin(), only_fields->end(), [&](const std::string& f) {
        return !loaded.layer.field_index(f);
      }))
    loaded = load_layer(spec);
  add_warnings(loaded.warnings, m_notes);
  for (const auto& join : loaded.joins) m_notes.push_back(join_summary(spec.name, join));
  m_joined_fields[key] = std::move(loaded.joined_fields);
  auto layer = io::reproject(std::move(loaded.layer), m_crs);
  if (!spec.criteria.empty()) {
    if (m_progress) m_progress("scoring " + spec.name);
    std::vector<CriteriaFile> criteria;
    for (const auto& file : spec.criteria) criteria.push_back(read_criteria_file(file));
    score_villages(layer, criteria, spec.key);
  }
  if (spec.services) {
    if (m_progress) m_progress("travel times to services from " + spec.name);
    add_service_access(layer, *spec.services, *this);
  }
  return layer;
}

}  // namespace ruralatlas::project
