# sipstatus: one Rust core, shipped to Rust, C/C++ and Python.
#
#   make test      every test: Rust (fmt, clippy, unit, doc tests, CLI, freshness, docs),
#                  C/C++ (static, shared, valgrind, install + pkg-config + CMake),
#                  Python (venv, wheel, pytest, mypy, stubtest)
#   make generate  rewrite every generated file from the table
#   make bench     the benchmarks (not part of the tests)
#   make release-check  every artefact built and checked as its users get it (mk/release.mk)
#
# CARGO_TARGET_DIR is honoured, so the build can live outside the tree.

CARGO ?= cargo
export CARGO_TARGET_DIR ?= $(CURDIR)/target

.PHONY: test test-rust generate generate-files bench
.DEFAULT_GOAL := test

test: test-rust test-c test-python
	@echo "make test: all suites passed"

test-rust:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	$(CARGO) clippy -p sipstatus --no-default-features --locked -- -D warnings
	$(CARGO) test --workspace --locked
	$(CARGO) test -p sipstatus --all-features --locked
	$(CARGO) build -p sipstatus --no-default-features --locked
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --locked

# Every generated file: the codegen's files from the table, then (mk/c.mk)
# the C header from those. Their freshness is checked by `make test`.
generate: generate-files

generate-files:
	$(CARGO) run -q --locked -p sipstatus-codegen

bench: bench-rust

bench-rust:
	$(CARGO) bench -p sipstatus --bench lookup

-include mk/c.mk
-include mk/python.mk
-include mk/q850.mk
-include mk/wire.mk
-include mk/fuzz.mk
-include mk/traffic.mk
-include mk/release.mk
-include mk/decide.mk
