#pragma once
// The model's messages (model/core/message.h) in the user's language: the code picks a translated
// pattern, the values fill it in. The window and the command line both show model errors and plan
// warnings through here, so a Chinese user never sees the model's English sentences.

#include "model/core/message.h"

#include <QString>

#include <string>
#include <vector>

namespace frontier::data {

// The translated sentence for `message`; a code without a translated pattern falls back to the
// model's English text, so nothing is ever lost, only left untranslated.
QString messageText(const Message &message);

// The untranslated pattern for `code` ("" when the table has none). Tests check that every code the
// model raises has one, with the same placeholders as the model's English.
std::string messagePattern(const std::string &code);
bool hasMessagePattern(const std::string &code);
// Every code of the table.
std::vector<std::string> messageCodes();

} // namespace frontier::data
