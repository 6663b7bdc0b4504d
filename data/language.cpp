#include "data/language.h"

#include <QCoreApplication>
#include <QTranslator>

namespace frontier::ui {

namespace {
QTranslator *g_translator = nullptr;
QString g_language = QStringLiteral("en");
QString g_translationDirectory = QStringLiteral(":/i18n");
}

void setTranslationDirectory(const QString &directory)
{
    g_translationDirectory = directory;
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
            return false; // the old translator is still installed: nothing changed
        }
    }
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    g_translator = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
    g_language = language;
    return true;
}

QString currentLanguage()
{
    return g_language;
}

} // namespace frontier::ui
