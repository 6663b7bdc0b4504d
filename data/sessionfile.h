#pragma once
// Session files on disk (the JSON of model/plan/session.h): the window's File menu and `frontier plan
// --session` read and write them through here. Qt Core only, so the command line links it too.
//
// Reading refuses, before parsing, a path that is missing, not a regular file, or larger than
// limits.json's session_file_bytes. Writing goes through QSaveFile: the new text reaches the path
// only once it is complete, so a failure (no permission, disk full, folder gone) leaves the previous
// file as it was. Every refusal is one translated line naming the path and the reason.

#include "model/plan/session.h"

#include <QDir>
#include <QString>

#include <stdexcept>
#include <string_view>
#include <vector>

namespace frontier::ui {

class SessionFileError : public std::runtime_error
{
public:
    explicit SessionFileError(const QString &text) : std::runtime_error(text.toStdString()), m_text(text) {}
    const QString &text() const { return m_text; } // translated, one line, names the path

private:
    QString m_text;
};

struct LoadedSession
{
    Session session;
    std::vector<Message> notes; // missing keys that took their default, unknown keys ignored
};

// Throws SessionFileError; nothing else is touched.
LoadedSession readSessionFile(const QString &path, const SessionCatalogs &catalogs);
void writeSessionFile(const QString &path, const Session &session);

// The published laws of the embedded resources, as a session is checked against outside the
// window (which adds the laws fitted since it started: AppCatalogs::sessionCatalogs()).
SessionCatalogs publishedSessionCatalogs();
// What the docks' settings in a session are checked against: the serving limits of
// resources/serve/serving.json and the published runs. Both session checkers above use it.
void addViewChecks(SessionCatalogs &catalogs);

// The user's catalogue files a session names (its "user_catalogs"), read before the session itself:
// its offer may be one of theirs, so they join the catalogues it is checked against. A relative path
// is taken from the session's folder. Lenient: a file that cannot be read or parsed gives none here
// (readSessionFile then says why).
std::vector<std::string> sessionUserCatalogPaths(const QString &path);
// The same from a session's text (the last plan, kept in Settings), relative paths from `folder`.
std::vector<std::string> sessionUserCatalogPaths(std::string_view json, const QDir &folder);

} // namespace frontier::ui
