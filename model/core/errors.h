#pragma once
// Errors the model reports to whoever called it (the window, the command line, a test).
// Every message names the offending input in words a user can act on.

#include "model/core/message.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

// Bad input: a NaN budget, an unknown law id, a malformed file. Never a bug in Frontier.
// what() is the English sentence; message() carries the code and values the UI translates.
class InputError : public std::runtime_error
{
public:
    explicit InputError(Message message) : std::runtime_error(message.text()), m_message(std::move(message)) {}
    const Message &message() const { return m_message; }

private:
    Message m_message;
};

// Throws InputError unless value is finite and > 0. `what` names the quantity ("parameters").
double requirePositive(double value, std::string_view what);

// Throws InputError unless value is finite (any sign).
double requireFinite(double value, std::string_view what);

// Throws InputError unless value is finite and >= 0 (a price, a carbon intensity).
double requireNonNegative(double value, std::string_view what);

// Up to `most` of `candidates` closest to `key` (edit distance), best first: for "did you mean" hints.
std::vector<std::string> closestMatches(std::string_view key, const std::vector<std::string> &candidates,
                                        std::size_t most = 3);

// "unknown law 'chinchila'; did you mean: hoffmann2022, ...?" — one line, ready to show.
Message unknownIdMessage(std::string_view kind, std::string_view key,
                             const std::vector<std::string> &candidates);

} // namespace frontier
