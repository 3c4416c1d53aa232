# Build heaplint from this clone and install it:
#
#   make install PREFIX=$HOME/.local     # or /usr/local (the default), with sudo
#   make uninstall PREFIX=$HOME/.local
#
# installs $(PREFIX)/bin/heaplint (a release build with the Swift runtime linked in, so it keeps
# working when the toolchain changes) and shell completions for bash, zsh and
# fish. `make release` writes a self-contained archive to dist/ (see scripts/release.sh).
PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

root := $(DESTDIR)$(PREFIX)
bindir := $(root)/bin
bashdir := $(root)/share/bash-completion/completions
zshdir := $(root)/share/zsh/site-functions
fishdir := $(root)/share/fish/vendor_completions.d

.PHONY: build install uninstall release

build:
	$(SWIFT) build -c release --static-swift-stdlib --product heaplint

install: build
	install -d "$(bindir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	install -m 0755 "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/heaplint" "$(bindir)/heaplint"
	"$(bindir)/heaplint" --generate-completion-script bash > "$(bashdir)/heaplint"
	"$(bindir)/heaplint" --generate-completion-script zsh > "$(zshdir)/_heaplint"
	"$(bindir)/heaplint" --generate-completion-script fish > "$(fishdir)/heaplint.fish"
	@echo "installed $(bindir)/heaplint"

uninstall:
	rm -f "$(bindir)/heaplint" "$(bashdir)/heaplint" "$(zshdir)/_heaplint" "$(fishdir)/heaplint.fish"

release:
	scripts/release.sh
