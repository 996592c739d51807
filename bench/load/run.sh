#!/usr/bin/env bash
# Load test on loopback against a synthetic catalog (100,000 companies, 1,000,000 claims by default).
# Builds the API in Release, serves the catalog with ImportOnStart=false, and runs wrk (2 threads, 50 connections,
# 15 s, RUNS times) against:
#   ceiling          GET /health/ping, the cheapest JSON answer of the same program
#   companies        GET /api/v1/companies?domain=finance&country=US&page=N   (filtered, paged, sorted by name)
#   claims           GET /api/v1/claims?company=company-NNNNNN                (one company's claims)
# each uncached (every request a new URL: the output cache misses, and as a URL's first request the response is not
# stored either) and cached (one URL, stored from its second request), then prints medians of
# requests/s and p99, and each ratio to the ceiling measured in the same run. Finally it restarts the server and
# exports all claims as CSV, reporting the server's peak resident memory (VmHWM) and the time taken.
# and search, GET /api/v1/search?q=company-NNNNNN, uncached.
# With PROVIDER=postgres the catalog is a PostgreSQL database on the server POSTGRES names (an Npgsql connection string
# without a database), and INSTANCES=2 serves it from two API processes behind nginx (deploy/nginx.conf, from Debian's
# packages), every request, the ceiling's too, going through the proxy.
# Usage: bench/load/run.sh   (env: RUNS=3 DURATION=15s CONNECTIONS=50 COMPANIES=100000 CLAIMS=1000000 PORT=5480
#                                  PROVIDER=sqlite|postgres POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" INSTANCES=1|2)
set -euo pipefail
# One load generator is one client: its limits are lifted, so the script measures the server, not RateLimits.
cd "$(dirname "$0")/../.."

runs=${RUNS:-3}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-50}
companies=${COMPANIES:-100000}
claims=${CLAIMS:-1000000}
port=${PORT:-5480}
provider=${PROVIDER:-sqlite}
instances=${INSTANCES:-1}
db=${CATALOG_DB:-bench/load/catalog-${companies}-${claims}.db}
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if [ "$instances" -gt 1 ] && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null
fi

