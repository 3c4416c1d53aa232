#!/usr/bin/env bash
# Builds one libFuzzer target with AddressSanitizer and runs it for a while.
#
#   fuzz/run.sh TARGET SECONDS       TARGET: JavaScript | HTML | Template | Configuration
#
# The committed seeds in fuzz/corpus/TARGET/ are copied into a scratch corpus
# (fuzz/.scratch/TARGET/corpus, kept between runs, never committed) that libFuzzer grows.
# Crashes, hangs and out-of-memory inputs land in fuzz/crashes/TARGET/.
# Environment: FRESH=1 empties the scratch corpus first; JOBS=N is passed to `swift build -j`.
# Exit status: 0 when nothing was found, 1 when the fuzzer found something, 2 on usage or build errors.
set -uo pipefail

usage() { echo "usage: $0 JavaScript|HTML|Template|Configuration SECONDS" >&2; exit 2; }
[ $# -eq 2 ] || usage
target=$1 seconds=$2
case "$target" in
  JavaScript|HTML|Template) max_len=65536 ;;
  Configuration) max_len=16384 ;;
  *) usage ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
scratch="$fuzz_dir/.scratch/$target"
crashes="$fuzz_dir/crashes/$target"
seeds="$fuzz_dir/corpus/$target"
binary="$fuzz_dir/.build/release/fuzz-$target"

# Release (-O keeps overflow and bounds checks) is several times faster per input than debug.
# -sanitize=fuzzer instruments every Swift module for coverage; C code (Yams' libyaml) gets the
# matching clang flags. libxml2 is the system library and is not instrumented.
echo "== building fuzz-$target"
build=(swift build --package-path "$fuzz_dir" --scratch-path "$fuzz_dir/.build" -c release
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address --product "fuzz-$target")
[ -n "${JOBS:-}" ] && build+=(-j "$JOBS")
nice -n 10 "${build[@]}" 2>&1 | grep -v -e '^\[' -e "Cannot export local symbol '__asan_extra_spill_area'"
# A failed build must not fall back to an older binary of the same target.
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "build failed" >&2; exit 2; }
[ -x "$binary" ] || { echo "build failed: no $binary" >&2; exit 2; }

[ "${FRESH:-0}" = 1 ] && rm -rf "$scratch/corpus"
mkdir -p "$scratch/corpus" "$crashes"
cp "$seeds"/* "$scratch/corpus/" 2>/dev/null || true
log="$scratch/last-run.log"

echo "== running fuzz-$target for ${seconds}s (log: ${log#"$fuzz_dir"/})"
# Swift's runtime caches (metadata, conformances) stay reachable, but LeakSanitizer's per-input
# check misreads them; leaks are not what these targets look for. Fake stacks (use-after-return
# detection) are off for speed: safe Swift cannot keep a pointer into a dead frame, and
# scripts/sanitizers.sh runs the test suite with them on.
ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0:${ASAN_OPTIONS:-}" nice -n 10 "$binary" "$scratch/corpus" \
  -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$crashes/" -print_final_stats=1 -detect_leaks=0 >"$log" 2>&1
status=$?

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
coverage=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' || true)
echo "target:     $target"
echo "executions: ${execs:-unknown} in ${seconds}s"
echo "coverage:   ${coverage:-unknown}"
if [ $status -eq 0 ]; then
  echo "result:     no crash"
  exit 0
fi
echo "result:     FOUND SOMETHING (libFuzzer exit $status)"
grep -E '^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*: Fatal error|ALARM|==[0-9]+== ERROR)' "$log" | head -5
grep -E 'Test unit written to' "$log" | tail -3
echo "full report: $log"
exit 1
