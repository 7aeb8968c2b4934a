/* The C ABI as a C99 program sees it: constants, phrases, descriptions,
 * classes, canonical codes, reverse lookup, iteration, and NULL or
 * out-of-range arguments. Built with -Wall -Wextra -Wpedantic -Werror and run
 * against the static and the shared library, and under valgrind.
 *
 * constants.inc is made from include/sipstatus.h by mk/c.mk: one
 * CONSTANT(SIPSTATUS_X, "X") line per code constant of the header. */
#include <sipstatus.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

struct constant {
    unsigned value;
    const char *name;
};

#define CONSTANT(value, name) {value, name},
static const struct constant CONSTANTS[] = {
#include "constants.inc"
};
#undef CONSTANT

/* Constants are integer constant expressions: usable as case labels. */
static const char *switch_on(uint16_t code)
{
    switch (code) {
    case SIPSTATUS_TRYING:
        return "trying";
    case SIPSTATUS_BUSY_HERE:
        return "busy";
    default:
        return "other";
    }
}

static void test_constants(void)
{
    size_t i;
    size_t count = sizeof CONSTANTS / sizeof CONSTANTS[0];

    CHECK_INT(SIPSTATUS_BUSY_HERE, 486);
    CHECK_INT(SIPSTATUS_TRYING, 100);
    CHECK_INT(SIPSTATUS_OK, 200);
    CHECK_INT(SIPSTATUS_SERVER_INTERNAL_ERROR, 500);
    CHECK_INT(SIPSTATUS_NOT_ACCEPTABLE, 406);
    CHECK_INT(SIPSTATUS_NOT_ACCEPTABLE_ANYWHERE, 606);
    CHECK_INT(SIPSTATUS_DECLINE, 603);
    CHECK_INT(SIPSTATUS_PARTY_HANGS_UP, 701);
    CHECK_STR(switch_on(486), "busy");
    CHECK_STR(switch_on(100), "trying");

    /* Every constant of the header names its own entry, and every entry has
     * a constant. */
    CHECK_INT(count, sipstatus_count());
    for (i = 0; i < count; i++) {
        const sipstatus_entry *entry = sipstatus_lookup((uint16_t)CONSTANTS[i].value);
        CHECK(entry != NULL);
        if (entry != NULL) {
            CHECK_STR(entry->name, CONSTANTS[i].name);
        }
    }
}

static void test_version(void)
{
    char expected[64];
    snprintf(expected, sizeof expected, "%d.%d.%d", SIPSTATUS_VERSION_MAJOR,
             SIPSTATUS_VERSION_MINOR, SIPSTATUS_VERSION_PATCH);
    CHECK_STR(sipstatus_version(), expected);
}

static void test_phrases(void)
{
    unsigned c;

    CHECK_STR(sipstatus_reason_phrase(SIPSTATUS_BUSY_HERE), "Busy Here");
    CHECK_STR(sipstatus_reason_phrase(100), "Trying");
    CHECK_STR(sipstatus_reason_phrase(414), "Request-URI Too Long");
    CHECK_STR(sipstatus_reason_phrase(606), "Not Acceptable");
    CHECK_STR(sipstatus_reason_phrase(701), "Party Hangs Up");
    CHECK(sipstatus_reason_phrase(499) == NULL);
    CHECK(sipstatus_reason_phrase(0) == NULL);
    CHECK(sipstatus_reason_phrase(99) == NULL);
    CHECK(sipstatus_reason_phrase(800) == NULL);
    CHECK(sipstatus_reason_phrase(UINT16_MAX) == NULL);

    CHECK_STR(sipstatus_phrase_or_class(486), "Busy Here");
    CHECK_STR(sipstatus_phrase_or_class(499), "Client Error");
    CHECK_STR(sipstatus_phrase_or_class(188), "Provisional");
    CHECK_STR(sipstatus_phrase_or_class(650), "Global Failure");
    CHECK_STR(sipstatus_phrase_or_class(799), "Local");
    CHECK(sipstatus_phrase_or_class(99) == NULL);
    CHECK(sipstatus_phrase_or_class(800) == NULL);
    /* What a port of sofia-sip's sip_status_phrase() relies on: a string for
     * every status code, never NULL (docs/c-api.md, "Porting"). */
    for (c = 100; c <= 799; c++)
        CHECK(sipstatus_phrase_or_class((uint16_t)c) != NULL);
}

