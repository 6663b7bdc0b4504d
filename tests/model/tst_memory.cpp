// Does the model fit? Weights, gradients and optimizer state per GPU at each ZeRO stage, activations
// per Korthikanti et al., the shape a size implies, and the fewest GPUs that hold a model. Every
// expected figure is computed here from the published formula, or quoted from the paper, with its
// source named; the constants come from the embedded resources/hardware/memory.json.
#include "testsupport.h"

#include "model/core/errors.h"
#include "model/core/units.h"
#include "model/hardware/memory.h"
#include "data/resourcedata.h"

#include <QLocale>

#include <cmath>
#include <string>

using namespace frontier;

namespace {

const MemoryConstants &constants()
{
    static const MemoryConstants c =
        MemoryConstants::fromJson(data::readResource(QStringLiteral(":/hardware/memory.json")));
    return c;
}

// 80 GB accelerators (A100/H100 80GB): the vendor's "80 GB" of HBM is 80 GiB (memory.json,
// accelerator_memory). State and activations are still counted in bytes, as the ZeRO paper counts.
constexpr double kGpu80GB = 80 * units::kBytesPerGib;

MemoryInputs inputs(double params, int stage, int gpus)
{
    MemoryInputs in;
    in.params = params;
    in.zeroStage = stage;
    in.gpus = gpus;
    in.microBatch = 1;
    in.sequenceLength = 2048;
    in.recompute = Recompute::Selective;
    in.gpuMemoryBytes = kGpu80GB;
    return in;
}

// memory.json with one entry replaced by `replacement` (a JSON fragment).
std::string memoryJsonWith(const std::string &needle, const std::string &replacement)
{
    std::string text = data::readResource(QStringLiteral(":/hardware/memory.json"));
    const auto at = text.find(needle);
    if (at == std::string::npos)
        return {};
    return text.replace(at, needle.size(), replacement);
}

} // namespace

class TestMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void constantsFromResource();
    void unshardedState_data();
    void unshardedState();
    void zeroStages_data();
    void zeroStages();
    void zeroPaperFigure1_data();
    void zeroPaperFigure1();
    void activations_data();
    void activations();
    void gpt3Shape();
    void seventyBOnZero3();
    void seventyBAtStageZeroNeverFits();
    void oneBFitsOnOneGpu();
    void minGpusIsTheFewestThatFit_data();
    void minGpusIsTheFewestThatFit();
    void usableFraction();
    void badInput_data();
    void badInput();
};

void TestMemory::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMemory::constantsFromResource()
{
    // ZeRO §3.1: 2 (fp16 weights) + 2 (fp16 gradients) + K = 12 (fp32 master, momentum, variance).
    const MemoryConstants &c = constants();
    QCOMPARE(c.weightBytes, 2.0);
    QCOMPARE(c.gradientBytes, 2.0);
    QCOMPARE(c.optimizerBytes, 12.0);
    QCOMPARE(c.bytesPerParam(), 16.0);
    // Korthikanti et al. 2022 Eq. 1: 34 and 5; full recomputation keeps 2·sbh (§4).
    QCOMPARE(c.hiddenBytes, 34.0);
    QCOMPARE(c.attentionBytes, 5.0);
    QCOMPARE(c.fullRecomputeBytes, 2.0);
    // Kaplan et al. 2020 §2.1: N = 12·L·h²; GPT-3 175B (Brown et al. 2020 Table 2.1): h/L = 128,
    // d_head = 128.
    QCOMPARE(c.paramsPerLayerPerWidthSquared, 12.0);
    QCOMPARE(c.widthPerLayer, 128.0);
    QCOMPARE(c.headWidth, 128.0);
    // vLLM's default gpu_memory_utilization, 0.90 (vllm/engine/arg_utils.py).
    QCOMPARE(c.usableFraction, 0.9);
}

void TestMemory::unshardedState_data()
{
    QTest::addColumn<double>("params");
    QTest::addColumn<double>("expectedBytes");
    // 16 bytes/param for mixed-precision Adam (ZeRO, Rajbhandari et al. 2020 §3.1: 2 + 2 + 12).
    QTest::newRow("7B: 112 GB (16 B/param, ZeRO §3.1)") << 7e9 << 112e9;
    QTest::newRow("70B: 1,120 GB (16 B/param, ZeRO §3.1)") << 70e9 << 1120e9;
    QTest::newRow("1.5B GPT-2: 24 GB (ZeRO §3.1's own example)") << 1.5e9 << 24e9;
}

