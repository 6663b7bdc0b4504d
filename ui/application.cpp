#include "ui/application.h"

#include "ui/mainwindow.h"

#include <QApplication>

namespace frontier::ui {

int runWindow(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Frontier"));
    QApplication::setOrganizationName(QStringLiteral("Frontier"));
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace frontier::ui
