#pragma once
// The user's own catalogue files: extra or corrected cloud offers (JSON in the schema of
// resources/hardware/cloud_offers.json, or CSV, docs/user-catalogs.md) and extra accelerators (JSON in the
// schema of resources/hardware/accelerators.json). They go through the same readers as the built-in
// files, so a user's row is validated exactly like ours; merged over the built-in catalogues, a user's
// row with a known id replaces ours, and every user row remembers its file (userFile) so the window
// can say whose figure it is.

#include "model/core/message.h"
#include "model/hardware/accelerators.h"
#include "model/hardware/offers.h"

#include <string>
#include <string_view>
#include <vector>

namespace frontier {

struct UserCatalog
{
    std::string file; // as the user named it; every row's userFile
    AcceleratorCatalog accelerators;
    OfferCatalog offers;
    // Said, not refused: a JSON key no reader knows (a misspelt "usd_per_gpu_hour_ondemand" would
    // otherwise leave the offer silently without that price). The CLI prints them on stderr, the
    // window in its status bar.
    std::vector<Message> notes;
};

// Reads one file's text: CSV offers when `file` ends in .csv (any case), else JSON with an "offers"
// and/or an "accelerators" array. Throws InputError naming the file (and line and column where there
// is one) for anything the built-in readers refuse, a JSON file with neither array, an empty list of
// offers or accelerators, a GPU count that is not a whole number from 1 (CSV and JSON alike), a CSV
// column given twice, or a NUL byte anywhere (named with its byte offset: the text after it would be
// garbage no reader should see).
UserCatalog parseUserCatalog(std::string_view text, std::string_view file);

// The built-in rows in their order with each user row of the same id put in its place, then the user's
// new rows in the user's order.
AcceleratorCatalog merged(const AcceleratorCatalog &builtIn, const AcceleratorCatalog &user);
OfferCatalog merged(const OfferCatalog &builtIn, const OfferCatalog &user);

struct HardwareCatalogs
{
    AcceleratorCatalog accelerators;
    OfferCatalog offers;
};

// Folds the user's files, in order (a later file wins), over the built-in catalogues; then every
// user offer must name a chip of the merged catalogue: throws InputError naming the file, the offer
// and the closest chip ids.
HardwareCatalogs mergeUserCatalogs(const AcceleratorCatalog &builtInAccelerators, const OfferCatalog &builtInOffers,
                                   const std::vector<UserCatalog> &user);

} // namespace frontier
