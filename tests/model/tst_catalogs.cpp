// The hardware, cloud-offer and grid-carbon catalogues: real figures against tests/reference, the
// provenance every entry must carry, and the errors a user sees for a typo or a broken file.
#include "testsupport.h"

#include "model/cost/carbon.h"
#include "model/core/asciicase.h"
#include "model/core/csv.h"
#include "model/fit/fit.h"
#include "model/core/errors.h"
#include "model/core/units.h"
#include "model/hardware/accelerators.h"
#include "model/hardware/memory.h"
#include "model/hardware/offers.h"
#include "data/messagetext.h"
#include "data/resourcedata.h"

#include <algorithm>
#include <clocale>
#include <locale>
#include <functional>
#include <set>

using namespace frontier;

class TestCatalogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceleratorPeaks_data();
    void acceleratorPeaks();
    void acceleratorsMatchEpochExtract();
    void acceleratorsCoverEpochChipDataset();
    void acceleratorFiguresAreEpochsOrFilled();
    void acceleratorFields();
    void knowableValuesFilled_data();
    void knowableValuesFilled();
    void precisionsChipsHave_data();
    void precisionsChipsHave();
    void defaultPrecision_data();
    void defaultPrecision();
    void chipWithoutPeaks();
    void hf2020Links();
    void precisionNames();
    void missingPrecision_data();
    void missingPrecision();
    void offerPrices_data();
    void offerPrices();
    void offersMatchEpochExtract();
    void offersPointAtTheChipTheySell_data();
    void offersPointAtTheChipTheySell();
    void offersOfNewChips();
    void offersAreEpochRows();
    void offerProvenance();
    void regionIntensity_data();
    void regionIntensity();
    void datasetsDisagree();
    void countriesMatchCodeCarbon();
    void pueDefaults_data();
    void pueDefaults();
    void unknownIds_data();
    void unknownIds();
    void longUnknownIdGetsNoSuggestion_data();
    void longUnknownIdGetsNoSuggestion();
    void suggestionsSkipOnlyHopelessCandidates();
    void caseFoldingIgnoresTheLocale();
    void brokenFiles_data();
    void brokenFiles();
    void hardwareMessagesHaveCodes();
    void everyCatalogueNamesItsFileWhenMalformed_data();
    void everyCatalogueNamesItsFileWhenMalformed();
};

void TestCatalogs::acceleratorPeaks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<double>("expected");
    // Epoch chip database @263c40a (dense figures), via tests/reference/epoch-hardware/gpu_specs_extract.json.
    QTest::newRow("h100-sxm bf16 dense 989.4 TFLOPS, not the 1979 sparse") << "h100-sxm" << "bf16" << 9.894e14;
    QTest::newRow("h100-sxm tf32 dense 494.7 TFLOPS") << "h100-sxm" << "tf32" << 4.947e14;
    QTest::newRow("h100-sxm fp16 is the tensor figure, not 133.8 non-tensor") << "h100-sxm" << "fp16" << 9.894e14;
    QTest::newRow("h100-sxm fp8 gap fill: half the 3958 sparse") << "h100-sxm" << "fp8" << 1.979e15;
    QTest::newRow("a100-sxm4-80gb bf16 312 TFLOPS") << "a100-sxm4-80gb" << "bf16" << 3.12e14;
    QTest::newRow("v100-sxm2-16gb fp16 tensor 125 TFLOPS") << "v100-sxm2-16gb" << "fp16" << 1.25e14;
    QTest::newRow("t4 fp16 65.13 TFLOPS from Epoch's fp16 column") << "t4" << "fp16" << 6.513e13;
    QTest::newRow("mi300x bf16 1307.4 TFLOPS") << "mi300x" << "bf16" << 1.3074e15;
    QTest::newRow("b200 fp8 4.5 PFLOPS (in Epoch)") << "b200" << "FP8" << 4.5e15;
    QTest::newRow("tpu-v5e bf16 197 TFLOPS") << "tpu-v5e" << "bf16" << 1.97e14;
    QTest::newRow("k80 fp32 per die: Epoch board 8.126 TFLOPS / 2 dies (mlco2 gpus.csv 'Tesla K80': 4.113)") << "k80" << "fp32" << 4.063e12;
    // Chips added from Epoch's chip dataset (chip_dataset_grid_view.csv @263c40a, column Tensor-FP16/BF16).
    QTest::newRow("gb200 bf16 2.5 PFLOPS per GPU (Epoch 'NVIDIA GB200 NVL2')") << "gb200" << "bf16" << 2.5e15;
    QTest::newRow("gh200 bf16 989.5 TFLOPS (Epoch 'NVIDIA GH200')") << "gh200" << "bf16" << 9.895e14;
    QTest::newRow("h20 bf16 148 TFLOPS (Epoch 'NVIDIA HGX H20')") << "h20" << "bf16" << 1.48e14;
    QTest::newRow("h800 bf16 989 TFLOPS (Epoch 'NVIDIA H800 SXM5')") << "h800-sxm" << "bf16" << 9.89e14;
    QTest::newRow("l40 bf16 181 TFLOPS (Epoch 'NVIDIA L40')") << "l40" << "bf16" << 1.81e14;
    QTest::newRow("a40 tf32 74.8 TFLOPS (Epoch 'NVIDIA A40 PCIe')") << "a40" << "tf32" << 7.48e13;
    QTest::newRow("a30 bf16 165 TFLOPS (Epoch 'NVIDIA A30 PCIe')") << "a30" << "bf16" << 1.65e14;
    QTest::newRow("mi300a bf16 980.6 TFLOPS (Epoch 'AMD Instinct MI300A')") << "mi300a" << "bf16" << 9.806e14;
    QTest::newRow("gaudi2 fp8 865 TFLOPS (Epoch 'Intel Habana Gaudi2')") << "gaudi2" << "fp8" << 8.65e14;
    QTest::newRow("gaudi3 bf16 1678 TFLOPS (Epoch 'Intel Habana Gaudi3')") << "gaudi3" << "bf16" << 1.678e15;
    QTest::newRow("trainium1 bf16 190 TFLOPS (Epoch 'Amazon Trainium1')") << "trainium1" << "bf16" << 1.9e14;
    QTest::newRow("trainium2 fp8 1299 TFLOPS (Epoch 'Amazon Trainium2')") << "trainium2" << "fp8" << 1.299e15;
    QTest::newRow("inferentia2 bf16 190 TFLOPS (Epoch 'AWS Inferentia2')") << "inferentia2" << "bf16" << 1.9e14;
    QTest::newRow("tpu-v3 bf16 123 TFLOPS (Epoch 'Google TPU v3')") << "tpu-v3" << "bf16" << 1.23e14;
}

void TestCatalogs::acceleratorPeaks()
{
    QFETCH(QString, id);
    QFETCH(QString, precision);
    QFETCH(double, expected);
    const auto &chip = data::accelerators().get(id.toStdString());
    FRONTIER_COMPARE_REL(chip.peak(parsePrecision(precision.toStdString())), expected, 1e-12);
}

