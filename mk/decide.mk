# The C side of the fork choice, header obligations and RFC 6076 roles:
# tests/c/test_decide.c as C99 and as C++11, against the static and the
# shared library, and under valgrind. Part of `make test-c`.
#
#   make c-test-decide

.PHONY: c-test-decide

test-c: c-test-decide

c-test-decide: c-test-prefix
	$(CC) $(C_TEST_CFLAGS) -Itests/c tests/c/test_decide.c -o $(C_OUT)/test_decide_shared \
		$$($(call c_pc,$(C_PREFIX),--cflags --libs)) -Wl,-rpath,$(C_PREFIX)/lib
	$(CC) $(C_TEST_CFLAGS) -Itests/c tests/c/test_decide.c -o $(C_OUT)/test_decide_static \
		$$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	$(CXX) $(C_TEST_CXXFLAGS) -x c++ -Itests/c tests/c/test_decide.c -x none \
		-o $(C_OUT)/test_decide_cpp $$($(call c_pc,$(C_PREFIX_STATIC),--static --cflags --libs))
	$(C_OUT)/test_decide_shared
	$(C_OUT)/test_decide_static
	$(C_OUT)/test_decide_cpp
	@$(call c_need,valgrind,valgrind)
	valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
		$(C_OUT)/test_decide_static
