#!/usr/bin/env bash
# Proves that heaplint works as a hook of the real pre-commit framework: a commit that adds
# heap.identify('guest') is refused with the finding shown; a clean commit goes through.
# Runs offline (pre-commit builds heaplint from this repository with `swift build -c release`).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
export PATH="/opt/swift/usr/bin:$PATH"

if ! command -v pre-commit >/dev/null 2>&1; then
  pip install --quiet pre-commit
fi

# pre-commit clones the hook repository at a commit: use this checkout's HEAD.
rev="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$HOME/.cache/heaplint-pre-commit}"

cd "$work"
git init -q
git config user.email "ci@example.invalid"
git config user.name "heaplint CI"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: heaplint
YAML
git add .pre-commit-config.yaml
git commit -qm "config" --no-verify
pre-commit install >/dev/null

fail() { echo "pre-commit test FAILED: $*" >&2; exit 1; }

# 1. try-repo, as the pre-commit docs suggest for trying a hook.
printf "heap.identify('guest');\n" > try.js
if pre-commit try-repo "$repo" heaplint --ref "$rev" --files try.js > try.out 2>&1; then
  cat try.out; fail "try-repo passed a file with heap.identify('guest')"
fi
grep -q "blocklisted-identity" try.out || { cat try.out; fail "try-repo output does not show the finding"; }
rm try.js

# 2. A real commit that adds a blocklisted identity is refused, with the finding shown.
printf "export function login() {\n  heap.identify('guest');\n}\n" > login.js
git add login.js
if git commit -qm "bad" > bad.out 2>&1; then
  cat bad.out; fail "the commit with heap.identify('guest') went through"
fi
grep -q "login.js" bad.out && grep -q "blocklisted-identity" bad.out || { cat bad.out; fail "the refusal does not show the finding"; }

# 3. The fixed file commits.
printf "export function login(user) {\n  heap.identify(user.id);\n}\n" > login.js
git add login.js
git commit -qm "good" > good.out 2>&1 || { cat good.out; fail "a clean commit was refused"; }

echo "pre-commit test passed: bad commit refused with the finding, clean commit accepted"
