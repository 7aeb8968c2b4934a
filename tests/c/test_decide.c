/* The fork choice, the header obligations and the RFC 6076 roles through the
 * C ABI, from C99 (and compiled as C++11 too): worked cases, and NULL or
 * out-of-range arguments. Run against the static and the shared library and
 * under valgrind by mk/decide.mk. */
#include <sipstatus.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static sipstatus_choice choose(const uint16_t *codes, size_t len, uint32_t method)
{
    sipstatus_choice choice;
    CHECK_INT(sipstatus_best_response(codes, len, method, &choice), SIPSTATUS_RESULT_OK);
    return choice;
}

static void test_best_response(void)
{
    static const uint16_t example[] = {503, 407, 501, 404};
    static const uint16_t six[] = {302, 486, 603};
    static const uint16_t unavailable[] = {503};
    static const uint16_t with_ok[] = {603, 200};
    static const uint16_t timeout[] = {408};
    static const uint16_t provisional[] = {180, 199};
    sipstatus_choice c;

    c = choose(example, 4, SIPSTATUS_METHOD_INVITE);
    CHECK_INT(c.code, 407);
    CHECK_INT(c.rule, SIPSTATUS_FORK_RULE_PREFERRED);
    CHECK_INT(c.index, 1);
    CHECK(c.aggregate_challenges && !c.cancel_pending && !c.generated);
    CHECK_STR(sipstatus_fork_rule_name(c.rule), "preferred");

    c = choose(six, 3, SIPSTATUS_METHOD_INVITE);
    CHECK_INT(c.code, 603);
    CHECK_INT(c.rule, SIPSTATUS_FORK_RULE_GLOBAL_FAILURE);
    CHECK(c.cancel_pending);

    c = choose(unavailable, 1, SIPSTATUS_METHOD_INVITE);
    CHECK_INT(c.code, 500);
    CHECK_INT(c.rule, SIPSTATUS_FORK_RULE_UNAVAILABLE_AS500);
    CHECK(c.generated);
    CHECK_INT(c.index, 0);

    c = choose(with_ok, 2, SIPSTATUS_METHOD_INVITE);
    CHECK_INT(c.code, 200);
    CHECK_INT(c.rule, SIPSTATUS_FORK_RULE_SUCCESS);

    c = choose(NULL, 0, SIPSTATUS_METHOD_INVITE);
    CHECK_INT(c.code, 408);
    CHECK_INT(c.rule, SIPSTATUS_FORK_RULE_TIMEOUT);
    CHECK(c.index == SIZE_MAX && c.generated);

    c = choose(provisional, 2, SIPSTATUS_METHOD_INVITE);
    CHECK_INT(c.code, 408);

    /* RFC 4320: no 408 to a non-INVITE request. */
    c = choose(timeout, 1, SIPSTATUS_METHOD_REGISTER);
    CHECK_INT(c.code, 0);
    CHECK_INT(c.rule, SIPSTATUS_FORK_RULE_NO_RESPONSE);
    CHECK(c.index == SIZE_MAX);
}

