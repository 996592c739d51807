#!/usr/bin/env bash
# Scores the importer on the labelled corpus: serves the API on the corpus documents (a fresh database of its own) and
# runs the corpus's check.py against it. Exits non-zero when a total falls under its floor.
# Usage: bash .ci/corpus.sh [corpus folder]   (default: ../shared/corpus beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=${1:-../shared/corpus}
# The goals of the importer, met on main; a change that scores under them does not land.
floors="company=0.9,precision=0.9,projects=0.75,claims=0.75,subjects=1.0"

if [ ! -f "$corpus/check.py" ] || [ ! -d "$corpus/documents" ]; then
  echo "No labelled corpus at $corpus (expected check.py and documents/)." >&2
  exit 1
fi
corpus=$(cd "$corpus" && pwd)

work=$(mktemp -d)
port=${CORPUS_PORT:-5187}
url="http://127.0.0.1:$port"
Catalog__SeedsPath="$corpus/documents" ConnectionStrings__Catalog="Data Source=$work/corpus.db" \
  dotnet run --no-build --no-launch-profile --project src/GoAdoption.Api --urls "$url" >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true; wait $api 2>/dev/null || true; rm -rf "$work"' EXIT

# Healthy, not only 200: while the startup import runs, ready answers 200 "Degraded" (the API serves what it holds).
ready() { python3 -c 'import sys, urllib.request; sys.exit(urllib.request.urlopen(sys.argv[1], timeout=2).read() != b"Healthy")' "$url/health/ready" 2>/dev/null; }

# The API imports the folder once it listens, and reports Healthy when that is done.
for _ in $(seq 1 240); do
  if ready; then break; fi
  if ! kill -0 $api 2>/dev/null; then cat "$work/api.log" >&2; echo "The API stopped before it was ready." >&2; exit 1; fi
  sleep 0.5
done
ready || { cat "$work/api.log" >&2; echo "The API was not ready in time." >&2; exit 1; }

python3 "$corpus/check.py" "$url" --fail-under "$floors"