dotnet build -c Release -v quiet -nologo bench/GoAdoption.CatalogGenerator >/dev/null
generator=bench/GoAdoption.CatalogGenerator/bin/Release/net10.0/GoAdoption.CatalogGenerator.dll
if [ "$provider" = postgres ]; then
  server=${POSTGRES:?PROVIDER=postgres needs POSTGRES, an Npgsql connection string to the server}
  database="bench_${companies}_${claims}"
  catalog="$server;Database=$database"
  psql_url=$(echo "$server" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/')
  # A database the generator finished is marked by its catalog version; one without is generated again.
  if ! psql "$psql_url dbname=$database" -tAc "SELECT 1 FROM \"CatalogState\" WHERE \"Key\" = 'version'" 2>/dev/null | grep -q 1; then
    dotnet "$generator" --postgres "$catalog" --companies "$companies" --claims "$claims"
  fi
elif [ ! -f "$db" ]; then
  # Written aside and moved into place, so a failed generation leaves no partial catalog for the next run to trust.
  rm -f "$db.partial"*
  dotnet "$generator" --out "$db.partial" --companies "$companies" --claims "$claims"
  mv "$db.partial" "$db"
  catalog="Data Source=$(realpath "$db")"
else
  catalog="Data Source=$(realpath "$db")"
fi
api=src/GoAdoption.Api/bin/Release/net10.0/GoAdoption.Api.dll

work=$(mktemp -d)
server_pids=()
server_pid=
stop_server() {
  for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  server_pids=()
  server_pid=
  if [ -f "$work/nginx.pid" ]; then /usr/sbin/nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true; rm -f "$work/nginx.pid"; fi
}
trap 'stop_server; rm -rf "$work"' EXIT

start_instance() { # url
  ASPNETCORE_ENVIRONMENT=Production \
  Catalog__Provider="$provider" \
  ConnectionStrings__Catalog="$catalog" \
  Catalog__ImportOnStart=false \
  Serilog__MinimumLevel__Default=Warning \
  RateLimits__Burst=100000000 RateLimits__RequestsPerSecond=100000000 \
  RateLimits__SimulationsPerClient=100000 RateLimits__Simulations=100000 \
    dotnet "$api" --urls "$1" >>"$work/server.log" 2>&1 &
  server_pids+=($!)
  for _ in $(seq 1 120); do
    [ "$(curl -fs "$1/health/ready" 2>/dev/null)" = Healthy ] && return 0
    kill -0 "${server_pids[-1]}" 2>/dev/null || break
    sleep 0.5
  done
  cat "$work/server.log" >&2
  echo "the API did not become ready" >&2
  exit 1
}

# One instance on $base; or INSTANCES on the ports after it, with nginx on $base in front of them.
start_server() {
  if [ "$instances" -le 1 ]; then
    start_instance "$base"
  else
    upstreams=""
    for i in $(seq 1 "$instances"); do
      start_instance "http://127.0.0.1:$((port + i))"
      upstreams+="        server 127.0.0.1:$((port + i));"$'\n'
    done
    python3 - "$work/nginx.conf" "$port" "$work" "$upstreams" <<'PY'
import re, sys
out, port, work, upstreams = sys.argv[1:5]
conf = open("deploy/nginx.conf", encoding="utf-8").read()
conf = re.sub(r"(upstream goadoption \{\n(?:.*\n)*?)(\s*server api1:8080.*\n\s*server api2:8080.*\n)", lambda m: m.group(1) + "\n" + upstreams, conf)
conf = conf.replace("listen 80;", f"listen 127.0.0.1:{port};").replace("worker_processes auto;", f"worker_processes 1;\npid {work}/nginx.pid;\nerror_log {work}/nginx.log;")
open(out, "w", encoding="utf-8").write(conf)
PY
    /usr/sbin/nginx -c "$work/nginx.conf" -p "$work"
    for _ in $(seq 1 20); do [ "$(curl -fs "$base/health/ready" 2>/dev/null)" = Healthy ] && break; sleep 0.2; done
  fi
  server_pid=${server_pids[0]}
  # The first instance itself, whose memory the export below reads.
  first=$([ "$instances" -le 1 ] && echo "$base" || echo "http://127.0.0.1:$((port + 1))")
}

# name | path or pattern | max for the pattern's %d (empty: a fixed URL, served from the output cache after the first)
scenarios=(
  "ceiling|/health/ping|"
  "companies-uncached|/api/v1/companies?domain=finance&country=US&page=%d|25"
  "companies-cached|/api/v1/companies?domain=finance&country=US&page=2|"
  "claims-uncached|/api/v1/claims?company=company-%06d|$companies"
  "claims-cached|/api/v1/claims?company=company-004242|"
  "search-uncached|/api/v1/search?q=company-%06d|$companies"
)

run_wrk() { # name path max seconds
  local name=$1 path=$2 max=$3 seconds=$4
  if [ -n "$max" ]; then
    PATTERN=$path MAX=$max wrk -t2 -c"$connections" -d"$seconds" --latency -s bench/load/uncached.lua "$base"
  else
    wrk -t2 -c"$connections" -d"$seconds" --latency "$base$path"
  fi
}

start_server
echo "warming up"
for scenario in "${scenarios[@]}"; do
  IFS='|' read -r name path max <<<"$scenario"
  run_wrk "$name" "$path" "$max" 3s >/dev/null
done

results="$work/results.tsv"
for run in $(seq 1 "$runs"); do
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name path max <<<"$scenario"
    out=$(run_wrk "$name" "$path" "$max" "$duration")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
    printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$name" "$rps" "$p99" "$errors" | tee -a "$results"
  done
done
stop_server

# Peak memory of an export on a fresh process: VmHWM is the high-water mark of the server's resident set.
start_server
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
export_stats=$(curl -fsS -o /dev/null -w '%{time_total} %{size_download} %{http_code}' "$first/api/v1/export/claims?format=csv")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
rows=$(curl -fsS "$first/api/v1/claims?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
stop_server

python3 - "$results" "$rss_before" "$hwm" "$rows" $export_stats <<'PY'
import statistics, sys
path, rss_before, hwm, rows, seconds, size, status = sys.argv[1:8]
def ms(text):
    unit = text.lstrip("0123456789.")
    value = float(text[: len(text) - len(unit)])
    return value * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rows_by = {}
for line in open(path, encoding="utf-8"):
    run, name, rps, p99, errors = (line.rstrip("\n").split("\t") + [""])[:5]
    rows_by.setdefault(name, []).append((float(rps), ms(p99), errors.strip()))
ceiling = statistics.median(r for r, _, _ in rows_by["ceiling"])
print()
print(f"{'endpoint':<20} {'req/s (median)':>15} {'p99 ms (median)':>16} {'of ceiling':>11}  runs")
for name, values in rows_by.items():
    rps = statistics.median(r for r, _, _ in values)
    p99 = statistics.median(p for _, p, _ in values)
    runs = ", ".join(f"{r:,.0f}" for r, _, _ in values)
    print(f"{name:<20} {rps:>15,.0f} {p99:>16.2f} {rps / ceiling:>10.1%}  {runs}")
    for _, _, errors in values:
        if errors:
            print(f"  {name}: {errors}")
print()
print(f"export of {int(rows):,} claims as CSV: HTTP {status}, {int(size) / 1048576:,.0f} MiB in {float(seconds):.1f} s; "
      f"server RSS {int(rss_before) / 1024:.0f} MiB before, peak {int(hwm) / 1024:.0f} MiB")
PY
