#pragma once
// One function per subcommand. Each takes the full argument list with the subcommand removed
// (arguments[0] is still the program), prints its answer and returns the exit code; bad input is
// thrown (UsageError or InputError) and reported by cli::run.

#include <QStringList>

namespace frontier::cli {

int lawsCommand(const QStringList &arguments);
int lossCommand(const QStringList &arguments);
int optimumCommand(const QStringList &arguments);
int batchCommand(const QStringList &arguments);
int fitCommand(const QStringList &arguments);
int speedCommand(const QStringList &arguments);
int planCommand(const QStringList &arguments);
int compareCommand(const QStringList &arguments);
int gpusCommand(const QStringList &arguments);
int offersCommand(const QStringList &arguments);
int regionsCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);
int shapeCommand(const QStringList &arguments);
int runsCommand(const QStringList &arguments);
int inferenceCommand(const QStringList &arguments);
int serveCommand(const QStringList &arguments);

} // namespace frontier::cli
