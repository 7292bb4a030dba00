#!/usr/bin/env bash
# Measures detection quality on the public labelled corpus (../shared/bench): imports its registry, ingests its
# listings, scans, exports decisions and scores them with the corpus's own score.py.
#   bench/score-shared-bench.sh [SCORER] [extra scan options...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${GENUINE_BENCH:-$root/../shared/bench}"
[ -d "$corpus" ] || { echo "no corpus at $corpus (set GENUINE_BENCH)" >&2; exit 1; }
# GENUINE_BENCH_HOME keeps the home for a look afterwards (decisions, evidence); otherwise a temporary one.
home="${GENUINE_BENCH_HOME:-$(mktemp -d)}"
[ -n "${GENUINE_BENCH_HOME:-}" ] || trap 'rm -rf "$home"' EXIT
"$root/genuine" registry import --home "$home" "$corpus"/registry/*/registry.json >/dev/null
"$root/genuine" ingest --home "$home" "$corpus/listings.jsonl" >/dev/null
"$root/genuine" scan --home "$home" --full ${1:+--scorer "$1"} "${@:2}" >&2
"$root/genuine" decisions export --home "$home" --out "$home/decisions.jsonl"
python3 "$corpus/score.py" "$corpus/labels.jsonl" "$home/decisions.jsonl"