namespace {

// The Epoch row an entry was read from: its source ends "row '<Hardware name>' (...)".
std::string epochRow(const Accelerator &a)
{
    const auto at = a.source.find("row '");
    if (at == std::string::npos)
        return {};
    const auto end = a.source.find('\'', at + 5);
    return a.source.substr(at + 5, end - at - 5);
}

// The tensor peak an entry shows for Epoch's one Tensor-FP16/BF16 column: bf16 where the chip has
// it, fp16 where it has only that (Volta, Turing).
double tensorPeak(const Accelerator &a)
{
    return a.hasPeak(Precision::BF16) ? a.peak(Precision::BF16) : a.peak(Precision::FP16);
}

// Epoch's chip dataset. One unquoted name cell of the snapshot ends in a stray carriage return
// ('NVIDIA GeForce RTX 2080 Ti Founders Edition\r', line 1014), which splits its row; it is removed first.
CsvTable epochChipTable()
{
    std::string text = test::referenceText("epoch-hardware/chip_dataset_grid_view.csv");
    const std::string stray = "Founders Edition\r,";
    const auto at = text.find(stray);
    if (at != std::string::npos)
        text.erase(at + stray.size() - 2, 1);
    return parseCsv(text, "chip_dataset_grid_view.csv");
}

} // namespace

void TestCatalogs::acceleratorsMatchEpochExtract()
{
    // Every chip of the 25-chip extract is in the catalogue (by its Epoch row; names may be corrected),
    // and its tensor peak is tensor_fp16_bf16_flops (or the labelled gap fill), never the non-tensor
    // fp16_flops column.
    const auto extract = test::referenceJson("epoch-hardware/gpu_specs_extract.json");
    const auto &catalog = data::accelerators();
    QCOMPARE(extract.at("accelerators").size(), std::size_t(25));
    for (const auto &row : extract.at("accelerators")) {
        const auto name = row.at("epoch_hardware_name").get<std::string>();
        const auto it = std::find_if(catalog.all().begin(), catalog.all().end(),
                                     [&](const Accelerator &a) { return epochRow(a) == name; });
        QVERIFY2(it != catalog.all().end(), name.c_str());
        auto tensor = row.at("tensor_fp16_bf16_flops");
        if (row.at("gap_fills").contains("tensor_fp16_bf16_flops"))
            tensor = row.at("gap_fills").at("tensor_fp16_bf16_flops").at("value");
        if (!tensor.is_null())
            FRONTIER_COMPARE_REL(tensorPeak(*it), tensor.get<double>(), 1e-12);
        else if (it->hasPeak(Precision::BF16)) // only with a labelled fill (H100 NVL: Epoch's FP16 column)
            QVERIFY2(it->gapFillSources.count("bf16"), name.c_str());
        if (!row.at("tdp_w").is_null() && !it->gapFillSources.count("tdp_w"))
            FRONTIER_COMPARE_REL(*it->tdpW, row.at("tdp_w").get<double>(), 1e-12);
    }
}

void TestCatalogs::acceleratorsCoverEpochChipDataset()
{
    // Every accelerator of Epoch's chip dataset released since 2017 with a Tensor-FP16/BF16 peak is in
    // the catalogue with that peak, except the four rows that name no single product (notes of
    // accelerators.json).
    const CsvTable table = epochChipTable();
    const int nameColumn = table.column("Hardware name");
    const int dateColumn = table.column("Release date");
    const int tensorColumn = table.column("Tensor-FP16/BF16 performance (FLOP/s)");
    QVERIFY(nameColumn >= 0 && dateColumn >= 0 && tensorColumn >= 0);
    const std::set<std::string> notProducts{"NVIDIA V100", "NVIDIA A100", "NVIDIA Tesla V100 SXM2", "NVIDIA GH100"};
    const auto &catalog = data::accelerators();
    std::size_t covered = 0;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto &row = table.rows[i];
        if (row[dateColumn] < "2017" || row[tensorColumn].empty() || notProducts.count(row[nameColumn]))
            continue;
        const double tensor = parseNumberCell(row[tensorColumn], "chip dataset", table.rowLines[i], "tensor");
        bool found = false;
        for (const auto &a : catalog.all()) {
            if (epochRow(a) != row[nameColumn])
                continue;
            found = true;
            FRONTIER_COMPARE_REL(tensorPeak(a), tensor, 1e-12);
        }
        QVERIFY2(found, row[nameColumn].c_str());
        ++covered;
    }
    QCOMPARE(covered, std::size_t(55)); // 59 rows since 2017 with a tensor peak, less the 4 above
}

