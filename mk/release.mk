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

PKG_CRATES := sipstatus sipstatus-scan sipstatus-cli
PKG_OUT = $(CARGO_TARGET_DIR)/package-check
# The files each .crate must carry besides its sources.
PKG_REQUIRED := Cargo.toml README.md LICENSE-MIT LICENSE-APACHE
# cargo treats the crates it verifies against each other like registry
# crates, which never change: it unpacks them once under
# $CARGO_HOME/registry/src/-<hash>/ and reuses what it compiled of them in
# the target directory. A later run would verify against the first run's
# sources, so those copies of our own crates are removed first, and the
# packages are built in a target directory of their own, made afresh.
PKG_CARGO_HOME := $(or $(CARGO_HOME),$(HOME)/.cargo)
PKG_STALE = $(foreach crate,$(PKG_CRATES),$(PKG_CARGO_HOME)/registry/src/-*/$(crate)-$(C_VERSION))

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
	rm -rf $(PKG_STALE) $(PKG_OUT)
	CARGO_TARGET_DIR=$(PKG_OUT)/target $(CARGO) package --allow-dirty $(addprefix -p ,$(PKG_CRATES))
	@set -e; for crate in $(PKG_CRATES); do \
		file=$(PKG_OUT)/target/package/$$crate-$(C_VERSION).crate; \
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
			--config 'patch.crates-io.sipstatus.path="$(PKG_OUT)/sipstatus-$(C_VERSION)"' \
			--config 'patch.crates-io.sipstatus-scan.path="$(PKG_OUT)/sipstatus-scan-$(C_VERSION)"'); \
	done
	@echo "package-check: $(PKG_CRATES) package, carry their README and licences, and pass their tests from the .crate"

# --- make release-check -----------------------------------------------------

REL_OUT = $(CARGO_TARGET_DIR)/release-check
REL_PREFIX = $(REL_OUT)/prefix
REL_PREFIX_STATIC = $(REL_OUT)/prefix-static
# pkg-config against an installed prefix: $(call rel_pc,PREFIX,ARGS)
rel_pc = PKG_CONFIG_PATH=$(1)/lib/pkgconfig pkg-config $(2) sipstatus

.PHONY: release-install-check release-python-source-check release-docsrs-check

# Everything a release ships, built and checked as its users get it:
# - the crates packaged, their file lists checked, their tests run from the
#   .crate (package-check);
# - the manylinux2014 abi3 wheel and the sdist built, their tags, auditwheel,
#   stripped extension and licences checked, a wheel built from the sdist and
#   checked the same way, and pytest on each CPython (test-python);
# - `pip install ./bindings/python` from source into a fresh venv;
# - `make install` into a temporary prefix, its file list checked, and the C
#   and C++ test programs linked against it through pkg-config, shared and
#   static, and run; the installed command, completions and man pages used;
# - the core's documentation as docs.rs builds it (all features, doc(cfg));
# - the release build of the C library (C_BUILD_STD=yes, mk/c.mk): the whole
#   C suite against it, the panic probe, and libsipstatus.so within 300,000
#   bytes stripped (c-release-check).
release-check: package-check test-python release-python-source-check \
		release-install-check release-docsrs-check c-release-check
	@grep -q '^## \[$(C_VERSION)\]' CHANGELOG.md \
		|| echo "release-check: note: CHANGELOG.md has no section for $(C_VERSION) yet; at release, its Unreleased section becomes one"
	@echo "release-check: every artefact of sipstatus $(C_VERSION) built and checked"

release-python-source-check: | $(PY)
	rm -rf $(REL_OUT)/venv-source && $(PY) -m venv $(REL_OUT)/venv-source
	$(REL_OUT)/venv-source/bin/python -m pip install -q --disable-pip-version-check ./bindings/python
	$(REL_OUT)/venv-source/bin/python -c "from sipstatus import SIPStatus; \
		assert SIPStatus(486).phrase == 'Busy Here'; print('from source:', repr(SIPStatus(486)))"

