#!/usr/bin/env bash
# The co-occurrence benchmark: a seeded file of basket lines counted on LocalJobRunner with 2 map slots by the
# naive pairs job, the stripes job of task 1 (with its combiner) and the stripes job with in-mapper combining.
# Prints a Markdown table (benchmarks.md in mapreduce/katas/recommendations holds the last one).
#
#   solutions/mapreduce/bench/recommendations.sh [--size-mib 64] [--seed 42]
#
# It builds the two modules first (quietly), and writes only to a temporary folder that it deletes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
module="$root/solutions/mapreduce"
(cd "$root" && ./mvnw -q -B -o -pl mapreduce,solutions/mapreduce -am package -DskipTests >&2)

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_cmd" -Xmx3g --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
  -cp "$module/target/test-classes:$module/target/classes:$(sed "s|\${M2_REPO}|${M2_REPO:-$HOME/.m2/repository}|g" "$module/target/kata/test-classpath.txt")" \
  dev.mlkatas.recommendations.CoOccurrenceBench "$@"
