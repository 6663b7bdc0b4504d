#include "ui/files/settings.h"

#include <QSettings>

namespace frontier::ui {

namespace {

// Version 1 is the first: nothing to carry over yet, only the number to write.
void migrate(QSettings &settings)
{
    if (settings.value(QStringLiteral("version"), 0).toInt() < Settings::kVersion)
        settings.setValue(QStringLiteral("version"), Settings::kVersion);
}

bool isLanguage(const QString &language)
{
    return language == QLatin1String("en") || language == QLatin1String("zh_CN");
}

} // namespace

template <typename T>
T Setting<T>::value() const
{
    QSettings settings;
    migrate(settings);
    const QVariant stored = settings.value(QLatin1String(m_key));
    if (!stored.isValid())
        return m_fallback;
    T value = stored.value<T>();
    return m_acceptable && !m_acceptable(value) ? m_fallback : value;
}

template <typename T>
void Setting<T>::set(const T &value) const
{
    QSettings settings;
    migrate(settings);
    settings.setValue(QLatin1String(m_key), value);
}

template class Setting<QString>;
template class Setting<QByteArray>;
template class Setting<QStringList>;

const Setting<QString> Settings::language("ui/language", QString(), isLanguage);
const Setting<QString> Settings::theme("ui/theme", QStringLiteral("system"));
const Setting<QByteArray> Settings::windowGeometry("ui/windowGeometry");
const Setting<QStringList> Settings::recentFiles("session/recentFiles");
const Setting<QString> Settings::lastSession("session/last");

} // namespace frontier::ui
