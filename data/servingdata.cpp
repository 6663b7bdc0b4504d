#include "data/servingdata.h"

#include "data/resourcedata.h"

namespace frontier::data {

const ServingConstants &servingConstants()
{
    static const ServingConstants constants =
        ServingConstants::fromJson(readResource(QStringLiteral(":/serve/serving.json")));
    return constants;
}

} // namespace frontier::data
