#include "project/travel_graph_layer.hpp"

#include "analysis/speed_table.hpp"

namespace ruralatlas::project {

namespace {

core::Feature line_feature(std::int64_t fid, const core::Point& a, const core::Point& b, std::vector<core::Value> attributes) {
  core::Feature f;
  f.fid = fid;
  f.geometry = core::MultiLineString{core::LineString{a, b}};
  f.attributes = std::move(attributes);
  return f;
}

/// Off-road legs from each point (a node of its own) to where it joins the network.
void add_access_legs(core::Layer& layer, const char* kind, const std::vector<std::optional<core::Point>>& points,
                     std::uint32_t first_point_node, std::uint32_t first_join_node, const analysis::TravelNetwork& network,
                     double access_kmh) {
  for (std::uint32_t i = 0; i < points.size(); ++i) {
    if (!points[i]) continue;
    const auto& join = network.nodes[first_join_node + i];
    const double length_m = boost::geometry::distance(*points[i], join);
    layer.features.push_back(line_feature(
        static_cast<std::int64_t>(layer.features.size()), *points[i], join,
        {std::string(kind), std::int64_t{first_point_node + i}, std::int64_t{first_join_node + i}, length_m,
         analysis::minutes_at(length_m, access_kmh), core::Value{}, core::Value{}, core::Value{}, std::int64_t{i}}));
  }
}

}  // namespace

core::Layer travel_graph_layer(const TravelGraphInput& input, const core::Crs& crs) {
  core::Layer layer;
  layer.name = "travel_graph";
  layer.crs = crs;
  layer.geometry_kind = core::GeometryKind::Line;
  layer.fields = {{"kind", core::FieldType::String, 0},     {"from_node", core::FieldType::Integer, 0},
                  {"to_node", core::FieldType::Integer, 0}, {"length_m", core::FieldType::Real, 0},
                  {"travel_min", core::FieldType::Real, 0}, {"road_fid", core::FieldType::Integer, 0},
                  {"road_class", core::FieldType::String, 0}, {"surface", core::FieldType::String, 0},
                  {"feature", core::FieldType::Integer, 0}};
  const auto& network = input.travel.network;
  for (const auto& e : network.edges) {
    const auto road = input.roads.edges[e.road_edge].road;
    const auto& a = network.nodes[e.from];
    const auto& b = network.nodes[e.to];
    layer.features.push_back(line_feature(
        static_cast<std::int64_t>(layer.features.size()), a, b,
        {std::string("road"), std::int64_t{e.from}, std::int64_t{e.to}, boost::geometry::distance(a, b), e.minutes,
         input.roads.road_fid[road], input.roads.road_class(road), input.roads.road_surface(road), core::Value{}}));
  }
  const auto point_nodes = static_cast<std::uint32_t>(network.nodes.size());
  const auto first_demand = static_cast<std::uint32_t>(input.roads.nodes.size());
  const auto demand_count = static_cast<std::uint32_t>(input.demand.size());
  add_access_legs(layer, "demand_access", input.demand, point_nodes, first_demand, network, input.access_kmh);
  add_access_legs(layer, "facility_access", input.facilities, point_nodes + demand_count, first_demand + demand_count,
                  network, input.access_kmh);
  return layer;
}

}  // namespace ruralatlas::project
