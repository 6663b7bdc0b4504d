#pragma once
// Small helpers shared by the tests: reading tests/reference files and relative comparisons.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QtTest>

#include "data/appcatalogs.h"
#include "model/plan/plan.h"
#include "model/plan/planinputs.h"

#include <nlohmann/json.hpp>

#include <string>

namespace frontier::test {

// Text of a file under tests/reference ("chinchilla/fits.json"); fails the test if it is missing.
std::string referenceText(const std::string &relativePath);
nlohmann::json referenceJson(const std::string &relativePath);

// |actual - expected| <= rel * |expected|, with a message naming both values.
bool relativelyClose(double actual, double expected, double rel, QString *why);

// Writes `text` to `name` in `dir` and returns its path; stops the test run if it cannot.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text);
// The bytes of a file; empty when it cannot be read (the caller's checks then fail on it).
QByteArray readFile(const QString &path);

// The start of a test that makes windows: Qt's test folders (never the user's own settings, recent
// files or recovery copy), a test organisation (and `applicationName`, when given), the C locale as
// QLocale's default, and no settings left from an earlier run.
void isolateWindowTest(const QString &applicationName = QString());

// The model's plan for `inputs` (a budget or a fixed job), computed without any window code: the
// law with its overrides, the setup, makePlan. What the document and the window must show.
Plan modelPlan(const ui::AppCatalogs &catalogs, const PlanInputs &inputs);

} // namespace frontier::test

// QVERIFY2-style relative comparison: the tolerance and (in the row name or a comment) the source
// of `expected` are part of every use.
#define FRONTIER_COMPARE_REL(actual, expected, rel)                                                  \
    do {                                                                                             \
        QString why_;                                                                                \
        if (!frontier::test::relativelyClose((actual), (expected), (rel), &why_))                   \
            QFAIL(qPrintable(why_));                                                                 \
    } while (false)

#define FRONTIER_COMPARE_ABS(actual, expected, tol)                                                  \
    do {                                                                                             \
        const double a_ = (actual), e_ = (expected);                                                 \
        if (!(std::abs(a_ - e_) <= (tol)))                                                           \
            QFAIL(qPrintable(QStringLiteral("got %1, expected %2 (abs tolerance %3)")                \
                                 .arg(a_, 0, 'g', 12).arg(e_, 0, 'g', 12).arg(double(tol))));        \
    } while (false)
