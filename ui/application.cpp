#include "ui/application.h"

#include "model/core/errors.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
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
        translator = new QTranslator(qApp);
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

int runWindow(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Frontier"));
    QApplication::setOrganizationName(QStringLiteral("Frontier"));
    QApplication::setApplicationVersion(QStringLiteral(FRONTIER_VERSION));
    // The installed .desktop file's id (Wayland matches the window to it) and its icon, from the resource.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.frontier.Frontier"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.frontier.Frontier.svg")));
    // The user's last choice wins; without one, the system locale decides.
    QString language = Settings::language();
    if (language.isEmpty())
        language = QLocale().name() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    setLanguage(language);
    applyTheme(parseTheme(Settings::theme()));
    try {
        // Built once and handed to the window; a fitted law joins them later.
        AppCatalogs catalogs = AppCatalogs::fromResources();
        MainWindow window(catalogs);
        window.show();
        window.sessions()->restoreAtStart(); // after show(): its question has a window to sit on
        return app.exec();
    } catch (const InputError &e) {
        // Only broken embedded data can get here (the catalogue loads before the window shows).
        QMessageBox::critical(nullptr, QObject::tr("Frontier cannot start"), QString::fromStdString(e.what()));
        return 1;
    }
}

} // namespace frontier::ui
