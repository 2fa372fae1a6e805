#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL for the live-class store tests, on a loopback port in
# a temporary data folder. Usage:
#   eval "$(bash scripts/live-postgres.sh start [PORT] [DIR])"   # prints `export LIVE_TEST_DATABASE_URL=…`
#   bash scripts/live-postgres.sh stop [DIR]
# It installs Debian's postgresql with apt-get when running as root and none is installed, runs
# initdb and pg_ctl as the postgres user, and says plainly (on stderr) when it cannot.
set -uo pipefail
cmd=${1:-start}
port=${2:-55433}
dir=${3:-${TMPDIR:-/tmp}/sb-live-pg-$port}
say() { echo "live-postgres: $*" >&2; }

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }; done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

if [ "$cmd" = stop ]; then
  dir=${2:-$dir}
  bin=$(find_bin) || exit 0
  [ -f "$dir/postmaster.pid" ] && as_pg "'$bin/pg_ctl' -D '$dir' -m fast -w stop" >/dev/null 2>&1
  rm -rf "$dir"
  exit 0
fi

bin=$(find_bin)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's postgresql (apt-get)…"
    (apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1; }) || true
    bin=$(find_bin)
  fi
fi
if [ -z "$bin" ]; then
  say "no PostgreSQL here and it cannot be installed (needs root and apt-get): the PostgreSQL store tests will be skipped."
  exit 0
fi
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  say "there is no postgres user to run PostgreSQL as: the PostgreSQL store tests will be skipped."
  exit 0
fi

rm -rf "$dir" && mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
chmod 700 "$dir"
if ! as_pg "'$bin/initdb' -D '$dir' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir.initdb.log" 2>&1 \
   && ! as_pg "'$bin/initdb' -D '$dir' -U postgres --auth=trust -E UTF8 --no-locale" >"$dir.initdb.log" 2>&1; then
  say "initdb failed (see $dir.initdb.log): the PostgreSQL store tests will be skipped."
  exit 0
fi
if ! as_pg "'$bin/pg_ctl' -D '$dir' -l '$dir/server.log' -w -t 30 -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off\" start" >/dev/null 2>&1; then
  say "PostgreSQL did not start on 127.0.0.1:$port (see $dir/server.log): the PostgreSQL store tests will be skipped."
  exit 0
fi
rm -f "$dir.initdb.log"
say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
echo "export LIVE_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres LIVE_TEST_PG_DIR='$dir'"