static void test_descriptions(void)
{
    const sipstatus_entry *busy = sipstatus_lookup(486);
    const char *en = sipstatus_description(486, "en");
    const char *de = sipstatus_description(486, "de");

    CHECK(busy != NULL && en != NULL && de != NULL);
    if (busy == NULL) {
        return;
    }
    CHECK(strlen(en) > 10 && strcmp(en, de) != 0);
    CHECK(en == busy->description_en);
    CHECK(de == busy->description_de);
    CHECK(sipstatus_description(486, NULL) == en);
    CHECK(sipstatus_description(486, "EN") == en);
    CHECK(sipstatus_description(486, "De") == de);
    CHECK(sipstatus_description(486, "fr") == NULL);
    CHECK(sipstatus_description(486, "") == NULL);
    CHECK(sipstatus_description(486, "e") == NULL);
    CHECK(sipstatus_description(486, "eng") == NULL);
    CHECK(sipstatus_description(486, "english") == NULL);
    CHECK(sipstatus_description(499, "en") == NULL);
    CHECK(sipstatus_description(0, NULL) == NULL);
}

static void test_classes(void)
{
    CHECK_INT(sipstatus_class_of(100), SIPSTATUS_CLASS_PROVISIONAL);
    CHECK_INT(sipstatus_class_of(200), SIPSTATUS_CLASS_SUCCESS);
    CHECK_INT(sipstatus_class_of(302), SIPSTATUS_CLASS_REDIRECTION);
    CHECK_INT(sipstatus_class_of(486), SIPSTATUS_CLASS_CLIENT_ERROR);
    CHECK_INT(sipstatus_class_of(499), SIPSTATUS_CLASS_CLIENT_ERROR);
    CHECK_INT(sipstatus_class_of(503), SIPSTATUS_CLASS_SERVER_ERROR);
    CHECK_INT(sipstatus_class_of(603), SIPSTATUS_CLASS_GLOBAL_FAILURE);
    CHECK_INT(sipstatus_class_of(799), SIPSTATUS_CLASS_LOCAL);
    CHECK_INT(sipstatus_class_of(0), SIPSTATUS_CLASS_INVALID);
    CHECK_INT(sipstatus_class_of(99), SIPSTATUS_CLASS_INVALID);
    CHECK_INT(sipstatus_class_of(800), SIPSTATUS_CLASS_INVALID);
    CHECK_INT(sipstatus_class_of(UINT16_MAX), SIPSTATUS_CLASS_INVALID);
    /* The numbers are stable ABI: 0 is invalid, 1 to 7 the first digit. */
    CHECK_INT(SIPSTATUS_CLASS_INVALID, 0);
    CHECK_INT(SIPSTATUS_CLASS_LOCAL, 7);

    CHECK_STR(sipstatus_class_label(SIPSTATUS_CLASS_PROVISIONAL), "Provisional");
    CHECK_STR(sipstatus_class_label(SIPSTATUS_CLASS_CLIENT_ERROR), "Client Error");
    CHECK_STR(sipstatus_class_label(SIPSTATUS_CLASS_LOCAL), "Local");
    CHECK(sipstatus_class_label(SIPSTATUS_CLASS_INVALID) == NULL);
    CHECK(sipstatus_class_label(8) == NULL);
    CHECK(sipstatus_class_label(UINT32_MAX) == NULL);

    CHECK_INT(sipstatus_registry_status_of(486), SIPSTATUS_REGISTRY_STATUS_REGISTERED);
    CHECK_INT(sipstatus_registry_status_of(202), SIPSTATUS_REGISTRY_STATUS_DEPRECATED);
    CHECK_INT(sipstatus_registry_status_of(303), SIPSTATUS_REGISTRY_STATUS_OBSOLETE);
    CHECK_INT(sipstatus_registry_status_of(701), SIPSTATUS_REGISTRY_STATUS_NON_STANDARD);
    CHECK_INT(sipstatus_registry_status_of(499), SIPSTATUS_REGISTRY_STATUS_UNKNOWN);
    CHECK_INT(sipstatus_registry_status_of(0), SIPSTATUS_REGISTRY_STATUS_UNKNOWN);
}

