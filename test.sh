#!/usr/bin/env bash
# Runs the whole test suite (unit, store on H2 and PostgreSQL, simulated-PBX integration).
# --fast: only the unit tier (JUnit tag "unit": pure code, no database, speech engine, socket or program).
set -euo pipefail
cd "$(dirname "$0")"
mvn=$(command -v mvn || echo ./mvnw)
if [ "${1:-}" = "--fast" ]; then
  shift
  exec "$mvn" -B -ntp -Pfast test "$@"
fi
exec "$mvn" -B -ntp verify "$@"
