#include "ui/document/sessionfile.h"

#include "model/core/errors.h"
#include "ui/data/messagetext.h"
#include "ui/data/resourcedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace frontier::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionFile", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

LoadedSession readSessionFile(const QString &path, const SessionCatalogs &catalogs)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw SessionFileError(tr("%1: no such file").arg(shown(path)));
    if (!info.isFile())
        throw SessionFileError(tr("%1: not a regular file").arg(shown(path)));
    const double limit = catalogs.limits.range("session_file_bytes").max;
    if (double(info.size()) > limit)
        throw SessionFileError(tr("%1: %2 bytes; a session file is at most %3 bytes")
                                   .arg(shown(path))
                                   .arg(info.size())
                                   .arg(qint64(limit)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SessionFileError(tr("%1: cannot read: %2").arg(shown(path), file.errorString()));
    const QByteArray bytes = file.read(qint64(limit) + 1); // the file may have grown since
    if (double(bytes.size()) > limit)
        throw SessionFileError(tr("%1: more than %2 bytes; a session file is at most %2 bytes")
                                   .arg(shown(path))
                                   .arg(qint64(limit)));
    LoadedSession loaded;
    try {
        loaded.session = parseSession(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                      catalogs, loaded.notes);
    } catch (const InputError &e) {
        throw SessionFileError(tr("%1: %2").arg(shown(path), data::messageText(e.message())));
    }
    return loaded;
}

void writeSessionFile(const QString &path, const Session &session)
{
    const std::string text = sessionJson(session);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw SessionFileError(tr("cannot save %1: %2").arg(shown(path), file.errorString()));
    // A short write is not always an error to QFileDevice (a write cut at a file size limit keeps
    // the bytes that made it): count them, so a truncated session never replaces a whole one.
    const bool written = file.write(text.data(), qint64(text.size())) == qint64(text.size()) && file.flush();
    if (!written || file.size() != qint64(text.size())) {
        const QString reason =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : tr("only %1 of %2 bytes could be written").arg(file.size()).arg(text.size());
        file.cancelWriting();
        throw SessionFileError(tr("cannot save %1: %2").arg(shown(path), reason));
    }
    if (!file.commit())
        throw SessionFileError(tr("cannot save %1: %2").arg(shown(path), file.errorString()));
}

SessionCatalogs publishedSessionCatalogs()
{
    return {[](std::string_view id) -> const Law * {
                for (const auto &law : data::lawCatalog().laws())
                    if (law.id() == id)
                        return &law;
                return nullptr;
            },
            data::lawCatalog().ids(), data::catalogs(), data::inputLimits()};
}

} // namespace frontier::ui
