// `frontier shape` as a script sees it: the shapes for a law's N, the exact count of a typed shape
// (the published counts of GPT-2 small, Llama 2 7B/70B and Mistral 7B: sources in tests/model/
// tst_shapes.cpp and resources/shapes/published_configs.json), the config JSON, and the shapes an
// hf2020 plan carries (the 2020 calculator's "3 layers of 536 dimensions" at its 3.23 h start-up).
#include "clitestsupport.h"

using namespace frontier;
using namespace frontier::test;

class TestCliShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countIsExact_data();
    void countIsExact();
    void countsExperts_data();
    void countsExperts();
    void shapesForParams();
    void familyFilterAndConfig();
    void shapesForParamsAsAMixture();
    void hf2020PlanCarriesTheCalculatorsShapes();
    void planTextNamesTheCalculatorsShapes();
    void badInput_data();
    void badInput();
};

void TestCliShape::countIsExact_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qlonglong>("params");
    QTest::addColumn<qlonglong>("nonEmbedding");
    // keras-team/keras-hub gpt2_presets.py: 124,439,808; less 50,257 x 768 + 1,024 x 768 embeddings.
    QTest::newRow("GPT-2 small, tied") << QStringList{QStringLiteral("--family"), QStringLiteral("gpt2"), QStringLiteral("--layers"), QStringLiteral("12"),
                                                   QStringLiteral("--d-model"), QStringLiteral("768"), QStringLiteral("--heads"), QStringLiteral("12"),
                                                   QStringLiteral("--ffn"), QStringLiteral("3072"), QStringLiteral("--vocab"), QStringLiteral("50257"),
                                                   QStringLiteral("--context"), QStringLiteral("1024"), QStringLiteral("--tied-embeddings")}
                                    << 124439808LL << 85056000LL;
    // keras-team/keras-hub llama_presets.py: 6,738,415,616.
    QTest::newRow("Llama 2 7B") << QStringList{QStringLiteral("--family"), QStringLiteral("llama"), QStringLiteral("--layers"), QStringLiteral("32"),
                                            QStringLiteral("--d-model"), QStringLiteral("4096"), QStringLiteral("--heads"), QStringLiteral("32"),
                                            QStringLiteral("--ffn"), QStringLiteral("11008"), QStringLiteral("--vocab"), QStringLiteral("32000")}
                             << 6738415616LL << 6738415616LL - 2LL * 32000 * 4096;
    // togethercomputer/together-python finetune.py: 68,976,648,192.
    QTest::newRow("Llama 2 70B, 8 KV heads") << QStringList{QStringLiteral("--family"), QStringLiteral("llama"), QStringLiteral("--layers"), QStringLiteral("80"),
                                                         QStringLiteral("--d-model"), QStringLiteral("8192"), QStringLiteral("--heads"), QStringLiteral("64"),
                                                         QStringLiteral("--kv-heads"), QStringLiteral("8"), QStringLiteral("--ffn"), QStringLiteral("28672"),
                                                         QStringLiteral("--vocab"), QStringLiteral("32000"), QStringLiteral("--context"), QStringLiteral("4096")}
                                          << 68976648192LL << 68976648192LL - 2LL * 32000 * 8192;
    // keras-team/keras-hub mistral_presets.py: 7,241,732,096.
    QTest::newRow("Mistral 7B") << QStringList{QStringLiteral("--family"), QStringLiteral("llama"), QStringLiteral("--layers"), QStringLiteral("32"),
                                            QStringLiteral("--d-model"), QStringLiteral("4096"), QStringLiteral("--heads"), QStringLiteral("32"),
                                            QStringLiteral("--kv-heads"), QStringLiteral("8"), QStringLiteral("--ffn"), QStringLiteral("14336"),
                                            QStringLiteral("--vocab"), QStringLiteral("32000")}
                             << 7241732096LL << 7241732096LL - 2LL * 32000 * 4096;
}

