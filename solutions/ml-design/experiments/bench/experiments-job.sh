#!/usr/bin/env bash
# The experiments job at scale, with the reference pieces: a simulated experiment of USERS customers of the
# grocery world (default 1,000,000, seed 7), then the same job on a CSV of USERS rows laid out like ab_data.csv
# (user_id,timestamp,group,landing_page,converted) written by awk. Prints wall time and peak memory (GNU time's
# maximum resident set size) of each run, and its CPU time (user + system), which a busy machine
# inflates less than the wall time. Run from the repository root after a build:
#   ./kata list && solutions/ml-design/experiments/bench/experiments-job.sh [USERS]
# Everything is written to a temporary directory, removed at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
users="${1:-1000000}"
classes="$root/solutions/ml-design/experiments/target/classes"
classpath_file="$root/solutions/ml-design/experiments/target/kata/test-classpath.txt"
if [[ ! -d "$classes" || ! -f "$classpath_file" ]]; then
  echo "experiments-job: build first: ./kata list" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "experiments-job: needs GNU time (/usr/bin/time) for the peak memory" >&2
  exit 2
fi
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="$classes:$(sed "s|\${M2_REPO}|${M2_REPO:-$HOME/.m2/repository}|g" "$classpath_file")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() {  # name, then the job's arguments
  local name="$1"; shift
  /usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" "$java_cmd" -Xmx2g -Djava.awt.headless=true -cp "$cp" \
    dev.mlkatas.experiments.ExperimentsJob "$@" --out "$work/$name" > "$work/$name.log" 2>&1 \
    || { echo "$name failed:" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
  read -r wall kilobytes user system < "$work/$name.time"
  printf '| %-48s | %8.1f s | %8.1f s | %8.0f MiB |\n' "$name" "$wall" "$(awk "BEGIN { print $user + $system }")" \
    "$(awk "BEGIN { print $kilobytes / 1024 }")"
}

awk -v n="$users" 'BEGIN {
  srand(7); print "user_id,timestamp,group,landing_page,converted";
  for (i = 0; i < n; i++) {
    t = rand() < 0.5; c = rand() < (t ? 0.121 : 0.120);
    printf "%d,2017-01-%02d 10:%02d:00,%s,%s,%d\n", 600000 + i, 2 + i % 20, i % 60,
      t ? "treatment" : "control", t ? "new_page" : "old_page", c }
}' > "$work/ab_data.csv"

printf '| %-48s | %10s | %10s | %12s |\n' "run ($users users)" "wall" "CPU" "peak RSS"
printf '|%s|%s|%s|%s|\n' "--------------------------------------------------" "-----------:" "-----------:" \
  "-------------:"
run "simulated (spend, CUPED, delta method, 50 looks)" --users "$users" --seed 7
run "ab_data.csv layout (converted, 50 looks)" --input "$work/ab_data.csv" --metric converted --mde 0.002
