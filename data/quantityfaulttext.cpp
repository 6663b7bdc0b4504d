#include "data/quantityfaulttext.h"

#include <QCoreApplication>

namespace frontier::data {

QString quantityFaultText(QuantityFault fault, const QString &typed)
{
    switch (fault) {
    case QuantityFault::TooLarge:
        return QCoreApplication::translate("Quantity", "'%1' is too large").arg(typed);
    case QuantityFault::TooSmall:
        return QCoreApplication::translate("Quantity", "'%1' is too small").arg(typed);
    case QuantityFault::NotANumber:
        break;
    }
    return QCoreApplication::translate("Quantity", "'%1' is not a number (e.g. 20k, 1.5e21, $20,000)").arg(typed);
}

} // namespace frontier::data
