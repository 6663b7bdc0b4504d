#pragma once
// The works Frontier's figures come from, each once with its licence, and Frontier's own licence:
// resources/sources.json, which the About box lists (a test checks every source the other resources
// cite is there). Read here rather than in the model: it is credits to show, not science.

#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>

namespace frontier::data {

struct DataSource
{
    QString id;
    QString group;    // "laws", "data" or "figures": the heading it is listed under
    QString citation; // shown as written, in every language (a reference is not translated)
    QString url;      // empty when there is no stable address to give
    QString licence;  // an SPDX identifier, or "facts" for figures quoted from a publication
    QStringList citedAs; // texts by which the resources' source strings name it
};

struct SourceList
{
    QString frontierLicence; // SPDX identifier; empty while the project declares none
    QStringList groups;      // the order of the headings
    QList<DataSource> sources;
};

// Parses the text of a sources file; throws InputError naming `file` when it is malformed.
SourceList parseSourceList(std::string_view text, std::string_view file);
// The embedded resources/sources.json, read once.
const SourceList &sourceList();

} // namespace frontier::data
