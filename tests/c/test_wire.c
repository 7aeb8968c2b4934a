/* Status lines and Reason headers through the C ABI, as C99 and as C++11:
 * parsing into offsets, writing snprintf-style, the Reason cursor and
 * unescaping, and no read past `len`: every input is also parsed where it
 * ends right before a page the process may not read (a guard page), so a
 * read past its end faults. Run under valgrind and ASan/UBSan by mk/wire.mk. */
#ifndef __cplusplus
#define _DEFAULT_SOURCE
#endif
#include <sipstatus.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

static char *guard_page_end; /* one past the last readable byte */

/* Two pages, the second unreadable: guard_page_end is where it starts. */
static void set_up_guard_page(void)
{
    long page = sysconf(_SC_PAGESIZE);
    char *map = (char *)mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED || mprotect(map + page, (size_t)page, PROT_NONE) != 0) {
        perror("mmap/mprotect");
        exit(2);
    }
    guard_page_end = map + page;
}

/* A copy of `len` bytes that ends right at the guard page. */
static const char *at_guard(const char *text, size_t len)
{
    char *copy = guard_page_end - len;
    memcpy(copy, text, len);
    return copy;
}

/* Field by field: padding bytes are not part of the value. */
static int same_line(const sipstatus_status_line *a, const sipstatus_status_line *b)
{
    return a->code == b->code && a->phrase_kind == b->phrase_kind &&
           a->version_offset == b->version_offset && a->version_len == b->version_len &&
           a->reason_offset == b->reason_offset && a->reason_len == b->reason_len &&
           a->len == b->len && a->error_offset == b->error_offset;
}

static int same_value(const sipstatus_reason_value *a, const sipstatus_reason_value *b)
{
    return a->protocol == b->protocol && a->protocol_offset == b->protocol_offset &&
           a->protocol_len == b->protocol_len && a->has_cause == b->has_cause &&
           a->cause == b->cause && a->has_text == b->has_text &&
           a->text_offset == b->text_offset && a->text_len == b->text_len &&
           a->text_escaped == b->text_escaped && a->has_location == b->has_location &&
           a->location_offset == b->location_offset && a->location_len == b->location_len &&
           a->params_offset == b->params_offset && a->params_len == b->params_len &&
           a->value_offset == b->value_offset && a->value_len == b->value_len &&
           a->error_offset == b->error_offset;
}

static sipstatus_result parse(const char *text, size_t len, uint32_t mode,
                              sipstatus_status_line *out)
{
    return sipstatus_parse_status_line(text, len, mode, out);
}