void TestMemory::unshardedState()
{
    QFETCH(double, params);
    QFETCH(double, expectedBytes);
    // Stage 0 is unsharded whatever the GPU count; the state does not depend on the GPU's memory.
    for (const int gpus : {1, 8, 64}) {
        const MemoryReport r = memoryFor(inputs(params, 0, gpus), constants());
        FRONTIER_COMPARE_REL(r.stateBytesPerGpu, expectedBytes, 1e-12);
    }
}

void TestMemory::zeroStages_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<double>("params");
    QTest::addColumn<int>("gpus");
    for (const int stage : {0, 1, 2, 3})
        for (const double params : {1e9, 7e9, 70e9})
            for (const int gpus : {1, 2, 8, 64, 1024})
                QTest::newRow(qPrintable(
                    QStringLiteral("stage %1, %2B params, %3 GPUs").arg(stage).arg(params / 1e9).arg(gpus)))
                    << stage << params << gpus;
}

void TestMemory::zeroStages()
{
    // ZeRO paper Fig. 1, per GPU over N_d GPUs with K = 12: baseline 16Ψ, P_os (4 + 12/N_d)Ψ,
    // P_os+g (2 + 14/N_d)Ψ, P_os+g+p 16Ψ/N_d.
    QFETCH(int, stage);
    QFETCH(double, params);
    QFETCH(int, gpus);
    const double n = gpus;
    const double perParam = stage == 0 ? 16.0 : stage == 1 ? 4 + 12 / n : stage == 2 ? 2 + 14 / n : 16 / n;
    const MemoryReport r = memoryFor(inputs(params, stage, gpus), constants());
    FRONTIER_COMPARE_REL(r.stateBytesPerGpu, perParam * params, 1e-12);
    FRONTIER_COMPARE_REL(r.totalBytesPerGpu, r.stateBytesPerGpu + r.activationBytesPerGpu, 1e-12);
}

void TestMemory::zeroPaperFigure1_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<double>("paperGB");
    // Rajbhandari et al. 2020, arXiv:1910.02054, Figure 1: Ψ = 7.5B, K = 12, N_d = 64, printed
    // to one decimal. Read from three secondary write-ups quoting the figure, which agree with each
    // other and with the formula; the paper itself was not opened here.
    QTest::newRow("baseline: 120 GB (ZeRO Fig. 1)") << 0 << 120.0;
    QTest::newRow("P_os: 31.4 GB (ZeRO Fig. 1)") << 1 << 31.4;
    QTest::newRow("P_os+g: 16.6 GB (ZeRO Fig. 1)") << 2 << 16.6;
    QTest::newRow("P_os+g+p: 1.9 GB (ZeRO Fig. 1)") << 3 << 1.9;
}

void TestMemory::zeroPaperFigure1()
{
    QFETCH(int, stage);
    QFETCH(double, paperGB);
    const MemoryReport r = memoryFor(inputs(7.5e9, stage, 64), constants());
    // The paper rounds to 0.1 GB (1e9 bytes): within half a rounding step.
    FRONTIER_COMPARE_ABS(r.stateBytesPerGpu / 1e9, paperGB, 0.05);
}

void TestMemory::activations_data()
{
    QTest::addColumn<QString>("recompute");
    QTest::addColumn<double>("microBatch");
    QTest::addColumn<double>("expectedBytes");
    // GPT-3's shape exactly: L = 96, h = 12,288, a = h/128 = 96, s = 2048 (Brown et al. 2020
    // Table 2.1), so N = 12·96·12288² = 173,946,175,488. Korthikanti et al. 2022 Eq. 1, by hand:
    //   sbh (b = 1) = 2048·12288 = 25,165,824; 5as/h = 5·96·2048/12288 = 80;
    //   none:      sbh·(34 + 80) = 2,868,903,936 B/layer, × 96 = 275,414,777,856 B
    //   selective: sbh·34        =   855,638,016 B/layer, × 96 =  82,141,249,536 B
    //   full:      sbh·2         =    50,331,648 B/layer, × 96 =   4,831,838,208 B
    QTest::newRow("GPT-3 shape, no recomputation, b=1: 275.4 GB (Korthikanti Eq. 1)")
        << "none" << 1.0 << 275414777856.0;
    QTest::newRow("GPT-3 shape, selective, b=1: 82.1 GB (Korthikanti §5)")
        << "selective" << 1.0 << 82141249536.0;
    QTest::newRow("GPT-3 shape, full, b=1: 4.8 GB (Korthikanti §4)") << "full" << 1.0 << 4831838208.0;
    // Linear in b: twice the sequences, twice the bytes.
    QTest::newRow("GPT-3 shape, no recomputation, b=2: 550.8 GB") << "none" << 2.0 << 2 * 275414777856.0;
    QTest::newRow("GPT-3 shape, selective, b=2: 164.3 GB") << "selective" << 2.0 << 2 * 82141249536.0;
}