void TestCatalogs::acceleratorFiguresAreEpochsOrFilled()
{
    // Every figure an entry shows is its Epoch row's (memory read as GiB), or a labelled gap fill.
    const CsvTable table = epochChipTable();
    std::map<std::string, std::size_t> rowOf;
    for (std::size_t i = 0; i < table.rows.size(); ++i)
        rowOf[table.rows[i][table.column("Hardware name")]] = i;
    for (const auto &a : data::accelerators().all()) {
        QVERIFY2(rowOf.count(epochRow(a)), a.id.c_str());
        const auto &row = table.rows[rowOf.at(epochRow(a))];
        const auto check = [&](const std::string &field, std::optional<double> shown, const char *column, double scale) {
            if (!shown || a.gapFillSources.count(field))
                return;
            const std::string &cell = row[table.column(column)];
            QVERIFY2(!cell.empty(), qPrintable(QString::fromStdString(a.id + " shows " + field + " that Epoch lacks, unlabelled")));
            FRONTIER_COMPARE_REL(*shown, parseNumberCell(cell, "chip dataset", 0, column) * scale, 1e-12);
        };
        const auto peak = [&](Precision p) { return a.hasPeak(p) ? std::optional(a.peak(p)) : std::nullopt; };
        check("fp32", peak(Precision::FP32), "FP32 (single precision) performance (FLOP/s)", 1);
        check("tf32", peak(Precision::TF32), "TF32 (TensorFloat-32) performance (FLOP/s)", 1);
        check("bf16", peak(Precision::BF16), "Tensor-FP16/BF16 performance (FLOP/s)", 1);
        check("fp16", peak(Precision::FP16), "Tensor-FP16/BF16 performance (FLOP/s)", 1);
        check("fp8", peak(Precision::FP8), "FP8 performance (FLOP/s)", 1);
        check("memory_gib", a.memoryBytes, "Memory size per board (Byte)", units::kBytesPerGib / 1e9);
        check("memory_bandwidth_bytes_per_s", a.memoryBandwidthBytesPerSecond, "Memory bandwidth (byte/s)", 1);
        check("tdp_w", a.tdpW, "TDP (W)", 1);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestCatalogs::acceleratorFields()
{
    const auto &catalog = data::accelerators();
    const auto &a100 = catalog.get("a100-sxm4-80gb");
    QCOMPARE(*a100.tdpW, 400.0);          // Epoch row 'NVIDIA A100 SXM4 80 GB'
    QCOMPARE(*a100.memoryBytes, 80 * units::kBytesPerGib); // "80 GB" HBM is 80 GiB (units.memory_gib)
    QCOMPARE(a100.releaseDate, std::string("2020-11-16"));
    const auto &h200 = catalog.get("h200-sxm");
    QCOMPARE(*h200.memoryBytes, 141 * units::kBytesPerGib); // a gap fill: it must say where it came from
    QVERIFY(h200.gapFillSources.count("memory_gib"));
    QVERIFY(!catalog.get("gh200").memoryBytes); // Epoch has none and nobody filled it: absent, not 0

    std::set<std::string> ids;
    for (const auto &a : catalog.all()) {
        QVERIFY2(ids.insert(a.id).second, a.id.c_str());
        // People read a citation; the commit it was read at stays with the developers.
        QVERIFY2(a.provenance.find("263c40a159307e917213d1dc433c617e47d55bfe") != std::string::npos, a.id.c_str());
        QVERIFY2(a.source.rfind("Epoch AI, Machine Learning Hardware data", 0) == 0, a.source.c_str());
        for (const auto &[field, source] : a.gapFillSources)
            QVERIFY2(!source.empty(), (a.id + " " + field).c_str());
        // Ids are what users type: short, lowercase, no spaces.
        QVERIFY2(std::none_of(a.id.begin(), a.id.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == ' '; }),
                 a.id.c_str());
    }
}

void TestCatalogs::knowableValuesFilled_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("expected");
    const double gib = units::kBytesPerGib;
    QTest::newRow("v100-sxm2-16gb 16 GB: in its name; mlco2 gpus.csv 'Tesla V100-SXM2-16GB' memory 16") << "v100-sxm2-16gb" << "memory" << 16 * gib;
    QTest::newRow("p100-pcie-16gb 16 GB: in its name; mlco2 gpus.csv 'Tesla P100' memory 16") << "p100-pcie-16gb" << "memory" << 16 * gib;
    QTest::newRow("b200 180 GB per GPU: NVIDIA DGX B200 User Guide, 1,440 GB over 8 GPUs; not the 192 GB package") << "b200" << "memory" << 180 * gib;
    QTest::newRow("k80 12 GB per die: GCP offer 'K80 (12 GB)', mlco2 gpus.csv 'Tesla K80' memory 12") << "k80" << "memory" << 12 * gib;
    QTest::newRow("k80 150 W per die: Epoch board 300 W / 2") << "k80" << "tdp" << 150.0;
    QTest::newRow("gb200 192 GB per GPU: Epoch 'GB200 NVL2' board 384 GB / 2") << "gb200" << "memory" << 192 * gib;
    QTest::newRow("a100-pcie-40gb 250 W: mlco2 gpus.csv 'A100 PCIe 40/80GB'") << "a100-pcie-40gb" << "tdp" << 250.0;
    QTest::newRow("a100-pcie-80gb 300 W: Epoch 'NVIDIA A100 PCIe'") << "a100-pcie-80gb" << "tdp" << 300.0;
    QTest::newRow("l40s 864 GB/s: L40S datasheet; Epoch 'NVIDIA L40' (same board) 8.64e11") << "l40s" << "bandwidth" << 864e9;
    QTest::newRow("h100-nvl bf16 835.5 TFLOPS dense: Epoch 'NVIDIA H100 NVL' FP16 column") << "h100-nvl" << "bf16" << 8.355e14;
    QTest::newRow("h100-nvl tf32 417.5 dense: mlco2 'H100 NVL' 835 is with sparsity") << "h100-nvl" << "tf32" << 4.175e14;
}

void TestCatalogs::knowableValuesFilled()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(double, expected);
    const auto &a = data::accelerators().get(id.toStdString());
    const std::map<QString, std::optional<double>> fields{
        {QStringLiteral("memory"), a.memoryBytes},
        {QStringLiteral("tdp"), a.tdpW},
        {QStringLiteral("bandwidth"), a.memoryBandwidthBytesPerSecond},
        {QStringLiteral("bf16"), a.hasPeak(Precision::BF16) ? std::optional(a.peak(Precision::BF16)) : std::nullopt},
        {QStringLiteral("tf32"), a.hasPeak(Precision::TF32) ? std::optional(a.peak(Precision::TF32)) : std::nullopt},
    };
    const auto value = fields.at(field);
    QVERIFY2(value.has_value(), qPrintable(id + " " + field));
    FRONTIER_COMPARE_REL(*value, expected, 1e-12);
    QVERIFY2(!a.gapFillSources.empty(), qPrintable(id)); // a value Epoch lacks names its own source
}

void TestCatalogs::precisionsChipsHave_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("has");
    QTest::addColumn<QString>("lacks");
    QTest::newRow("V100 lists fp16 and no bf16 - Epoch row 'NVIDIA Tesla V100 SXM2 16 GB'") << "v100-sxm2-16gb" << "fp32,fp16" << "bf16,tf32";
    QTest::newRow("V100 SXM2 32 GB: fp16, no bf16 (Volta)") << "v100-sxm2-32gb" << "fp16" << "bf16,tf32";
    QTest::newRow("V100 PCIe 16 GB: fp16, no bf16 (Volta)") << "v100-pcie-16gb" << "fp16" << "bf16,tf32";
    QTest::newRow("V100S PCIe 32 GB: fp16, no bf16 (Volta)") << "v100s-pcie-32gb" << "fp16" << "bf16,tf32";
    QTest::newRow("RTX 2080 Ti: fp16, no bf16 (Turing)") << "rtx-2080-ti" << "fp16" << "bf16,tf32";
    QTest::newRow("T4: fp16, no bf16 (Turing)") << "t4" << "fp16" << "bf16,tf32";
    QTest::newRow("P100: no tensor peak (Pascal)") << "p100-pcie-16gb" << "fp32" << "bf16,fp16,tf32";
    QTest::newRow("MI250X: no tf32; 95.7 TFLOPS is its FP32 matrix rate (CDNA 2)") << "mi250x" << "bf16,fp16,fp32" << "tf32";
    QTest::newRow("MI250: no tf32; 90.5 TFLOPS is its FP32 matrix rate (CDNA 2)") << "mi250" << "bf16,fp16" << "tf32";
    QTest::newRow("MI300X: tf32 653.7 TFLOPS (CDNA 3 has TF32)") << "mi300x" << "tf32,bf16" << "";
    QTest::newRow("A100: bf16, fp16, tf32 (Ampere)") << "a100-sxm4-80gb" << "bf16,fp16,tf32" << "fp8";
}

void TestCatalogs::precisionsChipsHave()
{
    QFETCH(QString, id);
    QFETCH(QString, has);
    QFETCH(QString, lacks);
    const auto &a = data::accelerators().get(id.toStdString());
    for (const auto &p : has.split(QLatin1Char(','), Qt::SkipEmptyParts))
        QVERIFY2(a.hasPeak(parsePrecision(p.toStdString())), qPrintable(id + " lacks " + p));
    for (const auto &p : lacks.split(QLatin1Char(','), Qt::SkipEmptyParts))
        QVERIFY2(!a.hasPeak(parsePrecision(p.toStdString())), qPrintable(id + " shows " + p));
}

