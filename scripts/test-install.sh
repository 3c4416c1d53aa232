#!/usr/bin/env bash
# Proves the two ways of getting heaplint that the README gives:
#  1. `make install PREFIX=...` puts a working heaplint and its completions under PREFIX;
#  2. scripts/release.sh makes an archive whose binary needs no Swift toolchain: ldd lists no
#     Swift runtime library, and it lints with nothing of the toolchain on PATH.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
work="$(mktemp -d "${TMPDIR:-/tmp}/heaplint-install.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "install test FAILED: $*" >&2; exit 1; }

# A project with one mistake, for both binaries to find.
mkdir -p "$work/project"
printf "heap.load('1234567890');\nheap.identify('guest');\n" > "$work/project/app.js"
# The toolchain is nowhere on this PATH.
bare_path=/usr/bin:/bin
env -i PATH="$bare_path" sh -c 'command -v swift' >/dev/null 2>&1 && fail "swift is on $bare_path; cannot prove independence from the toolchain"

lints() { # binary
  local out status=0
  out="$(cd "$work/project" && env -i PATH="$bare_path" HOME="$work" "$1" --format compact 2>&1)" || status=$?
  [ "$status" = 1 ] || fail "$1 exited $status on a blocklisted identity (expected 1): $out"
  case "$out" in *"app.js:2:1: error:"*"[blocklisted-identity]"*) ;; *) fail "$1 did not report the finding: $out" ;; esac
}

# 1. make install
make -C "$repo" install PREFIX="$work/prefix" >"$work/make.log" 2>&1 || { cat "$work/make.log"; fail "make install"; }
[ -x "$work/prefix/bin/heaplint" ] || fail "make install did not install bin/heaplint"
for f in share/bash-completion/completions/heaplint share/zsh/site-functions/_heaplint share/fish/vendor_completions.d/heaplint.fish; do
  [ -s "$work/prefix/$f" ] || fail "make install did not install $f"
done
lints "$work/prefix/bin/heaplint"
make -C "$repo" uninstall PREFIX="$work/prefix" >/dev/null
[ ! -e "$work/prefix/bin/heaplint" ] || fail "make uninstall left bin/heaplint"

# 2. the release archive
archive="$("$repo/scripts/release.sh" "$work/dist" 2>"$work/release.log")" || { cat "$work/release.log"; fail "release.sh"; }
tar -xzf "$archive" -C "$work"
bin="$(echo "$work"/heaplint-*/bin/heaplint)"
[ -x "$bin" ] || fail "the archive has no bin/heaplint"
if ldd "$bin" | grep -Ei 'libswift|libFoundation|libdispatch|libBlocksRuntime|_FoundationICU'; then
  fail "the release binary links the Swift runtime dynamically (above)"
fi
lints "$bin"
version="$(env -i PATH="$bare_path" "$bin" --version)"
echo "install test passed: make install works; release $(basename "$archive") ($version) needs no Swift runtime"
