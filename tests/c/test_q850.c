/* The Q.850 side of the C ABI as a C99 program sees it: the cause constants,
 * names, classes and descriptions, the mapping profiles, the detailed
 * answers, and NULL or out-of-range arguments. Built with -Wall -Wextra
 * -Wpedantic -Werror, run against the static and the shared library, under
 * valgrind and under ASan/UBSan.
 *
 * q850_constants.inc is made from include/sipstatus.h by mk/q850.mk: one
 * CONSTANT(SIPSTATUS_Q850_X, "X") line per cause constant of the header. */
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
#include "q850_constants.inc"
};
#undef CONSTANT

static void test_constants(void)
{
    size_t i;
    size_t count = sizeof CONSTANTS / sizeof CONSTANTS[0];
    unsigned cause;
    size_t defined = 0;

    CHECK_INT(SIPSTATUS_Q850_USER_BUSY, 17);
    CHECK_INT(SIPSTATUS_Q850_NORMAL_CALL_CLEARING, 16);
    CHECK_INT(SIPSTATUS_Q850_INTERWORKING_UNSPECIFIED, 127);
    CHECK_INT(SIPSTATUS_PROFILE_RFC3398, 0);
    CHECK_INT(SIPSTATUS_PROFILE_ASTERISK, 3);
    /* Every constant names its own cause, and every defined cause has one. */
    for (i = 0; i < count; i++) {
        CHECK_STR(sipstatus_q850_constant_name((uint16_t)CONSTANTS[i].value), CONSTANTS[i].name);
    }
    for (cause = 0; cause <= 255; cause++) {
        defined += sipstatus_q850_name((uint16_t)cause) != NULL;
    }
    CHECK_INT(defined, count);
}

static void test_names_classes_descriptions(void)
{
    CHECK_STR(sipstatus_q850_name(17), "User busy");
    CHECK_STR(sipstatus_q850_name(31), "Normal, unspecified");
    CHECK_STR(sipstatus_q850_reference(17), "ITU-T Q.850 \xc2\xa7" "2.2.7");
    CHECK(sipstatus_q850_name(0) == NULL);
    CHECK(sipstatus_q850_name(45) == NULL);
    CHECK(sipstatus_q850_name(128) == NULL);
    CHECK(sipstatus_q850_name(UINT16_MAX) == NULL);
    CHECK_INT(sipstatus_q850_class(17), SIPSTATUS_CAUSE_CLASS_NORMAL);
    CHECK_INT(sipstatus_q850_class(45), SIPSTATUS_CAUSE_CLASS_RESOURCE_UNAVAILABLE);
    CHECK_INT(sipstatus_q850_class(127), SIPSTATUS_CAUSE_CLASS_INTERWORKING);
    CHECK_INT(sipstatus_q850_class(0), SIPSTATUS_CAUSE_CLASS_INVALID);
    CHECK_INT(sipstatus_q850_class(128), SIPSTATUS_CAUSE_CLASS_INVALID);
    CHECK_STR(sipstatus_q850_class_label(SIPSTATUS_CAUSE_CLASS_PROTOCOL_ERROR), "protocol error");
    CHECK(sipstatus_q850_class_label(SIPSTATUS_CAUSE_CLASS_INVALID) == NULL);
    CHECK(sipstatus_q850_class_label(8) == NULL);
    CHECK_INT(sipstatus_q850_canonical(45), 47);
    CHECK_INT(sipstatus_q850_canonical(17), 17);
    CHECK_INT(sipstatus_q850_canonical(0), 0);
    CHECK(sipstatus_q850_description(17, NULL) != NULL);
    CHECK(sipstatus_q850_description(17, "DE") != NULL);
    CHECK(strcmp(sipstatus_q850_description(17, "en"), sipstatus_q850_description(17, "de")) != 0);
    CHECK(sipstatus_q850_description(17, "fr") == NULL);
    CHECK(sipstatus_q850_description(17, "eng") == NULL);
    CHECK(sipstatus_q850_description(45, "en") == NULL);
}

