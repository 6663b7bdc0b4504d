#pragma once
// Everything the window plans with, built once at start and handed to the document: the published
// laws and any the user fitted, and the hardware, price and carbon catalogues. No process-wide
// singletons behind the window, so a fitted law (and later a user's own catalogue) joins like the rest.

#include "model/plan/planner.h"
#include "model/plan/session.h"
#include "ui/data/resourcedata.h"

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
    bool isFitted(std::string_view id) const;
    // Adds (or replaces) a law the user fitted; its id must not be a published law's.
    void addFittedLaw(Law law);
    void removeFittedLaw(std::string_view id);

    const Catalogs &catalogs() const { return m_catalogs; }
    // What a session is checked against: these laws (fitted ones too) and catalogues.
    SessionCatalogs sessionCatalogs() const;

private:
    AppCatalogs(const LawCatalog &laws, Catalogs catalogs);

    const LawCatalog *m_published = nullptr;
    std::vector<Law> m_fitted;
    Catalogs m_catalogs;
};

} // namespace frontier::ui
