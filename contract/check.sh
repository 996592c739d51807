#!/usr/bin/env bash
# The OpenAPI contract check: serves the built API on loopback against an empty temporary catalog, saves its
# document, lints it with Spectral's spectral:oas rules (any warning fails) and compiles check.ts under --strict
# against the TypeScript types openapi-typescript generates from it.
# Usage: contract/check.sh [path to GoAdoption.Api.dll]   (after `dotnet build`; Debug by default)
set -euo pipefail
cd "$(dirname "$0")"
api_dll=${1:-../src/GoAdoption.Api/bin/Debug/net10.0/GoAdoption.Api.dll}
[ -f "$api_dll" ] || { echo "contract: $api_dll not found; build the solution first." >&2; exit 1; }

if ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__Catalog="Data Source=$work/catalog.db" \
Catalog__ImportOnStart=false \
Serilog__MinimumLevel__Default=Warning \
  dotnet "$api_dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "contract: the API did not start." >&2; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/swagger/v1/swagger.json" -o openapi.json

npm ci --no-audit --no-fund --loglevel=error
npm run --silent lint
npm run --silent types
npm run --silent check
echo "contract: spectral:oas lint clean, generated types compile under --strict"
