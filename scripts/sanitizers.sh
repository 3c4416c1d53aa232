#!/usr/bin/env bash
# Runs heaplint under the sanitizers; exits non-zero on any sanitizer report or failure.
#
#   1. AddressSanitizer: the whole test suite (`swift test --sanitize=address`, .build-asan).
#   2. ThreadSanitizer: the parallel lint engine (`heaplint --jobs 4`) over samples/ and over a
#      generated tree of a few hundred files, several times each (.build-tsan).
#   3. ThreadSanitizer: the project-index tests (`swift test --sanitize=thread --filter ProjectTests`).
#
# Environment: SKIP_ASAN=1, SKIP_TSAN=1, SKIP_TSAN_TESTS=1 skip a step; ROUNDS=N sets how often
# each TSan lint runs (default 3); JOBS=N is passed to swift build/test as -j.
# Everything runs under `nice -n 10`, one build at a time.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export PATH="/opt/swift/usr/bin:$PATH"
rounds="${ROUNDS:-3}"
jobs_flag=()
[ -n "${JOBS:-}" ] && jobs_flag=(-j "$JOBS")

# Test threads get the default pthread stack, which is RLIMIT_STACK (8 MiB here). Sanitizer frames
# are several times larger than plain debug ones, and the parser's depth guard stops at the real
# stack bound, so at 8 MiB ParserTests' "realistic nesting still parses" case hits the guard under
# ASan. 64 MiB is what the lint engine gives its own workers (LintEngine.workerStackSize).
if [ "$(ulimit -s)" != unlimited ] && [ "$(ulimit -s)" -lt 65536 ]; then
  ulimit -s 65536 2>/dev/null || echo "note: cannot raise the stack limit to 64 MiB; deep-nesting tests may fail under ASan"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=()
started=$SECONDS

step() { echo; echo "== $* ($(( SECONDS - started ))s)"; }
fail() { echo "FAIL: $*"; failures+=("$*"); }

# A report from any sanitizer runtime, in a log.
has_report() { grep -qE '(ERROR: (Address|Leak|Thread|UndefinedBehavior)Sanitizer|WARNING: ThreadSanitizer|runtime error:|SUMMARY: (Address|Thread|UndefinedBehavior)Sanitizer)' "$1"; }
show_report() { grep -nE -A12 'ERROR: [A-Za-z]+Sanitizer|WARNING: ThreadSanitizer|runtime error:' "$1" | head -60; }

# --- 1. AddressSanitizer over the test suite -------------------------------------------------
if [ "${SKIP_ASAN:-0}" != 1 ]; then
  step "swift test --sanitize=address"
  log="$work/asan-test.log"
  # Leak checking is off: Swift's runtime and Foundation keep caches that LeakSanitizer reports
  # at exit; heap errors (overflow, use-after-free, double free) still abort the run.
  # detect_stack_use_after_return=1: fake stacks on, so a pointer to a dead frame is caught too.
  # The parser's stack-depth guard (Sources/JavaScriptSyntax/Parser.swift, approximateStackPointer)
  # maps its fake frame back to the real stack through ASan's own interface.
  ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=1:${ASAN_OPTIONS:-}" \
    nice -n 10 swift test --scratch-path .build-asan --sanitize=address "${jobs_flag[@]}" >"$log" 2>&1
  status=$?
  grep -E '^(Test Suite .*(passed|failed)|Executed [0-9]+ tests|.*error: .*|✘|✔ Test run with)' "$log" | tail -6
  if has_report "$log"; then show_report "$log"; fail "AddressSanitizer report in the test suite (log kept: $repo/.build-asan/sanitizers-asan.log)"; cp "$log" .build-asan/sanitizers-asan.log
  elif [ $status -ne 0 ]; then tail -40 "$log"; fail "swift test --sanitize=address exited $status"; fi
fi

# --- 2. ThreadSanitizer over the parallel engine ---------------------------------------------
# A generated tree: JavaScript with cross-file imports and wrappers (the project index), HTML,
# templates and components, in nested directories, with a configuration.
generate_tree() {
  local root="$1" i d
  mkdir -p "$root"
  cat >"$root/.heaplint.yml" <<'YAML'
rules:
  duplicate-load: error
wrappers:
  - { function: "Analytics.identifyUser", identityArgument: 0 }
templates:
  tpl: handlebars
YAML
  for i in $(seq 0 299); do
    d="$root/pkg$(( i % 12 ))/sub$(( i % 5 ))"
    mkdir -p "$d"
    case $(( i % 10 )) in
      0|1|2|3)
        cat >"$d/mod$i.js" <<JS