static void test_mappings(void)
{
    /* RFC 3398 both ways, and its defaults. */
    CHECK_INT(sipstatus_sip_to_q850(SIPSTATUS_BUSY_HERE, SIPSTATUS_PROFILE_RFC3398),
              SIPSTATUS_Q850_USER_BUSY);
    CHECK_INT(sipstatus_sip_to_q850(499, SIPSTATUS_PROFILE_RFC3398), 31);
    CHECK_INT(sipstatus_q850_to_sip(SIPSTATUS_Q850_USER_BUSY, SIPSTATUS_PROFILE_RFC3398), 486);
    CHECK_INT(sipstatus_q850_to_sip(45, SIPSTATUS_PROFILE_RFC3398), 500);
    /* The PBXes as they behave. */
    CHECK_INT(sipstatus_q850_to_sip(21, SIPSTATUS_PROFILE_FREESWITCH), 603);
    CHECK_INT(sipstatus_sip_to_q850(487, SIPSTATUS_PROFILE_FREESWITCH), 487);
    CHECK_INT(sipstatus_q850_to_sip(16, SIPSTATUS_PROFILE_ASTERISK), 603);
    CHECK_INT(sipstatus_sip_to_q850(599, SIPSTATUS_PROFILE_ASTERISK), 34);
    /* Out of range: 0. */
    CHECK_INT(sipstatus_sip_to_q850(99, SIPSTATUS_PROFILE_RFC3398), 0);
    CHECK_INT(sipstatus_sip_to_q850(486, 4), 0);
    CHECK_INT(sipstatus_sip_to_q850(486, UINT32_MAX), 0);
    CHECK_INT(sipstatus_q850_to_sip(0, SIPSTATUS_PROFILE_RFC3398), 0);
    CHECK_INT(sipstatus_q850_to_sip(128, SIPSTATUS_PROFILE_RFC3398), 0);
    CHECK_STR(sipstatus_profile_name(SIPSTATUS_PROFILE_FREESWITCH), "freeswitch");
    CHECK(sipstatus_profile_name(4) == NULL);
}

