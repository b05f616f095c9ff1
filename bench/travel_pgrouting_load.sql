-- The pgRouting side of bench/travel_bench.sh, after ogr2ogr loaded RuralAtlas's --graph export
-- as table `graph` and the speed file as table `speeds`: edges weighted in minutes exactly as
-- bench/travel_scipy.py does, plus a virtual source joined to every facility by a zero-minute
-- edge, so one search labels every node with the minutes to its nearest facility.
CREATE TABLE edges AS
SELECT row_number() OVER () AS id, g.from_node::bigint AS source, g.to_node::bigint AS target,
       g.length_m * 60.0 / (coalesce(s.kmh, c.kmh, a.kmh) * 1000.0) AS cost
FROM graph g
LEFT JOIN speeds s ON g.kind = 'road' AND s.road_class = g.road_class AND s.surface = g.surface
LEFT JOIN speeds c ON g.kind = 'road' AND c.road_class = g.road_class AND c.surface = ''
LEFT JOIN speeds a ON g.kind <> 'road' AND a.road_class = 'access';
CREATE TABLE virtual_source AS SELECT max(greatest(source, target)) + 1 AS node FROM edges;
INSERT INTO edges
SELECT (SELECT max(id) FROM edges) + row_number() OVER (), (SELECT node FROM virtual_source), from_node, 0
FROM (SELECT DISTINCT from_node FROM graph WHERE kind = 'facility_access') facility;
CREATE TABLE demand AS SELECT feature AS village, from_node AS node FROM graph WHERE kind = 'demand_access';
VACUUM ANALYZE;
