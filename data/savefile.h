#pragma once
// The one way Frontier replaces a file: sessions, the recovery copy and every export go through it.
//
// The bytes go to a temporary file beside the target (QSaveFile), are flushed and counted, and only
// then take the target's place, so a full disk, a size limit or a vanished folder leaves the old
// file as it was. A target that is not a regular file (a folder, a device, a pipe, or a link to
// one) or that is read-only is refused before anything is written: saving through a link to
// /dev/sda must not replace the device, and a file the user made read-only stays theirs. A file
// that is replaced keeps its permissions.

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontier::data {

// Why `bytes` could not replace the file at `path` (translated, context "SaveFile"; the reason the
// system gave, such as "No space left on device", is part of it), or nothing once they have.
std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace frontier::data
