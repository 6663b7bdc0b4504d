// Frontier: with a subcommand it answers on the command line (no display needed); without one it
// opens the window.
#include "ui/application.h"
#include "ui/cli/cli.h"
#include "ui/exportcommand.h"

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
        QCoreApplication::setApplicationVersion(QStringLiteral(FRONTIER_VERSION)); // for --version
        return frontier::cli::run(QCoreApplication::arguments());
    }
    return frontier::ui::runWindow(argc, argv);
}
