#include "data/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace frontier::ui {

namespace {
QTranslator *g_translator = nullptr;
QTranslator *g_qtTranslator = nullptr;
QString g_language = QStringLiteral("en");
QString g_translationDirectory = QStringLiteral(":/i18n");

// Qt's own words (the standard buttons' OK, Cancel, Save, Discard, the file dialog) come from the Qt
// this program runs on: its translations folder is QLibraryInfo's, in the build tree and installed
// alike (on Debian, package qt6-translations-l10n). Missing, the buttons stay English and nothing
// else changes, so it is no reason to refuse a language.
QTranslator *loadQtTranslator(const QString &language)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral("qtbase_") + language, qtTranslationDirectory()))
        return translator;
    delete translator;
    return nullptr;
}

void replace(QTranslator *&installed, QTranslator *next)
{
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    installed = next;
    if (next)
        QCoreApplication::installTranslator(next);
}
} // namespace

void setTranslationDirectory(const QString &directory)
{
    g_translationDirectory = directory;
}

QString qtTranslationDirectory()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

bool setLanguage(const QString &language)
{
    if (language == g_language)
        return true;
    QTranslator *translator = nullptr;
    if (language != QLatin1String("en")) {
        translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(QStringLiteral("frontier_") + language, g_translationDirectory)) {
            delete translator;
            return false; // the old translators are still installed: nothing changed
        }
    }
    replace(g_qtTranslator, translator ? loadQtTranslator(language) : nullptr);
    replace(g_translator, translator);
    g_language = language;
    return true;
}

QString currentLanguage()
{
    return g_language;
}

bool qtTranslationLoaded()
{
    return g_qtTranslator != nullptr;
}

} // namespace frontier::ui
