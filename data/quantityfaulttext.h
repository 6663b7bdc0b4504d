#pragma once
// What is wrong with a typed number that did not read (readQuantity's fault), in the user's
// language: one sentence shared by the window's fields, the law table and the command line, each of
// which puts its own field or option name in front.

#include "model/core/quantity.h"

#include <QString>

namespace frontier::data {

// e.g. "'1e999' is too large"; `typed` is echoed as given (the caller shortens it if it must).
QString quantityFaultText(QuantityFault fault, const QString &typed);

} // namespace frontier::data
