#pragma once
// The words the model's messages name quantities with, for the translators (context "Quantity").

#include <vector>

namespace frontier::data {

const std::vector<const char *> &quantityWords();

} // namespace frontier::data