void TestCatalogs::defaultPrecision_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    // bf16 > fp16 > tf32 > fp32, fp8 only when asked (Accelerator::defaultPrecision).
    QTest::newRow("V100 trains in fp16, not bf16 (Volta)") << "v100-sxm2-16gb" << "fp16";
    QTest::newRow("T4 trains in fp16") << "t4" << "fp16";
    QTest::newRow("A100 trains in bf16") << "a100-sxm4-80gb" << "bf16";
    QTest::newRow("H100 trains in bf16, not fp8") << "h100-sxm" << "bf16";
    QTest::newRow("TPU v4 trains in bf16") << "tpu-v4" << "bf16";
    QTest::newRow("P100 has only fp32") << "p100-pcie-16gb" << "fp32";
    QTest::newRow("K80 has only fp32") << "k80" << "fp32";
}

void TestCatalogs::defaultPrecision()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(precisionName(data::accelerators().get(id.toStdString()).defaultPrecision())), expected);
}

void TestCatalogs::chipWithoutPeaks()
{
    // A chip with no FLOP/s figure at all: asking for a peak, or for a default precision, says so.
    const auto catalog = AcceleratorCatalog::fromJson(
        R"({"accelerators": [{"id": "x1", "name": "X", "manufacturer": "Y", "peak_flops_per_s": {}, "source": "s"}]})");
    const auto &x = catalog.get("x1");
    try {
        x.peak(Precision::BF16);
        QFAIL("a missing peak was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("accelerator.no_peak_at_all"));
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("no FLOP/s figure at all")), e.what());
    }
    try {
        x.defaultPrecision();
        QFAIL("a default precision was invented");
    } catch (const InputError &e) {
        QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("no peak FLOP/s is known for x1: give --peak-flops"));
    }
}

void TestCatalogs::hf2020Links()
{
    // The four 2020 GPUs link to the 2020 speed model, and the V100 is the SXM2 16 GB part.
    std::set<std::string> linked;
    for (const auto &a : data::accelerators().all()) {
        if (a.hf2020Id.empty())
            continue;
        data::hf2020SpeedModel().gpu(a.hf2020Id); // throws if the speed model does not know it
        linked.insert(a.hf2020Id);
    }
    QCOMPARE(linked, (std::set<std::string>{"V100", "P100", "P4", "K80"}));
    QCOMPARE(data::accelerators().get("v100-sxm2-16gb").hf2020Id, std::string("V100"));
}

void TestCatalogs::precisionNames()
{
    for (Precision p : {Precision::FP32, Precision::TF32, Precision::BF16, Precision::FP16, Precision::FP8})
        QCOMPARE(parsePrecision(precisionName(p)), p);
    QCOMPARE(parsePrecision("BF16"), Precision::BF16);
    QVERIFY_THROWS_EXCEPTION(InputError, parsePrecision("fp4"));
    QCOMPARE(parsePricing(pricingName(Pricing::ThreeYear)), Pricing::ThreeYear);
    QVERIFY_THROWS_EXCEPTION(InputError, parsePricing("spot"));
}

void TestCatalogs::missingPrecision_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("message");
    QTest::newRow("t4 has no bf16") << "t4" << "bf16" << "has no bf16 peak in the catalogue; it has: fp32, fp16";
    QTest::newRow("t4 has no tf32") << "t4" << "tf32" << "has no tf32";
    QTest::newRow("p100 has no tensor cores") << "p100-pcie-16gb" << "fp16" << "it has: fp32";
    QTest::newRow("tpu-v4: Epoch has no fp32") << "tpu-v4" << "fp32" << "it has: bf16";
    QTest::newRow("v100 has no bf16 (Volta)") << "v100-sxm2-16gb" << "bf16" << "has no bf16 peak in the catalogue; it has: fp32, fp16";
    QTest::newRow("mi250x has no tf32 (CDNA 2)") << "mi250x" << "tf32" << "AMD Instinct MI250X (mi250x) has no tf32";
    QTest::newRow("h100-nvl: no fp32 figure in Epoch") << "h100-nvl" << "fp32" << "it has: tf32, bf16, fp16";
    QTest::newRow("a100 has no fp8") << "a100-sxm4-80gb" << "fp8" << "NVIDIA A100 SXM4 80 GB (a100-sxm4-80gb) has no fp8";
}

