#!/usr/bin/env bash
# Runs the whole test suite (unit, store on H2 and PostgreSQL, simulated-PBX integration).
set -euo pipefail
cd "$(dirname "$0")"
mvn=$(command -v mvn || echo ./mvnw)
exec "$mvn" -B -ntp verify "$@"
