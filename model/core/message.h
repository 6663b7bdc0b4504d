#pragma once
// What the model says to a person — an error, a warning, a note — as a stable code plus its values,
// so that the window and the command line can say it in the user's language. The model also renders
// an English sentence (text()), for logs, tests and JSON; the UI looks the code up in its own
// translated table (data/messagetext.h) and fills in the same values.
//
// Codes are dotted, lower-case and never reused for another meaning ("budget.not_positive"). Values
// are plain text that needs no translation: numbers (already formatted), ids, option names, file
// names. A value that is a word a person reads ("compute", "the loss frontier") is passed as a
// *quantity*: the UI translates it from a fixed list (kind Quantity below).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontier {

struct MessageArg
{
    enum class Kind { Plain, Quantity };
    std::string name;  // the placeholder, without braces: "value" fills {value}
    std::string value; // already formatted
    Kind kind = Kind::Plain;
};

struct Message
{
    std::string code;             // "budget.not_positive"; "text" for a sentence without a code
    std::string english;          // the template, "{what} must be positive, got {value}"
    std::vector<MessageArg> args;

    // The template with every {name} replaced by its value.
    std::string text() const;
    // The value of argument `name`, or "" when absent.
    std::string arg(std::string_view name) const;

    // A sentence with no code of its own, for faults that are not bad input (std::bad_alloc's what()):
    // translated nowhere. Every InputError carries a real code.
    static Message plain(std::string sentence);
};

// Builds a message, each value cut by clipValue: message("budget.not_positive", "{what} must be positive, got {value}",
//                           {quantity("what", "budget"), {"value", "-3"}}).
Message message(std::string code, std::string english, std::vector<MessageArg> args = {});
MessageArg quantity(std::string name, std::string word);

// A value echoed into a message stays one line of sane length: control characters become spaces and
// anything past `most` bytes is cut (on a UTF-8 boundary) and ends in "…".
std::string clipValue(std::string_view value, std::size_t most = 160);

// Fills {name} placeholders of `pattern` from `args` (unknown placeholders stay as they are). The UI
// uses it too, on its translated pattern.
std::string fillPlaceholders(std::string_view pattern, const std::vector<MessageArg> &args);

} // namespace frontier
