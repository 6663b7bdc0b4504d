// What a token costs (model/serve): weights at 16, 8 and 4 bits, the KV cache, the GPUs that hold
// them, decode speed as the slower of the memory and compute bounds, and dollars, kWh and CO2 per
// million tokens. Every expected figure is worked out by hand in the comment beside it from:
//   Llama 2 7B: 6,738,415,616 parameters, 32 layers, 32 KV heads x 128 (keras-hub llama_presets.py;
//     config.json of meta-llama/Llama-2-7b-hf), Llama 2 70B: 68,976,648,192, 80 layers, 8 KV heads x 128
//     (together-python finetune.py; config.json of meta-llama/Llama-2-70b-hf);
//   H100 SXM (resources/hardware/accelerators.json, Epoch AI): 80 GiB, 3.35e12 B/s, 989.4e12 bf16 FLOP/s,
//     700 W; NVIDIA's H100 datasheet prints the same 3.35 TB/s for the SXM part;
//   serving.json: MFU 0.4, 90% of memory usable, 2 bytes per KV element.
#include "testsupport.h"

#include "data/resourcedata.h"
#include "data/servingdata.h"
#include "model/core/errors.h"
#include "model/hardware/accelerators.h"
#include "model/serve/serving.h"
#include "model/serve/servingsetup.h"

#include <cmath>
#include <limits>

using namespace frontier;

namespace {

const ServingConstants &constants()
{
    return data::servingConstants();
}

ServedModel llama2_7b()
{
    return {6738415616.0, 6738415616.0, 32, 32, 128, 0, 0};
}

ServingHardware h100()
{
    const Accelerator &chip = data::accelerators().get("h100-sxm");
    ServingHardware hw;
    hw.memoryBytes = *chip.memoryBytes;
    hw.bandwidthBytesPerSecond = *chip.memoryBandwidthBytesPerSecond;
    hw.peakFlopsPerSecond = chip.peak(Precision::BF16);
    hw.watts = *chip.tdpW;
    hw.usdPerGpuHour = 2.0;
    hw.powerFraction = 1.0;
    hw.pue = 1.1;
    hw.gridGramsPerKwh = 475;
    return hw;
}

ServingInputs inputs(ServedModel model, double bits, double context, double batch)
{
    ServingInputs in;
    in.model = model;
    in.compression.bitsPerWeight = bits;
    in.load = {context, batch};
    in.hardware = h100();
    return in;
}

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

} // namespace

class TestServing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantsCarryTheirSources();
    void weightBytesAtEachWidth_data();
    void weightBytesAtEachWidth();
    void kvCacheOfLlama2();
    void batchOneIsBandwidthBound();
    void largeBatchIsComputeBound();
    void quantisationFitsSeventyBOnOneGpu();
    void pruningCutsBytesNotFlops();
    void sparseModelUsesActiveParamsForCompute();
    void expertsReadAreTheRoutedOnes();
    void planOfAMixtureIsServedWithEveryExpert();
    void lossPenaltyIsAddedAsTyped();
    void refusesBadInput_data();
    void refusesBadInput();
};

void TestServing::constantsCarryTheirSources()
{
    const ServingConstants &c = constants();
    QCOMPARE(c.mfu, 0.4);
    QCOMPARE(c.memoryFraction, 0.9);
    QCOMPARE(c.kvBytesPerElement, 2.0);
    QVERIFY(c.sources.at("memory_fraction").find("vLLM") != std::string::npos);
    QVERIFY(c.compressionSource.find("arXiv:2002.11794") != std::string::npos);
    QVERIFY(!c.compressionFinding.empty());
    QVERIFY(c.assumptions.size() >= 4);
}

