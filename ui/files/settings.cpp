#include "ui/files/settings.h"

#include <QSettings>

namespace frontier::ui {

namespace {
const QString kVersionKey = QStringLiteral("version");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kGeometryKey = QStringLiteral("ui/windowGeometry");
const QString kRecentFilesKey = QStringLiteral("session/recentFiles");
const QString kLastSessionKey = QStringLiteral("session/last");
}

void Settings::migrate()
{
    QSettings settings;
    if (settings.value(kVersionKey, 0).toInt() < kVersion)
        settings.setValue(kVersionKey, kVersion); // version 1 is the first: nothing to carry over yet
}

QString Settings::language()
{
    migrate();
    const QString language = QSettings().value(kLanguageKey).toString();
    return language == QLatin1String("en") || language == QLatin1String("zh_CN") ? language : QString();
}

void Settings::setLanguage(const QString &language)
{
    migrate();
    QSettings().setValue(kLanguageKey, language);
}

QString Settings::theme()
{
    migrate();
    return QSettings().value(kThemeKey, QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString &theme)
{
    migrate();
    QSettings().setValue(kThemeKey, theme);
}

QByteArray Settings::windowGeometry()
{
    migrate();
    return QSettings().value(kGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    migrate();
    QSettings().setValue(kGeometryKey, geometry);
}

QStringList Settings::recentFiles()
{
    migrate();
    return QSettings().value(kRecentFilesKey).toStringList();
}

void Settings::setRecentFiles(const QStringList &paths)
{
    migrate();
    QSettings().setValue(kRecentFilesKey, paths);
}

QString Settings::lastSession()
{
    migrate();
    return QSettings().value(kLastSessionKey).toString();
}

void Settings::setLastSession(const QString &json)
{
    migrate();
    QSettings().setValue(kLastSessionKey, json);
}

} // namespace frontier::ui
