/* Linked against a libsipstatus built with the panic-probe feature
 * (`make c-test-panic`): a panic inside an exported function must come back
 * as SIPSTATUS_RESULT_PANIC, never unwind into C or abort the program, and
 * the library must go on answering afterwards. */
#include <sipstatus.h>

#include <stdio.h>
#include <string.h>

/* Exported only by the probe build, so not in the header. */
sipstatus_result sipstatus_panic_probe(void);

int main(void)
{
    int i;
    for (i = 0; i < 3; i++) {
        sipstatus_result result = sipstatus_panic_probe();
        if (result != SIPSTATUS_RESULT_PANIC) {
            fprintf(stderr, "panic probe: got result %u, want SIPSTATUS_RESULT_PANIC\n", (unsigned)result);
            return 1;
        }
    }
    if (strcmp(sipstatus_reason_phrase(486), "Busy Here") != 0) {
        fprintf(stderr, "panic probe: the library no longer answers after a panic\n");
        return 1;
    }
    printf("panic probe: three panics became SIPSTATUS_RESULT_PANIC; the library still answers\n");
    return 0;
}
