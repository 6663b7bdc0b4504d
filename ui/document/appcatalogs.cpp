#include "ui/document/appcatalogs.h"

#include "model/core/errors.h"

#include <algorithm>

namespace frontier::ui {

AppCatalogs::AppCatalogs(const LawCatalog &laws, Catalogs catalogs)
    : m_published(&laws)
    , m_catalogs(catalogs)
{
}

AppCatalogs AppCatalogs::fromResources()
{
    return AppCatalogs(data::lawCatalog(), data::catalogs());
}

std::vector<const Law *> AppCatalogs::laws() const
{
    std::vector<const Law *> out;
    for (const auto &law : m_published->laws())
        out.push_back(&law);
    for (const auto &law : m_fitted)
        out.push_back(&law);
    return out;
}

const Law &AppCatalogs::law(std::string_view id) const
{
    for (const auto &law : m_fitted)
        if (law.id() == id)
            return law;
    return m_published->law(id); // throws with close matches among the published ids
}

bool AppCatalogs::isFitted(std::string_view id) const
{
    return std::any_of(m_fitted.begin(), m_fitted.end(), [&](const Law &l) { return l.id() == id; });
}

void AppCatalogs::addFittedLaw(Law law)
{
    const auto ids = m_published->ids();
    if (std::find(ids.begin(), ids.end(), law.id()) != ids.end())
        throw InputError(message("fit.id_taken", "a fitted law cannot take the published id '{id}'", {{"id", law.id()}}));
    removeFittedLaw(law.id());
    m_fitted.push_back(std::move(law));
}

void AppCatalogs::removeFittedLaw(std::string_view id)
{
    m_fitted.erase(std::remove_if(m_fitted.begin(), m_fitted.end(), [&](const Law &l) { return l.id() == id; }),
                   m_fitted.end());
}

SessionCatalogs AppCatalogs::sessionCatalogs() const
{
    std::vector<std::string> ids;
    for (const Law *law : laws())
        ids.push_back(law->id());
    return {[this](std::string_view id) -> const Law * {
                for (const Law *law : laws())
                    if (law->id() == id)
                        return law;
                return nullptr;
            },
            std::move(ids), m_catalogs, data::inputLimits()};
}

} // namespace frontier::ui
