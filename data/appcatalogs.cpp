#include "data/appcatalogs.h"

#include "model/core/errors.h"
#include "data/sessionfile.h"
#include "data/usercatalogfile.h"

#include <algorithm>

namespace frontier::ui {

AppCatalogs::AppCatalogs(const LawCatalog &laws, Catalogs catalogs)
    : m_published(&laws)
    , m_builtIn(catalogs)
    , m_hardware{catalogs.accelerators, catalogs.offers}
{
}

Catalogs AppCatalogs::catalogs() const
{
    return {m_hardware.accelerators, m_hardware.offers, m_builtIn.regions,     m_builtIn.pue,
            m_builtIn.offerRegions,  m_builtIn.hf2020Speed, m_builtIn.defaults, m_builtIn.memory,
            m_builtIn.limits,        m_builtIn.batch,         m_builtIn.shapes};
}

UserCatalog AppCatalogs::readUserCatalog(const std::string &path)
{
    return data::readUserCatalog(QString::fromStdString(path), data::inputLimits());
}

void AppCatalogs::setUserCatalogs(std::vector<UserCatalog> files)
{
    HardwareCatalogs merged = mergeUserCatalogs(m_builtIn.accelerators, m_builtIn.offers, files); // may throw
    m_user = std::move(files);
    m_hardware = std::move(merged);
    ++m_hardwareRevision;
}

void AppCatalogs::addUserCatalog(const std::string &path)
{
    UserCatalog file = readUserCatalog(path);
    std::vector<UserCatalog> files;
    for (const UserCatalog &f : m_user)
        if (f.file != path)
            files.push_back(f);
    files.push_back(std::move(file));
    setUserCatalogs(std::move(files));
}

void AppCatalogs::removeUserCatalog(const std::string &path)
{
    std::vector<UserCatalog> files;
    for (const UserCatalog &f : m_user)
        if (f.file != path)
            files.push_back(f);
    setUserCatalogs(std::move(files)); // throws when another file's offers need this one's chips
}

std::vector<std::string> AppCatalogs::userCatalogPaths() const
{
    std::vector<std::string> paths;
    for (const UserCatalog &f : m_user)
        paths.push_back(f.file);
    return paths;
}

AppCatalogs AppCatalogs::fromResources()
{
    return AppCatalogs(data::lawCatalog(), data::catalogs());
}

std::vector<const Law *> AppCatalogs::laws() const
{
    std::vector<const Law *> out = m_published->laws();
    for (const auto &law : m_fitted)
        out.push_back(&law);
    return out;
}

const Law &AppCatalogs::law(std::string_view id) const
{
    if (const Law *found = findLaw(id))
        return *found;
    return m_published->law(id); // throws with close matches among the published ids
}

const Law *AppCatalogs::findLaw(std::string_view id) const
{
    for (const auto &law : m_fitted)
        if (law.id() == id)
            return &law;
    return m_published->find(id);
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

const InputLimits &AppCatalogs::limits() const
{
    return data::inputLimits();
}

SessionCatalogs AppCatalogs::sessionCatalogs() const
{
    std::vector<std::string> ids = m_published->ids();
    for (const Law &law : m_fitted)
        ids.push_back(law.id());
    // Builds the session's law alone (a published law fitted to data is built on first use).
    SessionCatalogs checks{[this](std::string_view id) -> const Law * {
                               for (const Law &law : m_fitted)
                                   if (law.id() == id)
                                       return &law;
                               return m_published->find(id);
                           },
                           std::move(ids), catalogs(), limits()};
    addViewChecks(checks);
    return checks;
}

} // namespace frontier::ui
