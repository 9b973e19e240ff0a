#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server: initdb in a temp dir, a free local port, stopped at the end
# even when the command fails. The command sees DOCARCHIVE_TEST_POSTGRES, a connection string to the server as a
# superuser, so tests can create and drop their own databases.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$pg_bin" ]]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)." >&2
  exit 1
fi

dir=$(mktemp -d /tmp/docarchive-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)
as_postgres=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir"
  as_postgres=(runuser -u postgres --)
fi

stop() {
  "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$dir/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_postgres[@]}" "$pg_bin/initdb" -D "$dir/data" -A trust -U docarchive >/dev/null
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -w -t 30 -l "$dir/log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

export DOCARCHIVE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=docarchive;Database=postgres"
export DOCARCHIVE_TEST_PG_BIN="$pg_bin"
export DOCARCHIVE_TEST_PG_DATA="$dir/data"
"$@"
