#pragma once
// Every persistent preference of the window in one place: key, type and default, with a version
// number so a later release can migrate old files. Widgets never touch QSettings keys themselves.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace frontier::ui {

class Settings
{
public:
    // Bumped when a key changes meaning; load() migrates older files.
    static constexpr int kVersion = 1;

    // "en" or "zh_CN"; empty when the user never chose (the system locale decides then).
    static QString language();
    static void setLanguage(const QString &language);

    // "system", "light" or "dark".
    static QString theme();
    static void setTheme(const QString &theme);

    // The main window's geometry (QWidget::saveGeometry); empty before the first close.
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // Session files opened or saved, newest first (at most SessionController::kMaxRecentFiles).
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &paths);

    // The plan on show when the window last closed, as session JSON; empty before the first close.
    static QString lastSession();
    static void setLastSession(const QString &json);

private:
    static void migrate();
};

} // namespace frontier::ui
