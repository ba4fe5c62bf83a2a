#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the storage tests: a fresh cluster in a temporary folder, listening only on
# loopback at a free port, owned by an unprivileged user (PostgreSQL refuses to run as root). Source it:
#   source scripts/postgres-test-server.sh && postgres_test_start
# exports VIVA_TEST_POSTGRES (a connection string), and postgres_test_stop stops the server and deletes the folder.
# Without PostgreSQL's server binaries it prints why and exports nothing (the PostgreSQL tests then skip, or fail in CI).

postgres_test_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && echo "$dir"
  done | sort -V | tail -n 1
}

postgres_test_start() {
  local bin port user
  bin=$(postgres_test_bin)
  if [ -z "$bin" ]; then
    echo "postgres-test-server: no PostgreSQL server binaries under /usr/lib/postgresql; PostgreSQL tests will not run" >&2
    return 0
  fi

  POSTGRES_TEST_DIR=$(mktemp -d /tmp/viva-pg.XXXXXX)
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  user=$(id -un)
  run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id -u "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user"
    chown "$user" "$POSTGRES_TEST_DIR"
    run_as=(runuser -u "$user" --)
  fi

  "${run_as[@]}" "$bin/initdb" -D "$POSTGRES_TEST_DIR/data" -U viva --auth=trust -E UTF8 --locale=C.UTF-8 >"$POSTGRES_TEST_DIR/initdb.log" 2>&1 \
    || { echo "postgres-test-server: initdb failed:" >&2; cat "$POSTGRES_TEST_DIR/initdb.log" >&2; return 1; }
  "${run_as[@]}" "$bin/pg_ctl" -D "$POSTGRES_TEST_DIR/data" -l "$POSTGRES_TEST_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $POSTGRES_TEST_DIR -c max_connections=200 -c fsync=off" start >/dev/null \
    || { echo "postgres-test-server: the server did not start:" >&2; cat "$POSTGRES_TEST_DIR/server.log" >&2; return 1; }
  POSTGRES_TEST_RUN_AS=("${run_as[@]}")
  POSTGRES_TEST_PG_CTL="$bin/pg_ctl"
  export VIVA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=viva;Database=postgres"
  echo "postgres-test-server: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

postgres_test_stop() {
  [ -n "${POSTGRES_TEST_DIR:-}" ] || return 0
  "${POSTGRES_TEST_RUN_AS[@]}" "$POSTGRES_TEST_PG_CTL" -D "$POSTGRES_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$POSTGRES_TEST_DIR"
  POSTGRES_TEST_DIR=
}
