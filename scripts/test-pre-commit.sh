#!/usr/bin/env bash
# Proves both hooks of .pre-commit-hooks.yaml with the real pre-commit framework, offline: the
# hook repository is a local git repository holding this working tree as it stands. For each
# hook, in a fresh project:
#   - a commit adding heap.identify('guest') is refused, with the finding shown;
#   - a commit of one file that calls a wrapper defined in a file already committed is refused
#     too (the hook sees the whole project, not only the staged file);
#   - a clean commit goes through.
# heaplint-system runs the heaplint on PATH: $HEAPLINT names the binary to put there (default:
# this clone's .build/debug/heaplint). The heaplint hook builds from source in pre-commit's cache
# ($PRE_COMMIT_HOME), which takes minutes the first time.
#
#   scripts/test-pre-commit.sh [heaplint|heaplint-system ...]     (default: both)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
pre_commit="${PRE_COMMIT:-pre-commit}"
command -v "$pre_commit" >/dev/null 2>&1 || {
  echo "pre-commit is not installed: pip install pre-commit (or set PRE_COMMIT)" >&2
  exit 3
}
hooks=("$@")
((${#hooks[@]})) || hooks=(heaplint heaplint-system)
heaplint_bin="${HEAPLINT:-$repo/.build/debug/heaplint}"
export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$HOME/.cache/heaplint-pre-commit}"

work="$(mktemp -d "${TMPDIR:-/tmp}/heaplint-pre-commit.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "pre-commit test FAILED ($hook): $*" >&2; exit 1; }

# The hook repository: this working tree (tracked and new files) committed with a fixed date,
# so an unchanged tree has the same commit and pre-commit's cached build is reused.
mkdir "$work/hookrepo"
git -C "$repo" ls-files -z --cached --others --exclude-standard |
  (cd "$repo" && xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' _) |
  tar -C "$repo" --null -T - -cf - | tar -C "$work/hookrepo" -xf -
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.invalid
export GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"
git -C "$work/hookrepo" init -q -b main
git -C "$work/hookrepo" add -A
git -C "$work/hookrepo" -c commit.gpgsign=false commit -qm "heaplint as it stands"
rev="$(git -C "$work/hookrepo" rev-parse HEAD)"

mkdir "$work/bin"
ln -s "$heaplint_bin" "$work/bin/heaplint"

for hook in "${hooks[@]}"; do
  project="$work/project-$hook"
  mkdir "$project"
  cd "$project"
  git init -q
  git config commit.gpgsign false
  # heaplint-system is configured as the README shows it (rev: main), with a pre-commit cache of
  # its own so that no earlier clone of "main" is reused; the build hook by commit, so that its
  # cached build is reused while the tree does not change.
  hook_rev="$rev"
  home="$PRE_COMMIT_HOME"
  if [ "$hook" = heaplint-system ]; then
    hook_rev=main
    home="$work/pre-commit-home"
  fi
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $work/hookrepo
    rev: $hook_rev
    hooks:
      - id: $hook
YAML
  mkdir src
  printf "export function identifyUser(id) {\n  heap.identify(id);\n}\n" > src/track.js
  git add -A
  git commit -qm "config and a wrapper" --no-verify
  PRE_COMMIT_HOME="$home" "$pre_commit" install >/dev/null
  path="$PATH"
  [ "$hook" = heaplint-system ] && path="$work/bin:$PATH"

  # 1. A blocklisted identity is refused, with the finding shown.
  printf "export function login() {\n  heap.identify('guest');\n}\n" > src/login.js
  git add src/login.js
  if PATH="$path" PRE_COMMIT_HOME="$home" git commit -qm "bad" > bad.out 2>&1; then
    cat bad.out; fail "the commit with heap.identify('guest') went through"
  fi
  grep -q "src/login.js" bad.out && grep -q "blocklisted-identity" bad.out || { cat bad.out; fail "the refusal does not show the finding"; }

  # 2. Only the caller is staged; the wrapper it uses is in a committed file.
  printf "import { identifyUser } from './track';\nidentifyUser('guest');\n" > src/login.js
  git add src/login.js
  if PATH="$path" PRE_COMMIT_HOME="$home" git commit -qm "bad through a wrapper" > wrapped.out 2>&1; then
    cat wrapped.out; fail "the commit calling identifyUser('guest') went through: the hook did not see src/track.js"
  fi
  grep -q "identifyUser -> heap.identify" wrapped.out || { cat wrapped.out; fail "the refusal does not name the wrapper"; }

  # 3. The fixed file commits.
  printf "import { identifyUser } from './track';\nexport const login = (user) => identifyUser(user.id);\n" > src/login.js
  git add src/login.js
  PATH="$path" PRE_COMMIT_HOME="$home" git commit -qm "good" > good.out 2>&1 || { cat good.out; fail "a clean commit was refused"; }
  echo "pre-commit hook $hook: bad commits refused with the finding, clean commit accepted"
done
