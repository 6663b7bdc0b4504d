#pragma once
// The names of the shipped laws in the reader's language. The names live in resources/laws/*.json;
// they are listed again in lawnames.cpp so that lupdate finds them, and tst_messages checks that
// every shipped law's name is listed. A name that is not listed (a law the user fitted) shows as it is.

#include <QString>

#include <vector>

namespace frontier {
class Law;
}

namespace frontier::data {

const std::vector<const char *> &lawNames();

// The law's name as the reader reads it: "Chinchilla, Approach 3 (unrounded constants)" /
// "Chinchilla，方法 3（未舍入常数）".
QString lawName(const Law &law);

} // namespace frontier::data
