#include "analysis/speed_table.hpp"

#include "core/error.hpp"

namespace ruralatlas::analysis {

namespace {

[[noreturn]] void missing_speed(const SpeedTable& table, std::int64_t road_fid, std::string message, std::string hint) {
  core::Diagnostic d;
  d.file = table.source;
  d.row = road_fid;
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw core::Error(core::ErrorKind::Config, std::move(d));
}

}  // namespace

double SpeedTable::speed_kmh(const std::string& road_class, const std::string& surface, std::int64_t road_fid) const {
  const auto by_class = kmh.find(road_class);
  if (by_class == kmh.end()) {
    std::string known;
    for (const auto& [name, _] : kmh) known += (known.empty() ? "" : ", ") + name;
    missing_speed(*this, road_fid, "road class '" + road_class + "' has no speed",
                  "add '" + road_class + "' under speeds_kmh (known classes: " + known + ")");
  }
  if (const auto s = by_class->second.find(surface); s != by_class->second.end()) return s->second;
  if (const auto any = by_class->second.find(""); any != by_class->second.end()) return any->second;
  missing_speed(*this, road_fid, "road class '" + road_class + "' has no speed for surface '" + surface + "'",
                "add '" + surface + "' under speeds_kmh." + road_class);
}

std::vector<double> edge_minutes(const RoadGraph& graph, const SpeedTable& speeds) {
  // One look-up per kind of road, not per edge: national networks have millions of edges. A
  // missing speed names the first road of that kind met.
  std::vector<double> kind_kmh(graph.kinds.size(), 0.0);
  std::vector<bool> looked_up(graph.kinds.size(), false);
  std::vector<double> minutes;
  minutes.reserve(graph.edges.size());
  for (const auto& e : graph.edges) {
    const auto kind = graph.road_kind[e.road];
    if (!looked_up[kind]) {
      kind_kmh[kind] = speeds.speed_kmh(graph.kinds[kind].road_class, graph.kinds[kind].surface, graph.road_fid[e.road]);
      looked_up[kind] = true;
    }
    minutes.push_back(minutes_at(e.length_m, kind_kmh[kind]));
  }
  return minutes;
}

}  // namespace ruralatlas::analysis
