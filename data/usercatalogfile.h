#pragma once
// A user's own catalogue file (offers or accelerators, model/hardware/usercatalog.h), read for the
// window and `frontier plan|compare --catalog`. Like a session, it is refused before it is read when it
// is not a regular file or larger than limits.json's catalog_file_bytes, and the read stops one byte
// past that limit for files whose size the system does not know in advance.

#include "model/core/limits.h"
#include "model/hardware/usercatalog.h"

#include <QString>

#include <string>
#include <vector>

namespace frontier::data {

// Throws InputError (usercatalog.file_not_found, .file_not_regular, .file_too_large, .file_unreadable,
// or the parser's) naming the path.
UserCatalog readUserCatalog(const QString &path, const InputLimits &limits);

} // namespace frontier::data
