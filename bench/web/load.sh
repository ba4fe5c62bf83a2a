#!/usr/bin/env bash
# Whole-process load benchmark of viva-web on loopback with wrk: requests/s and p99 latency of
# 'next card' and 'submit review', each relative to the static /health endpoint of the same app in the
# same run, and a check that every acknowledged review is in the database.
# Usage: bench/web/load.sh [seconds per endpoint, default 10] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-16}
command -v wrk >/dev/null || bash scripts/install-test-deps.sh

dotnet build src/Viva.Web -c Release -v quiet -nologo >/dev/null
home=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:${port}"
dotnet src/Viva.Web/bin/Release/net10.0/viva-web.dll --urls "$url" --Viva:Home "$home" --Logging:LogLevel:Default Warning >"$home/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$home"' EXIT
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
