#!/usr/bin/env bash
# Whole-process load benchmark of viva-web on loopback, in two parts of one run:
# 1. single-user mode over SQLite, with wrk: requests/s and p99 latency of 'next card' and 'submit review', each
#    relative to the static /health endpoint of the same app, and a check that every acknowledged review is stored;
# 2. server mode over PostgreSQL (a throwaway server from scripts/postgres-test-server.sh): LEARNERS simulated
#    learners, each signed up and signed in with a session cookie of its own, loop 'next card' then 'submit' for
#    LEARNER_SECONDS: requests/s, p50/p99, failures, and a check that every acknowledged review is in the database and
#    that every card's reps equals its reviews.
# Usage: bench/web/load.sh [seconds per endpoint, default 5] [connections, default 16] [LEARNER_SECONDS, default 60] [LEARNERS, default 64]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}
connections=${2:-16}
learner_seconds=${3:-60}
learners=${4:-64}
command -v wrk >/dev/null || bash scripts/install-test-deps.sh

dotnet build src/Viva.Web -c Release -v quiet -nologo >/dev/null
dotnet build bench/web/Learners -c Release -v quiet -nologo >/dev/null
home=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
url="http://127.0.0.1:${port}"
dotnet src/Viva.Web/bin/Release/net10.0/viva-web.dll --urls "$url" --Viva:Home "$home" --Logging:LogLevel:Default Warning >"$home/server.log" 2>&1 &
server=$!
pg_server=
stop_all() { # every step runs even when an earlier one finds its process gone
  kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
  if [ -n "$pg_server" ]; then kill "$pg_server" 2>/dev/null || true; wait "$pg_server" 2>/dev/null || true; fi
  if declare -F postgres_test_stop >/dev/null; then postgres_test_stop; fi
  rm -rf "$home"
}
trap stop_all EXIT
for _ in $(seq 120); do curl -fs "$url/health" >/dev/null && break; sleep 0.5; done

run() { # name, path, [lua]
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency ${3:+-s "$3"} "$url$2")
  local rps p99 non2xx requests
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {print $0}' <<<"$out")
  echo "$1 $rps $p99 $requests $non2xx ${errors:-none}"
}
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v/1000; else if (v ~ /ms$/) print v+0; else print v*1000 }'; }

health=$(run health /health)
next=$(run next_card /api/practice/next)
export CARD_ID
CARD_ID=$(curl -fs "$url/api/practice/next" | python3 -c 'import json,sys; print(json.load(sys.stdin)["card"]["card_id"])')
review=$(run submit_review /api/reviews bench/web/review.lua)
stored=$(curl -fs "$url/api/questions/$CARD_ID" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["history"]))')

read -r _ hrps hp99 _ _ _ <<<"$health"
printf '%-14s %12s %10s %10s %10s %10s %8s\n' endpoint "requests/s" "p99 ms" "rps/health" "p99/health" requests non-2xx
for line in "$health" "$next" "$review"; do
  read -r name rps p99 requests non2xx _ <<<"$line"
  printf '%-14s %12.0f %10.2f %10.3f %10.1f %10s %8s\n' "$name" "$rps" "$(ms "$p99")" "$(awk -v a="$rps" -v b="$hrps" 'BEGIN{print a/b}')" \
    "$(awk -v a="$(ms "$p99")" -v b="$(ms "$hp99")" 'BEGIN{print a/b}')" "$requests" "$non2xx"
done
read -r _ _ _ acknowledged failed errors <<<"$review"
echo "reviews acknowledged: $acknowledged, stored: $stored, failed: $failed, socket errors: $errors"
if [ "$failed" != 0 ] || [ "$stored" -lt "$acknowledged" ]; then
  echo "load.sh: FAILED: reviews were refused or lost" >&2
  exit 1
fi
kill $server; wait $server 2>/dev/null || true

# Part 2: server mode over PostgreSQL.
# shellcheck source=../../scripts/postgres-test-server.sh
source scripts/postgres-test-server.sh
postgres_test_start
[ -n "${VIVA_TEST_POSTGRES:-}" ] || { echo "load.sh: no PostgreSQL server; install it with scripts/install-test-deps.sh" >&2; exit 1; }
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$VIVA_TEST_POSTGRES")
psql_bank() { psql -h 127.0.0.1 -p "$pg_port" -U viva -d postgres -v ON_ERROR_STOP=1 -At "$@"; }
port=$(free_port)
url="http://127.0.0.1:${port}"
mkdir -p "$home/pg"
VIVA_DB="$VIVA_TEST_POSTGRES" dotnet src/Viva.Web/bin/Release/net10.0/viva-web.dll --urls "$url" --Viva:Home "$home/pg" --Viva:Accounts true \
  --Viva:NewPerDay 10000 --Viva:LoginPostsPerMinute 100000 --Logging:LogLevel:Default Warning >"$home/pg/server.log" 2>&1 &
pg_server=$!
for _ in $(seq 240); do curl -fs "$url/health" >/dev/null && break; sleep 0.5; done
token=$(grep -o 'setup?token=[A-Za-z0-9_-]*' "$home/pg/server.log" | head -n 1 | cut -d= -f2)
[ -n "$token" ] || { echo "load.sh: the server printed no setup link:" >&2; cat "$home/pg/server.log" >&2; exit 1; }
set +e
figures=$(dotnet bench/web/Learners/bin/Release/net10.0/Learners.dll "$url" "$learners" "$learner_seconds" "$home/acked.txt" "$token")
driver=$?
set -e
checks=$(psql_bank <<SQL
CREATE TEMP TABLE acked (id bigint);
\copy acked FROM '$home/acked.txt'
SELECT (SELECT count(*) FROM acked) || ' ' || (SELECT count(*) FROM acked a JOIN reviews r ON r.id = a.id) || ' ' || (SELECT count(*) FROM reviews)
  || ' ' || (SELECT count(*) FROM cards c WHERE c.reps <> (SELECT count(*) FROM reviews r WHERE r.user_id = c.user_id AND r.card_id = c.card_id));
SQL
)
read -r pg_acked pg_found pg_total bad_reps <<<"$(tail -n 1 <<<"$checks")"
echo
echo "PostgreSQL, server mode: $figures"
echo "reviews acknowledged: $pg_acked, of them in the database: $pg_found (reviews stored: $pg_total); cards whose reps differ from their reviews: $bad_reps"
if [ "$driver" != 0 ] || [ "$pg_found" != "$pg_acked" ] || [ "$bad_reps" != 0 ]; then
  echo "load.sh: FAILED: requests failed, or acknowledged reviews are missing, or reps were lost" >&2
  exit 1
fi