void TestServing::weightBytesAtEachWidth_data()
{
    QTest::addColumn<double>("bits");
    QTest::addColumn<double>("expected");
    // 6,738,415,616 x bits / 8.
    QTest::newRow("Llama 2 7B, 16 bits = 13.48 GB") << 16.0 << 13476831232.0;
    QTest::newRow("Llama 2 7B, 8 bits = 6.74 GB") << 8.0 << 6738415616.0;
    QTest::newRow("Llama 2 7B, 4 bits = 3.37 GB") << 4.0 << 3369207808.0;
    QTest::newRow("Llama 2 7B, 3.5 bits typed = 2.95 GB") << 3.5 << 2948056832.0;
}

void TestServing::weightBytesAtEachWidth()
{
    QFETCH(double, bits);
    QFETCH(double, expected);
    QCOMPARE(weightBytes(6738415616.0, bits, 0, constants()), expected);
}

void TestServing::kvCacheOfLlama2()
{
    // 2 x 32 layers x 32 KV heads x 128 x 2 bytes = 524,288 B per token; x 4096 = 2 GiB per sequence.
    QCOMPARE(kvCacheBytes(llama2_7b(), {4096, 1}, constants()), 2147483648.0);
    QCOMPARE(kvCacheBytes(llama2_7b(), {4096, 8}, constants()), 8 * 2147483648.0);
    // Llama 2 70B's grouped-query attention: 2 x 80 x 8 x 128 x 2 x 4096 = 1,342,177,280 B.
    QCOMPARE(kvCacheBytes({68976648192.0, 68976648192.0, 80, 8, 128}, {4096, 1}, constants()), 1342177280.0);
}

void TestServing::batchOneIsBandwidthBound()
{
    // A step reads 13,476,831,232 + 2,147,483,648 = 15,624,314,880 B: 3.35e12 / 15.62e9 = 214.41 tok/s,
    // against 989.4e12 x 0.4 / (2 x 6.738e9) = 29,366 tok/s compute-bound: memory wins.
    ServingReport r = serve(inputs(llama2_7b(), 16, 4096, 1), constants());
    QCOMPARE(r.gpusNeeded, 1); // 15.6e9 B in 0.9 x 80 GiB = 77.3e9 B
    QCOMPARE(r.bytesPerStep, 15624314880.0);
    QVERIFY2(near(r.tokensPerSecond, 214.4094, 1e-6), qPrintable(QString::number(r.tokensPerSecond)));
    QVERIFY2(near(r.computeBoundTokensPerSecond, 29365.95, 1e-6), qPrintable(QString::number(r.computeBoundTokensPerSecond)));
    QCOMPARE(r.bound, ServingBound::Memory);
    // A million tokens take 1e6 / 214.41 / 3600 = 1.29555 GPU-hours: $2.5911 at $2, x 700 W x PUE 1.1 =
    // 0.99757 kWh, x 475 g/kWh = 0.47385 kg CO2.
    QVERIFY(near(r.gpuHoursPerMillionTokens, 1.2955485, 1e-6));
    QVERIFY(near(*r.usdPerMillionTokens, 2.5910970, 1e-6));
    QVERIFY(near(r.kwhPerMillionTokens, 0.99757234, 1e-6));
    QVERIFY(near(*r.co2KgPerMillionTokens, 0.47384686, 1e-6));
    // With the KV cache of one token only, the weights alone: 3.35e12 / 13.48e9 = 248.57 tok/s.
    r = serve(inputs(llama2_7b(), 16, 1, 1), constants());
    QVERIFY2(near(r.tokensPerSecond, 248.5651, 1e-6), qPrintable(QString::number(r.tokensPerSecond)));
}

void TestServing::largeBatchIsComputeBound()
{
    // 1024 sequences of 128 tokens: KV = 1024 x 128 x 524,288 = 68,719,476,736 B; with the weights
    // 82,196,307,968 B, 1.06 GPUs' usable memory, so 2 GPUs. Memory bound: 1024 x 2 x 3.35e12 / 82.2e9 =
    // 83,468 tok/s; compute bound: 2 x 29,366 = 58,732 tok/s: compute wins.
    const ServingReport r = serve(inputs(llama2_7b(), 16, 128, 1024), constants());
    QCOMPARE(r.gpusNeeded, 2);
    QVERIFY2(near(r.memoryBoundTokensPerSecond, 83468.469, 1e-6), qPrintable(QString::number(r.memoryBoundTokensPerSecond)));
    QVERIFY2(near(r.tokensPerSecond, 58731.907, 1e-6), qPrintable(QString::number(r.tokensPerSecond)));
    QCOMPARE(r.bound, ServingBound::Compute);
    QCOMPARE(servingBoundName(r.bound), std::string("compute"));
}

