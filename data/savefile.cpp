#include "data/savefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace frontier::data {

namespace {

// The texts' context is "SaveFile" (there is no class to carry it): spelled out at each call so
// that lupdate files them under the context they are looked up in.

// The system's reason; a device error whose text Qt left empty still says which kind it was.
QString reasonOf(const QFileDevice &file)
{
    const QString reason = file.errorString();
    return reason.isEmpty() ? QCoreApplication::translate("SaveFile", "the file could not be written") : reason;
}

// The mode bits; Qt's WriteUser says what access() says, which for root is always yes.
constexpr QFileDevice::Permissions kAnyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;

} // namespace

std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    // QFileInfo follows links: `existing` describes what a link points at.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile())
        return QCoreApplication::translate("SaveFile", "not a regular file (a folder, a device or a pipe); nothing was written");
    if (existing.isSymLink() && !existing.exists())
        return QCoreApplication::translate("SaveFile", "a link to a file that does not exist; nothing was written");
    // By the mode bits, not access(): root may write anywhere, yet a read-only file is the user's "keep".
    if (existing.exists() && (!(existing.permissions() & kAnyWrite) || !existing.isWritable()))
        return QCoreApplication::translate("SaveFile", "the file is read-only; nothing was written");

    // Unbuffered, and written in a loop: Qt keeps the system's reason only for a write that wrote
    // nothing (a short write, or a buffered one flushed at commit, reports "Unknown error" or
    // nothing at all), so the write after a short one is what names "No space left on device".
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return reasonOf(file);
    if (existing.exists())
        file.setPermissions(existing.permissions());
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0) {
            const QString reason = reasonOf(file);
            file.cancelWriting();
            return reason;
        }
        done += written;
    }
    if (!file.commit())
        return reasonOf(file);
    return std::nullopt;
}

} // namespace frontier::data
