#!/usr/bin/env bash
# Builds the release archive: dist/heaplint-VERSION-linux-ARCH.tar.gz holding bin/heaplint,
# built with the Swift standard library and Foundation linked statically, so that it runs on a
# Linux machine with no Swift toolchain (it needs glibc and libxml2, as any distribution has),
# plus shell completions and the README. Prints the archive's path.
#
#   scripts/release.sh [OUTPUT-DIRECTORY]      (default: dist/)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$repo/dist}" && cd "${1:-$repo/dist}" && pwd)"
swift="${SWIFT:-swift}"
command -v "$swift" >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"

version="$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' "$repo/Sources/heaplint/HeapLint.swift")"
name="heaplint-$version-linux-$(uname -m)"

cd "$repo"
"$swift" build -c release --static-swift-stdlib --product heaplint >&2
bin="$("$swift" build -c release --static-swift-stdlib --show-bin-path)/heaplint"

stage="$(mktemp -d "${TMPDIR:-/tmp}/heaplint-release.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/bin" "$stage/$name/share/bash-completion/completions" \
  "$stage/$name/share/zsh/site-functions" "$stage/$name/share/fish/vendor_completions.d"
install -m 0755 "$bin" "$stage/$name/bin/heaplint"
strip "$stage/$name/bin/heaplint" 2>/dev/null || true
"$stage/$name/bin/heaplint" --generate-completion-script bash > "$stage/$name/share/bash-completion/completions/heaplint"
"$stage/$name/bin/heaplint" --generate-completion-script zsh > "$stage/$name/share/zsh/site-functions/_heaplint"
"$stage/$name/bin/heaplint" --generate-completion-script fish > "$stage/$name/share/fish/vendor_completions.d/heaplint.fish"
cp README.md "$stage/$name/"
tar -czf "$out/$name.tar.gz" -C "$stage" "$name"
echo "$out/$name.tar.gz"
