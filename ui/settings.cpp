#include "ui/settings.h"

#include <QSettings>

namespace frontier::ui {

namespace {
const QString kVersionKey = QStringLiteral("version");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("ui/windowGeometry");
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

} // namespace frontier::ui
