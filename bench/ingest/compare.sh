#!/usr/bin/env bash
# Ingest throughput of the working tree against a baseline revision, measured in one process with the passes
# interleaved (see bench/GoAdoption.Bench/IngestComparison.cs), on one core as the ingest benchmark runs. Prints each
# build's median and the ratio of their speeds.
# Usage: bench/ingest/compare.sh [baseline revision, default HEAD]   (env: PASSES=8)
set -euo pipefail
cd "$(dirname "$0")/../.."

revision=${1:-HEAD}
passes=${PASSES:-8}
work=$(mktemp -d)
cleanup() {
  git worktree remove --force "$work/baseline-src" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git worktree add --detach "$work/baseline-src" "$revision" >/dev/null
# A library's output folder holds only its own assemblies: ask for its packages too, so each build runs on its own.
dotnet build -c Release -v quiet -nologo -p:CopyLocalLockFileAssemblies=true "$work/baseline-src/src/GoAdoption.Ingest" -o "$work/baseline" >/dev/null
dotnet build -c Release -v quiet -nologo -p:CopyLocalLockFileAssemblies=true src/GoAdoption.Ingest -o "$work/candidate" >/dev/null
dotnet build -c Release -v quiet -nologo bench/GoAdoption.Bench >/dev/null
echo "baseline $(git rev-parse --short "$revision"), candidate: the working tree"
# One core, the last one, as the ingest benchmark runs; unpinned where taskset is missing.
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c "$(( $(nproc) - 1 ))"); fi
DOTNET_TC_CallCountingDelayMs=0 "${pin[@]}" \
  dotnet bench/GoAdoption.Bench/bin/Release/net10.0/GoAdoption.Bench.dll compare "$work/baseline" "$work/candidate" "$passes"
