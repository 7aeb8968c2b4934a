# Fuzzing (fuzz/, cargo-fuzz + libFuzzer with AddressSanitizer): the
# status-line parser strict and lenient against a reference model, the
# Reason-header parser against its own writer, and the C entry points against
# the core. Not part of `make test`.
#
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="status_line reason ffi"]
#
# cargo-fuzz needs nightly compiler flags (-Zsanitizer, sancov); on a stable
# toolchain RUSTC_BOOTSTRAP=1 enables them. cargo-fuzz is installed into
# .tools/ on first use. Each target's corpus grows in fuzz/corpus/<target>
# from the committed seeds in fuzz/seeds/<target>; docs/fuzzing.md has the
# figures of the last long run.

CARGO_FUZZ_VERSION := 0.13.2
CARGO_FUZZ_ROOT := $(CURDIR)/.tools/cargo-fuzz-$(CARGO_FUZZ_VERSION)
CARGO_FUZZ := $(CARGO_FUZZ_ROOT)/bin/cargo-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= status_line reason ffi
FUZZ_FLAGS ?= -max_len=512

.PHONY: fuzz fuzz-build

$(CARGO_FUZZ):
	@echo "installing cargo-fuzz $(CARGO_FUZZ_VERSION) into $(CARGO_FUZZ_ROOT) (once)"
	env -u CARGO_TARGET_DIR $(CARGO) install cargo-fuzz --quiet --locked \
		--version $(CARGO_FUZZ_VERSION) --root $(CARGO_FUZZ_ROOT)

fuzz-build: $(CARGO_FUZZ)
	cd fuzz && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CARGO_TARGET_DIR)/fuzz \
		$(CARGO_FUZZ) fuzz build

fuzz: fuzz-build
	@mkdir -p $(CARGO_TARGET_DIR)/fuzz
	@set -e; for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz/corpus/$$t; \
		log=$(CARGO_TARGET_DIR)/fuzz/$$t.log; \
		echo "fuzz $$t for $(FUZZ_SECONDS) s (log: $$log)"; \
		if ! (cd fuzz && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CARGO_TARGET_DIR)/fuzz \
			$(CARGO_FUZZ) fuzz run $$t corpus/$$t seeds/$$t -- \
			-max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 $(FUZZ_FLAGS)) > $$log 2>&1; then \
			tail -n 40 $$log; echo "fuzz target $$t failed; the input is in fuzz/artifacts/$$t" >&2; exit 1; \
		fi; \
		grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)|DONE' $$log; \
	done