void TestMemory::activations()
{
    QFETCH(QString, recompute);
    QFETCH(double, microBatch);
    QFETCH(double, expectedBytes);
    MemoryInputs in = inputs(12.0 * 96 * 12288.0 * 12288.0, 0, 1);
    in.recompute = parseRecompute(recompute.toStdString());
    in.microBatch = microBatch;
    const MemoryReport r = memoryFor(in, constants());
    FRONTIER_COMPARE_REL(r.shape.layers, 96, 1e-12);
    FRONTIER_COMPARE_REL(r.shape.width, 12288, 1e-12);
    FRONTIER_COMPARE_REL(r.shape.heads, 96, 1e-12);
    FRONTIER_COMPARE_REL(r.activationBytesPerGpu, expectedBytes, 1e-12);
    QCOMPARE(QString::fromStdString(recomputeName(in.recompute)), recompute);
}

void TestMemory::gpt3Shape()
{
    // N = 12·L·h², h = 128·L: 175B -> L = (175e9 / (12·128²))^(1/3) = 96.19 layers of 12,312.
    // GPT-3 175B itself has 96 layers of 12,288 and 96 heads (Brown et al. 2020 Table 2.1): within 1 %.
    const ModelShape s = shapeForParams(175e9, constants());
    FRONTIER_COMPARE_REL(s.layers, 96, 0.01);
    FRONTIER_COMPARE_REL(s.width, 12288, 0.01);
    FRONTIER_COMPARE_REL(s.heads, 96, 0.01);
    FRONTIER_COMPARE_REL(12 * s.layers * s.width * s.width, 175e9, 1e-12); // the shape has N parameters
    FRONTIER_COMPARE_REL(s.width / s.layers, 128, 1e-12);
}

void TestMemory::seventyBOnZero3()
{
    // 70B, ZeRO-3, 80 GB GPUs, b = 1, s = 2048, selective recomputation. By hand:
    //   L = (70e9 / (12·128²))^(1/3) = 70.87, h = 128·L = 9,072;
    //   activations = 34·s·b·h·L = 44.77 GB (Korthikanti §5), the same on every GPU;
    //   usable = 0.90 (vLLM's default) x 80 GiB = 77.31e9 bytes;
    //   all 16 B/param are sharded at stage 3 (ZeRO Fig. 1): 16·70e9 / N <= 77.31e9 - 44.77e9
    //   -> N >= 1.12e12 / 32.54e9 = 34.4 -> 35 GPUs (32 before the usable fraction, against 80e9).
    const double layers = std::cbrt(70e9 / (12.0 * 128 * 128));
    const double activations = 34.0 * 2048 * 1 * (128 * layers) * layers;
    const int expected = static_cast<int>(std::ceil(16 * 70e9 / (0.9 * kGpu80GB - activations)));
    QCOMPARE(expected, 35); // the hand figure above

    const MemoryReport r = memoryFor(inputs(70e9, 3, 1), constants());
    FRONTIER_COMPARE_REL(r.activationBytesPerGpu, activations, 1e-12);
    FRONTIER_COMPARE_REL(r.activationBytesPerGpu, 44.77e9, 1e-3);
    QVERIFY(!r.fits); // 1,120 GB + activations on one GPU
    QVERIFY(r.minGpus.has_value());
    QCOMPARE(*r.minGpus, expected);
    // minGpus does not depend on the GPU count asked about.
    QCOMPARE(*memoryFor(inputs(70e9, 3, 8), constants()).minGpus, expected);
    QVERIFY(memoryFor(inputs(70e9, 3, 35), constants()).fits);
    QVERIFY(!memoryFor(inputs(70e9, 3, 34), constants()).fits);
}

