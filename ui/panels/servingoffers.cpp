#include "ui/panels/servingoffers.h"

#include "data/offernames.h"
#include "data/peopleformat.h"
#include "ui/document/plandocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

namespace frontier::ui {

namespace {

const CloudOffer *findOffer(const PlanDocument &document, const std::string &id)
{
    for (const CloudOffer &offer : document.catalogs().catalogs().offers.all())
        if (offer.id == id)
            return &offer;
    return nullptr;
}

} // namespace

bool fillServingOffers(QComboBox *combo, const PlanDocument &document, const std::string &offerId)
{
    const QSignalBlocker block(combo);
    combo->clear();
    const ResolvedSetup &setup = document.setup();
    const CloudOffer *plans = setup.offerId.empty() ? nullptr : findOffer(document, setup.offerId);
    const Catalogs &catalogs = document.catalogs().catalogs();
    // Chips by their names, as the rest of the window names them, not by catalogue ids.
    const auto chip = [&catalogs](const std::string &id) { return QString::fromStdString(catalogs.accelerators.get(id).name); };
    combo->addItem(QCoreApplication::translate("frontier::ui::ServingOffers", "The plan's: %1").arg(plans ? data::offerName(*plans) : chip(setup.gpuId)), QString());
    int current = 0;
    for (const CloudOffer &offer : catalogs.offers.all()) {
        if (!offer.onDemandUsdPerGpuHour)
            continue; // serving is priced on demand
        //: %1 an offer's provider and name, %2 its GPU, %3 its on-demand price
        combo->addItem(QCoreApplication::translate("frontier::ui::ServingOffers", "%1 (%2, $%3/GPU-h)").arg(data::offerName(offer), chip(offer.acceleratorId),
                                                   data::peopleNumber(*offer.onDemandUsdPerGpuHour)),
                       QString::fromStdString(offer.id));
        if (offer.id == offerId)
            current = combo->count() - 1;
    }
    combo->setCurrentIndex(current);
    return current != 0 || offerId.empty();
}

} // namespace frontier::ui
