#include "model/core/message.h"

namespace frontier {

std::string clipValue(std::string_view value, std::size_t most)
{
    std::string out;
    out.reserve(std::min(value.size(), most + 3));
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (out.size() >= most) {
            // Back off to the start of a UTF-8 sequence so the cut never splits a character.
            while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
                out.pop_back();
            if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0)
                out.pop_back();
            return out + "\u2026";
        }
        const auto c = static_cast<unsigned char>(value[i]);
        out += (c < 0x20 || c == 0x7F) ? ' ' : value[i];
    }
    return out;
}

std::string fillPlaceholders(std::string_view pattern, const std::vector<MessageArg> &args)
{
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t open = pattern.find('{', i);
        if (open == std::string_view::npos) {
            out.append(pattern.substr(i));
            break;
        }
        out.append(pattern.substr(i, open - i));
        const std::size_t close = pattern.find('}', open);
        if (close == std::string_view::npos) {
            out.append(pattern.substr(open));
            break;
        }
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        const MessageArg *found = nullptr;
        for (const auto &arg : args)
            if (arg.name == name)
                found = &arg;
        if (found)
            out += found->value;
        else
            out.append(pattern.substr(open, close - open + 1));
        i = close + 1;
    }
    return out;
}

std::string Message::text() const
{
    return fillPlaceholders(english, args);
}

std::string Message::arg(std::string_view name) const
{
    for (const auto &a : args)
        if (a.name == name)
            return a.value;
    return {};
}

Message Message::plain(std::string sentence)
{
    return Message{"text", "{text}", {MessageArg{"text", clipValue(sentence, 500)}}};
}

Message message(std::string code, std::string english, std::vector<MessageArg> args)
{
    for (auto &arg : args)
        arg.value = clipValue(arg.value);
    return Message{std::move(code), std::move(english), std::move(args)};
}

MessageArg quantity(std::string name, std::string word)
{
    return MessageArg{std::move(name), std::move(word), MessageArg::Kind::Quantity};
}

} // namespace frontier
