// frontier: with a subcommand it answers on the command line (Qt Core only, no display needed);
// for the window and for `export`, which draw, it becomes frontier-gui (guimain.cpp).
//
// Why two programs: loading Qt Gui, Widgets, Charts and Svg takes about 8 ms of a short command's
// 10 to 15 (measured with hyperfine on a Core-only and a Widgets-linked hello world), so the
// program scripts call links none of them.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace {

// frontier-gui beside this program (the build tree), else where `cmake --install` puts it
// (FRONTIER_GUI_FROM_BINDIR, relative to the bin folder). Returns only if neither could be run.
std::filesystem::path execGui(char **argv)
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path folder = error ? std::filesystem::path(argv[0]).parent_path() : self.parent_path();
    const std::filesystem::path candidates[] = {folder / "frontier-gui",
                                                (folder / FRONTIER_GUI_FROM_BINDIR).lexically_normal()};
    for (const std::filesystem::path &candidate : candidates)
        ::execv(candidate.c_str(), argv); // replaces this process; returns only on failure
    return candidates[1];
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!frontier::cli::wantsCommandLine(arguments) || frontier::cli::drawsCharts(arguments)) {
        const std::filesystem::path tried = execGui(argv);
        QCoreApplication app(argc, argv);
        return frontier::cli::reportMissingGui(QString::fromStdString(tried.string()));
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTIER_VERSION)); // for --version
    return frontier::cli::run(QCoreApplication::arguments());
}
