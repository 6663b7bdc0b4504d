#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>

namespace frontier::test {

std::string referenceText(const std::string &relativePath)
{
    QFile file(QString::fromStdString(std::string(FRONTIER_TEST_DATA_DIR) + "/" + relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open reference file %s", qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

nlohmann::json referenceJson(const std::string &relativePath)
{
    return nlohmann::json::parse(referenceText(relativePath));
}

bool relativelyClose(double actual, double expected, double rel, QString *why)
{
    const bool ok = std::isfinite(actual) && std::abs(actual - expected) <= rel * std::abs(expected);
    if (!ok && why)
        *why = QStringLiteral("got %1, expected %2 (relative error %3, tolerance %4)")
                   .arg(actual, 0, 'g', 12)
                   .arg(expected, 0, 'g', 12)
                   .arg(std::abs(actual - expected) / std::abs(expected), 0, 'g', 3)
                   .arg(rel);
    return ok;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void isolateWindowTest(const QString &applicationName)
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FrontierTest"));
    if (!applicationName.isEmpty())
        QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

Plan modelPlan(const ui::AppCatalogs &catalogs, const PlanInputs &inputs)
{
    const Law law = catalogs.law(inputs.lawId).withOverrides(inputs.overrides);
    const ResolvedSetup setup = resolveSetup(inputs.choices, catalogs.catalogs(), law);
    return makePlan(law, planRequest(inputs), setup, catalogs.catalogs());
}

} // namespace frontier::test
