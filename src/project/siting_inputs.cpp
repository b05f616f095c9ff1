#include "project/siting_inputs.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "analysis/nearest_distance.hpp"
#include "analysis/point_in_polygon.hpp"
#include "core/error.hpp"
#include "io/layer_reprojector.hpp"
#include "project/layer_loader.hpp"
#include "style/filter.hpp"

namespace ruralatlas::project {

namespace {

[[noreturn]] void throw_feature_error(const core::Layer& layer, std::int64_t fid, const std::string& field,
                                      std::string message, std::string hint) {
  throw core::Error(core::ErrorKind::InputData, {layer.source, 0, layer.name, fid, field, std::move(message), std::move(hint)});
}

SitePoints located(SelectedLayer selected, const core::Crs& crs) {
  SitePoints s{io::reproject(std::move(selected.layer), crs), std::move(selected.key), {}, {}};
  for (const auto& f : s.layer.features) {
    const auto* points = std::get_if<core::MultiPoint>(&f.geometry);
    if (!points || points->empty())
      throw_feature_error(s.layer, f.fid, {}, "the feature has no point geometry; siting needs a location for every feature",
                          "give it a point or filter it out");
    s.points.push_back(points->front());
  }
  return s;
}

}  // namespace

NearConstraint read_near_constraint(const std::string& text) {
  const auto first = text.find(':');
  const auto second = first == std::string::npos ? std::string::npos : text.find(':', first + 1);
  NearConstraint c;
  c.source = text.substr(0, first);
  const auto metres = first == std::string::npos ? std::string{} : text.substr(first + 1, second - first - 1);
  const auto [end, ec] = std::from_chars(metres.data(), metres.data() + metres.size(), c.within_m);
  if (first == std::string::npos || ec != std::errc{} || end != metres.data() + metres.size() || c.within_m < 0)
    throw core::Error(core::ErrorKind::Usage, {"--near", 0, {}, {}, {}, "'" + text + "' is not LAYER:METRES[:FILTER]",
                                               "e.g. --near \"layers/roads.yaml:1000:hardened = 1\""});
  if (second != std::string::npos) c.filter = text.substr(second + 1);
  c.targets = project::load_layer(project::read_layer_file(c.source)).layer;
  return c;
}

std::string SitePoints::id(std::size_t i) const {
  const auto& f = layer.features[i];
  if (const auto k = key.empty() ? std::nullopt : layer.field_index(key)) return core::to_text(f.attributes[*k]);
  return std::to_string(f.fid);
}

std::string SitePoints::name(std::size_t i) const {
  const auto n = layer.field_index("name");
  return n ? core::to_text(layer.features[i].attributes[*n]) : std::string{};
}

double SitePoints::total_weight() const {
  double total = 0;
  for (const double w : weights) total += w;
  return total;
}

SelectedLayer load_selected(const LayerSelection& selection) {
  const auto spec = project::read_layer_file(selection.layer_file);
  return select_features({project::load_layer(spec).layer, spec.key}, selection.filter, selection.layer_file);
}

SelectedLayer select_features(SelectedLayer s, const std::string& filter_text, const std::string& source) {
  if (filter_text.empty()) return s;
  auto filter = style::Filter::parse(filter_text);
  filter.bind(s.layer.fields);
  const auto before = s.layer.features.size();
  std::erase_if(s.layer.features, [&](const core::Feature& f) { return !filter.matches(f.attributes); });
  if (s.layer.features.empty())
    core::throw_input_error(source, fmt::format("no feature of {} matches \"{}\"", before, filter_text),
                            "check the filter's field names and values (ruralatlas info shows them)");
  return s;
}

SitePoints demand_points(SelectedLayer selected, const std::string& weight_field, const core::Crs& crs) {
  auto s = located(std::move(selected), crs);
  const auto w = s.layer.require_field(weight_field);
  for (const auto& f : s.layer.features) {
    const auto value = core::to_number(f.attributes[w]);
    if (!value)
      throw_feature_error(s.layer, f.fid, weight_field, "the weight is empty or not a number",
                          "fill it in or leave the feature out with --demand-filter");
    if (*value <= 0)
      throw_feature_error(s.layer, f.fid, weight_field, fmt::format("the weight is {:g}; siting needs a positive weight", *value),
                          fmt::format("leave such features out, e.g. --demand-filter \"{} > 0\"", weight_field));
    s.weights.push_back(*value);
  }
  return s;
}

SitePoints site_points(SelectedLayer selected, const core::Crs& crs) { return located(std::move(selected), crs); }

namespace {

/// `field` of every feature as a number >= 0; `what` names it in messages.
std::vector<double> non_negative_values(const core::Layer& layer, const std::string& field, const std::string& what,
                                        const std::string& missing_hint) {
  const auto c = layer.field_index(field);
  if (!c) core::throw_input_error(layer.source, fmt::format("layer {} has no {} field '{}'", layer.name, what, field), missing_hint);
  std::vector<double> values;
  for (const auto& f : layer.features) {
    const auto value = core::to_number(f.attributes[*c]);
    if (!value || !std::isfinite(*value))
      throw_feature_error(layer, f.fid, field, fmt::format("the {} is empty or not a number", what), "fill it in or filter it out");
    if (*value < 0)
      throw_feature_error(layer, f.fid, field, fmt::format("the {} is {:g}; it cannot be negative", what, *value), "give 0 or more");
    values.push_back(*value);
  }
  return values;
}

}  // namespace

std::vector<double> site_capacities(const SitePoints& sites, const std::string& field) {
  return non_negative_values(sites.layer, field, "capacity",
                             "add the field (households each site can serve), or give one capacity for all with --capacity");
}

std::vector<double> demand_loads(const SitePoints& demand, const std::string& field) {
  return non_negative_values(demand.layer, field, "load",
                             "name a demand field with what the capacities count, e.g. --capacity-demand households");
}

SitePoints apply_near_constraints(SitePoints candidates, const std::vector<NearConstraint>& constraints, const core::Crs& crs,
                                  std::string& trail) {
  trail = fmt::format("{} candidates", candidates.points.size());
  for (const auto& c : constraints) {
    const auto targets = io::reproject(c.targets, crs);
    std::vector<bool> mask;
    if (!c.filter.empty()) {
      auto filter = style::Filter::parse(c.filter);
      filter.bind(targets.fields);
      for (const auto& f : targets.features) mask.push_back(filter.matches(f.attributes));
    }
    const auto nearest = analysis::nearest_targets(candidates.layer, targets, mask);
    SitePoints kept{candidates.layer, candidates.key, {}, {}};
    kept.layer.features.clear();
    for (std::size_t j = 0; j < nearest.size(); ++j)
      if (nearest[j].target && nearest[j].distance_m <= c.within_m) {
        kept.layer.features.push_back(candidates.layer.features[j]);
        kept.points.push_back(candidates.points[j]);
      }
    trail += fmt::format(", {} within {:g} m of {}{}", kept.points.size(), c.within_m, targets.name,
                         c.filter.empty() ? "" : " where " + c.filter);
    candidates = std::move(kept);
    if (candidates.points.empty())
      core::throw_input_error(c.source, "no candidate satisfies the constraints: " + trail,
                              "relax the distance or the filter, or give more candidates");
  }
  return candidates;
}

SitePoints grid_candidates(const SitePoints& demand, double spacing_m, const core::Crs& crs) {
  double min_x = std::numeric_limits<double>::infinity(), min_y = min_x, max_x = -min_x, max_y = -min_x;
  for (const auto& p : demand.points)
    min_x = std::min(min_x, p.x()), max_x = std::max(max_x, p.x()), min_y = std::min(min_y, p.y()), max_y = std::max(max_y, p.y());
  const auto first_x = std::ceil(min_x / spacing_m), first_y = std::ceil(min_y / spacing_m);
  const double columns = std::floor(max_x / spacing_m) - first_x + 1, rows = std::floor(max_y / spacing_m) - first_y + 1;
  if (columns * rows > 50000)
    throw core::Error(core::ErrorKind::Usage, {"--grid-m", 0, {}, {}, {}, fmt::format("a {:g} m grid over the demand has {:.0f} points",
                                                                                      spacing_m, columns * rows),
                                               "use a coarser grid or a smaller area (--demand-filter)"});
  SitePoints grid;
  grid.layer.name = "grid";
  grid.layer.crs = crs;
  grid.layer.geometry_kind = core::GeometryKind::Point;
  grid.layer.fields = {{"grid_id", core::FieldType::String, 0}};
  grid.key = "grid_id";
  for (double row = 0; row < rows; ++row)
    for (double column = 0; column < columns; ++column) {
      const core::Point p{(first_x + column) * spacing_m, (first_y + row) * spacing_m};
      core::Feature f;
      f.fid = static_cast<std::int64_t>(grid.points.size() + 1);
      f.geometry = core::MultiPoint{p};
      f.attributes = {fmt::format("grid_{:g}_{:g}", p.x() / 1000, p.y() / 1000)};
      grid.layer.features.push_back(std::move(f));
      grid.points.push_back(p);
    }
  if (grid.points.empty())
    throw core::Error(core::ErrorKind::Usage, {"--grid-m", 0, {}, {}, {}, fmt::format("no {:g} m grid point falls within the demand's extent", spacing_m),
                                               "use a finer grid"});
  return grid;
}

SitePoints apply_exclusions(SitePoints candidates, const std::vector<std::string>& exclusions, const core::Crs& crs,
                            std::string& trail) {
  trail = fmt::format("{} candidates", candidates.points.size());
  for (const auto& text : exclusions) {
    const auto colon = text.find(':');
    const auto layer_file = text.substr(0, colon), filter_text = colon == std::string::npos ? std::string{} : text.substr(colon + 1);
    auto polygons = io::reproject(project::load_layer(project::read_layer_file(layer_file)).layer, crs);
    if (!filter_text.empty()) {
      auto filter = style::Filter::parse(filter_text);
      filter.bind(polygons.fields);
      std::erase_if(polygons.features, [&](const core::Feature& f) { return !filter.matches(f.attributes); });
    }
    if (std::none_of(polygons.features.begin(), polygons.features.end(),
                     [](const core::Feature& f) { return std::holds_alternative<core::MultiPolygon>(f.geometry); }))
      core::throw_input_error(layer_file, "--exclude needs polygons, but " + polygons.name + " has none" +
                                              (filter_text.empty() ? "" : " where " + filter_text),
                              "give an area layer (townships, reserves, flood zones) or check the filter");
    const auto inside = analysis::locate_points(candidates.layer, polygons);
    SitePoints kept{candidates.layer, candidates.key, {}, {}};
    kept.layer.features.clear();
    for (std::size_t j = 0; j < inside.size(); ++j)
      if (!inside[j]) kept.layer.features.push_back(candidates.layer.features[j]), kept.points.push_back(candidates.points[j]);
    trail += fmt::format(", {} outside {}{}", kept.points.size(), polygons.name, filter_text.empty() ? "" : " where " + filter_text);
    candidates = std::move(kept);
    if (candidates.points.empty())
      core::throw_input_error(layer_file, "no candidate is left outside the excluded areas: " + trail,
                              "narrow the exclusion filter, or give more candidates");
  }
  return candidates;
}

std::vector<core::Point> problem_sites(const SitePoints& candidates, const SitePoints& existing) {
  std::vector<core::Point> sites = candidates.points;
  sites.insert(sites.end(), existing.points.begin(), existing.points.end());
  return sites;
}

analysis::MaximalCoveringProblem covering_problem(const SitePoints& demand, const SitePoints& candidates,
                                                  const SitePoints& existing, std::size_t k,
                                                  std::vector<std::vector<std::size_t>> covers) {
  if (k > candidates.points.size())
    core::throw_input_error(candidates.layer.source, fmt::format("-k {} asks for more sites than the {} candidates", k,
                                                                 candidates.points.size()),
                            "lower -k or relax the candidate filter and constraints");
  analysis::MaximalCoveringProblem problem;
  problem.demand_weight = demand.weights;
  problem.covers = std::move(covers);
  for (std::size_t e = 0; e < existing.points.size(); ++e) problem.existing.push_back(candidates.points.size() + e);
  problem.new_sites = k;
  return problem;
}

}  // namespace ruralatlas::project
