#pragma once
// What serving a model assumes (resources/serve/serving.json), read once from the embedded file:
// serving MFU, the share of memory weights and KV cache may fill, KV bytes, defaults and limits.
// A header of its own so the catalogues' header (resourcedata.h) stays as it was.

#include "model/serve/serving.h"

namespace frontier::data {

const ServingConstants &servingConstants();

} // namespace frontier::data
