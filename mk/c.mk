# The C ABI (crates/sipstatus-ffi): libsipstatus.a and libsipstatus.so, the
# committed header include/sipstatus.h, its tests, install and benchmark.
#
#   make header        regenerate include/sipstatus.h (after the codegen's files;
#                      `make generate` runs it)
#   make check-header  fail if the header is stale, naming `make generate`
#                      (the codegen's files are checked by its test, tests/fresh.rs)
#   make c-lib         build the release libraries (once; cargo keeps them fresh)
#   make install PREFIX=/usr/local [DESTDIR=] [INSTALL_LIBS=both|static|shared]
#                      libraries with SONAME links, the header, sipstatus.pc
#   make test-c        every C/C++ check (part of `make test`), among them
#                      doxygen on the header with warnings as errors
#   make bench-c       sipstatus_reason_phrase against sofia-sip (docs/bench-c.md;
#                      also run by `make bench`)
#
# cbindgen is pinned and installed into .tools/ on first use (about a minute),
# not a build-dependency: that would add ~17 s to every clean build. cmake,
# valgrind and sofia-sip come from Debian's packages when missing.

CBINDGEN_VERSION := 0.29.2
CBINDGEN_ROOT := $(CURDIR)/.tools/cbindgen-$(CBINDGEN_VERSION)
CBINDGEN := $(CBINDGEN_ROOT)/bin/cbindgen

FFI_DIR := crates/sipstatus-ffi
HEADER := include/sipstatus.h
# The libraries are built with the release-c profile (Cargo.toml: fat LTO,
# opt-level "s"), which docs/c-size.md measured to give the smallest library.
C_PROFILE := release-c
C_RELEASE = $(CARGO_TARGET_DIR)/$(C_PROFILE)
# Packed relative relocations (DT_RELR) shrink libsipstatus.so by a tenth,
# since its tables are mostly pointers; the loader needs glibc 2.36 or later,
# so they are used only when the building machine has that glibc.
# C_PACK_RELOCS=no turns them off.
comma := ,
C_GLIBC := $(shell getconf GNU_LIBC_VERSION 2>/dev/null | awk '{ print $$2 }')
C_PACK_RELOCS ?= $(if $(C_GLIBC),$(shell printf '2.36\n%s\n' '$(C_GLIBC)' | sort -V -C && echo yes),)
C_LINK_ARGS := $(if $(filter yes,$(C_PACK_RELOCS)),-C link-arg=-Wl$(comma)-z$(comma)pack-relative-relocs)
C_STATIC_LIB = $(C_RELEASE)/libsipstatus.a
C_SHARED_LIB = $(C_RELEASE)/libsipstatus.so
C_OUT = $(CARGO_TARGET_DIR)/c

# C_BUILD_STD=yes: the release build of the C library (docs/c-size.md). The
# standard library is compiled along with it (-Zbuild-std) without its
# backtrace printer, which makes most of a Rust cdylib's size; unwinding
# stays, so a panic still becomes SIPSTATUS_RESULT_PANIC. It needs the
# standard library's source matching the compiler, which rustup's stable
# toolchain here lacks and Debian's rustc-web packages provide (installed
# when missing). Every C target (c-lib, install, test-c, c-size) then uses
# this build, with its own output directories.
C_BUILD_STD ?= no
C_STD_PACKAGES := rustc-web cargo-web rust-web-src
C_STD_RUSTC ?= /usr/bin/rustc
C_STD_CARGO ?= /usr/bin/cargo
C_STD_SRC ?= /usr/lib/rustlib/src/rust/library/Cargo.lock
C_STD_TARGET_DIR = $(CARGO_TARGET_DIR)/c-build-std
C_HOST := $(shell rustc -vV 2>/dev/null | sed -n 's/^host: //p')
ifeq ($(C_BUILD_STD),yes)
C_RELEASE = $(C_STD_TARGET_DIR)/$(C_HOST)/$(C_PROFILE)
C_OUT = $(CARGO_TARGET_DIR)/c-build-std-out
endif
# The limit the release build is held to (bytes, stripped).
C_SO_LIMIT := 300000
C_VERSION := $(shell sed -n 's/^version = "\(.*\)"$$/\1/p' $(CURDIR)/Cargo.toml | head -n 1)
# What `rustc --print native-static-libs` reports for a std staticlib on
# Linux: the system libraries that linking libsipstatus.a statically needs.
C_LIBS_PRIVATE := -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc

C_WARN := -Wall -Wextra -Wpedantic -Werror
C_TEST_CFLAGS := -std=c99 $(C_WARN) -g -O1
C_TEST_CXXFLAGS := -std=c++11 $(C_WARN) -g -O1 -pthread
C_SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

PREFIX ?= /usr/local
DATADIR ?= $(PREFIX)/share
LICENSEDIR ?= $(DATADIR)/licenses/sipstatus
# The installed libraries are stripped: the .so of everything (`strip`), the
# archive of debug information only, since its symbols are how a linker uses
# it. STRIP=true installs them as built.
STRIP ?= strip
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
INSTALL_LIBS ?= both

# Test prefixes: both libraries, and the static one alone.
C_PREFIX = $(C_OUT)/prefix
C_PREFIX_STATIC = $(C_OUT)/prefix-static
# pkg-config against a test prefix: $(call c_pc,PREFIX,ARGS)
c_pc = PKG_CONFIG_PATH=$(1)/lib/pkgconfig pkg-config $(2) sipstatus

# Installs a Debian package when its command is missing: $(call c_need,COMMAND,PACKAGE)
# apt-get waits up to ten minutes for a lock another apt-get holds.
C_APT := apt-get -o DPkg::Lock::Timeout=600
c_need = command -v $(1) >/dev/null 2>&1 || { \
	echo "installing $(2) (apt-get)"; \
	$(C_APT) update -qq && DEBIAN_FRONTEND=noninteractive $(C_APT) install -y -qq $(2) >/dev/null; }

.PHONY: c-std-toolchain c-test-panic c-release-check c-size header check-header c-lib install install-files test-c bench-c \
	c-test-prefix c-test-header c-test-doxygen c-test-api c-test-memory c-test-cross c-test-examples

# `make generate` ends with the header, which cbindgen makes from the
# constants that the codegen has just written.
generate: header

bench: bench-c

$(CBINDGEN):
	@echo "installing cbindgen $(CBINDGEN_VERSION) into $(CBINDGEN_ROOT) (once)"
	env -u CARGO_TARGET_DIR $(CARGO) install cbindgen --quiet --locked \
		--version $(CBINDGEN_VERSION) --root $(CBINDGEN_ROOT)

header: $(CBINDGEN) generate-files
	$(CBINDGEN) --quiet --config $(FFI_DIR)/cbindgen.toml --output $(HEADER) $(FFI_DIR)/src/lib.rs

check-header: $(CBINDGEN)
	@mkdir -p $(C_OUT)
	$(CBINDGEN) --quiet --config $(FFI_DIR)/cbindgen.toml --output $(C_OUT)/sipstatus.h $(FFI_DIR)/src/lib.rs
	@if ! cmp -s $(HEADER) $(C_OUT)/sipstatus.h; then \
		diff -u $(HEADER) $(C_OUT)/sipstatus.h | head -n 40; \
		echo "$(HEADER) is stale: run \`make generate\` and commit the result" >&2; \
		exit 1; \
	fi
	@echo "$(HEADER) is fresh"

# `cargo rustc` so that the link arguments reach this crate's link alone.
ifeq ($(C_BUILD_STD),yes)
c-lib: c-std-toolchain
	RUSTC_BOOTSTRAP=1 RUSTC=$(C_STD_RUSTC) $(C_STD_CARGO) rustc -q --locked --profile $(C_PROFILE) \
		-p sipstatus-ffi --lib $(C_FEATURES) --target $(C_HOST) --target-dir $(C_STD_TARGET_DIR) \
		-Zbuild-std=std,panic_unwind -Zbuild-std-features= -- $(C_LINK_ARGS)
else
c-lib:
	$(CARGO) rustc -q --locked --profile $(C_PROFILE) -p sipstatus-ffi --lib $(C_FEATURES) -- $(C_LINK_ARGS)