void TestServing::quantisationFitsSeventyBOnOneGpu()
{
    // Llama 2 70B at 16 bits: 137,953,296,384 + 1,342,177,280 B = 1.80 GPUs' usable memory -> 2 GPUs,
    // 2 x 3.35e12 / 139.3e9 = 48.10 tok/s. At 4 bits: 34,488,324,096 + 1,342,177,280 = 35.83e9 B, one GPU,
    // 3.35e12 / 35.83e9 = 93.50 tok/s.
    const ServedModel seventy{68976648192.0, 68976648192.0, 80, 8, 128, 0, 0};
    const ServingReport full = serve(inputs(seventy, 16, 4096, 1), constants());
    QCOMPARE(full.gpusNeeded, 2);
    QVERIFY2(near(full.tokensPerSecond, 48.0992, 1e-5), qPrintable(QString::number(full.tokensPerSecond)));
    const ServingReport four = serve(inputs(seventy, 4, 4096, 1), constants());
    QCOMPARE(four.gpusNeeded, 1);
    QVERIFY2(near(four.tokensPerSecond, 93.4958, 1e-5), qPrintable(QString::number(four.tokensPerSecond)));
    // Dollars per token go as GPUs / speed: (1 / 93.50) / (2 / 48.10) = 0.2572 of the 16-bit cost.
    QVERIFY(near(*four.usdPerMillionTokens / *full.usdPerMillionTokens, 0.25722, 1e-4));
}

void TestServing::pruningCutsBytesNotFlops()
{
    // Half the weights pruned: 6,738,415,616 x 0.5 x 2 = 6,738,415,616 B stored and read.
    ServingInputs in = inputs(llama2_7b(), 16, 1, 1);
    in.compression.prunedFraction = 0.5;
    const ServingReport r = serve(in, constants());
    QCOMPARE(r.weightBytes, 6738415616.0);
    // 3.35e12 / (6,738,415,616 + 524,288) = 497.11 tok/s; the compute bound is unchanged (29,366).
    QVERIFY2(near(r.tokensPerSecond, 497.1108, 1e-5), qPrintable(QString::number(r.tokensPerSecond)));
    QVERIFY(near(r.computeBoundTokensPerSecond, 29365.95, 1e-6));
}

void TestServing::sparseModelUsesActiveParamsForCompute()
{
    // A model storing 4x the 7B's parameters but using the 7B's per token: memory for all of them
    // (53.9e9 B), FLOPs for the active ones (the compute bound stays 29,366 tok/s per GPU).
    ServedModel sparse = llama2_7b();
    sparse.totalParams = 4 * 6738415616.0;
    const ServingReport r = serve(inputs(sparse, 16, 1, 1), constants());
    QCOMPARE(r.weightBytes, 4 * 13476831232.0);
    QVERIFY(near(r.computeBoundTokensPerSecond, 29365.95, 1e-6));
    // 3.35e12 / (53,907,324,928 + 524,288) = 62.14 tok/s.
    QVERIFY2(near(r.tokensPerSecond, 62.1431, 1e-5), qPrintable(QString::number(r.tokensPerSecond)));
}

