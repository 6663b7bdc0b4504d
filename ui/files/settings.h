#pragma once
// Every persistent preference of the window, each declared once with its key, type and default
// (KCalc's .kcfg idea, in plain C++). Widgets never touch QSettings keys themselves. The file carries
// a version number, so a later release can migrate what an older one wrote.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace frontier::ui {

// One preference. value() is the stored value, or the default when there is none (or, with
// `acceptable`, when what is stored is not acceptable); set() stores it. Both first bring an older
// settings file up to Settings::kVersion.
template <typename T>
class Setting
{
public:
    Setting(const char *key, T fallback = T(), bool (*acceptable)(const T &) = nullptr)
        : m_key(key), m_fallback(std::move(fallback)), m_acceptable(acceptable)
    {
    }
    T value() const;
    void set(const T &value) const;

private:
    const char *m_key;
    T m_fallback;
    bool (*m_acceptable)(const T &);
};

struct Settings
{
    // Bumped when a key changes meaning; reading or writing any setting migrates older files.
    static constexpr int kVersion = 1;

    // "en" or "zh_CN"; empty when the user never chose (the system locale decides then).
    static const Setting<QString> language;
    // "system", "light" or "dark".
    static const Setting<QString> theme;
    // The main window's geometry (QWidget::saveGeometry); empty before the first close.
    static const Setting<QByteArray> windowGeometry;
    // Session files opened or saved, newest first (at most SessionController::kMaxRecentFiles).
    static const Setting<QStringList> recentFiles;
    // The plan on show when the window last closed, as session JSON; empty before the first close.
    static const Setting<QString> lastSession;
};

} // namespace frontier::ui