endif

# Debian's rustc-web, cargo-web and rust-web-src, when the source of the
# standard library is missing.
c-std-toolchain:
	@test -f $(C_STD_SRC) && test -x $(C_STD_CARGO) || { \
		echo "installing $(C_STD_PACKAGES) (apt-get), for -Zbuild-std"; \
		$(C_APT) update -qq && DEBIAN_FRONTEND=noninteractive $(C_APT) install -y -qq \
			$(C_STD_PACKAGES) >/dev/null; }
	@echo "build-std with $$($(C_STD_RUSTC) --version)"

install: c-lib
	@$(MAKE) --no-print-directory install-files

# The copy step alone, from libraries that c-lib has built.
install-files:
	@case "$(INSTALL_LIBS)" in both|static|shared) ;; \
		*) echo "INSTALL_LIBS must be both, static or shared" >&2; exit 2;; esac
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR) \
		$(DESTDIR)$(LICENSEDIR)
	install -m 644 $(HEADER) $(DESTDIR)$(INCLUDEDIR)/sipstatus.h
	install -m 644 LICENSE-MIT LICENSE-APACHE $(DESTDIR)$(LICENSEDIR)/
	@if [ "$(INSTALL_LIBS)" != shared ]; then \
		echo "install -m 644 $(C_STATIC_LIB) $(DESTDIR)$(LIBDIR)/libsipstatus.a (strip --strip-debug)"; \
		install -m 644 $(C_STATIC_LIB) $(DESTDIR)$(LIBDIR)/libsipstatus.a; \
		$(STRIP) --strip-debug $(DESTDIR)$(LIBDIR)/libsipstatus.a; \
	fi
	@if [ "$(INSTALL_LIBS)" != static ]; then \
		soname=$$(objdump -p $(C_SHARED_LIB) | awk '$$1 == "SONAME" { print $$2 }'); \
		test -n "$$soname" || { echo "$(C_SHARED_LIB) has no SONAME" >&2; exit 1; }; \
		echo "install -m 755 $(C_SHARED_LIB) $(DESTDIR)$(LIBDIR)/libsipstatus.so.$(C_VERSION) (+ $$soname, libsipstatus.so)"; \
		install -m 755 $(C_SHARED_LIB) $(DESTDIR)$(LIBDIR)/libsipstatus.so.$(C_VERSION); \
		$(STRIP) $(DESTDIR)$(LIBDIR)/libsipstatus.so.$(C_VERSION); \
		ln -sf libsipstatus.so.$(C_VERSION) $(DESTDIR)$(LIBDIR)/$$soname; \
		ln -sf $$soname $(DESTDIR)$(LIBDIR)/libsipstatus.so; \
	fi
	sed -e 's|@PREFIX@|$(PREFIX)|' \
		-e 's|@LIBDIR@|$(patsubst $(PREFIX)/%,$${exec_prefix}/%,$(LIBDIR))|' \
		-e 's|@INCLUDEDIR@|$(patsubst $(PREFIX)/%,$${prefix}/%,$(INCLUDEDIR))|' \
		-e 's|@VERSION@|$(C_VERSION)|' \
		-e 's|@LIBS_PRIVATE@|$(C_LIBS_PRIVATE)|' \
		$(FFI_DIR)/sipstatus.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/sipstatus.pc

test-c: check-header c-test-header c-test-doxygen c-test-api c-test-memory c-test-cross c-test-examples
	@echo "test-c: every C/C++ check passed"

