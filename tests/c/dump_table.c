/* Prints the table as the C ABI gives it, in the TSV format that
 * `cargo run -p sipstatus-ffi --example table_tsv` prints from the Rust core;
 * mk/c.mk diffs the two. Section "entry": every row of sipstatus_entry_at.
 * Section "code": what every function says about each number 0..1000.
 * Section "rule": every header obligation of each number 0..1000.
 * Section "metric": the RFC 6076 role of each number 0..1000 (0: no final
 * response) in SER, SEER, ISA and IRA, and whether it is a failure response.
 * Section "fork": the best response over pseudo-random lists of codes.
 * Section "cause": what the Q.850 functions say about each number 0..255.
 * Sections "sip2q850" and "q8502sip": every mapping function for each
 * profile number 0..4 (4 is no profile), code 0..1000 and cause 0..255.
 * Sections "disagrees" and "disagree": sipstatus_q850_disagreements for
 * every pair of profile numbers 0..4, asked for the size first. */
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

/* The role as the core names it: checks the C numbering. */
static const char *role_name(sipstatus_metric_role role)
{
    switch (role) {
    case SIPSTATUS_METRIC_ROLE_INVALID:
        return "invalid";
    case SIPSTATUS_METRIC_ROLE_NUMERATOR:
        return "numerator";
    case SIPSTATUS_METRIC_ROLE_DENOMINATOR:
        return "denominator";
    case SIPSTATUS_METRIC_ROLE_EXCLUDED:
        return "excluded";
    case SIPSTATUS_METRIC_ROLE_NOT_COUNTED:
        return "not-counted";
    default:
        return "?";
    }
}

/* The lists of codes of the "fork" section: the same generator as
 * crates/sipstatus-ffi/examples/table_tsv.rs. */
static uint32_t fork_state = 1;

static uint16_t next_code(void)
{
    fork_state = (fork_state * 1103515245u + 12345u) & 0x7fffffffu;
    return (uint16_t)(100u + (fork_state >> 8) % 700u);
}

static void dump_forks(void)
{
    unsigned k;
    for (k = 0; k < 600; k++) {
        uint16_t codes[6];
        size_t len = k % 7, j;
        uint32_t method = k % 3;
        sipstatus_choice choice;
        for (j = 0; j < len; j++) {
            codes[j] = next_code();
        }
        if (sipstatus_best_response(codes, len, method, &choice) != SIPSTATUS_RESULT_OK) {
            printf("fork\t%u\terror\n", k);
            continue;
        }
        printf("fork\t%u\t%u\t", k, (unsigned)method);
        for (j = 0; j < len; j++) {
            printf(j ? ",%u" : "%u", (unsigned)codes[j]);
        }
        if (choice.index == SIZE_MAX) {
            printf("\t%u\t%s\t-", (unsigned)choice.code, sipstatus_fork_rule_name(choice.rule));
        } else {
            printf("\t%u\t%s\t%u", (unsigned)choice.code, sipstatus_fork_rule_name(choice.rule),
                   (unsigned)choice.index);
        }
        printf("\t%d%d%d\n", choice.cancel_pending, choice.aggregate_challenges, choice.generated);
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
    for (code = 0; code <= 1000; code++) {
        size_t n = sipstatus_header_rule_count((uint16_t)code);
        for (i = 0; i < n; i++) {
            const sipstatus_header_rule *r = sipstatus_header_rule_at((uint16_t)code, i);
            printf("rule\t%u\t%u\t%s\t%s\t%u\t%s\t%s\n", code, (unsigned)i, r->header,
                   r->level_name, (unsigned)r->level, r->reference, r->condition);
        }
    }
    for (code = 0; code <= 1000; code++) {
        uint16_t c = (uint16_t)code;
        printf("metric\t%u\t%s\t%s\t%s\t%s\t%d\n", code,
               role_name(sipstatus_metric_role_of(c, SIPSTATUS_METRIC_SER)),
               role_name(sipstatus_metric_role_of(c, SIPSTATUS_METRIC_SEER)),
               role_name(sipstatus_metric_role_of(c, SIPSTATUS_METRIC_ISA)),
               role_name(sipstatus_metric_role_of(c, SIPSTATUS_METRIC_IRA)),
               sipstatus_is_failure_response(c));
    }
    dump_forks();
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
    for (profile = 0; profile <= 4; profile++) {
        static sipstatus_disagreement list[827];
        uint32_t second;
        for (second = 0; second <= 4; second++) {
            size_t count = 0, i;
            unsigned probe = (unsigned)sipstatus_q850_disagreements(profile, second, NULL, 0, &count);
            size_t needed = count;
            unsigned result = (unsigned)sipstatus_q850_disagreements(profile, second, list, 827, &count);
            printf("disagrees\t%u\t%u\t%u\t%lu\t%u\t%lu\n", (unsigned)profile, (unsigned)second, probe,
                   (unsigned long)needed, result, (unsigned long)count);
            for (i = 0; i < count && result == 0; i++) {
                const sipstatus_disagreement *d = &list[i];
                printf("disagree\t%u\t%u\t%lu\t%u\t%u\t%u\t%u\t%u\t%s\t%u\t%u\t%u\t%s\n", (unsigned)profile,
                       (unsigned)second, (unsigned long)i, (unsigned)d->direction, (unsigned)d->from,
                       (unsigned)d->first.value, (unsigned)d->first.alternative, (unsigned)d->first.basis,
                       or_dash(d->first.note_key), (unsigned)d->second.value, (unsigned)d->second.alternative,
                       (unsigned)d->second.basis, or_dash(d->second.note_key));
            }
        }
    }
    return ferror(stdout) ? 1 : 0;
}
