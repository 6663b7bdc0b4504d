#include "data/runsfile.h"

#include "model/core/errors.h"

#include <QFile>
#include <QFileInfo>

namespace frontier::data {

std::string readRunsFile(const QString &path, const FitInputLimits &limits)
{
    const std::string name = path.toStdString();
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(message("fit.file_not_found", "file not found: {path}", {{"path", name}}));
    if (!info.isFile())
        throw InputError(message("fit.file_not_regular",
                                 "{path} is not a regular file: a fit reads a CSV file", {{"path", name}}));
    requireFitFileSize(static_cast<std::uint64_t>(info.size()), name, limits);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(message("fit.file_unreadable", "cannot read {path}: {reason}",
                                 {{"path", name}, {"reason", file.errorString().toStdString()}}));
    const QByteArray bytes =
        limits.maxFileBytes > 0 ? file.read(static_cast<qint64>(limits.maxFileBytes) + 1) : file.readAll();
    requireFitFileSize(static_cast<std::uint64_t>(bytes.size()), name, limits);
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::vector<Observation> readRuns(const QString &path, const FitInputLimits &limits)
{
    return parseObservationsCsv(readRunsFile(path, limits), path.toStdString(), limits);
}

} // namespace frontier::data