release-install-check: $(C_OUT)/constants.inc
	rm -rf $(REL_PREFIX) $(REL_PREFIX_STATIC)
	@$(MAKE) --no-print-directory install PREFIX=$(REL_PREFIX)
	@# As a distribution's static package has it: the archive alone.
	@$(MAKE) --no-print-directory install PREFIX=$(REL_PREFIX_STATIC) INSTALL_LIBS=static
	@cd $(REL_PREFIX) && find . \( -type f -o -type l \) | sort > $(REL_OUT)/prefix.files
	@echo "make install: $$(tr '\n' ' ' < $(REL_OUT)/prefix.files)"
	@set -e; for f in bin/sipstatus include/sipstatus.h lib/libsipstatus.a lib/libsipstatus.so \
		lib/pkgconfig/sipstatus.pc share/licenses/sipstatus/LICENSE-MIT \
		share/licenses/sipstatus/LICENSE-APACHE share/man/man1/sipstatus.1 \
		share/bash-completion/completions/sipstatus share/zsh/site-functions/_sipstatus \
		share/fish/vendor_completions.d/sipstatus.fish; do \
		grep -qx "./$$f" $(REL_OUT)/prefix.files || { echo "make install did not install $$f" >&2; exit 1; }; \
	done
	$(CC) $(C_TEST_CFLAGS) -I$(C_OUT) -Itests/c tests/c/test_api.c -o $(REL_OUT)/test_api_shared \
		$$($(call rel_pc,$(REL_PREFIX),--cflags --libs)) -Wl,-rpath,$(REL_PREFIX)/lib
	$(CC) $(C_TEST_CFLAGS) -I$(C_OUT) -Itests/c tests/c/test_api.c -o $(REL_OUT)/test_api_static \
		$$($(call rel_pc,$(REL_PREFIX_STATIC),--cflags --libs --static))
	$(CXX) $(C_TEST_CXXFLAGS) -Itests/c tests/c/test_api.cpp -o $(REL_OUT)/test_api_cpp_shared \
		$$($(call rel_pc,$(REL_PREFIX),--cflags --libs)) -Wl,-rpath,$(REL_PREFIX)/lib
	$(CXX) $(C_TEST_CXXFLAGS) -Itests/c tests/c/test_api.cpp -o $(REL_OUT)/test_api_cpp_static \
		$$($(call rel_pc,$(REL_PREFIX_STATIC),--cflags --libs --static))
	@for t in test_api_static test_api_cpp_static; do \
		! readelf -d $(REL_OUT)/$$t | grep -q 'NEEDED.*libsipstatus' \
			|| { echo "$$t is linked against libsipstatus.so, not the archive" >&2; exit 1; }; \
	done
	@for t in test_api_shared test_api_cpp_shared; do \
		readelf -d $(REL_OUT)/$$t | grep -q 'NEEDED.*\[libsipstatus\.so\.' \
			|| { echo "$$t is not linked against libsipstatus.so" >&2; exit 1; }; \
	done
	@set -e; for t in test_api_shared test_api_static test_api_cpp_shared test_api_cpp_static; do \
		$(REL_OUT)/$$t; \
	done
	$(REL_PREFIX)/bin/sipstatus 486 | grep -qx '486 Busy Here'
	bash -c 'source $(REL_PREFIX)/share/bash-completion/completions/sipstatus && complete -p sipstatus'
	@grep -q '^\.TH sipstatus 1' $(REL_PREFIX)/share/man/man1/sipstatus.1
	@echo "release-install-check: installed, linked (C, C++; shared, static) and run"

# docs.rs builds with a nightly compiler, every feature and --cfg docsrs.
# RUSTC_BOOTSTRAP lets the stable compiler stand in for it here.
release-docsrs-check:
	RUSTC_BOOTSTRAP=1 RUSTDOCFLAGS="--cfg docsrs -D warnings" \
		$(CARGO) doc -q --locked -p sipstatus --all-features --no-deps \
		--target-dir $(REL_OUT)/docsrs
	@grep -q 'Available on <strong>crate feature <code>serde</code>' \
		$(REL_OUT)/docsrs/doc/sipstatus/struct.StatusCode.html \
		|| { echo "docs.rs would not mark the serde API" >&2; exit 1; }
	@echo "release-docsrs-check: the serde API is marked as needing its feature"
