#include "analysis/zonal_statistics.hpp"

#include <algorithm>
#include <limits>

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

[[noreturn]] void bad_stat(const std::string& text) {
  core::Diagnostic d;
  d.message = "unknown statistic '" + text + "'";
  d.hint = "use count, sum:FIELD, mean:FIELD, min:FIELD, max:FIELD or rate:NUMERATOR/DENOMINATOR";
  throw core::Error(core::ErrorKind::Usage, std::move(d));
}

struct Accumulator {
  double sum = 0, sum_denominator = 0;
  double min = std::numeric_limits<double>::infinity(), max = -std::numeric_limits<double>::infinity();
  std::size_t n = 0;
};

core::Value result(const ZoneStat& stat, const Accumulator& a) {
  if (stat.kind == StatKind::Count) return static_cast<std::int64_t>(a.n);
  if (a.n == 0) return {};
  switch (stat.kind) {
    case StatKind::Sum: return a.sum;
    case StatKind::Mean: return a.sum / static_cast<double>(a.n);
    case StatKind::Min: return a.min;
    case StatKind::Max: return a.max;
    case StatKind::Rate: return a.sum_denominator > 0 ? core::Value{100.0 * a.sum / a.sum_denominator} : core::Value{};
    case StatKind::Count: break;
  }
  return {};
}

}  // namespace

ZoneStat parse_zone_stat(const std::string& text) {
  if (text == "count") return {StatKind::Count, "", "", "village_count"};
  const auto colon = text.find(':');
  if (colon == std::string::npos || colon + 1 >= text.size()) bad_stat(text);
  const auto name = text.substr(0, colon), arg = text.substr(colon + 1);
  if (name == "rate") {
    const auto slash = arg.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 >= arg.size()) bad_stat(text);
    const auto numerator = arg.substr(0, slash);
    return {StatKind::Rate, numerator, arg.substr(slash + 1), numerator + "_rate_pct"};
  }
  static const std::pair<const char*, StatKind> kinds[] = {
      {"sum", StatKind::Sum}, {"mean", StatKind::Mean}, {"min", StatKind::Min}, {"max", StatKind::Max}};
  for (const auto& [n, kind] : kinds)
    if (name == n) return {kind, arg, "", arg + "_" + name};
  bad_stat(text);
}

ZoneStatistics aggregate_to_zones(const core::Layer& points, const core::Layer& zones,
                                  const std::vector<std::optional<std::size_t>>& zone_of,
                                  const std::vector<ZoneStat>& stats) {
  ZoneStatistics out;
  out.zones = zones;
  std::vector<std::size_t> field, denominator;
  for (const auto& s : stats) {
    field.push_back(s.kind == StatKind::Count ? 0 : points.require_field(s.field));
    denominator.push_back(s.kind == StatKind::Rate ? points.require_field(s.denominator) : 0);
    out.zones.fields.push_back({s.output_name, s.kind == StatKind::Count ? core::FieldType::Integer : core::FieldType::Real, 0});
  }
  std::vector<std::vector<Accumulator>> acc(zones.features.size(), std::vector<Accumulator>(stats.size()));
  for (std::size_t p = 0; p < points.features.size(); ++p) {
    if (!zone_of[p]) {
      ++out.points_outside;
      if (out.outside_fids.size() < 10) out.outside_fids.push_back(points.features[p].fid);
      continue;
    }
    const auto& attributes = points.features[p].attributes;
    for (std::size_t s = 0; s < stats.size(); ++s) {
      auto& a = acc[*zone_of[p]][s];
      if (stats[s].kind == StatKind::Count) {
        ++a.n;
        continue;
      }
      const auto value = core::to_number(attributes[field[s]]);
      std::optional<double> base;
      if (stats[s].kind == StatKind::Rate) base = core::to_number(attributes[denominator[s]]);
      if (!value || (stats[s].kind == StatKind::Rate && !base)) {
        ++out.null_values;
        continue;
      }
      a.sum += *value;
      if (base) a.sum_denominator += *base;
      a.min = std::min(a.min, *value);
      a.max = std::max(a.max, *value);
      ++a.n;
    }
  }
  for (std::size_t z = 0; z < zones.features.size(); ++z)
    for (std::size_t s = 0; s < stats.size(); ++s) out.zones.features[z].attributes.push_back(result(stats[s], acc[z][s]));
  return out;
}

}  // namespace ruralatlas::analysis