import { identifyUser } from '../../pkg$(( (i + 1) % 12 ))/sub$(( (i + 1) % 5 ))/mod$(( (i + 1) % 300 )).js';
export function identifyUser$i(u) { if (u) heap.identify(u); }
export const id$i = Math.random().toString(36);
identifyUser$i(id$i);
identifyUser$i('guest');
heap.addUserProperties({ n: $i, email: \`user$i@example.com\` });
JS
        ;;
      4)
        cat >"$d/page$i.html" <<HTML
<!doctype html><script>heap.load("$i"); heap.identify(localStorage.getItem("u$i"))</script>
<button onclick="heap.identify('demo')">x</button><a href="javascript:heap.track('t$i')">t</a>
HTML
        ;;
      5) printf '<script>heap.identify("<%%= user.id %%>"); <%% if a %%>heap.load("1")<%% end %%></script>\n' >"$d/view$i.erb" ;;
      6) printf '<script>heap.identify("{{ user.id }}"); {{#if x}}heap.identify("anonymous"){{/if}}</script>\n' >"$d/view$i.tpl" ;;
      7)
        cat >"$d/Comp$i.vue" <<VUE
<script setup lang="ts">
const props = defineProps<{ id?: string }>();
heap.identify(props.id ?? 'undefined');
</script>
<template><button @click="() => heap.identify(String(Date.now()))">x</button></template>
VUE
        ;;
      8)
        cat >"$d/Comp$i.tsx" <<TSX
export function C$i({ user }: { user: { id: number } }) {
  return <div onClick={() => heap.identify(user.id)}>{user.id}</div>;
}
TSX
        ;;
      9) printf 'const Analytics = { identifyUser(u) { heap.identify(u) } };\nAnalytics.identifyUser(crypto.randomUUID());\nheap.load("1"); heap.load("1");\n' >"$d/wrap$i.js" ;;
    esac
  done
  cp -R samples "$root/samples-copy"
}

tsan_lint() { # label, directory, extra flags...
  local label="$1" dir="$2" round out log status
  shift 2
  for round in $(seq 1 "$rounds"); do
    out="$work/tsan-$label-$round.out" log="$work/tsan-$label-$round.log"
    (cd "$dir" && TSAN_OPTIONS="halt_on_error=0:exitcode=66:${TSAN_OPTIONS:-}" \
      nice -n 10 "$tsan_bin" --jobs 4 "$@" . >"$out" 2>"$log")
    status=$?
    # 0: clean, 1: findings (the trees have bad Heap calls on purpose); anything else is a failure.
    if has_report "$log"; then
      show_report "$log"; fail "ThreadSanitizer report: $label round $round"
      cp "$log" "$repo/.build-tsan/sanitizers-$label-$round.log"; return
    elif [ $status -gt 1 ]; then
      tail -20 "$log"; fail "heaplint exited $status: $label round $round"; return
    elif [ ! -s "$out" ]; then
      fail "heaplint printed nothing: $label round $round"; return
    elif ! cmp -s "$out" "$work/tsan-$label-1.out"; then
      # A data race TSan missed can still show as a report that differs from run to run.
      diff "$work/tsan-$label-1.out" "$out" | head -20; fail "output differs between rounds: $label round $round"; return
    fi
  done
  echo "$label: $rounds rounds, no reports, identical output (exit $status, $(wc -l <"$out") lines)"
}

if [ "${SKIP_TSAN:-0}" != 1 ]; then
  step "swift build --sanitize=thread"
  if nice -n 10 swift build --scratch-path .build-tsan --sanitize=thread "${jobs_flag[@]}" >"$work/tsan-build.log" 2>&1; then
    tsan_bin="$repo/.build-tsan/debug/heaplint"
    step "heaplint --jobs 4 under ThreadSanitizer"
    tree="$work/tree"
    generate_tree "$tree"
    echo "generated tree: $(find "$tree" -type f | wc -l) files"
    tsan_lint samples "$repo/samples"
    tsan_lint samples-json "$repo/samples" --format json --no-prefilter
    tsan_lint tree "$tree"
    tsan_lint tree-sarif "$tree" --format sarif --no-prefilter --report-unused-directives
  else
    tail -30 "$work/tsan-build.log"; fail "swift build --sanitize=thread failed"
  fi
fi

# --- 3. ThreadSanitizer over the project-index tests -------------------------------------------
if [ "${SKIP_TSAN_TESTS:-0}" != 1 ]; then
  step "swift test --sanitize=thread --filter ProjectTests"
  log="$work/tsan-test.log"
  TSAN_OPTIONS="halt_on_error=0:${TSAN_OPTIONS:-}" \
    nice -n 10 swift test --scratch-path .build-tsan --sanitize=thread --filter ProjectTests "${jobs_flag[@]}" >"$log" 2>&1
  status=$?
  grep -E '^(Test Suite .*(passed|failed)|Executed [0-9]+ tests|(✔|✘) Test run with)' "$log" | tail -3
  if has_report "$log"; then show_report "$log"; fail "ThreadSanitizer report in ProjectTests"; cp "$log" .build-tsan/sanitizers-tsan-test.log
  elif [ $status -ne 0 ]; then tail -40 "$log"; fail "swift test --sanitize=thread exited $status"; fi
fi

step "done"
if [ ${#failures[@]} -gt 0 ]; then
  printf 'sanitizers: %d failure(s):\n' "${#failures[@]}"; printf '  - %s\n' "${failures[@]}"
  exit 1
fi
echo "sanitizers: no reports ($(( SECONDS - started ))s)"
