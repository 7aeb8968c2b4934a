// The C ABI as a C++11 program sees it: the header compiles as C++ with
// -Wall -Wextra -Wpedantic -Werror, its enums are real C++ enums with a fixed
// underlying type, its constants are constant expressions, and every function
// can be called from many threads at once.
#include <sipstatus.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "check.h"

static_assert(SIPSTATUS_BUSY_HERE == 486, "constants are constant expressions");
static_assert(SIPSTATUS_CLASS_CLIENT_ERROR == 4, "class numbers are the first digit");
static_assert(SIPSTATUS_RESULT_OK == 0, "OK is 0");
static_assert(std::is_same<std::underlying_type<sipstatus_result>::type, std::uint32_t>::value,
              "results are 32-bit in C and C++ alike");
static_assert(std::is_same<decltype(sipstatus_class_of(0)), sipstatus_class>::value,
              "C++ sees the enum type");

namespace {

// A status line as a SIP stack writes it, even for a code the table lacks.
std::string status_line(std::uint16_t code)
{
    const char *phrase = sipstatus_phrase_or_class(code);
    return "SIP/2.0 " + std::to_string(code) + " " + (phrase ? phrase : "Unknown");
}

void test_cpp_surface()
{
    CHECK(status_line(SIPSTATUS_BUSY_HERE) == "SIP/2.0 486 Busy Here");
    CHECK(status_line(499) == "SIP/2.0 499 Client Error");

    sipstatus_class cls = sipstatus_class_of(603);
    CHECK(cls == SIPSTATUS_CLASS_GLOBAL_FAILURE);
    switch (sipstatus_class_of(180)) {
    case SIPSTATUS_CLASS_PROVISIONAL:
        CHECK(true);
        break;
    default:
        CHECK(false);
        break;
    }

    const std::string phrase = "  decline ";
    std::uint16_t code = 0;
    sipstatus_result result = sipstatus_from_reason_phrase(phrase.data(), phrase.size(), &code);
    CHECK(result == SIPSTATUS_RESULT_OK);
    CHECK_INT(code, SIPSTATUS_DECLINE);
    CHECK(sipstatus_from_reason_phrase(nullptr, 0, &code) == SIPSTATUS_RESULT_NULL_ARGUMENT);
    CHECK_STR(sipstatus_result_text(SIPSTATUS_RESULT_NULL_ARGUMENT), "a pointer argument was NULL");

    const sipstatus_entry *entry = sipstatus_lookup(SIPSTATUS_NOT_ACCEPTABLE_ANYWHERE);
    CHECK(entry != nullptr);
    if (entry != nullptr) {
        CHECK_STR(entry->name, "NOT_ACCEPTABLE_ANYWHERE");
        CHECK(entry->status_class == SIPSTATUS_CLASS_GLOBAL_FAILURE);
        CHECK(entry->registry_status == SIPSTATUS_REGISTRY_STATUS_REGISTERED);
    }
}

// Many threads read the table at once; each counts what it found, and every
// thread must find the same.
void test_threads()
{
    const unsigned threads = 8;
    std::vector<unsigned long> found(threads, 0);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; t++) {
        pool.emplace_back([t, &found] {
            unsigned long sum = 0;
            for (int round = 0; round < 20; round++) {
                for (unsigned code = 0; code < 1000; code++) {
                    const char *phrase = sipstatus_reason_phrase(static_cast<std::uint16_t>(code));
                    if (phrase == nullptr) {
                        continue;
                    }
                    std::uint16_t back = 0;
                    if (sipstatus_from_reason_phrase(phrase, std::strlen(phrase), &back) ==
                        SIPSTATUS_RESULT_OK) {
                        sum += back;
                    }
                    sum += sipstatus_canonical(static_cast<std::uint16_t>(code));
                }
            }
            found[t] = sum;
        });
    }
    for (std::thread &thread : pool) {
        thread.join();
    }
    for (unsigned t = 1; t < threads; t++) {
        CHECK(found[t] == found[0]);
    }
    CHECK(found[0] > 0);
}

} // namespace

int main()
{
    test_cpp_surface();
    test_threads();
    return check_summary("test_api (C++)");
}