static void test_best_response_arguments(void)
{
    static const uint16_t bad[] = {486, 99};
    static const uint16_t one[] = {486};
    sipstatus_choice c;

    CHECK_INT(sipstatus_best_response(NULL, 1, SIPSTATUS_METHOD_INVITE, &c),
              SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(c.code, 0);
    CHECK(c.index == SIZE_MAX);
    CHECK_INT(sipstatus_best_response(one, 1, SIPSTATUS_METHOD_INVITE, NULL),
              SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_best_response(bad, 2, SIPSTATUS_METHOD_INVITE, &c),
              SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(sipstatus_best_response(one, 1, 3, &c), SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(sipstatus_best_response(one, SIZE_MAX, SIPSTATUS_METHOD_INVITE, &c),
              SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK(sipstatus_fork_rule_name(7) == NULL);
}

static void test_header_rules(void)
{
    const sipstatus_header_rule *r;

    CHECK_INT(sipstatus_header_rule_count(401), 1);
    r = sipstatus_header_rule_at(401, 0);
    CHECK(r != NULL);
    if (r != NULL) {
        CHECK_INT(r->code, 401);
        CHECK_STR(r->header, "WWW-Authenticate");
        CHECK_INT(r->level, SIPSTATUS_HEADER_LEVEL_MUST);
        CHECK_STR(r->level_name, "MUST");
        CHECK_STR(r->reference, "RFC 3261 \xc2\xa7" "22.2");
        CHECK_STR(r->condition, "");
    }
    CHECK(sipstatus_header_rule_at(401, 1) == NULL);
    CHECK_INT(sipstatus_header_rule_count(415), 3);
    CHECK_STR(sipstatus_header_rule_at(415, 2)->header, "Accept-Language");
    CHECK_INT(sipstatus_header_rule_count(403), 0);
    CHECK(sipstatus_header_rule_at(403, 0) == NULL);
    CHECK_INT(sipstatus_header_rule_count(0), 0);
    CHECK_INT(sipstatus_header_rule_count(65535), 0);
}

static void test_check_headers(void)
{
    /* Names need not be NUL-terminated: lengths say where they end. */
    const char *names[] = {"ViaXX", "m", "www-authenticate"};
    size_t lens[] = {3, 1, 16};
    uint32_t broken = 99;

    CHECK_INT(sipstatus_check_headers(401, names, lens, 2, &broken), SIPSTATUS_RESULT_OK);
    CHECK_INT(broken, 1);
    CHECK_INT(sipstatus_check_headers(401, names, lens, 3, &broken), SIPSTATUS_RESULT_OK);
    CHECK_INT(broken, 0);
    CHECK_INT(sipstatus_check_headers(305, names, lens, 2, &broken), SIPSTATUS_RESULT_OK);
    CHECK_INT(broken, 0); /* m is Contact */
    CHECK_INT(sipstatus_check_headers(486, NULL, NULL, 0, &broken), SIPSTATUS_RESULT_OK);
    CHECK_INT(broken, 0); /* a MAY is never broken */

    CHECK_INT(sipstatus_check_headers(401, NULL, lens, 1, &broken), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(broken, 0);
    CHECK_INT(sipstatus_check_headers(401, names, NULL, 1, &broken), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_check_headers(401, names, lens, 1, NULL), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_check_headers(99, names, lens, 1, &broken), SIPSTATUS_RESULT_INVALID_ARGUMENT);
    {
        const char *null_name[] = {NULL};
        size_t huge[] = {SIZE_MAX};
        CHECK_INT(sipstatus_check_headers(401, null_name, lens, 1, &broken),
                  SIPSTATUS_RESULT_NULL_ARGUMENT);
        CHECK_INT(sipstatus_check_headers(401, names, huge, 1, &broken),
                  SIPSTATUS_RESULT_INVALID_ARGUMENT);
    }
}

static void test_metric_roles(void)
{
    CHECK_INT(sipstatus_metric_role_of(200, SIPSTATUS_METRIC_SER), SIPSTATUS_METRIC_ROLE_NUMERATOR);
    CHECK_INT(sipstatus_metric_role_of(302, SIPSTATUS_METRIC_SER), SIPSTATUS_METRIC_ROLE_EXCLUDED);
    CHECK_INT(sipstatus_metric_role_of(486, SIPSTATUS_METRIC_SER), SIPSTATUS_METRIC_ROLE_DENOMINATOR);
    CHECK_INT(sipstatus_metric_role_of(486, SIPSTATUS_METRIC_SEER), SIPSTATUS_METRIC_ROLE_NUMERATOR);
    CHECK_INT(sipstatus_metric_role_of(504, SIPSTATUS_METRIC_ISA), SIPSTATUS_METRIC_ROLE_NUMERATOR);
    CHECK_INT(sipstatus_metric_role_of(403, SIPSTATUS_METRIC_IRA), SIPSTATUS_METRIC_ROLE_NUMERATOR);
    CHECK_INT(sipstatus_metric_role_of(401, SIPSTATUS_METRIC_IRA), SIPSTATUS_METRIC_ROLE_DENOMINATOR);
    CHECK_INT(sipstatus_metric_role_of(0, SIPSTATUS_METRIC_ISA), SIPSTATUS_METRIC_ROLE_NUMERATOR);
    CHECK_INT(sipstatus_metric_role_of(180, SIPSTATUS_METRIC_SER), SIPSTATUS_METRIC_ROLE_NOT_COUNTED);
    CHECK_INT(sipstatus_metric_role_of(99, SIPSTATUS_METRIC_SER), SIPSTATUS_METRIC_ROLE_INVALID);
    CHECK_INT(sipstatus_metric_role_of(200, 4), SIPSTATUS_METRIC_ROLE_INVALID);
    CHECK_STR(sipstatus_metric_name(SIPSTATUS_METRIC_SEER), "SEER");
    CHECK(sipstatus_metric_name(4) == NULL);
    CHECK(sipstatus_is_failure_response(404));
    CHECK(!sipstatus_is_failure_response(407));
    CHECK(!sipstatus_is_failure_response(302));
}

/* The worked example of the Rust tests: INVITE 6x200, 2x486, 480, 603,
 * 2x302, 3x407, 404, 2x503, 408 and one timeout; REGISTER 7x200, 2x401, 403
 * and one timeout. Only the 302s leave the SER and SEER denominators
 * (RFC 6076 sections 4.6 and 4.7): SER 6/18, SEER 10/18, ISA 20 %, IRA 2/11. */
static void test_session_metrics(void)
{
    static const uint16_t invites[][2] = {{200, 6}, {486, 2}, {480, 1}, {603, 1}, {302, 2},
                                          {407, 3}, {404, 1}, {503, 2}, {408, 1}, {0, 1}};
    static const uint16_t registers[][2] = {{200, 7}, {401, 2}, {403, 1}, {0, 1}};
    sipstatus_session_metrics m = {0, 0, 0, 0, 0, 0, 0, 0};
    sipstatus_session_metrics empty = {0, 0, 0, 0, 0, 0, 0, 0};
    bool defined = true;
    double percent = -1.0;
    size_t i;
    uint16_t k;

    for (i = 0; i < sizeof invites / sizeof invites[0]; i++) {
        for (k = 0; k < invites[i][1]; k++) {
            CHECK_INT(sipstatus_session_metrics_add(&m, SIPSTATUS_METHOD_INVITE, invites[i][0]),
                      SIPSTATUS_RESULT_OK);
        }
    }
    for (i = 0; i < sizeof registers / sizeof registers[0]; i++) {
        for (k = 0; k < registers[i][1]; k++) {
            CHECK_INT(sipstatus_session_metrics_add(&m, SIPSTATUS_METHOD_REGISTER, registers[i][0]),
                      SIPSTATUS_RESULT_OK);
        }
    }
    CHECK_INT(m.invites, 20);
    CHECK_INT(m.invites_excluded, 2);
    CHECK_INT(m.registers_ineffective, 2);

    CHECK_INT(sipstatus_session_metrics_value(&m, SIPSTATUS_METRIC_SER, &defined, &percent),
              SIPSTATUS_RESULT_OK);
    CHECK(defined && percent > 33.33 && percent < 33.34);
    sipstatus_session_metrics_value(&m, SIPSTATUS_METRIC_SEER, &defined, &percent);
    CHECK(defined && percent > 55.55 && percent < 55.56);
    sipstatus_session_metrics_value(&m, SIPSTATUS_METRIC_ISA, &defined, &percent);
    CHECK(defined && percent == 20.0);
    sipstatus_session_metrics_value(&m, SIPSTATUS_METRIC_IRA, &defined, &percent);
    CHECK(defined && percent > 18.18 && percent < 18.19);

    /* Undefined, not 0. */
    CHECK_INT(sipstatus_session_metrics_value(&empty, SIPSTATUS_METRIC_SER, &defined, &percent),
              SIPSTATUS_RESULT_OK);
    CHECK(!defined && percent == 0.0);

    CHECK_INT(sipstatus_session_metrics_merge(&empty, &m), SIPSTATUS_RESULT_OK);
    CHECK_INT(sipstatus_session_metrics_merge(&empty, &m), SIPSTATUS_RESULT_OK);
    CHECK_INT(empty.invites, 40);
    sipstatus_session_metrics_value(&empty, SIPSTATUS_METRIC_SER, &defined, &percent);
    CHECK(defined && percent > 33.33 && percent < 33.34);

    /* Bad arguments count nothing. */
    CHECK_INT(sipstatus_session_metrics_add(&m, SIPSTATUS_METHOD_INVITE, 180),
              SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(sipstatus_session_metrics_add(&m, 3, 200), SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(m.invites, 20);
    CHECK_INT(sipstatus_session_metrics_add(NULL, SIPSTATUS_METHOD_INVITE, 200),
              SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_session_metrics_merge(&m, NULL), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_session_metrics_value(&m, 4, &defined, &percent),
              SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK(!defined);
    CHECK_INT(sipstatus_session_metrics_value(NULL, 0, &defined, &percent),
              SIPSTATUS_RESULT_NULL_ARGUMENT);
}

int main(void)
{
    test_best_response();
    test_best_response_arguments();
    test_header_rules();
    test_check_headers();
    test_metric_roles();
    test_session_metrics();
    return check_summary("test_decide");
}
