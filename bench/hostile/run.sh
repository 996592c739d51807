#!/usr/bin/env bash
# The hostile documents of the bad-input review, each imported alone by the import command (elapsed time and peak
# resident memory from /usr/bin/time), then all of them beside the seeds in one folder served by the API: how soon
# /health/live answers, when the startup import is done, and whether the seeds import with the counts they have alone.
# Goals: each document rejected or imported within 10 s and 300 MB; /health/live within 5 s of start.
# Usage: bench/hostile/run.sh   (env: PORT=5483)
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-5483}
base="http://127.0.0.1:$port"

dotnet build -c Release -v quiet -nologo src/GoAdoption.Api >/dev/null
api=src/GoAdoption.Api/bin/Release/net10.0/GoAdoption.Api.dll
work=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

python3 bench/hostile/make_documents.py "$work/hostile"
cp seeds/* "$work/hostile/all/"

printf '%-26s %9s %9s  %s\n' document seconds "peak MiB" outcome
for one in "$work"/hostile/one/*; do
  name=$(basename "$one")
  /usr/bin/time -f '%e %M' -o "$work/time" env ConnectionStrings__Catalog="Data Source=$work/$name.db" \
    Serilog__MinimumLevel__Default=Warning dotnet "$api" import "$one" >"$work/out" 2>/dev/null || true
  read -r seconds kib < <(tail -1 "$work/time")
  outcome=$(grep -v '^[0-9]* documents' "$work/out" | head -1 | cut -f1,3 | cut -c1-90)
  printf '%-26s %9s %9d  %s\n' "$name" "$seconds" $((kib / 1024)) "$outcome"
done

# The seeds alone, then the seeds beside every hostile document.
ConnectionStrings__Catalog="Data Source=$work/seeds.db" Serilog__MinimumLevel__Default=Warning dotnet "$api" import seeds >/dev/null 2>&1
start=$(date +%s.%N)
ConnectionStrings__Catalog="Data Source=$work/all.db" Catalog__SeedsPath="$work/hostile/all" Serilog__MinimumLevel__Default=Warning \
  RateLimits__Burst=100000 RateLimits__RequestsPerSecond=100000 dotnet "$api" --urls "$base" >"$work/server.log" 2>&1 &
server_pid=$!
until curl -fs "$base/health/live" >/dev/null 2>&1; do sleep 0.05; done
live=$(python3 -c "import time; print(f'{time.time() - $start:.2f}')")
for _ in $(seq 1 1500); do [ "$(curl -fs "$base/health/ready" 2>/dev/null)" = Healthy ] && break; kill -0 "$server_pid" 2>/dev/null || { echo "the server died"; tail -5 "$work/server.log"; exit 1; }; sleep 0.2; done
ready=$(python3 -c "import time; print(f'{time.time() - $start:.1f}')")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")
echo
echo "all beside the seeds: /health/live after $live s, startup import done after $ready s, server peak $((hwm / 1024)) MiB"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
for db in seeds all; do
  ConnectionStrings__Catalog="Data Source=$work/$db.db" dotnet "$api" export sources --format ndjson >"$work/$db.ndjson" 2>/dev/null
done
python3 - "$work/seeds.ndjson" "$work/all.ndjson" <<'PY'
import json, sys
def read(path):
    return {s["fileName"]: (s["status"], s["mentionCount"], s["useCaseCount"]) for s in map(json.loads, open(path, encoding="utf-8"))}
alone, beside = read(sys.argv[1]), read(sys.argv[2])
same = sum(1 for name, counts in alone.items() if beside.get(name) == counts)
print(f"seeds with the same status, mentions and use-cases as alone: {same} of {len(alone)}")
for name, (status, *_ ) in sorted(beside.items()):
    if name not in alone:
        print(f"  {name}: {status}")
PY