void TestMemory::seventyBAtStageZeroNeverFits()
{
    // Unsharded, every GPU holds 1,120 GB of state (16 B/param, ZeRO §3.1): no count of 80 GB GPUs helps.
    for (const int gpus : {1, 64, 4096}) {
        const MemoryReport r = memoryFor(inputs(70e9, 0, gpus), constants());
        QVERIFY(!r.fits);
        QVERIFY2(!r.minGpus.has_value(), qPrintable(QString::number(r.minGpus.value_or(-1))));
    }
}

void TestMemory::oneBFitsOnOneGpu()
{
    // 1B: 16 GB of state (ZeRO §3.1) + 34·s·b·h·L activations (Korthikanti §5) with
    // L = (1e9 / (12·128²))^(1/3) = 17.20, h = 2,202: 34·2048·2202·17.20 = 2.64 GB; 18.64 GB <= 0.9 x 80 GiB.
    const double layers = std::cbrt(1e9 / (12.0 * 128 * 128));
    const double expected = 16e9 + 34.0 * 2048 * (128 * layers) * layers;
    for (const int stage : {0, 1, 2, 3}) {
        const MemoryReport r = memoryFor(inputs(1e9, stage, 1), constants());
        FRONTIER_COMPARE_REL(r.totalBytesPerGpu, expected, 1e-12); // sharding over 1 GPU changes nothing
        FRONTIER_COMPARE_REL(r.totalBytesPerGpu, 18.64e9, 1e-3);
        QVERIFY(r.fits);
        QVERIFY(r.minGpus.has_value());
        QCOMPARE(*r.minGpus, 1);
    }
}

void TestMemory::minGpusIsTheFewestThatFit_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<double>("params");
    QTest::addColumn<QString>("recompute");
    for (const int stage : {1, 2, 3})
        for (const double params : {3e9, 13e9, 70e9, 175e9})
            for (const char *recompute : {"selective", "full"})
                QTest::newRow(qPrintable(QStringLiteral("stage %1, %2B, %3")
                                             .arg(stage)
                                             .arg(params / 1e9)
                                             .arg(QLatin1String(recompute))))
                    << stage << params << QString::fromLatin1(recompute);
}

void TestMemory::minGpusIsTheFewestThatFit()
{
    // Whatever the formula, minGpus must agree with memoryFor itself: N fits, N - 1 does not.
    QFETCH(int, stage);
    QFETCH(double, params);
    QFETCH(QString, recompute);
    MemoryInputs in = inputs(params, stage, 1);
    in.recompute = parseRecompute(recompute.toStdString());
    const MemoryReport r = memoryFor(in, constants());
    if (!r.minGpus) {
        // Nothing fits: not even a huge count does.
        in.gpus = 1 << 20;
        QVERIFY(!memoryFor(in, constants()).fits);
        return;
    }
    in.gpus = *r.minGpus;
    QVERIFY2(memoryFor(in, constants()).fits, qPrintable(QStringLiteral("%1 GPUs do not fit").arg(in.gpus)));
    if (in.gpus > 1) {
        in.gpus -= 1;
        QVERIFY2(!memoryFor(in, constants()).fits,
                 qPrintable(QStringLiteral("%1 GPUs already fit").arg(in.gpus)));
    }
}

void TestMemory::usableFraction()
{
    // A plan may fill 90 % of what the vendor sells (vLLM's default gpu_memory_utilization 0.90,
    // vllm/engine/arg_utils.py); the CUDA context and allocator fragmentation take the rest.
    MemoryInputs in = inputs(1e9, 0, 1);
    const double needed = memoryFor(in, constants()).totalBytesPerGpu; // 18.64 GB (oneBFitsOnOneGpu)
    in.gpuMemoryBytes = needed / 0.95;                                  // it needs 95 % of the card
    MemoryReport r = memoryFor(in, constants());
    FRONTIER_COMPARE_REL(r.usableBytesPerGpu, 0.9 * in.gpuMemoryBytes, 1e-12);
    QVERIFY(!r.fits);
    QVERIFY(!r.minGpus); // stage 0 shards nothing: no GPU count helps
    in.gpuMemoryBytes = needed / 0.85;                                  // 85 % of the card
    r = memoryFor(in, constants());
    QVERIFY(r.fits);
    // On an 80 GB (80 GiB) card: 77.31e9 bytes usable.
    FRONTIER_COMPARE_REL(memoryFor(inputs(1e9, 0, 1), constants()).usableBytesPerGpu, 77309411328.0, 1e-12);
}