void TestCatalogs::missingPrecision()
{
    QFETCH(QString, id);
    QFETCH(QString, precision);
    QFETCH(QString, message);
    const auto &chip = data::accelerators().get(id.toStdString());
    try {
        chip.peak(parsePrecision(precision.toStdString()));
        QFAIL("a missing peak was accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void TestCatalogs::offerPrices_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("pricing");
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("url");
    // Epoch hardware prices @263c40a, via tests/reference/epoch-hardware/cloud_prices_extract.json.
    const QString gcpA3 = QStringLiteral("https://web.archive.org/web/20250317");
    QTest::newRow("gcp a3-highgpu-1g H100 on demand 11.06") << "gcp/h100-sxm/iowa-us-central1-1gpu" << int(Pricing::OnDemand) << 11.06 << "2025-03-17" << gcpA3;
    QTest::newRow("gcp a3-highgpu-1g H100 1y 7.67") << "gcp/h100-sxm/iowa-us-central1-1gpu" << int(Pricing::OneYear) << 7.67 << "2025-03-17" << gcpA3;
    QTest::newRow("gcp a3-highgpu-1g H100 3y 4.86") << "gcp/h100-sxm/iowa-us-central1-1gpu" << int(Pricing::ThreeYear) << 4.86 << "2025-03-17" << gcpA3;
    QTest::newRow("aws p5 H100 98.32/8 = 12.29") << "aws/h100-sxm/east-us-8gpu" << int(Pricing::OnDemand) << 12.29 << "2025-03-17" << "https://web.archive.org/";
    QTest::newRow("gcp tpu v4 3.22 on demand") << "gcp/tpu-v4/us-central2-b" << int(Pricing::OnDemand) << 3.22 << "2025-03-03" << "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing";
}

void TestCatalogs::offerPrices()
{
    QFETCH(QString, id);
    QFETCH(int, pricing);
    QFETCH(double, usd);
    QFETCH(QString, date);
    QFETCH(QString, url);
    const auto &offer = data::offers().get(id.toStdString());
    FRONTIER_COMPARE_REL(offer.price(Pricing(pricing)), usd, 1e-12);
    QCOMPARE(QString::fromStdString(offer.priceDate), date);
    QVERIFY2(QString::fromStdString(offer.source).startsWith(url), offer.source.c_str());
}

void TestCatalogs::offersMatchEpochExtract()
{
    // The extract's rows all stay, but for the 9 whose hardware model names no single chip (generic
    // "NVIDIA A100"/"NVIDIA V100") and Databricks' reserved-price H100 row; then the new chips' offers.
    const auto extract = test::referenceJson("epoch-hardware/cloud_prices_extract.json").at("prices");
    std::size_t mappable = 0;
    for (const auto &row : extract) {
        const auto model = row.at("hardware_model").get<std::string>();
        mappable += model != "NVIDIA A100" && model != "NVIDIA V100" && row.at("vendor") != "Databricks";
    }
    QCOMPARE(mappable, std::size_t(170));
    QCOMPARE(data::offers().all().size(), mappable + 37); // 37 offers of chips the catalogue gained (cloud_offers.json notes)
    QCOMPARE(data::offers().offersFor("h100-sxm").size(), std::size_t(19));
    QVERIFY(data::offers().offersFor("b200").empty()); // nobody lists it in the snapshot
    // AWS p5 lists no commitment price that day: absent, and asking says so.
    QVERIFY_THROWS_EXCEPTION(InputError, data::offers().get("aws/h100-sxm/east-us-8gpu").price(Pricing::OneYear));
    // Databricks' $5.00 is MosaicML's reserved-cluster price (its own notes say so), not on demand.
    for (const auto &o : data::offers().all())
        QVERIFY2(o.providerId != "databricks", o.id.c_str());
}

void TestCatalogs::offersPointAtTheChipTheySell_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("accelerator");
    QTest::addColumn<double>("usd");
    // Epoch hardware prices @263c40a: rows whose own description names another chip than their label.
    QTest::newRow("Exoscale 'P100 (16 GB)' filed under P4 is a P100") << "exoscale/p100-pcie-16gb/gpu-small-1gpu" << "p100-pcie-16gb" << 1.17;
    QTest::newRow("GCP 'P100 (16 GB)' at 1.93 filed under P4 is a P100") << "gcp/p100-pcie-16gb/n1-highmem-8-1gpu" << "p100-pcie-16gb" << 1.93;
    QTest::newRow("Azure NC6s v2 'P100 (16 GB)' filed under P4 is a P100") << "azure/p100-pcie-16gb/nc6s-v2-1gpu" << "p100-pcie-16gb" << 2.07;
    QTest::newRow("Azure NC24ads A100 v4 filed under A100 SXM4 80 GB is the A100 80 GB PCIe") << "azure/a100-pcie-80gb/east-us-nc24ads-a100-v4-1gpu" << "a100-pcie-80gb" << 3.67;
    QTest::newRow("Azure NC24ads A100 v4 filed under A100 PCIe is the 80 GB card") << "azure/a100-pcie-80gb/east-us-nc24ads-a100-v4" << "a100-pcie-80gb" << 3.67;
    QTest::newRow("Cudo 'H100 PCIe' with '94GB' is an H100 NVL") << "cudo/h100-nvl/default" << "h100-nvl" << 2.45;
    QTest::newRow("Lambda 'A100 PCIe (40GB)' is the 40 GB card") << "lambda/a100-pcie-40gb/1gpu" << "a100-pcie-40gb" << 1.29;
}

void TestCatalogs::offersPointAtTheChipTheySell()
{
    QFETCH(QString, id);
    QFETCH(QString, accelerator);
    QFETCH(double, usd);
    const auto &o = data::offers().get(id.toStdString());
    QCOMPARE(QString::fromStdString(o.acceleratorId), accelerator);
    FRONTIER_COMPARE_REL(o.price(Pricing::OnDemand), usd, 1e-12);
    QVERIFY2(o.provenance.find("[relabel: Epoch's row says") != std::string::npos, o.provenance.c_str()); // recorded
    // Nothing is left on the old label.
    for (const auto &other : data::offers().offersFor("p4"))
        QVERIFY2(other.instance.rfind("P100", 0) != 0, other.id.c_str());
}

void TestCatalogs::offersOfNewChips()
{
    // Epoch hardware prices @263c40a, latest on-demand row per (chip, vendor, location, instance).
    const auto &offers = data::offers();
    FRONTIER_COMPARE_REL(offers.get("runpod/a40/default").price(Pricing::OnDemand), 0.44, 1e-12); // 2025-03-03
    QCOMPARE(offers.get("runpod/a40/default").priceDate, std::string("2025-03-03"));              // not 2024-07-27's 0.47
    FRONTIER_COMPARE_REL(offers.get("cr8dl/h800-sxm/default").price(Pricing::OnDemand), 3.42, 1e-12);
    FRONTIER_COMPARE_REL(offers.get("oblivus/l40/default").price(Pricing::OnDemand), 1.05, 1e-12); // 2025 row, not 2024's 1.19
    FRONTIER_COMPARE_REL(offers.get("gcp/tpu-v3/iowa-us-central1").price(Pricing::ThreeYear), 0.90, 1e-12);
    QCOMPARE(offers.get("gcp/tpu-v3/iowa-us-central1").priceDate, std::string("2021-11-17"));
    FRONTIER_COMPARE_REL(offers.get("azure/p100-pcie-16gb/east-us-nc24rs-v2").price(Pricing::OnDemand), 2.28, 1e-12);
    FRONTIER_COMPARE_REL(offers.get("runpod/a30/default").price(Pricing::OnDemand), 0.22, 1e-12);
    QVERIFY(offers.offersFor("gaudi2").empty()); // Epoch has a purchase price only
    // GCP's compute/gpus-pricing page prices the GPU alone: no host share, and the offer says so.
    for (const char *id : {"gcp/a100-sxm4-40gb/iowa-us-central1", "gcp/a100-sxm4-80gb/iowa-us-central1", "gcp/p100-pcie-16gb/iowa-us-central1"}) {
        const auto &o = offers.get(id);
        QVERIFY2(!o.hostShareIncluded, id);
        QVERIFY2(o.notes.find("GPU-only") != std::string::npos, id);
    }
}

void TestCatalogs::offersAreEpochRows()
{
    // Every offer is a row of Epoch's price file (hardware_prices.csv @263c40a): same vendor, date,
    // prices and page as Epoch recorded it (kept in the provenance; a relabel appends its reason there).
    const CsvTable table = parseCsv(test::referenceText("epoch-hardware/hardware_prices.csv"), "hardware_prices.csv");
    const int vendor = table.column("Vendor"), date = table.column("Price date"), url = table.column("Price source");
    const int onDemand = table.column("Price per chip-hour (on-demand)");
    const int oneYear = table.column("Price per chip-hour (1-year CUD)"), threeYear = table.column("Price per chip-hour (3-year CUD)");
    QVERIFY(vendor >= 0 && date >= 0 && url >= 0 && onDemand >= 0 && oneYear >= 0 && threeYear >= 0);
    const auto same = [](const std::string &cell, const std::optional<double> &price) {
        if (cell.empty())
            return !price.has_value();
        return price.has_value() && std::abs(parseNumberCell(cell, "prices", 0, "price") - *price) <= 1e-9 * *price;
    };
    for (const auto &o : data::offers().all()) {
        bool found = false;
        for (const auto &row : table.rows)
            if (row[vendor] == o.provider && row[date] == o.priceDate && o.provenance.rfind(row[url], 0) == 0
                && same(row[onDemand], o.onDemandUsdPerGpuHour) && same(row[oneYear], o.oneYearUsdPerGpuHour)
                && same(row[threeYear], o.threeYearUsdPerGpuHour)) {
                found = true;
                break;
            }
        QVERIFY2(found, o.id.c_str());
    }
}

void TestCatalogs::offerProvenance()
{
    std::set<std::string> ids;
    for (const auto &o : data::offers().all()) {
        QVERIFY2(ids.insert(o.id).second, o.id.c_str());
        QVERIFY2(QString::fromStdString(o.source).startsWith(QStringLiteral("http")), o.id.c_str());
        QVERIFY2(o.priceDate.size() == 10 && o.priceDate[4] == '-', o.id.c_str());
        data::accelerators().get(o.acceleratorId); // throws for an offer of an unknown chip
        QVERIFY2(o.id.rfind(o.providerId + "/" + o.acceleratorId + "/", 0) == 0, o.id.c_str());
        // Hyperscalers' per-GPU prices are instance prices / GPUs, unless the offer records a GPU-only page.
        const bool hyperscaler = o.providerId == "aws" || o.providerId == "gcp" || o.providerId == "azure" || o.providerId == "oracle";
        QCOMPARE(o.hostShareIncluded, hyperscaler && o.notes.find("GPU-only") == std::string::npos);
    }
}

void TestCatalogs::regionIntensity_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("gPerKwh");
    // mlco2/impact data/impact.csv @d0d3ee5 and codecarbon data/cloud/impact.csv @b05965e.
    QTest::newRow("mlco2 us-central1 566.3 (eGRID 2016)") << "mlco2" << "gcp/us-central1" << 566.3;
    QTest::newRow("codecarbon us-central1 430 (Google)") << "codecarbon" << "gcp/us-central1" << 430.0;
    QTest::newRow("mlco2 europe-north1 211") << "mlco2" << "gcp/europe-north1" << 211.0;
    QTest::newRow("codecarbon europe-north1 46") << "codecarbon" << "gcp/europe-north1" << 46.0;
    QTest::newRow("mlco2 aws us-east-1 367.8") << "mlco2" << "aws/us-east-1" << 367.8;
    QTest::newRow("mlco2 azure canadaeast 20 (Hydro-Quebec)") << "mlco2" << "azure/canadaeast" << 20.0;
    QTest::newRow("codecarbon africa-south1 646 (first row, after the BOM)") << "codecarbon" << "gcp/africa-south1" << 646.0;
}