void TestCliShape::countIsExact()
{
    QFETCH(QStringList, arguments);
    QFETCH(qlonglong, params);
    QFETCH(qlonglong, nonEmbedding);
    const Run run = runFrontier(QStringList{QStringLiteral("shape"), QStringLiteral("--count")} + arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const nlohmann::json answer = jsonOf(run);
    QCOMPARE(answer.at("params").get<qlonglong>(), params);
    QCOMPARE(answer.at("non_embedding_params").get<qlonglong>(), nonEmbedding);
    // The same for people, digits and all.
    const Run text = runFrontier(QStringList{QStringLiteral("shape"), QStringLiteral("--count")} + arguments);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QByteArray::number(params)), text.out.constData());
}

void TestCliShape::countsExperts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qlonglong>("params");
    QTest::addColumn<qlonglong>("active");
    const auto list = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    // keras-team/keras-hub mixtral_presets.py: 46,702,792,704; Mistral AI: 12.9B per token (sources
    // and the arithmetic in tests/model/tst_shapes.cpp and resources/shapes/published_configs.json).
    QTest::newRow("Mixtral 8x7B") << list("--family llama --layers 32 --d-model 4096 --heads 32 --kv-heads 8 --ffn 14336 "
                                          "--vocab 32000 --experts 8 --top-k 2")
                                  << 46702792704LL << 12879925248LL;
    // keras-team/keras-hub qwen_moe_presets.py: 14,315,784,192; Qwen's model card: 2.7B activated.
    QTest::newRow("Qwen1.5-MoE-A2.7B") << list("--family llama --layers 24 --d-model 2048 --heads 16 --ffn 5632 --vocab 151936 "
                                               "--qkv-bias --experts 60 --top-k 4 --expert-ffn 1408 --shared-ffn 5632")
                                       << 14315784192LL << 2689173504LL;
    // Dense: every parameter is active (Mistral 7B, keras-hub mistral_presets.py).
    QTest::newRow("Mistral 7B, dense") << list("--family llama --layers 32 --d-model 4096 --heads 32 --kv-heads 8 --ffn 14336 --vocab 32000")
                                       << 7241732096LL << 7241732096LL;
}

void TestCliShape::countsExperts()
{
    QFETCH(QStringList, arguments);
    QFETCH(qlonglong, params);
    QFETCH(qlonglong, active);
    const Run run = runFrontier(QStringList{QStringLiteral("shape"), QStringLiteral("--count")} + arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const nlohmann::json answer = jsonOf(run);
    QCOMPARE(answer.at("params").get<qlonglong>(), params);
    QCOMPARE(answer.at("active_params").get<qlonglong>(), active);
    const Run text = runFrontier(QStringList{QStringLiteral("shape"), QStringLiteral("--count")} + arguments);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QByteArray::number(active)), text.out.constData());
}