void TestMemory::badInput_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("ZeRO stage 4") << 0 << "ZeRO stage must be 0, 1, 2 or 3, got 4";
    QTest::newRow("ZeRO stage -1") << 1 << "ZeRO stage must be 0, 1, 2 or 3, got -1";
    QTest::newRow("zero GPUs") << 2 << "the number of GPUs must be at least 1, got 0";
    QTest::newRow("negative parameters") << 3 << "parameters must be positive, got -7";
    QTest::newRow("NaN parameters") << 4 << "parameters must be a finite number";
    QTest::newRow("negative parameters, shape only") << 5 << "parameters must be positive";
    QTest::newRow("zero GPU memory") << 6 << "GPU memory must be positive, got 0";
    QTest::newRow("zero micro-batch") << 7 << "micro-batch must be positive, got 0";
    QTest::newRow("unknown recompute name") << 8 << "unknown recomputation 'partial'";
    QTest::newRow("malformed JSON") << 9 << "memory.json: malformed JSON";
    QTest::newRow("constant without a source")
        << 10 << "memory constants: 'fp16_gradients_bytes' has no source";
    QTest::newRow("missing section") << 11 << "memory.json: malformed JSON";
    QTest::newRow("non-numeric value") << 12 << "memory.json: malformed JSON";
    QTest::newRow("usable fraction above 1") << 13 << "the usable memory fraction must be at most 1, got 1.2";
    QTest::newRow("usable fraction 0") << 14 << "must be positive, got 0";
}

void TestMemory::badInput()
{
    QFETCH(int, which);
    QFETCH(QString, message);
    const std::string noSource = memoryJsonWith("\"fp16_gradients_bytes\": {\"value\": 2, \"source\"",
                                                "\"fp16_gradients_bytes\": {\"value\": 2, \"note\"");
    const std::string noShape = memoryJsonWith("\"shape\":", "\"shapes\":");
    const std::string textValue = memoryJsonWith("{\"value\": 34,", "{\"value\": \"34\",");
    const std::string aboveOne = memoryJsonWith("\"fraction\": {\"value\": 0.9,", "\"fraction\": {\"value\": 1.2,");
    const std::string zero = memoryJsonWith("\"fraction\": {\"value\": 0.9,", "\"fraction\": {\"value\": 0,");
    QVERIFY(!noSource.empty() && !noShape.empty() && !textValue.empty() && !aboveOne.empty() && !zero.empty()); // the edits did apply
    try {
        switch (which) {
        case 0:
            memoryFor(inputs(7e9, 4, 8), constants());
            break;
        case 1:
            memoryFor(inputs(7e9, -1, 8), constants());
            break;
        case 2:
            memoryFor(inputs(7e9, 3, 0), constants());
            break;
        case 3:
            memoryFor(inputs(-7, 0, 1), constants());
            break;
        case 4:
            memoryFor(inputs(std::nan(""), 0, 1), constants());
            break;
        case 5:
            shapeForParams(-1e9, constants());
            break;
        case 6: {
            MemoryInputs in = inputs(7e9, 0, 1);
            in.gpuMemoryBytes = 0;
            memoryFor(in, constants());
            break;
        }
        case 7: {
            MemoryInputs in = inputs(7e9, 0, 1);
            in.microBatch = 0;
            memoryFor(in, constants());
            break;
        }
        case 8:
            parseRecompute("partial");
            break;
        case 9:
            MemoryConstants::fromJson("{\"mixed_precision_adam\": {");
            break;
        case 10:
            MemoryConstants::fromJson(noSource);
            break;
        case 11:
            MemoryConstants::fromJson(noShape);
            break;
        case 12:
            MemoryConstants::fromJson(textValue);
            break;
        case 13:
            MemoryConstants::fromJson(aboveOne);
            break;
        case 14:
            MemoryConstants::fromJson(zero);
            break;
        }
        QFAIL("accepted");
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(message), e.what());
    }
}

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_memory.moc"
