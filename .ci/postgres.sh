#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for mlgate-history-jdbc's tests, once, and prints its JDBC URL.
#
#   export MLGATE_TEST_JDBC_URL="$(.ci/postgres.sh)"     # start (or reuse) and use
#   .ci/postgres.sh stop                                  # stop it and delete its data
#
# Idempotent: a server already running from the same directory is reused. It lives in
# ${MLGATE_PG_DIR:-/tmp/mlgate-postgres-<uid>}, listens on 127.0.0.1:${MLGATE_PG_PORT:-55432} only, trusts local
# connections (test data only) and has a database mlgate_test owned by the superuser mlgate. Needs Debian's
# postgresql package; as root it installs the package when missing and runs the server as the postgres user.
set -euo pipefail

dir="${MLGATE_PG_DIR:-${TMPDIR:-/tmp}/mlgate-postgres-$(id -u)}"
port="${MLGATE_PG_PORT:-55432}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
if [ -z "$bin" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -q >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2
        bin="$(find_bin)"
    else
        echo "PostgreSQL is not installed: apt-get install postgresql (as root), then run $0 again" >&2
        exit 1
    fi
fi

# initdb and postgres refuse to run as root: as root, run them as the postgres user the package creates.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
    if [ -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$dir"
    exit 0
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U mlgate --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
fi

if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2 \
        || { cat "$dir/server.log" >&2; exit 1; }
fi

psql() { as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U mlgate -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = 'mlgate_test'")" = 0 ]; then
    psql -d postgres -c "CREATE DATABASE mlgate_test" >&2
fi

echo "jdbc:postgresql://127.0.0.1:$port/mlgate_test?user=mlgate"
