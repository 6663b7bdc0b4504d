#include "ui/cli/cli.h"
namespace frontier::cli {
bool wantsCommandLine(const QStringList &arguments) { return arguments.size() > 1; }
int run(const QStringList &) { return 2; }
}
