#pragma once
// A user's file of training runs, read for a fit (by `frontier fit` and by File ▸ Import runs…).
// The file is refused before it is read when it is not a regular file (a device such as /dev/zero
// or a pipe never ends) or larger than the fit's limit; the read itself stops one byte past the
// limit too, for files whose size the system does not know in advance (/proc).

#include "model/fit/fit.h"

#include <QString>

#include <string>
#include <vector>

namespace frontier::data {

// The file's text; throws InputError (fit.file_not_found, fit.file_not_regular, fit.file_too_large,
// fit.file_unreadable) naming the path.
std::string readRunsFile(const QString &path, const FitInputLimits &limits);

// readRunsFile, then the model's parser (parseObservationsCsv): a bad cell's InputError names the
// file, the line and the column.
std::vector<Observation> readRuns(const QString &path, const FitInputLimits &limits);

} // namespace frontier::data
