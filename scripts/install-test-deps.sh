#!/usr/bin/env bash
# Installs the system packages the web tests, the Python exercise judge, the PostgreSQL store tests and the load
# benchmark need (Debian): headless Chromium, its driver, python3, NumPy (for the exercises that require it), the
# PostgreSQL server and wrk. Runs apt only when
# something is missing; uses sudo when not root.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# The judge falls back to the system interpreter for a module that the python3 on the PATH lacks, so Debian's
# python3-numpy serves NumPy exercises even beside a version manager's interpreter.
if ! python3 -c 'import numpy' >/dev/null 2>&1 && ! /usr/bin/python3 -c 'import numpy' >/dev/null 2>&1; then
  missing+=(python3-numpy)
fi
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps.sh: no apt-get; install ${missing[*]} yourself (browser tests skip without them outside CI)" >&2
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo -n)
fi

echo "install-test-deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
