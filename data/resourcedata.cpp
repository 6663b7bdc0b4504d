#include "data/resourcedata.h"

#include "model/core/errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace frontier::data {

std::string readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(message("resource.missing", "missing resource file {path}: {reason}",
                                 {{"path", path.toStdString()}, {"reason", file.errorString().toStdString()}}));
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

const LawCatalog &lawCatalog()
{
    // The law files are small and read now; a data file (the hf2020 study's 800 kB of learning
    // curves) only when the law that names it is first used (see LawCatalog).
    static const LawCatalog catalog = [] {
        std::vector<TextFile> lawFiles;
        const QDir lawsDir(QStringLiteral(":/laws"));
        for (const QString &name : lawsDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (name == QLatin1String("fitting.json"))
                continue; // the fitting procedure, not a law
            lawFiles.push_back({"laws/" + name.toStdString(), readResource(lawsDir.filePath(name))});
        }
        return LawCatalog::fromJsonWithReader(lawFiles, [](const std::string &name) -> std::optional<std::string> {
            const QString path = QStringLiteral(":/data/") + QString::fromStdString(name);
            if (!QFileInfo(path).isFile())
                return std::nullopt;
            return readResource(path);
        });
    }();
    return catalog;
}

const Hf2020SpeedModel &hf2020SpeedModel()
{
    static const Hf2020SpeedModel model =
        Hf2020SpeedModel::fromJson(readResource(QStringLiteral(":/hardware/hf2020_speed.json")));
    return model;
}

const FitProcedure &fitProcedure()
{
    static const FitProcedure procedure =
        FitProcedure::fromJson(readResource(QStringLiteral(":/laws/fitting.json")));
    return procedure;
}

const AcceleratorCatalog &accelerators()
{
    static const AcceleratorCatalog catalog =
        AcceleratorCatalog::fromJson(readResource(QStringLiteral(":/hardware/accelerators.json")));
    return catalog;
}

const OfferCatalog &offers()
{
    static const OfferCatalog catalog = [] {
        auto offers = OfferCatalog::fromJson(readResource(QStringLiteral(":/hardware/cloud_offers.json")));
        offers.checkAccelerators(accelerators());
        return offers;
    }();
    return catalog;
}

const RegionCatalog &regions()
{
    static const RegionCatalog catalog =
        RegionCatalog::fromJson(readResource(QStringLiteral(":/carbon/regions_mlco2.json")),
                                readResource(QStringLiteral(":/carbon/regions_codecarbon.json")),
                                readResource(QStringLiteral(":/carbon/countries.json")));
    return catalog;
}

const OfferRegions &offerRegions()
{
    static const OfferRegions table = OfferRegions::fromJson(readResource(QStringLiteral(":/carbon/offer_regions.json")));
    return table;
}

const PueDefaults &pueDefaults()
{
    static const PueDefaults defaults = PueDefaults::fromJson(readResource(QStringLiteral(":/hardware/pue.json")));
    return defaults;
}

const MemoryConstants &memoryConstants()
{
    static const MemoryConstants constants =
        MemoryConstants::fromJson(readResource(QStringLiteral(":/hardware/memory.json")));
    return constants;
}

const PlanDefaults &planDefaults()
{
    static const PlanDefaults defaults =
        PlanDefaults::fromJson(readResource(QStringLiteral(":/hardware/plan_defaults.json")));
    return defaults;
}

const ServingAssumptions &servingAssumptions()
{
    static const ServingAssumptions assumptions =
        ServingAssumptions::fromJson(readResource(QStringLiteral(":/inference/sardana2024.json")));
    return assumptions;
}

const BatchModel &batchModel()
{
    static const BatchModel model =
        BatchModel::fromJson(readResource(QStringLiteral(":/batch/critical_batch.json")), lawCatalog());
    return model;
}

const InputLimits &inputLimits()
{
    static const InputLimits limits = InputLimits::fromJson(readResource(QStringLiteral(":/limits.json")));
    return limits;
}

const ShapeRules &shapeRules()
{
    static const ShapeRules rules = ShapeRules::fromJson(readResource(QStringLiteral(":/shapes/shapes.json")));
    return rules;
}

const KnownRunCatalog &knownRuns()
{
    static const KnownRunCatalog catalog = KnownRunCatalog::fromJson(readResource(QStringLiteral(":/runs/runs.json")));
    return catalog;
}

Catalogs catalogs()
{
    return {accelerators(), offers(), regions(), pueDefaults(), offerRegions(), hf2020SpeedModel(), planDefaults(),
            memoryConstants(), &inputLimits(), &batchModel(), &shapeRules()};
}

} // namespace frontier::data
