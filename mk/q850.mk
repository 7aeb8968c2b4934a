# The Q.850 side of the C ABI: tests/c/test_q850.c against the static and
# the shared library, under valgrind and under ASan/UBSan. The cross-language
# diff of mk/c.mk (c-test-cross) covers the cause table and every profile.

.PHONY: c-test-q850

test-c: c-test-q850

# q850_constants.inc: one CONSTANT(SIPSTATUS_Q850_X, "X") per cause constant
# of the header, so that the test checks every one of them.
$(C_OUT)/q850_constants.inc: $(HEADER)
	@mkdir -p $(C_OUT)
	sed -n 's/^#define \(SIPSTATUS_Q850_\([A-Z0-9_]*\)\) [0-9]*$$/CONSTANT(\1, "\2")/p' $(HEADER) > $@

c-test-q850: c-test-prefix $(C_OUT)/q850_constants.inc
	$(CC) $(C_TEST_CFLAGS) -I$(C_OUT) -Itests/c tests/c/test_q850.c -o $(C_OUT)/test_q850_shared \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) -Wl,-rpath,$(C_PREFIX)/lib
	$(CC) $(C_TEST_CFLAGS) -I$(C_OUT) -Itests/c tests/c/test_q850.c -o $(C_OUT)/test_q850_static \
		$$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	$(CXX) -std=c++11 $(C_WARN) -fsyntax-only -x c++ -I$(C_OUT) -Itests/c tests/c/test_q850.c \
		$$($(call c_pc,$(C_PREFIX),--cflags))
	$(C_OUT)/test_q850_shared
	$(C_OUT)/test_q850_static
	@$(call c_need,valgrind,valgrind)
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
		$(C_OUT)/test_q850_static
	$(CC) $(C_TEST_CFLAGS) $(C_SANITIZE) -I$(C_OUT) -Itests/c tests/c/test_q850.c \
		-o $(C_OUT)/test_q850_asan $$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		$(C_OUT)/test_q850_asan

# By hand, not part of `make test`: re-reads FreeSWITCH's and Asterisk's
# SIP <-> cause functions from checkouts given as FREESWITCH=... and/or
# ASTERISK=... and compares them with the freeswitch and asterisk profiles.
.PHONY: check-pbx-tables
check-pbx-tables:
	$(CARGO) build -q --locked -p sipstatus-cli
	scripts/check-pbx-tables.py --cli $(CARGO_TARGET_DIR)/debug/sipstatus \
		$(if $(FREESWITCH),--freeswitch $(FREESWITCH)) $(if $(ASTERISK),--asterisk $(ASTERISK))
