#pragma once
// Everything the window plans with, built once at start and handed to the document: the published
// laws and any the user fitted, and the hardware, price and carbon catalogues. No process-wide
// singletons behind the window, so a fitted law or a user's own catalogue file joins like the rest.
// The hardware catalogues are held by value: the built-in ones with the user's files merged over them.

#include "model/plan/planner.h"
#include "model/plan/session.h"
#include "model/hardware/usercatalog.h"
#include "data/resourcedata.h"

#include <string>
#include <string_view>
#include <vector>

namespace frontier::ui {

class AppCatalogs
{
public:
    // The embedded resources (throws InputError if one is broken).
    static AppCatalogs fromResources();

    // Published laws first, then fitted ones, in the order they were added.
    std::vector<const Law *> laws() const;
    // Throws InputError with close matches for an unknown id.
    const Law &law(std::string_view id) const;
    // The law of that id, or null: for a caller that has its own words for an unknown one.
    const Law *findLaw(std::string_view id) const;
    bool isFitted(std::string_view id) const;
    // Adds (or replaces) a law the user fitted; its id must not be a published law's.
    void addFittedLaw(Law law);
    void removeFittedLaw(std::string_view id);

    // The catalogues a plan looks things up in (references into this object: rebuilt on each call, so
    // they always show the current merge).
    Catalogs catalogs() const;

    // The user's own catalogue files (model/hardware/usercatalog.h), merged over the built-in ones in
    // order (a later file wins). Each throws InputError naming the file and changes nothing then.
    static UserCatalog readUserCatalog(const std::string &path);
    void addUserCatalog(const std::string &path); // again: read anew and moved last
    void removeUserCatalog(const std::string &path);
    const std::vector<UserCatalog> &userCatalogs() const { return m_user; }
    void setUserCatalogs(std::vector<UserCatalog> files);
    std::vector<std::string> userCatalogPaths() const;
    // Counts the changes of the merged hardware, so a view that caches what it listed knows to refill.
    int hardwareRevision() const { return m_hardwareRevision; }
    // The plausible ranges of every number a person types (resources/limits.json): what the plan,
    // the panels and a session file check against, the same everywhere.
    const InputLimits &limits() const;
    // What a session is checked against: these laws (fitted ones too) and catalogues.
    SessionCatalogs sessionCatalogs() const;

private:
    AppCatalogs(const LawCatalog &laws, Catalogs catalogs);

    const LawCatalog *m_published = nullptr;
    std::vector<Law> m_fitted;
    Catalogs m_builtIn;
    std::vector<UserCatalog> m_user;
    HardwareCatalogs m_hardware;
    int m_hardwareRevision = 0;
};

} // namespace frontier::ui
