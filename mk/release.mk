# Release checks: every artefact as its users get it.
#
#   make package-check   `cargo package` of each published crate, then its
#                        tests and doc tests run from the unpacked .crate
#   make release-check   everything a release needs (see README, Development)
#   make install-cli     the command, its shell completions and man pages (also
#                        run by `make install`, after the C library)
#
# The published crates, in dependency order. `cargo package` of several
# crates at once verifies each against the others through a local registry
# (cargo 1.83 and later), so the command packages before the core is on
# crates.io; its unpacked copy is then tested against the unpacked core.

PKG_CRATES := sipstatus sipstatus-cli
PKG_OUT = $(CARGO_TARGET_DIR)/package-check
# The files each .crate must carry besides its sources.
PKG_REQUIRED := Cargo.toml README.md LICENSE-MIT LICENSE-APACHE

.PHONY: package-check release-check install-cli install-cli-files

BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(DATADIR)/man
CLI_DIR := crates/sipstatus-cli
CLI_BIN = $(CARGO_TARGET_DIR)/release/sipstatus

install: install-cli

install-cli:
	$(CARGO) build -q --release --locked -p sipstatus-cli
	@$(MAKE) --no-print-directory install-cli-files

# Where bash-completion, zsh and fish look for completions of a command
# installed under PREFIX.
install-cli-files:
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d \
		$(DESTDIR)$(LICENSEDIR)
	install -m 755 $(CLI_BIN) $(DESTDIR)$(BINDIR)/sipstatus
	$(STRIP) $(DESTDIR)$(BINDIR)/sipstatus
	install -m 644 $(CLI_DIR)/completions/sipstatus.bash \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/sipstatus
	install -m 644 $(CLI_DIR)/completions/_sipstatus $(DESTDIR)$(DATADIR)/zsh/site-functions/_sipstatus
	install -m 644 $(CLI_DIR)/completions/sipstatus.fish \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/sipstatus.fish
	install -m 644 $(CLI_DIR)/man/*.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 644 LICENSE-MIT LICENSE-APACHE $(DESTDIR)$(LICENSEDIR)/

package-check:
	$(CARGO) package --allow-dirty $(addprefix -p ,$(PKG_CRATES))
	rm -rf $(PKG_OUT) && mkdir -p $(PKG_OUT)
	@set -e; for crate in $(PKG_CRATES); do \
		file=$(CARGO_TARGET_DIR)/package/$$crate-$(C_VERSION).crate; \
		tar -tzf $$file | sed "s|^$$crate-$(C_VERSION)/||" | sort > $(PKG_OUT)/$$crate.files; \
		echo "$$crate-$(C_VERSION).crate: $$(tr '\n' ' ' < $(PKG_OUT)/$$crate.files)"; \
		for f in $(PKG_REQUIRED); do \
			grep -qx "$$f" $(PKG_OUT)/$$crate.files \
				|| { echo "$$file lacks $$f" >&2; exit 1; }; \
		done; \
		! grep -q '^\.\./' $(PKG_OUT)/$$crate.files; \
		tar -xzf $$file -C $(PKG_OUT); \
	done
	@# The command's crate against the packaged core, not the workspace's.
	@set -e; for crate in $(PKG_CRATES); do \
		echo "testing $$crate from its .crate"; \
		(cd $(PKG_OUT)/$$crate-$(C_VERSION) && \
			CARGO_TARGET_DIR=$(PKG_OUT)/target $(CARGO) test --all-features --quiet \
			--config 'patch.crates-io.sipstatus.path="$(PKG_OUT)/sipstatus-$(C_VERSION)"'); \
	done
	@echo "package-check: $(PKG_CRATES) package, carry their README and licences, and pass their tests from the .crate"
