#pragma once
// The model's messages (model/core/message.h) in the user's language: the code picks a translated
// pattern, the values fill it in. The window and the command line both show model errors and plan
// warnings through here, so a Chinese user never sees the model's English sentences.

#include "model/core/message.h"

#include <QString>

namespace frontier::data {

// The translated sentence for `message`; a code without a translated pattern falls back to the
// model's English text, so nothing is ever lost, only left untranslated.
QString messageText(const Message &message);

// True when `code` has a pattern in the table (tests check every code the model uses has one).
bool hasMessagePattern(const std::string &code);

} // namespace frontier::data
