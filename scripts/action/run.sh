#!/usr/bin/env bash
# action.yml, step "Lint": runs heaplint with the action's inputs, writes the SARIF report for
# the upload step, and records heaplint's exit status as the exit-code output. The step fails
# with that status, after the report is written (the upload step runs anyway).
set -uo pipefail
args=(--format "${INPUT_FORMAT:-github}")
[ -n "${INPUT_SARIF:-}" ] && args+=(--format "sarif:$INPUT_SARIF")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
# Paths are separated by white space (a path with a space in it: lint its directory instead).
read -r -d '' -a paths <<<"${INPUT_PATHS:-.}" || true
((${#paths[@]})) || paths=(.)
args+=(-- "${paths[@]}")

heaplint "${args[@]}"
status=$?
output="${GITHUB_OUTPUT:-/dev/null}"
echo "exit-code=$status" >> "$output"
if [ -n "${INPUT_SARIF:-}" ] && [ -s "$INPUT_SARIF" ]; then
  echo "sarif-written=true" >> "$output"
else
  echo "sarif-written=false" >> "$output"
fi
exit "$status"
