#!/usr/bin/env bash
# OrderKit benchmarks: builds the SDK modules and this module, then runs JMH and prints one
# RATIO line per comparison.
#
#   benchmarks/run.sh            full run: 3 rounds (4 for 64 threads) of one fork per benchmark,
#                                the two sides of a comparison taking turns (~8 min)
#   benchmarks/run.sh --quick    1 round (2 for 64 threads), 1 s iterations (~2 min)
#
# Extra arguments go to the runner (dev.orderkit.benchmarks.Ratios), e.g.
#   --include 'DecodeBenchmark'   --results DIR
#   --include cold_first_call     (the cold-start comparison alone)
# For profiling, use JMH directly on the same jar:
#   java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main CallBenchmark -prof gc
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

args=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

# Build the SDK modules this module needs from THIS work tree (-am: the reactor, never a
# snapshot another checkout installed in ~/.m2), then the shaded jar. Offline first; online
# only if something (JMH, Jackson, the shade plugin) is not in the local repository yet.
build=(mvn -B -q -f "$root/pom.xml" -pl benchmarks -am package -DskipTests)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! "${build[@]}" -o >"$log" 2>&1; then
  echo "Offline build failed; retrying online. Offline output:" >&2
  tail -5 "$log" >&2
  "${build[@]}"
fi

cd "$here"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
java -jar "$here/target/benchmarks.jar" "${args[@]+"${args[@]}"}"
