#include "data/knownruntext.h"

#include "data/peopleformat.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace frontier::data {

namespace {

// Two significant digits: the published runs' figures carry about that much.
double twoDigits(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, std::floor(std::log10(value)) - 1);
    return std::round(value / scale) * scale;
}

enum class RatioKind { Fraction, Percent, Times };

RatioKind kindOf(double ratio)
{
    return ratio < 0.5 ? RatioKind::Fraction : ratio < 1 ? RatioKind::Percent : RatioKind::Times;
}

QString figureLine(const QString &what, const QString &value, const RunFigure &figure)
{
    return QCoreApplication::translate("KnownRuns", "%1: %2 (%3)").arg(what, value, QString::fromStdString(figure.source));
}

} // namespace

QString ratioWords(double ratio)
{
    switch (kindOf(ratio)) {
    case RatioKind::Fraction:
        return QStringLiteral("1/") + peopleNumber(twoDigits(1 / ratio));
    case RatioKind::Percent:
        return QCoreApplication::translate("KnownRuns", "%1 %").arg(peopleNumber(twoDigits(100 * ratio)));
    case RatioKind::Times:
        return QCoreApplication::translate("KnownRuns", "%1×").arg(peopleNumber(twoDigits(ratio)));
    }
    return QString();
}

QString comparisonSentence(const KnownRun &run, const RunComparison &comparison)
{
    const QString name = QString::fromStdString(run.name);
    const QString amount = ratioWords(comparison.computeRatio);
    const QString compute = kindOf(comparison.computeRatio) == RatioKind::Times
                                ? QCoreApplication::translate("KnownRuns", "%1 %2's compute").arg(amount, name)
                                : QCoreApplication::translate("KnownRuns", "%1 of %2's compute").arg(amount, name);
    if (!comparison.co2Ratio)
        return QCoreApplication::translate("KnownRuns", "Your plan uses %1.").arg(compute);
    const QString co2Amount = ratioWords(*comparison.co2Ratio);
    const QString co2 = kindOf(*comparison.co2Ratio) == RatioKind::Times ? QCoreApplication::translate("KnownRuns", "%1 its CO2").arg(co2Amount)
                                                                         : QCoreApplication::translate("KnownRuns", "%1 of its CO2").arg(co2Amount);
    return QCoreApplication::translate("KnownRuns", "Your plan uses %1 and %2.").arg(compute, co2);
}

QString comparisonCo2Gap(const KnownRun &run, const RunComparison &comparison)
{
    if (comparison.co2Ratio)
        return QString();
    if (!run.co2T)
        return QCoreApplication::translate("KnownRuns", "%1 has no published CO2 figure.").arg(QString::fromStdString(run.name));
    return QCoreApplication::translate("KnownRuns", "Your plan has no CO2 figure (no grid carbon intensity).");
}

QString runDetails(const KnownRun &run)
{
    const NumberStyle style = numberStyle();
    QStringList lines;
    lines << QString::fromStdString(run.name) + QStringLiteral(" — ") + QString::fromStdString(run.citation);
    if (run.params)
        lines << figureLine(QCoreApplication::translate("KnownRuns", "Parameters"), peopleCount(run.params->value, style), *run.params);
    if (run.tokens)
        lines << figureLine(QCoreApplication::translate("KnownRuns", "Training tokens"), peopleCount(run.tokens->value, style), *run.tokens);
    if (run.flops)
        lines << figureLine(QCoreApplication::translate("KnownRuns", "Training compute"), QCoreApplication::translate("KnownRuns", "%1 FLOPs").arg(peopleNumber(run.flops->value)), *run.flops);
    if (const auto sixNd = run.sixNd())
        lines << QCoreApplication::translate("KnownRuns", "6ND: %1 FLOPs").arg(peopleNumber(*sixNd));
    if (run.accelerator) {
        QString chips = QString::fromStdString(*run.accelerator);
        if (run.chips)
            chips = QCoreApplication::translate("KnownRuns", "%1 × %2").arg(peopleNumber(run.chips->value), chips);
        lines << QCoreApplication::translate("KnownRuns", "Accelerator: %1 (%2)").arg(chips, QString::fromStdString(run.acceleratorSource));
    }
    if (run.gpuHours)
        lines << figureLine(QCoreApplication::translate("KnownRuns", "GPU- or chip-hours"), peopleNumber(run.gpuHours->value), *run.gpuHours);
    if (run.energyMwh)
        lines << figureLine(QCoreApplication::translate("KnownRuns", "Energy"), peopleEnergy(run.energyMwh->value * 1000, style), *run.energyMwh);
    if (run.co2T)
        lines << figureLine(QCoreApplication::translate("KnownRuns", "CO2"), peopleMass(run.co2T->value * 1000, style), *run.co2T)
              << QCoreApplication::translate("KnownRuns", "Counted as: %1").arg(QString::fromStdString(run.co2Basis));
    for (const auto &alt : run.alternatives)
        lines << QCoreApplication::translate("KnownRuns", "Also published: %1 = %2 (%3). %4")
                     .arg(QString::fromStdString(alt.field), peopleNumber(alt.value), QString::fromStdString(alt.source),
                          QString::fromStdString(alt.note));
    QStringList missing;
    for (const auto &[field, why] : run.gaps)
        missing << QString::fromStdString(field);
    if (!missing.isEmpty())
        lines << QCoreApplication::translate("KnownRuns", "Not published or not read in a source: %1").arg(missing.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace frontier::data
