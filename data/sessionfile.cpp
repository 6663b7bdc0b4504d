#include "data/sessionfile.h"

#include "model/core/errors.h"
#include "model/core/jsonfile.h"
#include "data/messagetext.h"
#include "data/resourcedata.h"
#include "data/savefile.h"
#include "data/servingdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace frontier::ui {

namespace {

// The texts' context is "SessionFile" (there is no class to carry it): spelled out at each call
// so that lupdate files them under the context they are looked up in.

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

LoadedSession readSessionFile(const QString &path, const SessionCatalogs &catalogs)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw SessionFileError(QCoreApplication::translate("SessionFile", "%1: no such file").arg(shown(path)));
    if (!info.isFile())
        throw SessionFileError(QCoreApplication::translate("SessionFile", "%1: not a regular file").arg(shown(path)));
    const double limit = catalogs.limits.range("session_file_bytes").max;
    if (double(info.size()) > limit)
        throw SessionFileError(QCoreApplication::translate("SessionFile", "%1: %2 bytes; a session file is at most %3 bytes")
                                   .arg(shown(path))
                                   .arg(info.size())
                                   .arg(qint64(limit)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SessionFileError(QCoreApplication::translate("SessionFile", "%1: cannot read: %2").arg(shown(path), file.errorString()));
    const QByteArray bytes = file.read(qint64(limit) + 1); // the file may have grown since
    if (double(bytes.size()) > limit)
        throw SessionFileError(QCoreApplication::translate("SessionFile", "%1: more than %2 bytes; a session file is at most %2 bytes")
                                   .arg(shown(path))
                                   .arg(qint64(limit)));
    LoadedSession loaded;
    try {
        loaded.session = parseSession(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                      catalogs, loaded.notes);
    } catch (const InputError &e) {
        throw SessionFileError(QCoreApplication::translate("SessionFile", "%1: %2").arg(shown(path), data::messageText(e.message())));
    }
    return loaded;
}

void writeSessionFile(const QString &path, const Session &session)
{
    const std::string text = sessionJson(session);
    if (const auto reason = data::writeFileAtomically(path, QByteArray::fromStdString(text)))
        throw SessionFileError(QCoreApplication::translate("SessionFile", "cannot save %1: %2").arg(shown(path), *reason));
}

SessionCatalogs publishedSessionCatalogs()
{
    // Builds the session's law alone: a session on Chinchilla does not refit the hf2020 frontier.
    SessionCatalogs catalogs{[](std::string_view id) { return data::lawCatalog().find(id); },
                             data::lawCatalog().ids(), data::catalogs(), data::inputLimits()};
    addViewChecks(catalogs);
    return catalogs;
}

void addViewChecks(SessionCatalogs &catalogs)
{
    const ServingConstants &c = data::servingConstants();
    catalogs.servingLimits = ServingSettingLimits{c.maxBits, c.maxContext, c.maxBatch, c.maxLossPenalty};
    catalogs.runs = &data::knownRuns();
}

std::vector<std::string> sessionUserCatalogPaths(const QString &path)
{
    const QFileInfo info(path);
    const double limit = data::inputLimits().range("session_file_bytes").max;
    if (!info.isFile() || double(info.size()) > limit)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(qint64(limit) + 1);
    return sessionUserCatalogPaths(std::string_view(bytes.constData(), std::size_t(bytes.size())), info.absoluteDir());
}

std::vector<std::string> sessionUserCatalogPaths(std::string_view json, const QDir &folder)
{
    // A broken or too deeply nested file names no catalogues; parseSession says what is wrong with it.
    struct TooDeep {};
    nlohmann::json document;
    try {
        document = parseJsonWithDepthLimit(json, [] { throw TooDeep{}; });
    } catch (const TooDeep &) {
        return {};
    } catch (const nlohmann::json::exception &) {
        return {};
    }
    if (!document.is_object() || !document.contains("user_catalogs") || !document.at("user_catalogs").is_array())
        return {};
    std::vector<std::string> paths;
    for (const auto &entry : document.at("user_catalogs"))
        if (entry.is_string())
            paths.push_back(
                QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(entry.get<std::string>()))).toStdString());
    return paths;
}

} // namespace frontier::ui
