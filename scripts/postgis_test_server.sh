#!/usr/bin/env bash
# A private PostgreSQL + PostGIS server for tests: a throwaway cluster on a Unix socket
# (no TCP), owned by the postgres user, so tests can load the sample data and read it back.
#   scripts/postgis_test_server.sh start DIR PORT [PASSWORD]   # prints the GDAL connection string
#   scripts/postgis_test_server.sh stop DIR
# With PASSWORD the server asks for it (scram-sha-256; give it as PGPASSWORD or password=…),
# so a wrong password can be tried; without, it trusts every local connection.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server is not installed (apt-get install postgresql postgresql-15-postgis-3)" >&2; exit 3; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$1" in
  start)
    dir=$2 port=$3 password=${4:-}
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    auth=(-A trust)
    if [ -n "$password" ]; then
      printf '%s\n' "$password" > "$dir/pwfile"
      [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
      auth=(-A scram-sha-256 --pwfile="$dir/pwfile")
    fi
    as_postgres "$bin/initdb" -D "$dir/data" "${auth[@]}" -U postgres --no-sync -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    rm -f "$dir/pwfile"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off" start > /dev/null
    as_postgres env PGPASSWORD="$password" "$bin/createdb" -h "$dir" -p "$port" -U postgres ruralatlas
    as_postgres env PGPASSWORD="$password" "$bin/psql" -q -h "$dir" -p "$port" -U postgres -d ruralatlas -c "CREATE EXTENSION postgis" > /dev/null
    echo "PG:host=$dir port=$port dbname=ruralatlas user=postgres"
    ;;
  stop)
    dir=$2
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start DIR PORT [PASSWORD] | stop DIR" >&2; exit 2 ;;
esac
