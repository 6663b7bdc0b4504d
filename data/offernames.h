#pragma once
// A cloud offer named as people tell offers apart: provider, instance, location and GPUs per
// instance, "Google Cloud a3-highgpu-8g us-central1 ×8". The hardware list, the comparison's undo
// steps and anything else that names an offer to a person say it the same way.

#include <QString>

namespace frontier {
struct CloudOffer;
}

namespace frontier::data {

QString offerName(const CloudOffer &offer);

} // namespace frontier::data
