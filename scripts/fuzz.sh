#!/usr/bin/env bash
# Usage: scripts/fuzz.sh SECONDS [TARGET...]
# Builds the cargo-fuzz targets in fuzz/ (all four unless named), seeds
# their corpora from the repository (fuzz/seed.sh) and runs each for
# SECONDS; fails if any target crashes (a panic, an abort, a hang past
# $FUZZ_HANG_S or memory past $FUZZ_RSS_MB), leaving the input in
# fuzz/artifacts/<target>/. Prints each target's executions and coverage.
# $FUZZ_BUILD overrides the build flags (default: release, no sanitizer,
# debug assertions on; see fuzz/README.md), $FUZZ_LOGS where logs go.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
targets=("$@")
((${#targets[@]})) || targets=(compile run_limited numpy_ops decoders)
read -r -a build <<<"${FUZZ_BUILD:--O -a -s none}"
logs=${FUZZ_LOGS:-fuzz/artifacts/logs}

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked

start=$(date +%s)
nice -n 19 cargo +nightly fuzz build "${build[@]}" 2>&1 | tail -n 3
echo "== fuzz build took $(($(date +%s) - start)) s"
fuzz/seed.sh

mkdir -p "$logs"
failed=()
for t in "${targets[@]}"; do
    mkdir -p "fuzz/artifacts/$t"
    if ! nice -n 19 cargo +nightly fuzz run "${build[@]}" "$t" -- \
        -max_total_time="$secs" -timeout="${FUZZ_HANG_S:-30}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
        -print_final_stats=1 >"$logs/$t.log" 2>&1; then
        failed+=("$t")
    fi
done

echo "== fuzzing, ${secs} s per target"
for t in "${targets[@]}"; do
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$logs/$t.log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -E '^#[0-9]+' "$logs/$t.log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' || echo "no coverage line")
    echo "$t: executions $execs, $cov"
done
if ((${#failed[@]})); then
    for t in "${failed[@]}"; do
        echo "== $t crashed; the end of $logs/$t.log:"
        tail -n 40 "$logs/$t.log"
    done
    exit 1
fi
