/* explain: what a SIP status code, or a reason phrase, means.
 *
 *     explain 486
 *     explain "busy here" de
 *
 * Build against an installed libsipstatus:
 *     cc -o explain explain.c $(pkg-config --cflags --libs sipstatus)
 */
#include <sipstatus.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *status_text(sipstatus_registry_status status)
{
    switch (status) {
    case SIPSTATUS_REGISTRY_STATUS_REGISTERED:
        return "registered with IANA";
    case SIPSTATUS_REGISTRY_STATUS_DEPRECATED:
        return "registered, deprecated";
    case SIPSTATUS_REGISTRY_STATUS_OBSOLETE:
        return "obsolete (RFC 2543 only, never registered)";
    case SIPSTATUS_REGISTRY_STATUS_NON_STANDARD:
        return "non-standard (a local stack code, never sent)";
    default:
        return "unknown";
    }
}

/* The code the argument names: a number, or else a reason phrase. */
static int parse_code(const char *arg, uint16_t *code)
{
    char *end;
    unsigned long number;
    sipstatus_result result;

    errno = 0;
    number = strtoul(arg, &end, 10);
    if (end != arg && *end == '\0' && errno == 0) {
        if (number > UINT16_MAX || sipstatus_class_of((uint16_t)number) == SIPSTATUS_CLASS_INVALID) {
            fprintf(stderr, "explain: %s is not a SIP status code (100 to 799)\n", arg);
            return -1;
        }
        *code = (uint16_t)number;
        return 0;
    }
    result = sipstatus_from_reason_phrase(arg, strlen(arg), code);
    if (result != SIPSTATUS_RESULT_OK) {
        fprintf(stderr, "explain: \"%s\": %s\n", arg, sipstatus_result_text(result));
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *lang = argc > 2 ? argv[2] : "en";
    const sipstatus_entry *entry;
    const char *description;
    uint16_t code;

    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: explain CODE|PHRASE [en|de]   (libsipstatus %s)\n",
                sipstatus_version());
        return 2;
    }
    if (parse_code(argv[1], &code) != 0) {
        return 1;
    }
    entry = sipstatus_lookup(code);
    if (entry == NULL) {
        uint16_t canonical = sipstatus_canonical(code);
        printf("%u %s\n", (unsigned)code, sipstatus_phrase_or_class(code));
        printf("not in the table; a user agent treats it as %u %s (RFC 3261 section 8.1.3.2)\n",
               (unsigned)canonical, sipstatus_phrase_or_class(canonical));
        return 0;
    }
    description = sipstatus_description(code, lang);
    if (description == NULL) {
        fprintf(stderr, "explain: unknown language \"%s\": use en or de\n", lang);
        return 2;
    }
    printf("%u %s\n", (unsigned)entry->code, entry->phrase);
    printf("constant:  SIPSTATUS_%s\n", entry->name);
    printf("class:     %s%s\n", sipstatus_class_label(entry->status_class),
           sipstatus_is_final(code) ? " (final)" : "");
    printf("status:    %s\n", status_text(entry->registry_status));
    printf("reference: %s\n\n%s\n", entry->reference, description);
    return 0;
}
