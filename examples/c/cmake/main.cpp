// What a C++ SIP stack does with libsipstatus: write the status line of a
// response, and act on a received one by its class, falling back to the
// canonical code of RFC 3261 section 8.1.3.2 for codes it does not know.
#include <sipstatus.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace {

std::string status_line(std::uint16_t code)
{
    const char *phrase = sipstatus_phrase_or_class(code);
    return "SIP/2.0 " + std::to_string(code) + " " + (phrase != nullptr ? phrase : "Unknown");
}

// The transaction layer's reaction to a received final response.
const char *reaction(std::uint16_t code)
{
    switch (sipstatus_class_of(sipstatus_canonical(code))) {
    case SIPSTATUS_CLASS_PROVISIONAL:
        return "keep waiting";
    case SIPSTATUS_CLASS_SUCCESS:
        return "send ACK, session up";
    case SIPSTATUS_CLASS_REDIRECTION:
        return "retry at the Contact";
    case SIPSTATUS_CLASS_CLIENT_ERROR:
    case SIPSTATUS_CLASS_SERVER_ERROR:
        return "try the next target";
    case SIPSTATUS_CLASS_GLOBAL_FAILURE:
        return "stop trying";
    default:
        return "drop the message";
    }
}

} // namespace

int main()
{
    const std::uint16_t sent[] = {SIPSTATUS_RINGING, SIPSTATUS_OK, SIPSTATUS_BUSY_HERE, 499};
    for (std::uint16_t code : sent) {
        std::printf("%s\n", status_line(code).c_str());
    }

    // The phrase is looked up where it lies in the received status line,
    // without a copy: it need not be NUL-terminated.
    const char received[] = "SIP/2.0 480 Temporarily not available\r\n";
    const char *phrase = received + 12;
    const std::size_t len = sizeof received - 1 - 12 - 2;
    std::uint16_t code = 0;
    sipstatus_result result = sipstatus_from_reason_phrase(phrase, len, &code);
    if (result != SIPSTATUS_RESULT_OK) {
        std::printf("unparsable phrase: %s\n", sipstatus_result_text(result));
        return 1;
    }
    std::printf("received %u (%s): %s\n", static_cast<unsigned>(code), sipstatus_reason_phrase(code),
                reaction(code));
    std::printf("received 493: %s\n", reaction(493));
    std::printf("received 699: %s\n", reaction(699));
    std::printf("libsipstatus %s\n", sipstatus_version());
    return 0;
}
