#pragma once
// What Help > About Frontier says: the version (the CMake project's, as `frontier --version` prints
// it), Frontier's own licence, and every work its figures come from, once each with its licence, read
// from resources/sources.json (data/datasources) rather than written here.

#include <QCoreApplication>
#include <QString>

namespace frontier::data {
struct SourceList;
}

namespace frontier::ui {

class AboutFrontier
{
    Q_DECLARE_TR_FUNCTIONS(AboutFrontier)

public:
    static QString version();
    // The About box's text, as HTML, in the current language (the citations stay as written).
    static QString html(const data::SourceList &sources);
    static QString html();
    // The line that states Frontier's licence, or that none is declared yet.
    static QString licenceText(const QString &spdx);
    // How one source's licence reads: its SPDX id, or that its figures are quoted facts.
    static QString sourceLicenceText(const QString &licence);
    static QString groupTitle(const QString &group);
};

} // namespace frontier::ui