void TestCatalogs::regionIntensity()
{
    QFETCH(QString, dataset);
    QFETCH(QString, id);
    QFETCH(double, gPerKwh);
    const auto &region = data::regions().region(id.toStdString(), dataset.toStdString());
    FRONTIER_COMPARE_REL(region.gPerKwh, gPerKwh, 1e-12);
    QCOMPARE(QString::fromStdString(region.dataset), dataset);
    QVERIFY(!region.source.empty());
}

void TestCatalogs::datasetsDisagree()
{
    const auto &regions = data::regions();
    QCOMPARE(regions.datasets().size(), std::size_t(2));
    QCOMPARE(regions.dataset("mlco2").regions.size(), std::size_t(82));
    QCOMPARE(regions.dataset("codecarbon").regions.size(), std::size_t(40));
    for (const auto &d : regions.datasets()) {
        QVERIFY(d.licence.find("MIT") != std::string::npos);
        QVERIFY(!d.caveats.empty());
    }
    // Over the 21 regions both datasets have, the largest disagreement is northamerica-northeast1
    // (34.5 vs 2 = 17.25x); europe-north1 (211 vs 46 = 4.59x) is next.
    std::vector<std::pair<double, std::string>> ratios;
    for (const auto &cc : regions.dataset("codecarbon").regions) {
        try {
            const auto &ml = regions.region(cc.id, "mlco2");
            ratios.emplace_back(std::max(ml.gPerKwh, cc.gPerKwh) / std::min(ml.gPerKwh, cc.gPerKwh), cc.id);
        } catch (const InputError &) {
            // a newer GCP region that mlco2 does not have
        }
    }
    std::sort(ratios.rbegin(), ratios.rend());
    QCOMPARE(ratios.size(), std::size_t(21));
    QCOMPARE(ratios[0].second, std::string("gcp/northamerica-northeast1"));
    FRONTIER_COMPARE_REL(ratios[0].first, 34.5 / 2.0, 1e-12);
    QCOMPARE(ratios[1].second, std::string("gcp/europe-north1"));
    FRONTIER_COMPARE_REL(ratios[1].first, 211.0 / 46.0, 1e-12);
    const auto &usCentral = regions.region("gcp/us-central1", "mlco2");
    QCOMPARE(*usCentral.pue, 1.11);       // mlco2 fills PUE for some GCP regions only
    QCOMPARE(*usCentral.offsetPercent, 100.0);
    QVERIFY(!regions.region("gcp/us-central1", "codecarbon").pue);
}

void TestCatalogs::countriesMatchCodeCarbon()
{
    const auto mix = test::referenceJson("codecarbon/global_energy_mix.json");
    const auto &regions = data::regions();
    QCOMPARE(regions.countries().size(), mix.size());
    for (const auto &[iso3, row] : mix.items()) {
        const auto &country = regions.country(iso3);
        FRONTIER_COMPARE_REL(country.gPerKwh, row.at("carbon_intensity").get<double>(), 1e-12);
        QCOMPARE(country.year, row.at("year").get<int>());
    }
    QCOMPARE(regions.country("fra").iso3, std::string("FRA")); // any case
}

void TestCatalogs::pueDefaults_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<double>("pue");
    QTest::newRow("gcp 1.10 (Google 2024 Environmental Report, 2023)") << "gcp" << 1.10;
    QTest::newRow("aws 1.15 (AWS sustainability page, 2024)") << "aws" << 1.15;
    QTest::newRow("azure 1.18 (DCD 2024, secondary)") << "azure" << 1.18;
    QTest::newRow("on-premise 1.58 (Uptime Institute 2023)") << "on-premise" << 1.58;
    QTest::newRow("coreweave falls back to on-premise") << "coreweave" << 1.58;
}

void TestCatalogs::pueDefaults()
{
    QFETCH(QString, provider);
    QFETCH(double, pue);
    const auto &entry = data::pueDefaults().forProvider(provider.toStdString());
    FRONTIER_COMPARE_REL(entry.pue, pue, 1e-12);
    QVERIFY(entry.year >= 2023);
    // The developers' record carries its verification mark; what people read does not.
    QVERIFY(entry.provenance.find('[') != std::string::npos);
    QVERIFY(entry.source.find('[') == std::string::npos);
}

