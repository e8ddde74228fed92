#!/usr/bin/env bash
# Articles/second, CPU time and peak memory of `dateline run` on Timeline17's articles (one topic, then all).
# Usage: benchmarks/throughput.sh [T17_DIR] [one|all|both]   (default ../shared/data/tls/t17/Timeline17, both)
# The environment passes through: DATELINE_NLP=full runs the whole spaCy model on every sentence (the
# path before the selective parse), DATELINE_NER=all runs NER everywhere, DATELINE_PROCESSES=N sets workers.
# Each line also gives the 1-minute load average before the run: other jobs on the machine slow it down.
set -euo pipefail
cd "$(dirname "$0")/.."
t17=${1:-../shared/data/tls/t17/Timeline17}
which=${2:-both}
bin=.venv/bin/dateline
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # name, paths...
  local name=$1; shift
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v "$bin" run "$@" --db "$tmp/$name.db" --format t17 --quiet 2> "$tmp/$name.log" || true
  local n secs peak cpu
  n=$(grep -oE '^[0-9]+ articles' "$tmp/$name.log" | grep -oE '[0-9]+')
  secs=$(grep 'Elapsed (wall clock)' "$tmp/$name.log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  peak=$(grep 'Maximum resident set size' "$tmp/$name.log" | awk '{print $NF}')
  cpu=$(grep -E '(User|System) time' "$tmp/$name.log" | awk '{s += $NF} END {print s}')
  printf '%-28s %5d articles %8.1f s %6.1f articles/s  CPU %7.1f s  peak RSS %6.0f MB  load before %s\n' \
    "$name" "$n" "$secs" "$(echo "$n / $secs" | bc -l)" "$cpu" "$(echo "$peak / 1024" | bc -l)" "$load"
}
if [[ $which != all ]]; then measure one-topic-SyrianCrisis_bbc "$t17/SyrianCrisis_bbc/InputDocs"; fi
if [[ $which != one ]]; then measure all-topics "$t17"/*/InputDocs; fi
