# Status lines and Reason headers through the C ABI (tests/c/test_wire.c):
# C99 and C++11, static library, valgrind, ASan/UBSan, inputs that end right
# before an unreadable guard page. Part of `make test-c`.

.PHONY: c-test-wire

test-c: c-test-wire

c-test-wire: c-test-prefix
	$(CC) $(C_TEST_CFLAGS) -Itests/c tests/c/test_wire.c -o $(C_OUT)/test_wire \
		$$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	$(CXX) $(C_TEST_CXXFLAGS) -Itests/c -x c++ tests/c/test_wire.c -o $(C_OUT)/test_wire_cpp \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) -Wl,-rpath,$(C_PREFIX)/lib
	$(C_OUT)/test_wire
	$(C_OUT)/test_wire_cpp
	@$(call c_need,valgrind,valgrind)
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
		$(C_OUT)/test_wire
	$(CXX) $(C_TEST_CXXFLAGS) $(C_SANITIZE) -Itests/c -x c++ tests/c/test_wire.c \
		-o $(C_OUT)/test_wire_asan $$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		$(C_OUT)/test_wire_asan

# Benchmarks of the status-line parser: Rust against regex, httparse and rsip
# (benches/rust, a workspace of its own so that `make test` never builds the
# peers), Python against re.match. Part of `make bench`.
.PHONY: bench-wire bench-python-wire

bench: bench-wire bench-python-wire

bench-wire:
	CARGO_TARGET_DIR=$(CARGO_TARGET_DIR)/bench-peers \
		$(CARGO) bench --manifest-path benches/rust/Cargo.toml --bench status_line

bench-python-wire: python-install
	$(PY) bindings/python/bench/bench_wire.py
