/* Prints the table as the C ABI gives it, in the TSV format that
 * `cargo run -p sipstatus-ffi --example table_tsv` prints from the Rust core;
 * mk/c.mk diffs the two. Section "entry": every row of sipstatus_entry_at.
 * Section "code": what every function says about each number 0..1000.
 * Section "cause": what the Q.850 functions say about each number 0..255.
 * Sections "sip2q850" and "q8502sip": every mapping function for each
 * profile number 0..4 (4 is no profile), code 0..1000 and cause 0..255. */
#include <sipstatus.h>

#include <stdio.h>

/* The registry status as the core names it: checks the C numbering. */
static const char *status_name(uint32_t status)
{
    switch (status) {
    case SIPSTATUS_REGISTRY_STATUS_UNKNOWN:
        return "unknown";
    case SIPSTATUS_REGISTRY_STATUS_REGISTERED:
        return "registered";
    case SIPSTATUS_REGISTRY_STATUS_DEPRECATED:
        return "deprecated";
    case SIPSTATUS_REGISTRY_STATUS_OBSOLETE:
        return "obsolete";
    case SIPSTATUS_REGISTRY_STATUS_NON_STANDARD:
        return "non-standard";
    default:
        return "?";
    }
}

static const char *or_dash(const char *text)
{
    return text != NULL ? text : "-";
}

int main(void)
{
    size_t i;
    unsigned code;
    uint32_t profile;

    for (i = 0; i < sipstatus_count(); i++) {
        const sipstatus_entry *e = sipstatus_entry_at(i);
        printf("entry\t%u\t%s\t%s\t%u\t%s\t%s\t%s\t%s\n", (unsigned)e->code, e->name, e->phrase,
               (unsigned)e->status_class, status_name(e->registry_status), e->reference,
               e->description_en, e->description_de);
    }
    for (code = 0; code <= 1000; code++) {
        uint16_t c = (uint16_t)code;
        printf("code\t%u\t%s\t%s\t%u\t%s\t%u\t%s\t%d%d%d\t%s\t%s\n", code,
               or_dash(sipstatus_reason_phrase(c)), or_dash(sipstatus_phrase_or_class(c)),
               (unsigned)sipstatus_class_of(c), or_dash(sipstatus_class_label(sipstatus_class_of(c))),
               (unsigned)sipstatus_canonical(c), status_name(sipstatus_registry_status_of(c)),
               sipstatus_is_known(c), sipstatus_is_final(c), sipstatus_is_provisional(c),
               or_dash(sipstatus_description(c, "en")), or_dash(sipstatus_description(c, "de")));
    }
    /* Status lines and Reason values written, and the lines parsed back. */
    for (code = 0; code <= 1000; code++) {
        char line[128], reason[128];
        size_t line_len = 0, reason_len = 0;
        sipstatus_status_line parsed;
        unsigned kind = 0;
        if (sipstatus_write_status_line((uint16_t)code, NULL, 0, line, sizeof line, &line_len) !=
            SIPSTATUS_RESULT_OK) {
            printf("wire\t%u\t-\t-\t0\n", code);
            continue;
        }
        if (sipstatus_parse_status_line(line, line_len, SIPSTATUS_PARSE_MODE_STRICT, &parsed) ==
            SIPSTATUS_RESULT_OK) {
            kind = (unsigned)parsed.phrase_kind;
        }
        line[line_len - 2] = '\0'; /* without its CRLF */
        sipstatus_write_reason_sip((uint16_t)code, reason, sizeof reason, &reason_len);
        printf("wire\t%u\t%s\t%s\t%u\n", code, line, reason, kind);
    }
    for (code = 0; code <= 255; code++) {
        uint16_t c = (uint16_t)code;
        printf("cause\t%u\t%s\t%s\t%u\t%s\t%u\t%s\t%s\t%s\n", code, or_dash(sipstatus_q850_name(c)),
               or_dash(sipstatus_q850_constant_name(c)), (unsigned)sipstatus_q850_class(c),
               or_dash(sipstatus_q850_class_label(sipstatus_q850_class(c))),
               (unsigned)sipstatus_q850_canonical(c), or_dash(sipstatus_q850_reference(c)),
               or_dash(sipstatus_q850_description(c, "en")), or_dash(sipstatus_q850_description(c, "de")));
    }
    for (profile = 0; profile <= 4; profile++) {
        for (code = 0; code <= 1000; code++) {
            sipstatus_mapping m;
            unsigned result = (unsigned)sipstatus_sip_to_q850_ex((uint16_t)code, profile, &m);
            printf("sip2q850\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%s\t%s\n", (unsigned)profile, code, result,
                   (unsigned)sipstatus_sip_to_q850((uint16_t)code, profile), (unsigned)m.value,
                   (unsigned)m.basis, (unsigned)m.note_kind, or_dash(m.note_key), or_dash(m.note_text));
        }
        for (code = 0; code <= 255; code++) {
            sipstatus_mapping m;
            unsigned result = (unsigned)sipstatus_q850_to_sip_ex((uint16_t)code, profile, &m);
            printf("q8502sip\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%u\t%s\t%s\n", (unsigned)profile, code,
                   result, (unsigned)sipstatus_q850_to_sip((uint16_t)code, profile), (unsigned)m.value,
                   (unsigned)m.alternative, (unsigned)m.basis, (unsigned)m.note_kind, or_dash(m.note_key),
                   or_dash(m.note_text));
        }
    }
    return ferror(stdout) ? 1 : 0;
}