void TestCatalogs::unknownIds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("gpu h100 -> h100-sxm first") << "accelerator" << "h100" << "unknown accelerator 'h100'; did you mean: h100-sxm, h100-pcie";
    QTest::newRow("gpu typo a100-sxm4-80g") << "accelerator" << "a100-sxm4-80g" << "did you mean: a100-sxm4-80gb";
    QTest::newRow("offer typo") << "offer" << "gcp/tpu-v4/us-central2" << "did you mean: gcp/tpu-v4/us-central2-b";
    QTest::newRow("mlco2 region typo") << "mlco2" << "gcp/us-centrl1" << "unknown mlco2 region 'gcp/us-centrl1'; did you mean: gcp/us-central1";
    QTest::newRow("codecarbon has no aws") << "codecarbon" << "aws/us-east-1" << "unknown codecarbon region 'aws/us-east-1'";
    QTest::newRow("unknown dataset") << "dataset" << "mlc02" << "did you mean: mlco2";
    QTest::newRow("country typo") << "country" << "FRR" << "unknown country (ISO 3166 alpha-3) 'FRR'; did you mean: ";
}

void TestCatalogs::unknownIds()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, message);
    const std::string k = key.toStdString();
    const std::map<QString, std::function<void()>> lookups = {
        {QStringLiteral("accelerator"), [&] { data::accelerators().get(k); }},
        {QStringLiteral("offer"), [&] { data::offers().get(k); }},
        {QStringLiteral("mlco2"), [&] { data::regions().region(k, "mlco2"); }},
        {QStringLiteral("codecarbon"), [&] { data::regions().region(k, "codecarbon"); }},
        {QStringLiteral("dataset"), [&] { data::regions().region("gcp/us-central1", k); }},
        {QStringLiteral("country"), [&] { data::regions().country(k); }},
    };
    try {
        lookups.at(kind)();
        QFAIL("an unknown id was accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void TestCatalogs::longUnknownIdGetsNoSuggestion_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accelerator") << "accelerator" << "unknown accelerator 'xxxx";
    QTest::newRow("offer") << "offer" << "unknown cloud offer 'xxxx";
    QTest::newRow("country") << "country" << "unknown country (ISO 3166 alpha-3) 'XXXX";
}

void TestCatalogs::longUnknownIdGetsNoSuggestion()
{
    // A 100 kB id (a pasted page, a runaway script): refused with the ordinary message, quoting the
    // id cut short and listing the known ids, no "did you mean". (Its edit distance to every
    // candidate used to be computed in full: 25 s for `frontier plan --gpu <100 kB>`.)
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const std::string id(100000, 'x');
    const std::map<QString, std::function<void()>> lookups = {
        {QStringLiteral("accelerator"), [&] { data::accelerators().get(id); }},
        {QStringLiteral("offer"), [&] { data::offers().get(id); }},
        {QStringLiteral("country"), [&] { data::regions().country(id); }},
    };
    try {
        lookups.at(kind)();
        QFAIL("a 100 kB id was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("id.unknown"));
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.startsWith(expected), e.what());
        QVERIFY2(what.contains(QLatin1String("; known: ")), e.what());
        QVERIFY2(what.size() < 20000, qPrintable(QString::number(what.size())));
    }
}

void TestCatalogs::suggestionsSkipOnlyHopelessCandidates()
{
    // Candidates whose length alone puts them beyond the limit (key length / 2 + 2 edits) are not
    // scored; one just inside it still is, so no suggestion is lost.
    const std::vector<std::string> ids{"h100-sxm", "a100-sxm4-80gb"};
    QCOMPARE(closestMatches(std::string(100000, 'x'), ids), std::vector<std::string>{});
    // 14 characters more than "a100-sxm4-80gb": 14 edits, limit 28 / 2 + 2 = 16.
    QCOMPARE(closestMatches("a100-sxm4-80gb-and-so-on-xyz", ids), std::vector<std::string>{"a100-sxm4-80gb"});
    // 17 edits against a limit of 31 / 2 + 2 = 17: still shown.
    QCOMPARE(closestMatches("a100-sxm4-80gb-and-so-on-xyzabc", ids), std::vector<std::string>{"a100-sxm4-80gb"});
    QCOMPARE(closestMatches("A100-SXM4-80G", ids).front(), std::string("a100-sxm4-80gb")); // any case
}

void TestCatalogs::caseFoldingIgnoresTheLocale()
{
    // ASCII folding: in Turkish, std::tolower('I') is dotless 'ı' and std::toupper('i') dotted 'İ',
    // neither a char, so the standard functions leave them as they are.
    QCOMPARE(asciiLower('I'), 'i');
    QCOMPARE(asciiUpper('i'), 'I');
    QCOMPARE(asciiUppercase("ind"), std::string("IND"));
    QCOMPARE(asciiLowercase("TRAINING TOKENS"), std::string("training tokens"));
    QCOMPARE(asciiLowercase("\xc4\xb0i"), std::string("\xc4\xb0i")); // bytes of non-ASCII letters untouched

    // The matchers with the C and C++ locales Turkish, as Qt sets them from LANG=tr_TR.UTF-8.
    const std::string before = std::setlocale(LC_ALL, nullptr);
    if (!std::setlocale(LC_ALL, "tr_TR.UTF-8"))
        QSKIP("the tr_TR.UTF-8 locale is not installed (bootstrap.sh generates it)");
    const std::locale previous = std::locale::global(std::locale("tr_TR.UTF-8"));
    const auto restore = qScopeGuard([&] {
        std::locale::global(previous);
        std::setlocale(LC_ALL, before.c_str());
    });
    QCOMPARE(data::regions().country("ind").iso3, std::string("IND"));
    QCOMPARE(parsePrecision("FP8"), Precision::FP8);
    const auto runs = parseObservationsCsv("PARAMS,TRAINING TOKENS,LOSS\n1e9,2e10,2.5\n", "runs.csv");
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs.front().tokens, 2e10);
}

void TestCatalogs::brokenFiles_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString chip = QStringLiteral(R"({"id": "x1", "name": "X", "manufacturer": "Y", "peak_flops_per_s": {%1}, "source": "%2"})");
    QTest::newRow("accelerators: not JSON") << "accelerators" << "{ nope" << "accelerators.json: malformed JSON";
    QTest::newRow("accelerators: missing key 'accelerators'") << "accelerators" << "{}" << "malformed JSON";
    QTest::newRow("accelerators: missing source") << "accelerators" << R"({"accelerators": [{"id": "x1", "name": "X", "manufacturer": "Y", "peak_flops_per_s": {}}]})" << "source";
    QTest::newRow("accelerators: empty source") << "accelerators" << "{\"accelerators\": [" + chip.arg("", "") + "]}" << "'x1' has no source";
    QTest::newRow("accelerators: duplicate id") << "accelerators" << "{\"accelerators\": [" + chip.arg("", "s") + ", " + chip.arg("", "s") + "]}" << "duplicate id 'x1'";
    QTest::newRow("accelerators: unknown precision fp4") << "accelerators" << "{\"accelerators\": [" + chip.arg("\"fp4\": 1e15", "s") + "]}" << "unknown precision 'fp4'";
    QTest::newRow("accelerators: negative peak") << "accelerators" << "{\"accelerators\": [" + chip.arg("\"bf16\": -1", "s") + "]}" << "x1 bf16 peak";
    QTest::newRow("offers: missing price_date") << "offers" << R"({"offers": [{"id": "a/b/c", "provider": "A", "provider_id": "a", "accelerator": "b", "usd_per_gpu_hour_on_demand": 1, "host_share_included": false, "source": "http://x"}]})" << "price_date";
    QTest::newRow("offers: no price at all") << "offers" << R"({"offers": [{"id": "a/b/c", "provider": "A", "provider_id": "a", "accelerator": "b", "host_share_included": false, "price_date": "2025-01-01", "source": "http://x"}]})" << "'a/b/c' has no price";
    QTest::newRow("regions: missing g_co2_per_kwh") << "regions" << R"({"dataset": "d", "name": "n", "source": "s", "licence": "MIT", "caveats": [], "regions": [{"id": "p/r", "provider": "p", "region": "r", "location": "l", "source": "s"}]})" << "regions_mlco2.json: malformed JSON";
    QTest::newRow("pue: below 1") << "pue" << R"({"default_provider": "x", "providers": [{"provider": "x", "name": "X", "pue": 0.9, "year": 2024, "source": "s"}]})" << "below 1";
    QTest::newRow("pue: fallback without entry") << "pue" << R"({"default_provider": "on-premise", "providers": []})" << "default provider 'on-premise' has no entry";
    // Refused while parsing, before the levels are built (5 million took 35 s and 420 MB).
    QTest::newRow("offers: nested 100,000 deep") << "offers" << "{\"offers\": " + QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']')) + "}"
                                                 << "cloud_offers.json: JSON nested more than 64 levels deep";
}

