#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests: `start DIR PORT` initializes a cluster in DIR (owned by the
# postgres user, trust authentication on loopback only) and starts it; `stop DIR` stops it. Installs the server from
# Debian's packages when it is missing.
set -euo pipefail

command=${1:?usage: postgres.sh start DIR PORT | stop DIR}
dir=${2:?usage: postgres.sh start DIR PORT | stop DIR}

bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] && echo "$found"
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    # initdb and the server refuse to run as root.
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    port=${3:?usage: postgres.sh start DIR PORT}
    if [ -z "$(bin)" ]; then
      if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
      else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
      fi
    fi
    pg=$(bin)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres:postgres "$dir"
    fi
    # C collation and UTF-8: text sorts by code point, as SQLite's BINARY collation does.
    as_postgres "$pg/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null
    as_postgres "$pg/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=300" start >/dev/null
    echo "PostgreSQL $("$pg/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
  stop)
    pg=$(bin)
    as_postgres "$pg/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: postgres.sh start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
