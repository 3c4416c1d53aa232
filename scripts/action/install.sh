#!/usr/bin/env bash
# action.yml, step "Get heaplint": puts heaplint on PATH for the next steps.
#   INPUT_HEAPLINT=path   use the heaplint already on PATH (fails when there is none)
#   INPUT_HEAPLINT=build  build it from the action's own source into $RUNNER_TEMP/heaplint
#                         (make install), with the runner's Swift toolchain
set -euo pipefail
action="$(cd "$(dirname "$0")/../.." && pwd)"
mode="${INPUT_HEAPLINT:-build}"
case "$mode" in
  path)
    command -v heaplint >/dev/null 2>&1 || {
      echo "::error::heaplint is not on PATH; install it in an earlier step or use heaplint: build"
      exit 2
    }
    ;;
  build)
    command -v swift >/dev/null 2>&1 || {
      echo "::error::no Swift toolchain on PATH: heaplint: build needs Swift 6 (use a runner image or step that provides it), or install heaplint yourself and use heaplint: path"
      exit 2
    }
    if ! pkg-config --exists libxml-2.0 2>/dev/null; then
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev pkg-config
    fi
    prefix="${RUNNER_TEMP:-/tmp}/heaplint"
    make -C "$action" install PREFIX="$prefix"
    echo "$prefix/bin" >> "${GITHUB_PATH:-/dev/null}"
    export PATH="$prefix/bin:$PATH"
    ;;
  *)
    echo "::error::unknown heaplint input '$mode': use build or path"
    exit 2
    ;;
esac
echo "using $(command -v heaplint) ($(heaplint --version))"