# Fresh installs into two test prefixes; every later test builds from them.
c-test-prefix: c-lib
	rm -rf $(C_PREFIX) $(C_PREFIX_STATIC)
	@$(MAKE) --no-print-directory install-files PREFIX=$(C_PREFIX) INSTALL_LIBS=both
	@$(MAKE) --no-print-directory install-files PREFIX=$(C_PREFIX_STATIC) INSTALL_LIBS=static
	@test "$$(readlink $(C_PREFIX)/lib/libsipstatus.so)" = \
		"$$(objdump -p $(C_SHARED_LIB) | awk '$$1 == "SONAME" { print $$2 }')"
	@# What an install leaves: its files, stripped libraries, the licences.
	@cd $(C_PREFIX) && find . \( -type f -o -type l \) | sort > $(C_OUT)/prefix.files
	@echo "installed: $$(tr '\n' ' ' < $(C_OUT)/prefix.files)"
	@printf '%s\n' ./include/sipstatus.h ./lib/libsipstatus.a ./lib/libsipstatus.so \
		"./lib/$$(objdump -p $(C_SHARED_LIB) | awk '$$1 == "SONAME" { print $$2 }')" \
		./lib/libsipstatus.so.$(C_VERSION) ./lib/pkgconfig/sipstatus.pc \
		./share/licenses/sipstatus/LICENSE-APACHE ./share/licenses/sipstatus/LICENSE-MIT \
		| sort | diff -u - $(C_OUT)/prefix.files
	@cmp -s LICENSE-MIT $(C_PREFIX)/share/licenses/sipstatus/LICENSE-MIT
	@! readelf -S $(C_PREFIX)/lib/libsipstatus.so.$(C_VERSION) | grep -q '\.symtab\|\.debug_' \
		|| { echo "the installed libsipstatus.so is not stripped" >&2; exit 1; }
	@! readelf -S $(C_PREFIX)/lib/libsipstatus.a | grep -q '\.debug_' \
		|| { echo "the installed libsipstatus.a carries debug information" >&2; exit 1; }

# The header alone compiles warning-free in every C and C++ standard we claim.
c-test-header:
	@mkdir -p $(C_OUT)
	@for std in c99 c11 c17; do \
		echo "$(CC) -std=$$std $(C_WARN) -fsyntax-only -x c $(HEADER)"; \
		$(CC) -std=$$std $(C_WARN) -fsyntax-only -x c $(HEADER) || exit 1; \
	done
	@for std in c++11 c++14 c++17 c++20; do \
		echo "$(CXX) -std=$$std $(C_WARN) -fsyntax-only -x c++ $(HEADER)"; \
		$(CXX) -std=$$std $(C_WARN) -fsyntax-only -x c++ $(HEADER) || exit 1; \
	done

# Doxygen with warnings as errors: every function documents each parameter
# (@param) and its return value (@return), and no type, constant, enum value
# or field is undocumented. The text comes from the doc comments in
# crates/sipstatus-ffi/src through cbindgen.
c-test-doxygen:
	@$(call c_need,doxygen,doxygen)
	rm -rf $(C_OUT)/doxygen && mkdir -p $(C_OUT)/doxygen
	DOXYGEN_OUT=$(C_OUT)/doxygen doxygen $(FFI_DIR)/Doxyfile
	@echo "$(HEADER): doxygen finds every item documented"

# constants.inc: one CONSTANT(SIPSTATUS_X, "X") per code constant of the
# header, so that the C test checks every one of them.
$(C_OUT)/constants.inc: $(HEADER)
	@mkdir -p $(C_OUT)
	sed -n 's/^#define \(SIPSTATUS_\([A-Z0-9_]*\)\) [0-9]*$$/CONSTANT(\1, "\2")/p' $(HEADER) \
		| grep -v '"VERSION_\(MAJOR\|MINOR\|PATCH\)"' | grep -v '"Q850_' > $@

