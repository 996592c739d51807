#!/usr/bin/env bash
# Whether expensive simulations can starve cheap reads: CLIENTS clients, each with its own API key (so each is its own
# rate-limit partition), send the most expensive replay the API accepts ({"requests":500000,"servers":100000}, a new
# seed each time so nothing is cached) as fast as they are answered, while wrk measures a cheap GET
# (/api/v1/companies) from another client. Reported: the GET's p50/p99 alone and under load, the replays' answers
# (200 served, 429 refused by the simulation slots), and the server's peak resident memory.
# Usage: bench/load/heavy.sh   (env: CLIENTS=20 DURATION=20 PORT=5482)
set -euo pipefail
cd "$(dirname "$0")/../.."

clients=${CLIENTS:-20}
duration=${DURATION:-20}
port=${PORT:-5482}
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
dotnet build -c Release -v quiet -nologo src/GoAdoption.Api >/dev/null
api=src/GoAdoption.Api/bin/Release/net10.0/GoAdoption.Api.dll

work=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; jobs -p | xargs -r kill 2>/dev/null; rm -rf "$work"' EXIT

# One read key per client: configuration holds their hashes.
keys=()
for i in $(seq 0 $((clients - 1))); do
  keys+=("-client-$i-")
  export "Auth__Keys__${i}__Name=client-$i"
  export "Auth__Keys__${i}__Hash=$(printf '%s' "-client-$i-" | sha256sum | cut -d' ' -f1)"
  export "Auth__Keys__${i}__Scopes__0=read"
done

# The simulation limits are the shipped defaults; the per-client token bucket is lifted so wrk's one client measures
# latency, not its own refusals.
ASPNETCORE_ENVIRONMENT=Production \
ConnectionStrings__Catalog="Data Source=$work/catalog.db" \
Catalog__SeedsPath="$(pwd)/seeds" \
Serilog__MinimumLevel__Default=Warning \
RateLimits__Burst=100000000 RateLimits__RequestsPerSecond=100000000 \
  dotnet "$api" --urls "$base" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  [ "$(curl -fs "$base/health/ready" 2>/dev/null)" = Healthy ] && break
  sleep 0.5
done

get_latency() { # label
  local out
  out=$(wrk -t2 -c10 -d"${duration}s" --latency "$base/api/v1/companies")
  printf '%s\t%s\t%s\t%s\n' "$1" "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(awk '/^Requests\/sec/ {print $2}' <<<"$out")" >>"$work/get.tsv"
}

wrk -t2 -c10 -d2s "$base/api/v1/companies" >/dev/null
get_latency alone

end=$(( $(date +%s) + duration + 2 ))
for i in $(seq 0 $((clients - 1))); do
  (
    seed=$((i * 100000))
    while [ "$(date +%s)" -lt "$end" ]; do
      seed=$((seed + 1))
      curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Bearer ${keys[$i]}" -H 'Content-Type: application/json' \
        -d "{\"requests\":500000,\"servers\":100000,\"seed\":$seed}" "$base/api/v1/replays" >>"$work/replays.txt"
    done
  ) &
done
sleep 1
get_latency "under $clients heavy clients"
wait $(jobs -p | grep -v "^$server_pid$") 2>/dev/null || true
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")

python3 - "$work/get.tsv" "$work/replays.txt" "$hwm" <<'PY'
import collections, sys
def ms(text):
    unit = text.lstrip("0123456789.")
    return float(text[: len(text) - len(unit)]) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
print(f"{'GET /api/v1/companies':<32} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>9}")
for label, p50, p99, rps in rows:
    print(f"{label:<32} {ms(p50):>8.2f} {ms(p99):>8.2f} {float(rps):>9,.0f}")
codes = collections.Counter(line.strip() for line in open(sys.argv[2], encoding="utf-8") if line.strip())
print("replays answered: " + ", ".join(f"{code} × {count}" for code, count in sorted(codes.items())))
print(f"server peak resident memory: {int(sys.argv[3]) / 1024:,.0f} MiB")
PY
