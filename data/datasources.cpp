#include "data/datasources.h"

#include "data/resourcedata.h"
#include "model/core/jsonfile.h"

namespace frontier::data {

namespace {

QString text(const nlohmann::json &object, const char *key)
{
    return QString::fromStdString(object.at(key).get<std::string>());
}

} // namespace

SourceList parseSourceList(std::string_view text_, std::string_view file)
{
    return readJsonDocument(text_, file, [](const nlohmann::json &document) {
        SourceList list;
        list.frontierLicence = text(document.at("frontier"), "licence");
        for (const auto &group : document.at("groups"))
            list.groups << QString::fromStdString(group.get<std::string>());
        for (const auto &entry : document.at("sources")) {
            DataSource source{text(entry, "id"), text(entry, "group"), text(entry, "citation"),
                              text(entry, "url"), text(entry, "licence"), {}};
            for (const auto &name : entry.at("cited_as"))
                source.citedAs << QString::fromStdString(name.get<std::string>());
            list.sources.append(source);
        }
        return list;
    });
}

const SourceList &sourceList()
{
    static const SourceList list = parseSourceList(readResource(QStringLiteral(":/sources.json")), "sources.json");
    return list;
}

} // namespace frontier::data
