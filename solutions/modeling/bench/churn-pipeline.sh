#!/usr/bin/env bash
# The whole churn pipeline at scale: generates CUSTOMERS grocery customers (default 100,000, about two
# million orders, seed 7), then runs the churn job on them with the reference pieces, and prints a table of
# where the time went. Run from the repository root after a build:
#   ./mvnw -q package -DskipTests && solutions/modeling/bench/churn-pipeline.sh [CUSTOMERS]
# Everything is written to a temporary directory, removed at the end.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
customers="${1:-100000}"
classes="$root/solutions/modeling/target/classes"
classpath_file="$root/solutions/modeling/target/kata/test-classpath.txt"
if [[ ! -d "$classes" || ! -f "$classpath_file" ]]; then
  echo "churn-pipeline: build first: ./mvnw -q package -DskipTests" >&2
  exit 2
fi
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The recorded class path names the local Maven repository ${M2_REPO}, so that a copied build still works.
cp="$classes:$(sed "s|\${M2_REPO}|${M2_REPO:-$HOME/.m2/repository}|g" "$classpath_file")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

seconds() { date +%s.%N; }

start=$(seconds)
"$java_cmd" -Djava.awt.headless=true -cp "$cp" dev.mlkatas.churn.ChurnJob generate --customers "$customers" \
  --seed 7 --out "$work/data" > "$work/generate.log" 2>&1 || { echo "generate failed:" >&2; tail -5 "$work/generate.log" >&2; exit 1; }
generated=$(seconds)
"$java_cmd" -Djava.awt.headless=true -cp "$cp" dev.mlkatas.churn.ChurnJob \
  --transactions "$work/data/transactions.csv" --covariates "$work/data/customers.csv" --seed 7 \
  --out "$work/out" > "$work/churn.log" 2>&1 || { echo "the churn job failed:" >&2; tail -5 "$work/churn.log" >&2; exit 1; }
done_at=$(seconds)

orders=$(($(wc -l < "$work/data/transactions.csv") - 1))
rows=$(grep -o '^[0-9]* calibration rows' "$work/churn.log" | grep -o '^[0-9]*')
holdout=$(grep -o '[0-9]* holdout rows' "$work/churn.log" | grep -o '^[0-9]*')
best=$(grep '^best model' "$work/churn.log" | sed 's/^best model: //')

printf '| %-34s | %14s |\n' "step" "value"
printf '|%s|%s|\n' "------------------------------------" "----------------:"
printf '| %-34s | %14s |\n' "customers generated" "$customers"
printf '| %-34s | %14s |\n' "orders" "$orders"
printf '| %-34s | %14s |\n' "calibration rows / holdout rows" "$rows / $holdout"
printf '| %-34s | %12.1f s |\n' "generate and write CSV" "$(awk "BEGIN { print $generated - $start }")"
printf '| %-34s | %12.1f s |\n' "churn job (read, 5-fold CV x 3, fit, report)" "$(awk "BEGIN { print $done_at - $generated }")"
echo
echo "best model: $best"
grep '^fold \|^holdout' "$work/churn.log" | sed 's/^/  /'
