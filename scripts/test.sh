#!/usr/bin/env bash
# Installs what the tests need (the .NET SDK when missing) and runs every test of the solution.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: installing the .NET SDK (dotnet-sdk-10.0)" >&2
  apt-get update -qq && apt-get install -y -qq dotnet-sdk-10.0
fi

# Headless Chromium and its driver for the browser tests, PostgreSQL for the store tests, wrk for the load benchmark (Debian packages).
bash scripts/install-test-deps.sh

# A throwaway PostgreSQL server on loopback for the store tests (VIVA_TEST_POSTGRES), stopped and deleted on exit.
source scripts/postgres-test-server.sh
trap 'postgres_test_stop' EXIT
postgres_test_start || echo "test.sh: no PostgreSQL server for the store tests (they skip, or fail in CI)" >&2

dotnet --info >/dev/null
dotnet restore Viva.slnx
dotnet format Viva.slnx --no-restore --verify-no-changes
dotnet build Viva.slnx --no-restore -c Release
log=$(mktemp)
trap 'rm -f "$log"; postgres_test_stop' EXIT
status=0
dotnet test Viva.slnx --no-build -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole solution, summed over the test projects.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "Tests: ${passed} passed, ${failed} failed"
exit "$status"
