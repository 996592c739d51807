#!/usr/bin/env bash
# How fast a cached replay answers next to a list endpoint, on the seed catalog, over loopback with wrk
# (2 threads, 50 connections, DURATION each, RUNS times; medians and ratios to the ceiling of the same run):
#   ceiling        GET  /health/ping
#   claims-list    GET  /api/v1/claims?company=uber               (a list, from the output cache)
#   claims-query   GET  /api/v1/claims?company=uber&r=…           (the same list, queried afresh every request)
#   replay-post    POST /api/v1/replays {"company":"uber"} (scenarios from the replay cache; POSTs are never output-cached)
#   replay-get     GET  /api/v1/claims/{id}/replay                 (one claim's scenario)
# Usage: bench/load/replay.sh   (env: RUNS=3 DURATION=10s CONNECTIONS=50 PORT=5481)
set -euo pipefail
# One load generator is one client: its limits are lifted, so the script measures the server, not RateLimits.
cd "$(dirname "$0")/../.."

runs=${RUNS:-3}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-50}
port=${PORT:-5481}
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
dotnet build -c Release -v quiet -nologo src/GoAdoption.Api >/dev/null
api=src/GoAdoption.Api/bin/Release/net10.0/GoAdoption.Api.dll

work=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__Catalog="Data Source=$work/catalog.db" \
Catalog__SeedsPath="$(pwd)/seeds" \
Serilog__MinimumLevel__Default=Warning \
RateLimits__Burst=100000000 RateLimits__RequestsPerSecond=100000000 \
RateLimits__SimulationsPerClient=100000 RateLimits__Simulations=100000 \
  dotnet "$api" --urls "$base" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  [ "$(curl -fs "$base/health/ready" 2>/dev/null)" = Healthy ] && break
  sleep 0.5
done

claim=$(curl -fsS "$base/api/v1/claims?company=uber&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
# The first replay computes and caches the scenarios; everything after is the cached answer.
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"company": "uber"}' "$base/api/v1/replays"
curl -fsS -o /dev/null "$base/api/v1/claims/$claim/replay"

run_wrk() { # name seconds
  case $1 in
    ceiling) wrk -t2 -c"$connections" -d"$2" --latency "$base/health/ping" ;;
    claims-list) wrk -t2 -c"$connections" -d"$2" --latency "$base/api/v1/claims?company=uber" ;;
    claims-query) PATTERN='/api/v1/claims?company=uber&page=%d' MAX=1 wrk -t2 -c"$connections" -d"$2" --latency -s bench/load/uncached.lua "$base" ;;
    replay-post) BODY='{"company": "uber"}' wrk -t2 -c"$connections" -d"$2" --latency -s bench/load/replay-post.lua "$base/api/v1/replays" ;;
    replay-get) wrk -t2 -c"$connections" -d"$2" --latency "$base/api/v1/claims/$claim/replay" ;;
  esac
}

names=(ceiling claims-list claims-query replay-post replay-get)
for name in "${names[@]}"; do run_wrk "$name" 2s >/dev/null; done
results="$work/results.tsv"
for run in $(seq 1 "$runs"); do
  for name in "${names[@]}"; do
    out=$(run_wrk "$name" "$duration")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
    printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$name" "$rps" "$p99" "$errors" | tee -a "$results"
  done
done

python3 - "$results" <<'PY'
import statistics, sys
def ms(text):
    unit = text.lstrip("0123456789.")
    return float(text[: len(text) - len(unit)]) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    run, name, rps, p99, errors = (line.rstrip("\n").split("\t") + [""])[:5]
    rows.setdefault(name, []).append((float(rps), ms(p99), errors.strip()))
ceiling = statistics.median(r for r, _, _ in rows["ceiling"])
listed = statistics.median(r for r, _, _ in rows["claims-list"])
print(f"\n{'endpoint':<14} {'req/s (median)':>15} {'p99 ms':>8} {'of ceiling':>11} {'of list':>8}")
for name, values in rows.items():
    rps = statistics.median(r for r, _, _ in values)
    p99 = statistics.median(p for _, p, _ in values)
    print(f"{name:<14} {rps:>15,.0f} {p99:>8.2f} {rps / ceiling:>10.1%} {rps / listed:>8.0%}")
    for _, _, errors in values:
        if errors:
            print(f"  {name}: {errors}")
PY
