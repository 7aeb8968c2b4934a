/* Benchmark, not a test: code -> reason phrase with sipstatus_reason_phrase
 * against sofia-sip's sip_status_phrase, in the same run, both called through
 * a shared library. `make bench-c` builds and runs it; docs/bench-c.md has
 * the numbers.
 *
 *     reason_phrase             timing: median ns/lookup of each, and the ratio
 *     reason_phrase --once NAME 1,000,000 lookups with NAME (sipstatus or
 *                               sofia) only, for callgrind's instruction count
 */
#define _POSIX_C_SOURCE 199309L
#include <sipstatus.h>
#include <sofia-sip/sip_status.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { WORKLOAD = 4096, ROUNDS = 21, REPEAT = 250 };

/* Codes both tables hold, weighted towards those a stack sees most. */
static const uint16_t COMMON[] = {100, 180, 183, 200, 200, 200, 202, 301, 302, 400,
                                  401, 403, 404, 407, 408, 480, 481, 486, 487, 488,
                                  500, 501, 502, 503, 504, 600, 603, 604, 606};

static uint16_t codes[WORKLOAD];
/* The sink: the compiler cannot drop a lookup whose result is stored here. */
static const char *volatile sink;

/* A fixed pseudo-random workload (xorshift), so no predictor learns it. */
static void fill_workload(void)
{
    uint32_t x = 0x9e3779b9u;
    size_t i;
    for (i = 0; i < WORKLOAD; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        codes[i] = COMMON[x % (sizeof COMMON / sizeof COMMON[0])];
    }
}

__attribute__((noinline)) static void run_sipstatus(size_t lookups)
{
    size_t i;
    for (i = 0; i < lookups; i++) {
        sink = sipstatus_reason_phrase(codes[i % WORKLOAD]);
    }
}

__attribute__((noinline)) static void run_sofia(size_t lookups)
{
    size_t i;
    for (i = 0; i < lookups; i++) {
        sink = sip_status_phrase(codes[i % WORKLOAD]);
    }
}

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The median over ROUNDS of the ns per lookup. */
static double median_ns(void (*run)(size_t))
{
    double samples[ROUNDS];
    int r;
    run(WORKLOAD); /* warm up */
    for (r = 0; r < ROUNDS; r++) {
        double start = now_ns();
        run((size_t)WORKLOAD * REPEAT);
        samples[r] = (now_ns() - start) / ((double)WORKLOAD * REPEAT);
    }
    qsort(samples, ROUNDS, sizeof samples[0], by_value);
    return samples[ROUNDS / 2];
}

int main(int argc, char **argv)
{
    size_t i;
    double ours, theirs;

    fill_workload();
    /* Both must name the same phrase before their speed means anything. */
    for (i = 0; i < sizeof COMMON / sizeof COMMON[0]; i++) {
        const char *a = sipstatus_reason_phrase(COMMON[i]);
        const char *b = sip_status_phrase(COMMON[i]);
        if (a == NULL || b == NULL) {
            fprintf(stderr, "code %u unknown to one library\n", (unsigned)COMMON[i]);
            return 1;
        }
    }
    if (argc == 3 && strcmp(argv[1], "--once") == 0) {
        if (strcmp(argv[2], "sipstatus") == 0) {
            run_sipstatus(1000000);
        } else if (strcmp(argv[2], "sofia") == 0) {
            run_sofia(1000000);
        } else {
            return 2;
        }
        return 0;
    }
    ours = median_ns(run_sipstatus);
    theirs = median_ns(run_sofia);
    printf("code->phrase, %d lookups x %d rounds (median), libsipstatus %s\n", WORKLOAD * REPEAT,
           ROUNDS, sipstatus_version());
    printf("  sipstatus_reason_phrase   %6.2f ns/lookup\n", ours);
    printf("  sofia sip_status_phrase   %6.2f ns/lookup\n", theirs);
    printf("  ratio sipstatus/sofia     %6.2f\n", ours / theirs);
    return 0;
}