static void test_predicates(void)
{
    CHECK(sipstatus_is_known(486));
    CHECK(sipstatus_is_known(701));
    CHECK(!sipstatus_is_known(499));
    CHECK(!sipstatus_is_known(0));
    CHECK(!sipstatus_is_known(UINT16_MAX));

    CHECK(sipstatus_is_final(200));
    CHECK(sipstatus_is_final(699));
    CHECK(!sipstatus_is_final(199));
    CHECK(!sipstatus_is_final(701));
    CHECK(!sipstatus_is_final(800));

    CHECK(sipstatus_is_provisional(100));
    CHECK(sipstatus_is_provisional(199));
    CHECK(!sipstatus_is_provisional(200));
    CHECK(!sipstatus_is_provisional(99));
    CHECK(!sipstatus_is_provisional(0));
}

static void test_canonical(void)
{
    CHECK_INT(sipstatus_canonical(486), 486);
    CHECK_INT(sipstatus_canonical(499), 400);
    CHECK_INT(sipstatus_canonical(431), 400);
    CHECK_INT(sipstatus_canonical(599), 500);
    CHECK_INT(sipstatus_canonical(699), 600);
    CHECK_INT(sipstatus_canonical(299), 200);
    CHECK_INT(sipstatus_canonical(399), 300);
    CHECK_INT(sipstatus_canonical(188), 183);
    CHECK_INT(sipstatus_canonical(199), 199);
    CHECK_INT(sipstatus_canonical(701), 701);
    CHECK_INT(sipstatus_canonical(799), 799);
    CHECK_INT(sipstatus_canonical(800), 0);
    CHECK_INT(sipstatus_canonical(99), 0);
    CHECK_INT(sipstatus_canonical(0), 0);
}

/* Looks up `len` bytes of `text`; returns the result, the code in *code. */
static sipstatus_result lookup(const char *text, size_t len, uint16_t *code)
{
    *code = 12345;
    return sipstatus_from_reason_phrase(text, len, code);
}

#define LOOKUP_OK(text, want)                                                   \
    do {                                                                        \
        uint16_t code_;                                                         \
        CHECK_INT(lookup((text), strlen(text), &code_), SIPSTATUS_RESULT_OK);   \
        CHECK_INT(code_, (want));                                               \
    } while (0)

#define LOOKUP_FAILS(text, len, want)                                           \
    do {                                                                        \
        uint16_t code_;                                                         \
        CHECK_INT(lookup((text), (len), &code_), (want));                       \
        CHECK_INT(code_, 0);                                                    \
    } while (0)

static void test_reverse_lookup(void)
{
    static const char not_terminated[2] = {'O', 'K'};
    static const char with_tail[] = "Busy HereXYZ";
    char too_long[300];
    uint16_t code = 1;

    LOOKUP_OK("Busy Here", 486);
    LOOKUP_OK("busy here", 486);
    LOOKUP_OK("  BUSY \t  here \r\n", 486);
    LOOKUP_OK("\fBusy\f\fHere\f", 486); /* space, tab, CR, LF and FF fold */
    LOOKUP_OK("Internal Server Error", 500);
    LOOKUP_OK("Server Internal Error", 500);
    LOOKUP_OK("Gateway Time-out", 504);
    LOOKUP_OK("Declined", 603);
    LOOKUP_OK("Bad Identity-Info", 436);
    LOOKUP_OK("Not Acceptable", 406);
    LOOKUP_OK("request-uri too long", 414);

    /* Only `len` bytes are read: no NUL needed, and a tail is ignored. */
    CHECK_INT(lookup(not_terminated, sizeof not_terminated, &code), SIPSTATUS_RESULT_OK);
    CHECK_INT(code, 200);
    CHECK_INT(lookup(with_tail, 9, &code), SIPSTATUS_RESULT_OK);
    CHECK_INT(code, 486);

    LOOKUP_FAILS("Busy Somewhere", 14, SIPSTATUS_RESULT_UNKNOWN_PHRASE);
    LOOKUP_FAILS("Busy Her", 8, SIPSTATUS_RESULT_UNKNOWN_PHRASE);
    /* Vertical tab and no-break space are not white space to the lookup. */
    LOOKUP_FAILS("Busy\vHere", 9, SIPSTATUS_RESULT_UNKNOWN_PHRASE);
    LOOKUP_FAILS("Busy\xc2\xa0Here", 10, SIPSTATUS_RESULT_UNKNOWN_PHRASE);
    LOOKUP_FAILS("\vBusy Here", 10, SIPSTATUS_RESULT_UNKNOWN_PHRASE);
    LOOKUP_FAILS("Busy\xffHere", 9, SIPSTATUS_RESULT_INVALID_UTF8);
    LOOKUP_FAILS("\xc3", 1, SIPSTATUS_RESULT_INVALID_UTF8);
    LOOKUP_FAILS("", 0, SIPSTATUS_RESULT_EMPTY_PHRASE);
    LOOKUP_FAILS(" \t\r\n ", 5, SIPSTATUS_RESULT_EMPTY_PHRASE);
    memset(too_long, 'x', sizeof too_long);
    LOOKUP_FAILS(too_long, sizeof too_long, SIPSTATUS_RESULT_PHRASE_TOO_LONG);

    /* NULL and impossible arguments: nothing is read, *out_code is 0. */
    LOOKUP_FAILS(NULL, 2, SIPSTATUS_RESULT_NULL_ARGUMENT);
    LOOKUP_FAILS(NULL, 0, SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_from_reason_phrase("OK", 2, NULL), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_from_reason_phrase(NULL, 0, NULL), SIPSTATUS_RESULT_NULL_ARGUMENT);
    LOOKUP_FAILS("OK", SIZE_MAX, SIPSTATUS_RESULT_INVALID_ARGUMENT);
    LOOKUP_FAILS("OK", (size_t)PTRDIFF_MAX + 1, SIPSTATUS_RESULT_INVALID_ARGUMENT);
}

