#include "data/offernames.h"

#include "model/hardware/offers.h"

#include <QStringList>

namespace frontier::data {

QString offerName(const CloudOffer &offer)
{
    QStringList parts{QString::fromStdString(offer.provider)};
    if (!offer.instance.empty())
        parts << QString::fromStdString(offer.instance);
    if (!offer.location.empty())
        parts << QString::fromStdString(offer.location);
    if (offer.gpusPerInstance)
        parts << QStringLiteral("×%1").arg(*offer.gpusPerInstance);
    return parts.join(QLatin1Char(' '));
}

} // namespace frontier::data
