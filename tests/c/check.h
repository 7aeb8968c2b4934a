/* A minimal test harness shared by the C and C++ tests: CHECK counts, and
 * check_summary() prints the closing line "N passed, N failed". */
#ifndef SIPSTATUS_TEST_CHECK_H
#define SIPSTATUS_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static unsigned checks_passed;
static unsigned checks_failed;

static void check_at(int ok, const char *what, const char *file, int line)
{
    if (ok) {
        checks_passed++;
    } else {
        checks_failed++;
        fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
    }
}

/* Both non-NULL and equal. */
static void check_str_at(const char *got, const char *want, const char *what, const char *file,
                         int line)
{
    int ok = got != NULL && want != NULL && strcmp(got, want) == 0;
    check_at(ok, what, file, line);
    if (!ok) {
        fprintf(stderr, "    got  \"%s\"\n    want \"%s\"\n", got ? got : "(NULL)",
                want ? want : "(NULL)");
    }
}

static void check_int_at(long long got, long long want, const char *what, const char *file,
                         int line)
{
    check_at(got == want, what, file, line);
    if (got != want) {
        fprintf(stderr, "    got %lld, want %lld\n", got, want);
    }
}

#define CHECK(cond) check_at((cond) ? 1 : 0, #cond, __FILE__, __LINE__)
#define CHECK_STR(got, want) check_str_at((got), (want), #got " == " #want, __FILE__, __LINE__)
#define CHECK_INT(got, want) \
    check_int_at((long long)(got), (long long)(want), #got " == " #want, __FILE__, __LINE__)

/* Prints the closing line; the exit status of the test program. */
static int check_summary(const char *suite)
{
    printf("%s: %u passed, %u failed\n", suite, checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}

#endif
