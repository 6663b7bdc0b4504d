#include "ui/window/application.h"

#include "data/language.h"

#include "model/core/errors.h"
#include "ui/window/mainwindow.h"
#include "ui/files/sessioncontroller.h"
#include "ui/files/settings.h"
#include "ui/window/theme.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

namespace frontier::ui {

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
    QString language = Settings::language.value();
    if (language.isEmpty())
        language = QLocale().name() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    setLanguage(language);
    applyTheme(parseTheme(Settings::theme.value()));
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
