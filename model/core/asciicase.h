#pragma once
// Case folding for ids, column names and file suffixes: ASCII only, whatever the locale.
// std::tolower/std::toupper follow the C locale, and Qt sets it from the environment: in tr_TR
// 'I' lowers to dotless 'ı' and 'i' uppers to 'İ', neither of which fits in a char, so the
// standard functions hand back the letter unchanged and "--country ind" would not find IND.

#include <string>
#include <string_view>

namespace frontier {

constexpr char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

constexpr char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}

inline std::string asciiLowercase(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = asciiLower(c);
    return out;
}

inline std::string asciiUppercase(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = asciiUpper(c);
    return out;
}

} // namespace frontier