void TestServing::expertsReadAreTheRoutedOnes()
{
    // Mixtral 8x7B (Jiang et al. 2024; counted in tst_shapes): 46,702,792,704 parameters stored,
    // 12,879,925,248 used per token, 8 experts of which 2 a token. Its experts hold
    // 32 layers x 8 x 3 x 4096 x 14336 = 45,097,156,608 (= (total - active) x 8/6 exactly), the rest,
    // 1,605,636,096, is shared (embeddings, attention, norms, routers).
    ServedModel mixtral{46702792704.0, 12879925248.0, 32, 8, 128, 8, 2};
    const double experts = 45097156608.0, shared = 1605636096.0;
    // Batch 1: one token reads its 2 experts: exactly N_active / N_total.
    QVERIFY(near(weightShareReadPerStep(mixtral, 1), 12879925248.0 / 46702792704.0, 1e-15));
    // Batch 4: each expert is missed by all four tokens with probability (6/8)^4, so 1 - 0.31640625
    // of the experts are read.
    QVERIFY(near(weightShareReadPerStep(mixtral, 4), (shared + experts * (1 - 0.31640625)) / 46702792704.0, 1e-15));
    // Batch 256: every expert, to 1e-30.
    QVERIFY(near(weightShareReadPerStep(mixtral, 256), 1, 1e-15));
    // A dense model, or routing not known: every stored weight.
    QCOMPARE(weightShareReadPerStep(llama2_7b(), 1), 1.0);
    ServedModel unknown = mixtral;
    unknown.experts = unknown.topK = 0;
    QCOMPARE(weightShareReadPerStep(unknown, 1), 1.0);
    ServedModel bad = mixtral;
    bad.topK = 9;
    QVERIFY_THROWS_EXCEPTION(InputError, weightShareReadPerStep(bad, 1));

    // Served at batch 1 on an H100 SXM (3.35e12 B/s, 80 GB at 90 %): 93.4 GB of weights need two GPUs,
    // a step reads the 25.76 GB of the active weights plus a 0.54 GB KV cache (32 x 8 x 128 x 2 x 2 B x
    // 4096 tokens = 536,870,912 B), split over both: 2 x 3.35e12 / 26,296,721,408 = 254.78 tok/s.
    const ServingReport r = serve(inputs(mixtral, 16, 4096, 1), constants());
    QCOMPARE(r.weightBytes, 2 * 46702792704.0);
    QCOMPARE(r.gpusNeeded, 2);
    QCOMPARE(r.bytesPerStep, 2 * 12879925248.0 + 536870912.0);
    QVERIFY2(near(r.tokensPerSecond, 2 * 3.35e12 / (2 * 12879925248.0 + 536870912.0), 1e-12), qPrintable(QString::number(r.tokensPerSecond)));
}

void TestServing::lossPenaltyIsAddedAsTyped()
{
    QCOMPARE(compressedLoss(1.94, 0.05, constants()), 1.99);
    QCOMPARE(compressedLoss(1.94, 0, constants()), 1.94);
    QVERIFY_THROWS_EXCEPTION(InputError, compressedLoss(1.94, -0.1, constants()));
    QVERIFY_THROWS_EXCEPTION(InputError, compressedLoss(1.94, std::nan(""), constants()));
}

void TestServing::refusesBadInput_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what : {"NaN parameters", "active above total", "negative bits", "zero bits", "40 bits",
                             "pruned all", "negative pruning", "context 0", "context 1.5", "batch 0", "NaN batch",
                             "no KV heads", "no GPU memory", "NaN bandwidth", "zero peak", "zero watts",
                             "negative price", "more GPUs than any replica"}) {
        QTest::newRow(what) << QString::fromLatin1(what);
    }
}

