#pragma once
// What the command-line tests share: running the built frontier as a script would, and the shape of
// a refusal (a non-zero exit, nothing on stdout, one line on stderr naming the problem).

#include "exportchecks.h"
#include "testsupport.h"

#include "model/core/csv.h"
#include "model/core/numbers.h"
#include "model/plan/report.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cmath>
#include <csignal>
#include <sys/resource.h>

namespace frontier::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run runFrontier(const QStringList &arguments, const QProcessEnvironment &extra = {})
{
    QProcess process;
    // No display and a platform plugin that does not exist: a CLI that touched the GUI would abort.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FRONTIER_EXECUTABLE), arguments);
    if (!process.waitForFinished(300000))
        qFatal("frontier %s did not finish", qPrintable(arguments.join(QLatin1Char(' ')).left(200)));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// A bad argument: non-zero exit, nothing on stdout, one line on stderr naming the problem.
inline void expectOneLineError(const Run &run, const QString &message, int exitCode = -1)
{
    if (exitCode >= 0)
        QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("frontier: ")) && err.contains(message), qPrintable(err));
}

inline nlohmann::json jsonOf(const Run &run)
{
    return nlohmann::json::parse(run.out.toStdString());
}

// A compared row's rank as `frontier compare` ranks them before any sort: 0 the model fits in memory,
// 1 the memory is unknown, 2 it does not fit.
inline int fitRankOf(const nlohmann::json &row)
{
    const nlohmann::json &fits = row["fits_in_memory"];
    return fits.is_null() ? 1 : fits.get<bool>() ? 0 : 2;
}

// Whether rows[i - 1] may come before rows[i] in a compare sorted by `key` ascending: a better fit
// rank first, then the key (missing values last).
inline bool rankedInOrder(const nlohmann::json &previous, const nlohmann::json &row, const std::string &key)
{
    if (fitRankOf(previous) != fitRankOf(row))
        return fitRankOf(previous) < fitRankOf(row);
    if (row[key].is_null())
        return true;
    return !previous[key].is_null() && previous[key].get<double>() <= row[key].get<double>();
}

} // namespace frontier::test
