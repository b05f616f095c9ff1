-- One pgr_drivingDistance from the virtual source (see travel_pgrouting_load.sql) over the
-- undirected graph, unbounded: minutes from the nearest facility to every reachable node.
CREATE TABLE reached AS
SELECT node, agg_cost AS minutes
FROM pgr_drivingDistance('SELECT id, source, target, cost FROM edges', (SELECT node FROM virtual_source), 1e12,
                         directed => false);
-- The backend's peak memory and CPU ticks (user, system; 1/100 s), for bench/README.md.
DO $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L',
  'grep VmHWM /proc/' || pg_backend_pid() || '/status > /tmp/ra-travel-bench-pg/backend_vmhwm.txt; ' ||
  'cut -d" " -f14,15 /proc/' || pg_backend_pid() || '/stat >> /tmp/ra-travel-bench-pg/backend_vmhwm.txt'); END $$;