void TestCliShape::shapesForParams()
{
    const Run run = runFrontier({QStringLiteral("shape"), QStringLiteral("--law"), QStringLiteral("hoffmann2022"),
                                 QStringLiteral("--params"), QStringLiteral("7e9"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const nlohmann::json shapes = jsonOf(run).at("shapes");
    QCOMPARE(shapes.size(), std::size_t(4)); // wide and narrow GPT-2 and Llama; no Transformer-XL for this law
    for (const auto &s : shapes) {
        for (const char *key : {"family", "layers", "d_model", "heads", "kv_heads", "ffn", "vocab", "params", "non_embedding_params"})
            QVERIFY2(s.contains(key), key);
        QCOMPARE(s.at("d_model").get<long long>() % 64, 0LL);
        // Chinchilla counts every parameter: the total is within half a layer (< 2 %) of 7e9.
        FRONTIER_COMPARE_REL(s.at("params").get<double>(), 7e9, 0.02);
        QVERIFY(s.at("non_embedding_params").get<double>() < s.at("params").get<double>());
    }
}

void TestCliShape::familyFilterAndConfig()
{
    const Run llama = runFrontier({QStringLiteral("shape"), QStringLiteral("--law"), QStringLiteral("kaplan2020"),
                                   QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--family"),
                                   QStringLiteral("llama"), QStringLiteral("--json")});
    QCOMPARE(llama.exitCode, 0);
    for (const auto &s : jsonOf(llama).at("shapes"))
        QCOMPARE(s.at("family").get<std::string>(), std::string("llama"));
    // --config: the LlamaConfig fields of the first (wide) shape, which from_json_file reads.
    const Run config = runFrontier({QStringLiteral("shape"), QStringLiteral("--law"), QStringLiteral("kaplan2020"),
                                    QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--family"),
                                    QStringLiteral("llama"), QStringLiteral("--config")});
    QCOMPARE(config.exitCode, 0);
    const nlohmann::json c = jsonOf(config);
    QCOMPARE(c.at("model_type").get<std::string>(), std::string("llama"));
    const auto first = jsonOf(llama).at("shapes").at(0);
    QCOMPARE(c.at("hidden_size"), first.at("d_model"));
    QCOMPARE(c.at("num_hidden_layers"), first.at("layers"));
    QCOMPARE(c.at("num_key_value_heads"), first.at("kv_heads"));
    QCOMPARE(c.at("intermediate_size"), first.at("ffn"));
    // The Transformer-XL comes with an hf2020 law only.
    const Run none = runFrontier({QStringLiteral("shape"), QStringLiteral("--law"), QStringLiteral("kaplan2020"),
                                  QStringLiteral("--params"), QStringLiteral("1e9"), QStringLiteral("--family"), QStringLiteral("txl")});
    expectOneLineError(none, QStringLiteral("hf2020"), 2);
}

// --experts and --top-k without --count: the law's N (6.8e9, the active size, as `frontier plan` takes
// it) shaped as a Llama decoder, made a mixture of 8 experts of half its MLP width each (top-2): its
// count is the one `shape --count` gives for that shape typed in full, and its config a MixtralConfig.
void TestCliShape::shapesForParamsAsAMixture()
{
    const QStringList asked = QString::fromLatin1("shape --law hoffmann2022 --params 6.8e9 --experts 8 --top-k 2").split(QLatin1Char(' '));
    const Run run = runFrontier(asked + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const nlohmann::json shapes = jsonOf(run).at("shapes");
    QCOMPARE(shapes.size(), std::size_t(2)); // the wide and narrow Llama; GPT-2 counts no experts
    for (const auto &s : shapes) {
        QCOMPARE(s.at("family").get<std::string>(), std::string("llama"));
        QCOMPARE(s.at("config_class").get<std::string>(), std::string("MixtralConfig"));
        QCOMPARE(s.at("experts").get<int>(), 8);
        QCOMPARE(s.at("top_k").get<int>(), 2);
        QCOMPARE(s.at("expert_ffn").get<long long>(), (s.at("ffn").get<long long>() + 1) / 2);
        // Per token about the law's N (within half a layer), in all about 3.2 times it.
        FRONTIER_COMPARE_REL(s.at("active_params").get<double>(), 6.8e9, 0.02);
        QVERIFY(s.at("params").get<double>() > 3 * s.at("active_params").get<double>());
        const QString typed = QStringLiteral("shape --count --family llama --layers %1 --d-model %2 --heads %3 --kv-heads %4 "
                                             "--ffn %5 --vocab %6 --experts 8 --top-k 2 --expert-ffn %7 --json")
                                  .arg(s.at("layers").get<long long>())
                                  .arg(s.at("d_model").get<long long>())
                                  .arg(s.at("heads").get<long long>())
                                  .arg(s.at("kv_heads").get<long long>())
                                  .arg(s.at("ffn").get<long long>())
                                  .arg(s.at("vocab").get<long long>())
                                  .arg(s.at("expert_ffn").get<long long>());
        const Run count = runFrontier(typed.split(QLatin1Char(' ')));
        QVERIFY2(count.exitCode == 0, count.err.constData());
        QCOMPARE(jsonOf(count).at("params"), s.at("params"));
        QCOMPARE(jsonOf(count).at("active_params"), s.at("active_params"));
    }
    // The wide one is the plan's mixture for the default $20,000 (`frontier plan ... --experts 8 --top-k
    // 2 --json`: 21,834,969,088 in all, 6,820,409,344 per token).
    QCOMPARE(shapes.at(0).at("params").get<long long>(), 21834969088LL);
    QCOMPARE(shapes.at(0).at("active_params").get<long long>(), 6820409344LL);
    const Run config = runFrontier(asked + QStringList{QStringLiteral("--config")});
    QVERIFY2(config.exitCode == 0, config.err.constData());
    const nlohmann::json c = jsonOf(config);
    QCOMPARE(c.at("model_type").get<std::string>(), std::string("mixtral"));
    QCOMPARE(c.at("num_local_experts").get<int>(), 8);
    QCOMPARE(c.at("num_experts_per_tok").get<int>(), 2);
    QCOMPARE(c.at("intermediate_size"), shapes.at(0).at("expert_ffn"));
    QCOMPARE(c.at("num_hidden_layers"), shapes.at(0).at("layers"));
    // GPT-2 has no experts Frontier counts: asked for, refused rather than shown dense.
    expectOneLineError(runFrontier(asked + QStringList{QStringLiteral("--family"), QStringLiteral("gpt2")}),
                       QStringLiteral("llama family only"), 2);
    expectOneLineError(runFrontier(QString::fromLatin1("shape --law hoffmann2022 --params 6.8e9 --experts 2 --top-k 3").split(QLatin1Char(' '))),
                       QStringLiteral("--top-k"), 2);
}

void TestCliShape::hf2020PlanCarriesTheCalculatorsShapes()
{
    // The calculator's start-up (V100, O0, 3.23 h): "3 layers of 536 dimensions", "Or a model of 5
    // layers of 416 dimensions" (conversions.py optimal_model_shape / alternate_model_shape).
    const QStringList plan{QStringLiteral("--law"), QStringLiteral("hf2020"), QStringLiteral("--budget"), QStringLiteral("3.23"),
                           QStringLiteral("--unit"), QStringLiteral("hours"), QStringLiteral("--gpu"), QStringLiteral("v100-sxm2-16gb"),
                           QStringLiteral("--amp"), QStringLiteral("O0"), QStringLiteral("--json")};
    const Run run = runFrontier(QStringList{QStringLiteral("plan")} + plan);
    QCOMPARE(run.exitCode, 0);
    const nlohmann::json shapes = jsonOf(run).at("shapes");
    QVERIFY(shapes.size() >= 2);
    QCOMPARE(shapes[0].at("family").get<std::string>(), std::string("txl"));
    QCOMPARE(shapes[0].at("layers").get<int>(), 3);
    QCOMPARE(shapes[0].at("width").get<int>(), 536);
    QCOMPARE(shapes[1].at("layers").get<int>(), 5);
    QCOMPARE(shapes[1].at("width").get<int>(), 416);
    // `frontier shape` with the same plan options gives the same, and --config its TransfoXLConfig.
    const Run shape = runFrontier(QStringList{QStringLiteral("shape"), QStringLiteral("--family"), QStringLiteral("txl")} + plan);
    QCOMPARE(shape.exitCode, 0);
    QCOMPARE(jsonOf(shape).at("shapes").at(0).at("width").get<int>(), 536);
    const Run config = runFrontier(QStringList{QStringLiteral("shape"), QStringLiteral("--config")} + plan);
    QCOMPARE(config.exitCode, 0);
    const nlohmann::json c = jsonOf(config);
    QCOMPARE(c.at("d_model").get<int>(), 536);
    QCOMPARE(c.at("n_layer").get<int>(), 3);
    QCOMPARE(c.at("n_head").get<int>(), 8);
    QCOMPARE(c.at("d_head").get<int>(), 67);
    QCOMPARE(c.at("tgt_len").get<int>(), 152);
}

void TestCliShape::planTextNamesTheCalculatorsShapes()
{
    const Run run = runFrontier({QStringLiteral("plan"), QStringLiteral("--law"), QStringLiteral("hf2020"), QStringLiteral("--budget"),
                                 QStringLiteral("3.23"), QStringLiteral("--unit"), QStringLiteral("hours"), QStringLiteral("--gpu"),
                                 QStringLiteral("v100-sxm2-16gb"), QStringLiteral("--amp"), QStringLiteral("O0")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("3 layers of 536 dimensions, or 5 layers of 416")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("depth 4.")), qPrintable(out)); // no fractional depth any more
    // and the report says it in its paragraph.
    const Run report = runFrontier({QStringLiteral("report"), QStringLiteral("--law"), QStringLiteral("hf2020"), QStringLiteral("--budget"),
                                    QStringLiteral("3.23"), QStringLiteral("--unit"), QStringLiteral("hours"), QStringLiteral("--gpu"),
                                    QStringLiteral("v100-sxm2-16gb"), QStringLiteral("--amp"), QStringLiteral("O0")});
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(report.out.contains("Transformer-XL of 3 layers of 536 dimensions, or of 5 layers of 416"), report.out.constData());
}

void TestCliShape::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString shape = QStringLiteral("shape");
    QTest::newRow("unknown family") << QStringList{shape, QStringLiteral("--law"), QStringLiteral("kaplan2020"), QStringLiteral("--params"),
                                                   QStringLiteral("1e9"), QStringLiteral("--family"), QStringLiteral("rwkv")}
                                    << QStringLiteral("--family");
    QTest::newRow("count without layers") << QStringList{shape, QStringLiteral("--count"), QStringLiteral("--family"), QStringLiteral("llama"),
                                                         QStringLiteral("--d-model"), QStringLiteral("4096"), QStringLiteral("--heads"), QStringLiteral("32"),
                                                         QStringLiteral("--ffn"), QStringLiteral("11008"), QStringLiteral("--vocab"), QStringLiteral("32000")}
                                          << QStringLiteral("--layers");
    QTest::newRow("heads that do not divide") << QStringList{shape, QStringLiteral("--count"), QStringLiteral("--family"), QStringLiteral("llama"),
                                                             QStringLiteral("--layers"), QStringLiteral("2"), QStringLiteral("--d-model"), QStringLiteral("100"),
                                                             QStringLiteral("--heads"), QStringLiteral("3"), QStringLiteral("--ffn"), QStringLiteral("256"),
                                                             QStringLiteral("--vocab"), QStringLiteral("10")}
                                              << QStringLiteral("do not divide");
    QTest::newRow("a fractional layer count") << QStringList{shape, QStringLiteral("--count"), QStringLiteral("--family"), QStringLiteral("gpt2"),
                                                             QStringLiteral("--layers"), QStringLiteral("1.5"), QStringLiteral("--d-model"), QStringLiteral("64"),
                                                             QStringLiteral("--heads"), QStringLiteral("1"), QStringLiteral("--ffn"), QStringLiteral("256"),
                                                             QStringLiteral("--vocab"), QStringLiteral("10"), QStringLiteral("--context"), QStringLiteral("8")}
                                              << QStringLiteral("--layers");
    QTest::newRow("count of a Transformer-XL") << QStringList{shape, QStringLiteral("--count"), QStringLiteral("--family"), QStringLiteral("txl")}
                                               << QStringLiteral("gpt2 or llama");
    const QStringList mistral = QString::fromLatin1("shape --count --family llama --layers 32 --d-model 4096 --heads 32 "
                                                    "--kv-heads 8 --ffn 14336 --vocab 32000").split(QLatin1Char(' '));
    QTest::newRow("experts without top-k") << mistral + QStringList{QStringLiteral("--experts"), QStringLiteral("8")}
                                           << QStringLiteral("--experts and --top-k");
    QTest::newRow("top-k above the experts") << mistral + QStringList{QStringLiteral("--experts"), QStringLiteral("8"),
                                                                      QStringLiteral("--top-k"), QStringLiteral("9")}
                                             << QStringLiteral("--top-k");
    QTest::newRow("expert width without experts") << mistral + QStringList{QStringLiteral("--expert-ffn"), QStringLiteral("1024")}
                                                  << QStringLiteral("--experts");
}

void TestCliShape::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    expectOneLineError(runFrontier(arguments), message, 2);
}

QTEST_GUILESS_MAIN(TestCliShape)
#include "tst_cli_shape.moc"