void TestServing::refusesBadInput()
{
    QFETCH(QString, what);
    ServingInputs in = inputs(llama2_7b(), 16, 4096, 1);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::string code;
    if (what == QLatin1String("NaN parameters")) { in.model.totalParams = nan; code = "value.not_finite"; }
    else if (what == QLatin1String("active above total")) { in.model.activeParams = 2 * in.model.totalParams; code = "serve.active_above_total"; }
    else if (what == QLatin1String("negative bits")) { in.compression.bitsPerWeight = -4; code = "serve.bits_range"; }
    else if (what == QLatin1String("zero bits")) { in.compression.bitsPerWeight = 0; code = "serve.bits_range"; }
    else if (what == QLatin1String("40 bits")) { in.compression.bitsPerWeight = 40; code = "serve.bits_range"; }
    else if (what == QLatin1String("pruned all")) { in.compression.prunedFraction = 1; code = "serve.pruned_range"; }
    else if (what == QLatin1String("negative pruning")) { in.compression.prunedFraction = -0.1; code = "serve.pruned_range"; }
    else if (what == QLatin1String("context 0")) { in.load.contextTokens = 0; code = "serve.context_range"; }
    else if (what == QLatin1String("context 1.5")) { in.load.contextTokens = 1.5; code = "serve.context_range"; }
    else if (what == QLatin1String("batch 0")) { in.load.batch = 0; code = "serve.batch_range"; }
    else if (what == QLatin1String("NaN batch")) { in.load.batch = nan; code = "serve.batch_range"; }
    else if (what == QLatin1String("no KV heads")) { in.model.kvHeads = 0; code = "serve.shape_count"; }
    else if (what == QLatin1String("no GPU memory")) { in.hardware.memoryBytes = 0; code = "value.not_positive"; }
    else if (what == QLatin1String("NaN bandwidth")) { in.hardware.bandwidthBytesPerSecond = nan; code = "serve.bandwidth"; }
    else if (what == QLatin1String("zero peak")) { in.hardware.peakFlopsPerSecond = 0; code = "value.not_positive"; }
    else if (what == QLatin1String("zero watts")) { in.hardware.watts = 0; code = "value.not_positive"; }
    else if (what == QLatin1String("negative price")) { in.hardware.usdPerGpuHour = -1; code = "value.negative"; }
    else if (what == QLatin1String("more GPUs than any replica")) { in.load = {10000000, 1000000}; code = "serve.too_many_gpus"; }
    try {
        serve(in, constants());
        QFAIL("accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, code);
    }
}

// The default $20,000 on 8 H100 SXM as a mixture of 8 experts, top-2: served, its memory holds all
// 21,834,969,088 parameters and each token computes with 6,820,409,344 (`frontier plan ... --experts 8
// --top-k 2 --json`), on the 37 layers and 8 KV heads of 128 of its own shape; the dense plan of the
// same budget holds only its N.
void TestServing::planOfAMixtureIsServedWithEveryExpert()
{
    const Law &law = data::lawCatalog().law("hoffmann2022");
    PlanChoices choices;
    choices.gpu = "h100-sxm";
    choices.gpus = 8;
    const ResolvedSetup setup = resolveSetup(choices, data::catalogs(), law);
    PlanRequest request;
    request.budgetAmount = 20000, request.budgetUnit = BudgetUnit::Usd;
    request.moe = MixtureOfExperts{8, 2, 0, 0};
    const Plan sparse = makePlan(law, request, setup, data::catalogs());
    QVERIFY(sparse.sparse);
    ServingRequest serving;
    serving.compression.bitsPerWeight = 16;
    serving.load = {4096, 1};
    const PlanServing served = servePlan(sparse, setup, law, data::catalogs(), serving, constants());
    QCOMPARE(served.model.model.totalParams, 21834969088.0);
    QCOMPARE(served.model.model.activeParams, 6820409344.0);
    QCOMPARE(served.model.model.layers, std::int64_t(37));
    QCOMPARE(served.model.model.kvHeads, std::int64_t(8));
    QCOMPARE(served.model.model.headDim, std::int64_t(128));
    QCOMPARE(served.report.weightBytes, 2 * 21834969088.0); // 16 bits a weight, every expert held
    request.moe.reset();
    const Plan dense = makePlan(law, request, setup, data::catalogs());
    const PlanServing denseServed = servePlan(dense, setup, law, data::catalogs(), serving, constants());
    QCOMPARE(denseServed.model.model.totalParams, dense.allocation.params);
    QCOMPARE(denseServed.model.model.activeParams, dense.allocation.params);
}

QTEST_GUILESS_MAIN(TestServing)
#include "tst_serving.moc"
