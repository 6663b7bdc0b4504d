// frontier-gui: the window, and the subcommands that draw charts (`export`). The frontier program
// hands these to it; run directly it answers the other subcommands too.
#include "ui/window/application.h"
#include "cli/cli.h"
#include "ui/export/exportcommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (frontier::cli::wantsCommandLine(arguments)) {
        if (frontier::cli::drawsCharts(arguments)) // `export`: the window's charts, offscreen
            return frontier::ui::runDrawingCommand(argc, argv);
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationVersion(QStringLiteral(FRONTIER_VERSION));
        return frontier::cli::run(QCoreApplication::arguments());
    }
    return frontier::ui::runWindow(argc, argv);
}
