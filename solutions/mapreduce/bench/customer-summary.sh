#!/usr/bin/env bash
# The customer-summary benchmark: a seeded transaction log of each size, summarised by the MapReduce job on
# LocalJobRunner (2 slots, 2 reducers) and by the in-memory path of `kata run ltv --transactions` (OrdersCsv,
# then LtvData with the reference Rfm), each in a JVM of its own under /usr/bin/time -v: wall time and peak
# resident memory. Prints a Markdown table (benchmarks.md in mapreduce/katas/recommendations holds the last one).
#
#   solutions/mapreduce/bench/customer-summary.sh [--sizes "1000000 10000000"] [--seed 42] [--heap ""]
#
# --heap sets -Xmx for both paths (empty: the JVM's default, a quarter of the machine's memory). It builds the
# modules first (quietly), and writes only to a temporary folder that it deletes.
set -euo pipefail

sizes="1000000 10000000"
seed=42
heap=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    *) echo "customer-summary.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
module="$root/solutions/mapreduce"
(cd "$root" && ./mvnw -q -B -o -pl mapreduce,solutions/mapreduce -am package -DskipTests >&2)

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
classpath="$module/target/test-classes:$module/target/classes:$(sed "s|\${M2_REPO}|${M2_REPO:-$HOME/.m2/repository}|g" \
  "$module/target/kata/test-classpath.txt")"
work="$(mktemp -d -t customer-summary-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT

step() {
  "$java_cmd" ${heap:+-Xmx$heap} --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
    -cp "$classpath" dev.mlkatas.customersummary.CustomerSummaryBench "$@"
}

# One measured step: its own line, then the wall time and peak resident memory /usr/bin/time saw.
measure() {
  local status=0
  /usr/bin/time -v -o "$work/time.txt" "$java_cmd" ${heap:+-Xmx$heap} --add-opens=java.base/java.lang=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED -cp "$classpath" dev.mlkatas.customersummary.CustomerSummaryBench "$@" \
    >"$work/out.txt" 2>"$work/err.txt" || status=$?
  if [[ $status -ne 0 ]]; then
    echo "failed: $(grep -m1 -E 'Error|Exception' "$work/err.txt" "$work/out.txt" || tail -1 "$work/err.txt")"
    return
  fi
  local wall rss
  wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
  rss="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
  echo "$(grep '^path=' "$work/out.txt" | tail -1) wall=$wall max-rss-mib=$((rss / 1024))"
}

echo "| transactions | path | wall (m:s) | peak RSS (MiB) | step's own line |"
echo "|---:|---|---:|---:|---|"
for n in $sizes; do
  orders="$work/orders-$n.csv"
  step generate "$n" "$seed" "$orders" >&2
  for path in mapreduce in-memory; do
    if [[ $path == mapreduce ]]; then
      result="$(measure mapreduce "$orders" "$work/run-$n")"
    else
      result="$(measure in-memory "$orders")"
    fi
    wall="$(sed -n 's/.*wall=\([^ ]*\).*/\1/p' <<<"$result")"
    rss="$(sed -n 's/.*max-rss-mib=\([^ ]*\).*/\1/p' <<<"$result")"
    echo "| $(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$n") | $path | ${wall:--} | ${rss:--} | ${result%% wall=*} |"
  done
  rm -f "$orders"
done
echo
echo "seed $seed, heap ${heap:-default}, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