# The C and C++ tests against the shared and the static library, each
# checked to be linked the way it claims.
c-test-api: c-test-prefix $(C_OUT)/constants.inc
	$(CC) $(C_TEST_CFLAGS) -I$(C_OUT) -Itests/c tests/c/test_api.c -o $(C_OUT)/test_api_shared \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) -Wl,-rpath,$(C_PREFIX)/lib
	$(CC) $(C_TEST_CFLAGS) -I$(C_OUT) -Itests/c tests/c/test_api.c -o $(C_OUT)/test_api_static \
		$$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	$(CXX) $(C_TEST_CXXFLAGS) -Itests/c tests/c/test_api.cpp -o $(C_OUT)/test_api_cpp_shared \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) -Wl,-rpath,$(C_PREFIX)/lib
	$(CXX) $(C_TEST_CXXFLAGS) -Itests/c tests/c/test_api.cpp -o $(C_OUT)/test_api_cpp_static \
		$$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	@for t in test_api_shared test_api_cpp_shared; do \
		readelf -d $(C_OUT)/$$t | grep -q 'NEEDED.*\[libsipstatus\.so\.' \
			|| { echo "$$t is not linked against libsipstatus.so" >&2; exit 1; }; \
	done
	@for t in test_api_static test_api_cpp_static; do \
		! readelf -d $(C_OUT)/$$t | grep -q 'NEEDED.*libsipstatus' \
			|| { echo "$$t is linked against libsipstatus.so, not the archive" >&2; exit 1; }; \
	done
	$(C_OUT)/test_api_shared
	$(C_OUT)/test_api_static
	$(C_OUT)/test_api_cpp_shared
	$(C_OUT)/test_api_cpp_static

# Memory errors fail the run: the C test under valgrind, the threaded C++
# test under AddressSanitizer and UndefinedBehaviorSanitizer.
c-test-memory: c-test-api
	@$(call c_need,valgrind,valgrind)
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
		$(C_OUT)/test_api_static
	$(CXX) $(C_TEST_CXXFLAGS) $(C_SANITIZE) -Itests/c tests/c/test_api.cpp \
		-o $(C_OUT)/test_api_cpp_asan $$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		$(C_OUT)/test_api_cpp_asan

# The table through the C ABI equals the table in the Rust core, entry by
# entry and code by code.
c-test-cross: c-test-prefix
	$(CC) $(C_TEST_CFLAGS) tests/c/dump_table.c -o $(C_OUT)/dump_table \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) -Wl,-rpath,$(C_PREFIX)/lib
	$(C_OUT)/dump_table > $(C_OUT)/table-c.tsv
	$(CARGO) run -q --release --locked -p sipstatus-ffi --example table_tsv > $(C_OUT)/table-rust.tsv
	@if ! diff -u $(C_OUT)/table-rust.tsv $(C_OUT)/table-c.tsv > $(C_OUT)/table.diff; then \
		head -n 40 $(C_OUT)/table.diff; \
		echo "the table read through the C ABI differs from the Rust core (see $(C_OUT)/table.diff)" >&2; \
		exit 1; \
	fi
	@echo "cross-language: $$(wc -l < $(C_OUT)/table-c.tsv) rows equal in C and Rust"

# examples/c: explain.c through pkg-config (shared, then static), and the
# CMake project, each built from an installed prefix and run.
c-test-examples: c-test-prefix
	$(CC) -std=c99 $(C_WARN) examples/c/explain.c -o $(C_OUT)/explain \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) \
		-Wl,-rpath,$$($(call c_pc,$(C_PREFIX),--variable=libdir))
	$(CC) -std=c99 $(C_WARN) examples/c/explain.c -o $(C_OUT)/explain_static \
		$$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	@set -e; for explain in $(C_OUT)/explain $(C_OUT)/explain_static; do \
		$$explain 486 | grep -qx '486 Busy Here'; \
		$$explain 'busy  HERE' de | grep -q 'Angerufene'; \
		$$explain 499 | grep -q 'treats it as 400 Bad Request'; \
		if $$explain 999 2>/dev/null; then echo "explain 999 must fail" >&2; exit 1; fi; \
	done
	$(C_OUT)/explain 603
	@$(call c_need,cmake,cmake)
	rm -rf $(C_OUT)/cmake-build
	PKG_CONFIG_PATH=$(C_PREFIX)/lib/pkgconfig cmake -S examples/c/cmake -B $(C_OUT)/cmake-build \
		-DCMAKE_BUILD_TYPE=Release > $(C_OUT)/cmake-configure.log \
		|| { cat $(C_OUT)/cmake-configure.log; exit 1; }
	cmake --build $(C_OUT)/cmake-build -- --no-print-directory
	$(C_OUT)/cmake-build/status_lines | tee $(C_OUT)/status_lines.out
	@grep -qx 'SIP/2.0 486 Busy Here' $(C_OUT)/status_lines.out
	@grep -qx 'received 480 (Temporarily Unavailable): try the next target' $(C_OUT)/status_lines.out

