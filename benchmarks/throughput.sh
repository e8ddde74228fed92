#!/usr/bin/env bash
# Articles/second and peak memory of `dateline run` on Timeline17's articles (one topic, then all).
# Usage: benchmarks/throughput.sh [T17_DIR]   (default ../shared/data/tls/t17/Timeline17)
set -euo pipefail
cd "$(dirname "$0")/.."
t17=${1:-../shared/data/tls/t17/Timeline17}
bin=.venv/bin/dateline
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # name, paths...
  local name=$1; shift
  /usr/bin/time -v "$bin" run "$@" --db "$tmp/$name.db" --format t17 --quiet 2> "$tmp/$name.log" || true
  local n secs peak
  n=$(grep -oE '^[0-9]+ articles' "$tmp/$name.log" | grep -oE '[0-9]+')
  secs=$(grep 'Elapsed (wall clock)' "$tmp/$name.log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  peak=$(grep 'Maximum resident set size' "$tmp/$name.log" | awk '{print $NF}')
  printf '%-28s %5d articles %8.1f s %6.1f articles/s  peak RSS %6.0f MB\n' \
    "$name" "$n" "$secs" "$(echo "$n / $secs" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
}
measure one-topic-SyrianCrisis_bbc "$t17/SyrianCrisis_bbc/InputDocs"
measure all-topics "$t17"/*/InputDocs
