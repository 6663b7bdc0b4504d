#pragma once
// The headless command line: `frontier SUBCOMMAND ...`. Runs with a QCoreApplication only, so it
// needs no display and no platform plugin. Numbers go out in base units; JSON numbers stay numbers.

#include <QStringList>

namespace frontier::cli {

// True when the arguments ask for a subcommand rather than the window.
bool wantsCommandLine(const QStringList &arguments);

// True for a subcommand that draws charts (`export`): it needs a QGuiApplication, and its code lives
// in the window's library (ui/export/exportcommand.h), which this one does not link.
bool drawsCharts(const QStringList &arguments);

using CommandFunction = int (*)(const QStringList &arguments);

// Runs the subcommand in arguments[1...]; returns the process exit code (0 ok, 1 the question could
// not be answered, 2 a bad or missing argument, an unknown id included). Output goes to stdout,
// one-line errors to stderr; `SUBCOMMAND --help` prints its options to stdout and returns 0.
// `exportCommand` runs `export`; without it `export` is refused.
int run(const QStringList &arguments, CommandFunction exportCommand = nullptr);

// The frontier program could not start frontier-gui (the window and `export`) at `path`: says so on
// stderr, in the user's language, and returns the exit code (1).
int reportMissingGui(const QString &path);

} // namespace frontier::cli
