#pragma once
// The list of serving offers a person picks from, shared by the serving dock and the inference dock:
// first "the plan's" (its own offer, or its GPU at its price), then every catalogue offer with an
// on-demand price (serving is billed by the hour as requests come). Each item's data is the offer's
// id, empty for the plan's.

#include <string>

class QComboBox;

namespace frontier::ui {

class PlanDocument;

// Refills `combo` (its signals blocked) and selects `offerId`. Returns false when `offerId` is not
// in the list any more (a catalogue changed): the plan's is selected then.
bool fillServingOffers(QComboBox *combo, const PlanDocument &document, const std::string &offerId);

} // namespace frontier::ui