void TestCatalogs::brokenFiles()
{
    QFETCH(QString, parser);
    QFETCH(QString, text);
    QFETCH(QString, message);
    const std::string t = text.toStdString();
    const std::string good = "{\"dataset\": \"d\", \"name\": \"n\", \"source\": \"s\", \"licence\": \"MIT\", \"caveats\": [], \"regions\": []}";
    const std::map<QString, std::function<void()>> parsers = {
        {QStringLiteral("accelerators"), [&] { AcceleratorCatalog::fromJson(t); }},
        {QStringLiteral("offers"), [&] { OfferCatalog::fromJson(t); }},
        {QStringLiteral("regions"), [&] { RegionCatalog::fromJson(t, good, "{\"source\": \"s\", \"countries\": []}"); }},
        {QStringLiteral("pue"), [&] { PueDefaults::fromJson(t); }},
    };
    try {
        parsers.at(parser)();
        QFAIL("a broken file was accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
    }
}

void TestCatalogs::hardwareMessagesHaveCodes()
{
    // Every error hardware/ raises carries a code with a pattern in data/messagetext.cpp, and the
    // untranslated pattern reads exactly as the model's English.
    const std::string chip = R"({"id": "x1", "name": "X", "manufacturer": "Y", "peak_flops_per_s": {}, "source": "s"})";
    const std::string offer = R"({"id": "a/b/c", "provider": "A", "provider_id": "a", "accelerator": "b", "usd_per_gpu_hour_on_demand": 1, "host_share_included": false, "price_date": "2025-01-01", "source": "http://x"})";
    const std::vector<std::pair<std::string, std::function<void()>>> raisers = {
        {"id.unknown_near", [] { parsePrecision("fp4"); }},
        {"id.unknown", [] { parsePricing("spot-instance"); }},
        {"id.unknown", [] { parseRecompute("partial"); }},
        {"id.unknown_near", [] { parseRecompute("ful"); }},
        {"accelerator.no_peak", [] { data::accelerators().get("v100-sxm2-16gb").peak(Precision::BF16); }},
        {"catalog.duplicate_id", [&] { AcceleratorCatalog::fromJson("{\"accelerators\": [" + chip + "," + chip + "]}"); }},
        {"accelerators.empty", [] { AcceleratorCatalog::fromJson(R"({"accelerators": []})"); }},
        {"json.malformed", [] { AcceleratorCatalog::fromJson("{"); }},
        {"offer.no_price_for_pricing", [] { data::offers().get("aws/h100-sxm/east-us-8gpu").price(Pricing::OneYear); }},
        {"catalog.duplicate_id", [&] { OfferCatalog::fromJson("{\"offers\": [" + offer + "," + offer + "]}"); }},
        {"json.malformed", [] { OfferCatalog::fromJson("{"); }},
        {"offers.unknown_accelerator", [&] { OfferCatalog::fromJson("{\"offers\": [" + offer + "]}").checkAccelerators(data::accelerators()); }},
        {"json.malformed", [] { MemoryConstants::fromJson("{"); }},
        {"json.malformed", [] { Hf2020SpeedModel::fromJson("{"); }},
        {"json.too_deep", [] { AcceleratorCatalog::fromJson(std::string(65, '[') + std::string(65, ']')); }},
    };
    for (const auto &[code, raise] : raisers) {
        try {
            raise();
            QFAIL(code.c_str());
        } catch (const InputError &e) {
            QCOMPARE(e.message().code, code);
            QVERIFY2(!data::messagePattern(code).empty(), code.c_str());
            QCOMPARE(data::messageText(e.message()).toStdString(), std::string(e.what()));
        }
    }
}

void TestCatalogs::everyCatalogueNamesItsFileWhenMalformed_data()
{
    // Every JSON catalogue is read by readJsonDocument (model/core/jsonfile.h): broken syntax and a
    // missing key both come back as json.malformed with the file's name as a value.
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("file");
    const std::pair<const char *, const char *> readers[] = {
        {"accelerators", "accelerators.json"}, {"offers", "cloud_offers.json"}, {"memory", "memory.json"},
        {"hf2020 speed", "hf2020_speed.json"}, {"fitting", "fitting.json"},    {"limits", "limits.json"},
        {"laws", "laws/broken.json"},
    };
    for (const auto &[reader, file] : readers) {
        QTest::addRow("%s: not JSON", reader) << reader << "{ nope" << file;
        QTest::addRow("%s: no keys", reader) << reader << "{}" << file;
    }
}

void TestCatalogs::everyCatalogueNamesItsFileWhenMalformed()
{
    QFETCH(QString, reader);
    QFETCH(QString, text);
    QFETCH(QString, file);
    const std::string t = text.toStdString();
    const std::map<QString, std::function<void()>> readers = {
        {QStringLiteral("accelerators"), [&] { AcceleratorCatalog::fromJson(t); }},
        {QStringLiteral("offers"), [&] { OfferCatalog::fromJson(t); }},
        {QStringLiteral("memory"), [&] { MemoryConstants::fromJson(t); }},
        {QStringLiteral("hf2020 speed"), [&] { Hf2020SpeedModel::fromJson(t); }},
        {QStringLiteral("fitting"), [&] { FitProcedure::fromJson(t); }},
        {QStringLiteral("limits"), [&] { InputLimits::fromJson(t); }},
        {QStringLiteral("laws"), [&] { LawCatalog::fromJson({{"laws/broken.json", t}}, {}); }},
    };
    try {
        readers.at(reader)();
        QFAIL("a broken file was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("json.malformed"));
        QCOMPARE(QString::fromStdString(e.message().arg("file")), file);
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(file + QStringLiteral(": malformed JSON: ")), e.what());
    }
}

QTEST_GUILESS_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