static void test_detailed_answers(void)
{
    sipstatus_mapping m;

    CHECK_INT(sipstatus_q850_to_sip_ex(21, SIPSTATUS_PROFILE_RFC3398, &m), SIPSTATUS_RESULT_OK);
    CHECK_INT(m.value, 403);
    CHECK_INT(m.alternative, 603);
    CHECK_INT(m.basis, SIPSTATUS_BASIS_ROW);
    CHECK_INT(m.note_kind, SIPSTATUS_NOTE_KIND_FOOTNOTE);
    CHECK_STR(m.note_key, "rfc3398-location-user");
    CHECK(m.note_text != NULL && strstr(m.note_text, "603") != NULL);

    CHECK_INT(sipstatus_sip_to_q850_ex(409, SIPSTATUS_PROFILE_RFC3398, &m), SIPSTATUS_RESULT_OK);
    CHECK_INT(m.value, 31);
    CHECK_INT(m.basis, SIPSTATUS_BASIS_FALLBACK);
    CHECK_INT(m.note_kind, SIPSTATUS_NOTE_KIND_FALLBACK);

    CHECK_INT(sipstatus_sip_to_q850_ex(429, SIPSTATUS_PROFILE_FREESWITCH, &m), SIPSTATUS_RESULT_OK);
    CHECK_INT(m.value, 821);
    CHECK_INT(m.note_kind, SIPSTATUS_NOTE_KIND_QUIRK);

    CHECK_INT(sipstatus_sip_to_q850_ex(486, SIPSTATUS_PROFILE_RFC3398, &m), SIPSTATUS_RESULT_OK);
    CHECK(m.note_key == NULL && m.note_text == NULL);
    CHECK_INT(m.note_kind, SIPSTATUS_NOTE_KIND_NONE);

    /* Failures clear the answer and say why. */
    CHECK_INT(sipstatus_sip_to_q850_ex(486, 7, &m), SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(m.value, 0);
    CHECK_INT(m.basis, SIPSTATUS_BASIS_NONE);
    CHECK(m.note_key == NULL);
    CHECK_INT(sipstatus_sip_to_q850_ex(800, SIPSTATUS_PROFILE_RFC3398, &m),
              SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(sipstatus_q850_to_sip_ex(0, SIPSTATUS_PROFILE_RFC3398, &m),
              SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(sipstatus_q850_to_sip_ex(17, SIPSTATUS_PROFILE_RFC3398, NULL),
              SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(sipstatus_sip_to_q850_ex(486, SIPSTATUS_PROFILE_RFC3398, NULL),
              SIPSTATUS_RESULT_NULL_ARGUMENT);
}

/* RFC 3398 and RFC 4497 differ in four values: 488 and 606 (RFC 4497
 * prints 65 where RFC 3398 reads the Warning header and defaults to 31),
 * cause 26 (only RFC 3398 lists it) and cause 69 (only RFC 4497 does). */
static void test_disagreements(void)
{
    sipstatus_disagreement list[4];
    sipstatus_disagreement few[2];
    size_t count = 99;
    CHECK_INT(sipstatus_q850_disagreements(SIPSTATUS_PROFILE_RFC3398, SIPSTATUS_PROFILE_RFC4497, NULL, 0,
                                           &count),
              SIPSTATUS_RESULT_BUFFER_TOO_SMALL);
    CHECK_INT(count, 4);
    CHECK_INT(sipstatus_q850_disagreements(SIPSTATUS_PROFILE_RFC3398, SIPSTATUS_PROFILE_RFC4497, list, 4,
                                           &count),
              SIPSTATUS_RESULT_OK);
    CHECK_INT(count, 4);
    CHECK_INT(list[0].direction, SIPSTATUS_DIRECTION_SIP_TO_Q850);
    CHECK_INT(list[0].from, 488);
    CHECK_INT(list[0].first.value, 31);
    CHECK_INT(list[0].first.basis, SIPSTATUS_BASIS_FALLBACK);
    CHECK_STR(list[0].first.note_key, "rfc3398-by-warning");
    CHECK_INT(list[0].second.value, 65);
    CHECK_INT(list[0].second.basis, SIPSTATUS_BASIS_ROW);
    CHECK_INT(list[1].from, 606);
    CHECK_INT(list[2].direction, SIPSTATUS_DIRECTION_Q850_TO_SIP);
    CHECK_INT(list[2].from, 26);
    CHECK_INT(list[2].first.value, 404);
    CHECK_INT(list[2].second.value, 500);
    CHECK_INT(list[3].from, 69);
    CHECK_INT(list[3].first.value, 500);
    CHECK_INT(list[3].second.value, 501);
    /* Too small: the first ones are written, the count says how many exist. */
    count = 0;
    CHECK_INT(sipstatus_q850_disagreements(SIPSTATUS_PROFILE_RFC3398, SIPSTATUS_PROFILE_RFC4497, few, 2,
                                           &count),
              SIPSTATUS_RESULT_BUFFER_TOO_SMALL);
    CHECK_INT(count, 4);
    CHECK_INT(few[1].from, 606);
    /* A profile against itself: none. */
    CHECK_INT(sipstatus_q850_disagreements(SIPSTATUS_PROFILE_ASTERISK, SIPSTATUS_PROFILE_ASTERISK, NULL, 0,
                                           &count),
              SIPSTATUS_RESULT_OK);
    CHECK_INT(count, 0);
    /* Bad arguments. */
    CHECK_INT(sipstatus_q850_disagreements(0, 1, list, 4, NULL), SIPSTATUS_RESULT_NULL_ARGUMENT);
    count = 7;
    CHECK_INT(sipstatus_q850_disagreements(0, 1, NULL, 4, &count), SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_INT(count, 0);
    count = 7;
    CHECK_INT(sipstatus_q850_disagreements(0, 4, list, 4, &count), SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(count, 0);
    CHECK_INT(sipstatus_q850_disagreements(UINT32_MAX, 0, list, 4, &count), SIPSTATUS_RESULT_INVALID_ARGUMENT);
    CHECK_INT(sipstatus_q850_disagreements(0, 1, list, SIZE_MAX, &count), SIPSTATUS_RESULT_INVALID_ARGUMENT);
}

int main(void)
{
    test_constants();
    test_names_classes_descriptions();
    test_mappings();
    test_detailed_answers();
    test_disagreements();
    return check_summary("test_q850");
}
