#include "data/usercatalogfile.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "data/resourcedata.h"

#include <QFile>
#include <QFileInfo>

namespace frontier::data {

namespace {

void requireSize(qint64 bytes, double limit, const std::string &name)
{
    if (double(bytes) > limit)
        throw InputError(message("usercatalog.invalid", "{file}: {reason}",
                                 {{"file", name}, {"reason", "more than " + formatExact(limit) + " bytes; a catalogue file is at most " +
                                                                 formatExact(limit) + " bytes"}}));
}

} // namespace

UserCatalog readUserCatalog(const QString &path, const InputLimits &limits)
{
    const std::string name = path.toStdString();
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(message("usercatalog.file_not_found", "file not found: {path}", {{"path", name}}));
    if (!info.isFile())
        throw InputError(message("usercatalog.invalid", "{file}: {reason}", {{"file", name}, {"reason", "not a regular file"}}));
    const double limit = limits.range("catalog_file_bytes").max;
    requireSize(info.size(), limit, name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(message("usercatalog.file_unreadable", "cannot read {path}: {reason}",
                                 {{"path", name}, {"reason", file.errorString().toStdString()}}));
    const QByteArray bytes = file.read(qint64(limit) + 1); // the file may have grown since
    requireSize(bytes.size(), limit, name);
    return parseUserCatalog(std::string_view(bytes.constData(), std::size_t(bytes.size())), name);
}

} // namespace frontier::data
