#!/usr/bin/env bash
# The word-count benchmark: about 200 MiB of seeded Zipf text, counted on the same input in one run by this
# kata's job (task 1 and task 3) on LocalJobRunner with 2 map slots, by Hadoop's own example WordCount on the
# same runner, and by one thread of plain Java with the same tokenizer. Prints MiB/s and the ratios.
#
#   solutions/mapreduce/bench/word-count.sh [--size-mib 200] [--seed 42] [--map-slots 2]
#
# It builds the two modules first (quietly), and writes only to a temporary folder that it deletes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
module="$root/solutions/mapreduce"
(cd "$root" && ./mvnw -q -B -pl mapreduce,solutions/mapreduce -am package -DskipTests >&2)

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_cmd" -Xmx3g --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
  -cp "$module/target/test-classes:$module/target/classes:$(sed "s|\${M2_REPO}|${M2_REPO:-$HOME/.m2/repository}|g" "$module/target/kata/test-classpath.txt")" \
  dev.mlkatas.wordcount.WordCountBench "$@"