static void test_result_text(void)
{
    uint32_t a, b;
    for (a = SIPSTATUS_RESULT_OK; a <= SIPSTATUS_RESULT_PANIC; a++) {
        CHECK(sipstatus_result_text(a) != NULL);
        for (b = 0; b < a; b++) {
            CHECK(strcmp(sipstatus_result_text(a), sipstatus_result_text(b)) != 0);
        }
    }
    CHECK_STR(sipstatus_result_text(SIPSTATUS_RESULT_OK), "success");
    CHECK_STR(sipstatus_result_text(SIPSTATUS_RESULT_END + 1), "unknown sipstatus_result value");
    CHECK_STR(sipstatus_result_text(UINT32_MAX), "unknown sipstatus_result value");
}

static void test_iteration(void)
{
    size_t count = sipstatus_count();
    size_t i;
    unsigned previous = 0;
    unsigned code;

    CHECK(count >= 70);
    for (i = 0; i < count; i++) {
        const sipstatus_entry *entry = sipstatus_entry_at(i);
        uint16_t found = 0;
        CHECK(entry != NULL);
        if (entry == NULL) {
            continue;
        }
        CHECK(entry->code > previous);
        previous = entry->code;
        CHECK(entry->name != NULL && entry->phrase != NULL && entry->reference != NULL);
        CHECK(entry->description_en != NULL && entry->description_de != NULL);
        CHECK(sipstatus_lookup(entry->code) == entry);
        /* The same static strings, whichever way they are reached. */
        CHECK(sipstatus_reason_phrase(entry->code) == entry->phrase);
        CHECK(sipstatus_description(entry->code, "de") == entry->description_de);
        CHECK_INT(entry->status_class, sipstatus_class_of(entry->code));
        CHECK_INT(entry->registry_status, sipstatus_registry_status_of(entry->code));
        CHECK(entry->registry_status != SIPSTATUS_REGISTRY_STATUS_UNKNOWN);
        CHECK(sipstatus_is_known(entry->code));
        CHECK_INT(sipstatus_canonical(entry->code), entry->code);
        /* Every phrase finds a code with that phrase (406 and 606 share one). */
        CHECK_INT(sipstatus_from_reason_phrase(entry->phrase, strlen(entry->phrase), &found),
                  SIPSTATUS_RESULT_OK);
        CHECK_STR(sipstatus_reason_phrase(found), entry->phrase);
    }
    CHECK(sipstatus_entry_at(count) == NULL);
    CHECK(sipstatus_entry_at(SIZE_MAX) == NULL);

    /* lookup agrees with is_known over every number. */
    for (code = 0; code <= UINT16_MAX; code++) {
        int known = sipstatus_lookup((uint16_t)code) != NULL;
        if (known != (int)sipstatus_is_known((uint16_t)code)) {
            CHECK_INT(code, -1);
        }
    }
}

int main(void)
{
    test_constants();
    test_version();
    test_phrases();
    test_descriptions();
    test_classes();
    test_predicates();
    test_canonical();
    test_reverse_lookup();
    test_result_text();
    test_iteration();
    return check_summary("test_api (C)");
}