static void test_parse_status_line(void)
{
    static const char message[] = "SIP/2.0 480 Temporarily not available\r\nVia: x\r\n";
    sipstatus_status_line line;

    CHECK_INT(parse(message, strlen(message), SIPSTATUS_PARSE_MODE_STRICT, &line),
              SIPSTATUS_RESULT_OK);
    CHECK_INT(line.code, 480);
    CHECK_INT(line.phrase_kind, SIPSTATUS_PHRASE_KIND_ALIAS);
    CHECK_INT(line.version_offset, 0);
    CHECK_INT(line.version_len, 7);
    CHECK_INT(line.reason_offset, 12);
    CHECK_INT(line.reason_len, 25);
    CHECK(memcmp(message + line.reason_offset, "Temporarily not available", 25) == 0);
    CHECK_INT(line.len, 39);

    CHECK_INT(parse("SIP/2.0 486 Busy Here", 21, SIPSTATUS_PARSE_MODE_LENIENT, &line),
              SIPSTATUS_RESULT_OK);
    CHECK_INT(line.phrase_kind, SIPSTATUS_PHRASE_KIND_CANONICAL);
    CHECK_INT(parse("SIP/2.0 486 Out to lunch", 24, SIPSTATUS_PARSE_MODE_LENIENT, &line),
              SIPSTATUS_RESULT_OK);
    CHECK_INT(line.phrase_kind, SIPSTATUS_PHRASE_KIND_CUSTOM);
    CHECK_INT(parse("sip/2.0  200\n", 13, SIPSTATUS_PARSE_MODE_LENIENT, &line),
              SIPSTATUS_RESULT_OK);
    CHECK_INT(line.phrase_kind, SIPSTATUS_PHRASE_KIND_EMPTY);
    CHECK_INT(line.len, 13);

    /* Errors name the offset and zero the rest. */
    CHECK_INT(parse("sip/2.0 200 OK", 14, SIPSTATUS_PARSE_MODE_STRICT, &line),
              SIPSTATUS_RESULT_SYNTAX_ERROR);
    CHECK_INT(line.error_offset, 0);
    CHECK_INT(line.code, 0);
    CHECK_INT(parse("SIP/2.0 200 OK\n", 15, SIPSTATUS_PARSE_MODE_STRICT, &line),
              SIPSTATUS_RESULT_SYNTAX_ERROR);
    CHECK_INT(line.error_offset, 14);
    CHECK_INT(parse("SIP/2.0 4294967301 x", 20, SIPSTATUS_PARSE_MODE_LENIENT, &line),
              SIPSTATUS_RESULT_SYNTAX_ERROR);
    CHECK_INT(line.error_offset, 11);
    CHECK_INT(parse("SIP/2.0 200 OK", 14, 7, &line), SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(parse(NULL, 14, 0, &line), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(parse("SIP/2.0 200 OK", 14, 0, NULL), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(parse("SIP/2.0 200 OK", (size_t)-1, 0, &line), SIPSTATUS_RESULT_INVALID_ARGUMENT);
}

/* Every prefix of every line, placed right before the guard page: the
 * parser must stop at `len`. */
static void test_status_line_stops_at_len(void)
{
    static const char *const lines[] = {
        "SIP/2.0 486 Busy Here\r\n",
        "SIP/2.0 200 \xd0\xbd\xd0\xbe %41\r\n",
        "sip/2.0 \t 480\tTemporarily not available\n",
        "SIP/2.0 100",
        "SIP/2.0 200 OK\r",
    };
    size_t i, n;
    for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        size_t len = strlen(lines[i]);
        for (n = 0; n <= len; n++) {
            sipstatus_status_line here, guarded;
            sipstatus_result a = parse(lines[i], n, SIPSTATUS_PARSE_MODE_STRICT, &here);
            sipstatus_result b =
                parse(at_guard(lines[i], n), n, SIPSTATUS_PARSE_MODE_STRICT, &guarded);
            CHECK_INT(a, b);
            CHECK(same_line(&here, &guarded));
            a = parse(lines[i], n, SIPSTATUS_PARSE_MODE_LENIENT, &here);
            b = parse(at_guard(lines[i], n), n, SIPSTATUS_PARSE_MODE_LENIENT, &guarded);
            CHECK_INT(a, b);
            CHECK(same_line(&here, &guarded));
        }
    }
}

static void test_write_status_line(void)
{
    char buf[64];
    size_t needed = 99;
    unsigned code;

    CHECK_INT(sipstatus_write_status_line(486, NULL, 0, buf, sizeof buf, &needed),
              SIPSTATUS_RESULT_OK);
    CHECK_STR(buf, "SIP/2.0 486 Busy Here\r\n");
    CHECK_INT(needed, 23);
    CHECK_INT(sipstatus_write_status_line(499, "Out to lunch", 12, buf, 10, &needed),
              SIPSTATUS_RESULT_BUFFER_TOO_SMALL);
    CHECK_STR(buf, "SIP/2.0 4");
    CHECK_INT(needed, 26);
    CHECK_INT(sipstatus_write_status_line(499, NULL, 0, NULL, 0, &needed),
              SIPSTATUS_RESULT_BUFFER_TOO_SMALL);
    CHECK_INT(needed, 26);
    CHECK_INT(sipstatus_write_status_line(200, "a\r\nVia: x", 9, buf, sizeof buf, &needed),
              SIPSTATUS_RESULT_SYNTAX_ERROR);
    CHECK_INT(needed, 0);
    CHECK_INT(sipstatus_write_status_line(99, NULL, 0, buf, sizeof buf, &needed),
              SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(sipstatus_write_status_line(200, NULL, 0, NULL, 8, NULL),
              SIPSTATUS_RESULT_NULL_ARGUMENT);

    /* Every code: written, parsed back strictly, and in agreement with the
     * table's phrase or class. */
    for (code = 100; code <= 799; code++) {
        sipstatus_status_line line;
        const char *phrase = sipstatus_phrase_or_class((uint16_t)code);
        CHECK_INT(sipstatus_write_status_line((uint16_t)code, NULL, 0, buf, sizeof buf, &needed),
                  SIPSTATUS_RESULT_OK);
        CHECK_INT(parse(buf, needed, SIPSTATUS_PARSE_MODE_STRICT, &line), SIPSTATUS_RESULT_OK);
        CHECK_INT(line.code, code);
        CHECK_INT(line.len, needed);
        CHECK_INT(line.reason_len, strlen(phrase));
        CHECK(memcmp(buf + line.reason_offset, phrase, line.reason_len) == 0);
        CHECK_INT(line.phrase_kind, sipstatus_is_known((uint16_t)code)
                                        ? SIPSTATUS_PHRASE_KIND_CANONICAL
                                        : SIPSTATUS_PHRASE_KIND_CUSTOM);
    }
}

static size_t reason_values(const char *text, size_t len, sipstatus_reason_value *values,
                            size_t max, sipstatus_result *last)
{
    sipstatus_reason_cursor cursor;
    size_t n = 0;
    CHECK_INT(sipstatus_reason_cursor_init(&cursor, text, len), SIPSTATUS_RESULT_OK);
    for (;;) {
        sipstatus_reason_value value;
        *last = sipstatus_reason_next(&cursor, &value);
        if (*last == SIPSTATUS_RESULT_END) {
            return n;
        }
        if (n < max) {
            values[n] = value;
        }
        n++;
        if (*last != SIPSTATUS_RESULT_OK) {
            CHECK_INT(sipstatus_reason_next(&cursor, &value), SIPSTATUS_RESULT_END);
            return n;
        }
    }
}

static void test_reason(void)
{
    static const char header[] =
        "Reason: SIP;cause=480;text=\"Temporarily \\\"Unavailable\\\"\", "
        "Q.850 ;cause=18 ;location=LN;x=1, STIR;cause=438";
    sipstatus_reason_value v[4];
    sipstatus_result last;
    char text[64];
    size_t needed;

    CHECK_INT(reason_values(header, strlen(header), v, 4, &last), 3);
    CHECK_INT(last, SIPSTATUS_RESULT_END);
    CHECK_INT(v[0].protocol, SIPSTATUS_REASON_PROTOCOL_SIP);
    CHECK(v[0].has_cause && v[0].cause == 480);
    CHECK(v[0].has_text && v[0].text_escaped);
    CHECK_INT(sipstatus_reason_unescape(header + v[0].text_offset, v[0].text_len, text,
                                        sizeof text, &needed),
              SIPSTATUS_RESULT_OK);
    CHECK_STR(text, "Temporarily \"Unavailable\"");
    CHECK_INT(needed, 25);
    CHECK_INT(v[1].protocol, SIPSTATUS_REASON_PROTOCOL_Q850);
    CHECK(v[1].has_location && memcmp(header + v[1].location_offset, "LN", 2) == 0);
    CHECK(!v[1].has_text);
    CHECK_INT(v[2].protocol, SIPSTATUS_REASON_PROTOCOL_OTHER);
    CHECK(memcmp(header + v[2].protocol_offset, "STIR", v[2].protocol_len) == 0);

    CHECK_INT(reason_values("SIP;cause=200, Q.850;cause=x", 28, v, 4, &last), 2);
    CHECK_INT(last, SIPSTATUS_RESULT_SYNTAX_ERROR);
    CHECK_INT(v[1].error_offset, 27);

    CHECK_INT(sipstatus_write_reason_sip(486, text, sizeof text, &needed), SIPSTATUS_RESULT_OK);
    CHECK_STR(text, "SIP;cause=486;text=\"Busy Here\"");
    CHECK_INT(sipstatus_reason_unescape("a\"b", 3, text, sizeof text, &needed),
              SIPSTATUS_RESULT_SYNTAX_ERROR);
    CHECK_INT(sipstatus_reason_cursor_init(NULL, "SIP", 3), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_reason_next(NULL, v), SIPSTATUS_RESULT_NULL_ARGUMENT);
}

static void test_reason_stops_at_len(void)
{
    static const char *const headers[] = {
        "SIP;cause=480;text=\"Temporarily \\\"x\\\"\", Q.850;cause=18;location=LN",
        "STIR ; cause = 438 ;\r\n text=\"a\r\n b\";x=[2001:db8::1];y",
        "SIP;text=\"\\",
    };
    size_t i, n;
    for (i = 0; i < sizeof headers / sizeof headers[0]; i++) {
        size_t len = strlen(headers[i]);
        for (n = 0; n <= len; n++) {
            sipstatus_reason_value here[4], guarded[4];
            sipstatus_result a, b;
            size_t count_here, count_guarded, k;
            const char *copy = at_guard(headers[i], n);
            count_here = reason_values(headers[i], n, here, 4, &a);
            count_guarded = reason_values(copy, n, guarded, 4, &b);
            CHECK_INT(a, b);
            CHECK_INT(count_here, count_guarded);
            for (k = 0; k < count_guarded && k < 4; k++) {
                CHECK(same_value(&here[k], &guarded[k]));
                char out[64];
                if (guarded[k].has_text) {
                    CHECK_INT(sipstatus_reason_unescape(copy + guarded[k].text_offset,
                                                        guarded[k].text_len, out, sizeof out,
                                                        NULL),
                              SIPSTATUS_RESULT_OK);
                }
            }
            /* The tail of the text alone, right at the guard page. */
            sipstatus_reason_unescape(copy, n, NULL, 0, NULL);
        }
    }
}

int main(void)
{
    set_up_guard_page();
    test_parse_status_line();
    test_status_line_stops_at_len();
    test_write_status_line();
    test_reason();
    test_reason_stops_at_len();
    return check_summary("test_wire");
}
