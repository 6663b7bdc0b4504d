#pragma once
// `frontier export`: a chart of a plan, or the data behind it, to a file, with no display. It draws
// with Qt Widgets (the window's own chart classes, so the file is the chart the window shows), which
// the command line library does not link; app/main.cpp sends `export` here instead.

#include <QStringList>

namespace frontier::ui {

// The subcommand itself (arguments as cli::run hands them: the program, then the options).
int exportCommand(const QStringList &arguments);

// main() for a subcommand that draws: a QApplication on the offscreen platform (an export never
// needs a screen, and looks the same with or without one), then cli::run with exportCommand.
int runDrawingCommand(int &argc, char **argv);

} // namespace frontier::ui