# Not a test: code→phrase against sofia-sip's sip_status_phrase in one run,
# both through a shared library, then instruction counts under callgrind.
bench-c: c-test-prefix
	@command -v pkg-config >/dev/null && pkg-config --exists sofia-sip-ua || { \
		echo "installing libsofia-sip-ua-dev (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq libsofia-sip-ua-dev >/dev/null; }
	@$(call c_need,valgrind,valgrind)
	$(CC) -std=c99 -O2 $(C_WARN) benches/c/reason_phrase.c -o $(C_OUT)/bench_reason_phrase \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) -Wl,-rpath,$(C_PREFIX)/lib \
		$$(pkg-config --cflags --libs sofia-sip-ua)
	$(C_OUT)/bench_reason_phrase
	@for f in sipstatus sofia; do \
		valgrind --tool=callgrind --callgrind-out-file=$(C_OUT)/callgrind.$$f.out \
			--toggle-collect=run_$$f $(C_OUT)/bench_reason_phrase --once $$f 2>/dev/null; \
		ir=$$(sed -n 's/^summary: *//p' $(C_OUT)/callgrind.$$f.out); \
		echo "callgrind $$f: $$ir instructions for 1,000,000 lookups"; \
	done
	@$(MAKE) --no-print-directory c-size

# The sizes of the libraries as installed (docs/c-size.md).
# A library built with the panic-probe feature (a separate build, never
# installed) turns a deliberate panic into SIPSTATUS_RESULT_PANIC and keeps
# answering: the panic boundary works with the standard library it was
# built with.
C_PROBE_DIR = $(CARGO_TARGET_DIR)/panic-probe
c-test-panic:
	@$(MAKE) --no-print-directory c-lib C_FEATURES="--features panic-probe" \
		CARGO_TARGET_DIR=$(C_PROBE_DIR)
	@mkdir -p $(C_OUT)
	$(CC) $(C_TEST_CFLAGS) -Iinclude tests/c/panic_probe.c -o $(C_OUT)/panic_probe \
		$(C_PROBE_DIR)/$(if $(filter yes,$(C_BUILD_STD)),c-build-std/$(C_HOST)/)$(C_PROFILE)/libsipstatus.a \
		$(C_LIBS_PRIVATE)
	$(C_OUT)/panic_probe 2>$(C_OUT)/panic_probe.stderr
	@grep -q "deliberate panic" $(C_OUT)/panic_probe.stderr \
		|| { echo "the probe's panic left no message on stderr" >&2; exit 1; }

# The release build of the C library (C_BUILD_STD=yes): every C test against
# it, the panic probe, and the stripped .so within C_SO_LIMIT bytes.
c-release-check:
	@$(MAKE) --no-print-directory test-c c-test-panic c-size C_BUILD_STD=yes
	@# c-size has left the stripped library in the build's C_OUT.
	@size=$$(stat -c %s $(CARGO_TARGET_DIR)/c-build-std-out/libsipstatus.so); \
	if [ $$size -gt $(C_SO_LIMIT) ]; then \
		echo "libsipstatus.so (C_BUILD_STD=yes) is $$size bytes stripped, over $(C_SO_LIMIT)" >&2; exit 1; \
	fi; echo "c-release-check: libsipstatus.so is $$size bytes stripped (limit $(C_SO_LIMIT))"

c-size: c-lib
	@mkdir -p $(C_OUT)
	@echo "sizes: $$(strip --strip-debug -o $(C_OUT)/libsipstatus.a $(C_STATIC_LIB) && stat -c %s $(C_OUT)/libsipstatus.a) bytes libsipstatus.a (strip --strip-debug)," \
		"$$(strip -o $(C_OUT)/libsipstatus.so $(C_SHARED_LIB) && stat -c %s $(C_OUT)/libsipstatus.so) bytes libsipstatus.so (strip)," \
		"packed relocations: $(or $(C_PACK_RELOCS),no)"
