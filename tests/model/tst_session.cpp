// Sessions (model/plan/session.h): a session round-trips exactly through its JSON, malformed or
// implausible files are refused whole with a message naming the key (or the id and its close
// matches), and missing or unknown keys load with one note each.
//
// The ids and ranges the refusals name come from the shipped catalogues and resources/limits.json;
// the round trip includes doubles whose shortest decimal form is long (0.1 + 0.2, 1/3) and runs in a
// comma locale (de_DE) too.

#include "testsupport.h"

#include "model/core/errors.h"
#include "model/plan/session.h"
#include "data/resourcedata.h"
#include "data/sessionfile.h"

#include <clocale>

using namespace frontier;
using nlohmann::json;

Q_DECLARE_METATYPE(frontier::Session)

namespace {

// A session with every field away from its default.
Session everythingSet()
{
    Session s;
    PlanInputs &in = s.inputs;
    in.lawId = "hoffmann2022";
    in.overrides = {{"E", 0.1 + 0.2 + 1.5}, {"alpha", 1.0 / 3.0}};
    in.mode = PlanMode::FixedJob;
    in.budgetAmount = 123456.789;
    in.budgetUnit = BudgetUnit::GpuHours;
    in.params = 6.7e9;
    in.tokens = 1.0 / 3.0 * 1e12;
    in.batchTokens = 0.1 * 3 * 1048576; // not a round number either
    in.uniqueTokens = 25e9 / 3;
    in.targetLoss = 2 + 1.0 / 3.0;
    PlanChoices &c = in.choices;
    c.gpu = "a100-sxm4-80gb";
    c.gpus = 64;
    c.offer = "";
    c.usdPerGpuHour = 1.99;
    c.pricing = Pricing::ThreeYear;
    c.precision = Precision::TF32;
    c.amp = std::nullopt;
    c.mfu = 0.37;
    c.peakFlops = 3.12e14;
    c.overhead = 1.15;
    c.gpuWatts = 400;
    c.powerFraction = 0.8;
    c.pue = 1.1;
    c.region = "gcp/us-central1";
    c.gridDataset = "mlco2";
    c.country = "FRA";
    c.gridGramsPerKwh = 56.7;
    c.usdPerKwh = 0.12;
    c.zeroStage = 3;
    c.microBatch = 2;
    c.sequenceLength = 4096;
    c.recompute = Recompute::Selective;
    s.chart.lossX = Log10Range{17.5, 25.25};
    s.chart.allocationY = Log10Range{-0.5, 13};
    s.compare = {"gcp", "h100-sxm", 4.5, true};
    s.runsPath = "/home/ana/runs/Läufe 2026.csv";
    s.userCatalogPaths = {"/home/ana/offers.csv", "C:\\Users\\ana\\chips.json"};
    s.serving = ServingSettings{4, 0.1 + 0.2, 8192, 16, "lambda/h100-pcie/1gpu", Pricing::OneYear, 1.0 / 30.0};
    s.inference = {2e12 / 3, "lambda/h100-pcie/1gpu", ServingCostModel::SardanaMfu, LifetimeObjective::Co2};
    s.comparedRun = "chinchilla-70b";
    return s;
}

std::string defaultText() { return sessionJson(Session{}); }

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripIsExact_data();
    void roundTripIsExact();
    void roundTripInACommaLocale();
    void writesTheSchemaVersionFirst();
    void malformedIsRefused_data();
    void malformedIsRefused();
    void missingKeysTakeDefaultsWithNotes();
    void filesBeforeTheTargetLossOpen_data();
    void filesBeforeTheTargetLossOpen();
    void unknownKeysAreIgnoredWithNotes();
    void sessionWithoutBatchOpensWithNone();
    void sessionWithoutMoeOpensDense();
    void sessionWithoutUniqueTokensOpensUncapped();
    void sessionWithoutTheDocksOpensWithDefaults();
    void nestingUpToTheLimitLoads();
    void fromJsonReadsTheSameSchema();
};

void TestSession::initTestCase()
{
    std::setlocale(LC_ALL, "C");
}

void TestSession::roundTripIsExact_data()
{
    QTest::addColumn<Session>("session");
    QTest::newRow("defaults") << Session{};
    QTest::newRow("every field set, fixed job") << everythingSet();
    Session v100;
    v100.inputs.lawId = "hf2020";
    v100.inputs.choices = {};
    v100.inputs.choices.gpu = "v100-sxm2-16gb";
    v100.inputs.choices.amp = Amp::O2;
    v100.inputs.budgetUnit = BudgetUnit::Days;
    v100.inputs.budgetAmount = 7;
    QTest::newRow("hf2020 on a V100, O2, days") << v100;
    Session tiny;
    tiny.inputs.budgetUnit = BudgetUnit::Flops;
    tiny.inputs.budgetAmount = std::nextafter(1e21, 2e21); // the double after 1e21
    tiny.inputs.params = 1.0000000000000002;                // the double after 1
    tiny.chart.lossY = Log10Range{std::nextafter(0.3, 1.0), 0.30000000000000004 * 2};
    QTest::newRow("doubles one ulp apart") << tiny;
    Session target;
    target.inputs.mode = PlanMode::TargetLoss;
    target.inputs.targetLoss = 1.9 + 1e-15;
    QTest::newRow("a target loss") << target;
    Session sparse;
    sparse.inputs.moe = MixtureOfExperts{64, 6, 0, 0};
    QTest::newRow("a mixture of experts, 64 experts, top-6") << sparse;
    Session docks;
    docks.serving = ServingSettings{2.0 / 3.0 * 10, 0, 1, 1'000'000, "", Pricing::OnDemand, std::nullopt}; // typed bits
    docks.inference.lifetimeTokens = 0; // a model never served
    docks.inference.objective = LifetimeObjective::Flops;
    QTest::newRow("the docks: custom bits, the largest batch, no lifetime") << docks;
}

void TestSession::roundTripIsExact()
{
    QFETCH(Session, session);
    const std::string text = sessionJson(session);
    std::vector<Message> notes;
    const Session back = parseSession(text, ui::publishedSessionCatalogs(), notes);
    QVERIFY2(back == session, text.c_str());
    QVERIFY(notes.empty()); // a file we wrote has every key and no other
    QCOMPARE(sessionJson(back), text); // and writing it again gives the same bytes
}

void TestSession::roundTripInACommaLocale()
{
    // de_DE writes 0,37 and reads "0.37" as 0 with strtod; the session must not care.
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
        QSKIP("de_DE.UTF-8 locale not installed");
    const Session s = everythingSet();
    const std::string text = sessionJson(s);
    std::vector<Message> notes;
    const Session back = parseSession(text, ui::publishedSessionCatalogs(), notes);
    std::setlocale(LC_ALL, "C");
    QVERIFY(back == s);
    QVERIFY(text.find("0.37") != std::string::npos);
    QVERIFY(text.find("0,37") == std::string::npos);
}

void TestSession::writesTheSchemaVersionFirst()
{
    const std::string text = sessionJson(everythingSet());
    QVERIFY(text.rfind("{\n  \"schema_version\": 1,\n  \"law\": {", 0) == 0);
    QVERIFY(text.back() == '\n');
}

void TestSession::malformedIsRefused_data()
{
    // pointer: where in the default session the value goes ("" = the whole text is `value`);
    // code and names: what the refusal must say ("session.unknown_id" covers its "_near" form, which
    // the refusal takes when a known id is close).
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("names");

    const QString whole = QString::fromStdString(defaultText());
    QTest::newRow("truncated in the middle") << "" << whole.left(whole.size() / 2) << "session.malformed" << "malformed JSON";
    QTest::newRow("empty file") << "" << "" << "session.malformed" << "malformed JSON";
    QTest::newRow("garbage after a NUL byte") << "" << whole + QChar(0) + QStringLiteral("{\"garbage")
                                              << "session.nul_byte"
                                              << QStringLiteral("a NUL byte at byte offset %1").arg(whole.size());
    QTest::newRow("top-k above the experts") << "/moe" << "{\"experts\": 8, \"top_k\": 9}" << "moe.top_k_range"
                                             << "top-k must be from 1 to the number of experts (8), got 9";
    QTest::newRow("experts without top-k") << "/moe" << "{\"experts\": 8}" << "session.moe_incomplete" << "moe.top_k: missing";
    QTest::newRow("half an expert") << "/moe" << "{\"experts\": 8.5, \"top_k\": 2}" << "session.not_whole" << "moe.experts";
    QTest::newRow("experts as a list") << "/moe" << "[8, 2]" << "session.wrong_type" << "moe";
    QTest::newRow("E = -1, which predicts negative losses") << "/law/overrides" << "{\"E\": -1}" << "input.out_of_range"
                                                            << "E: -1 is outside the plausible range 0 to 30";
    QTest::newRow("a list, not an object") << "" << "[1, 2]" << "session.wrong_type" << "got array";
    QTest::newRow("no schema_version") << "" << "{\"law\": {}}" << "session.no_schema" << "schema_version";
    QTest::newRow("newer schema") << "/schema_version" << "2" << "session.newer_schema" << "schema_version 2";
    QTest::newRow("schema as text") << "/schema_version" << "\"1\"" << "session.wrong_type" << "schema_version";
    QTest::newRow("NaN (not JSON)") << "/hardware/mfu" << "NaN" << "session.malformed" << "malformed JSON";
    QTest::newRow("1e400 (beyond double)") << "/job/budget" << "1e400" << "session.malformed" << "1e400";
    QTest::newRow("gpus as text") << "/hardware/gpus" << "\"eight\"" << "session.wrong_type" << "hardware.gpus: expected number, got string";
    QTest::newRow("gpus 2.5") << "/hardware/gpus" << "2.5" << "session.not_whole" << "hardware.gpus";
    // limits.json: gpus at most 1e7 ("100x the largest published cluster").
    QTest::newRow("1e9 GPUs") << "/hardware/gpus" << "1e9" << "session.not_whole" << "hardware.gpus";
    // limits.json: params at most 1e15.
    QTest::newRow("1e16 parameters") << "/job/params" << "1e16" << "input.out_of_range" << "job.params";
    QTest::newRow("negative budget") << "/job/budget" << "-5" << "value.not_positive" << "job.budget must be positive, got -5";
    QTest::newRow("PUE 0.5") << "/energy/pue" << "0.5" << "input.out_of_range" << "energy.pue";
    QTest::newRow("MFU 1.5") << "/hardware/mfu" << "1.5" << "session.not_fraction" << "hardware.mfu";
    QTest::newRow("negative batch") << "/batch/tokens" << "-5" << "input.out_of_range" << "batch.tokens";
    QTest::newRow("1e11-token batch") << "/batch/tokens" << "1e11" << "input.out_of_range" << "batch.tokens";
    QTest::newRow("ZeRO stage 4") << "/memory/zero_stage" << "4" << "session.not_whole" << "memory.zero_stage";
    QTest::newRow("overrides as a list") << "/law/overrides" << "[1]" << "session.wrong_type" << "law.overrides";
    QTest::newRow("hardware as a number") << "/hardware" << "3" << "session.wrong_type" << "hardware";
    QTest::newRow("unknown law") << "/law/id" << "\"chinchila\"" << "session.unknown_id" << "law.id: unknown law 'chinchila'";
    QTest::newRow("unknown constant") << "/law/overrides" << "{\"gamma\": 1}" << "session.unknown_id" << "law.overrides: unknown constant 'gamma'";
    QTest::newRow("unknown GPU, near h100-sxm") << "/hardware/gpu" << "\"h100\"" << "session.unknown_id" << "hardware.gpu: unknown accelerator 'h100'; did you mean: h100-sxm";
    QTest::newRow("unknown offer") << "/hardware/offer" << "\"lambda-h100-nope\"" << "session.unknown_id" << "hardware.offer: unknown cloud offer";
    QTest::newRow("unknown region") << "/energy/region" << "\"gcp/mars-north1\"" << "session.unknown_id" << "energy.region";
    QTest::newRow("unknown country") << "/energy/country" << "\"XYZ\"" << "session.unknown_id" << "energy.country";
    QTest::newRow("unknown grid dataset") << "/energy/grid_dataset" << "\"ember\"" << "session.unknown_id" << "energy.grid_dataset: unknown carbon dataset 'ember'";
    QTest::newRow("unknown unit") << "/job/unit" << "\"euros\"" << "session.unknown_id" << "job.unit: unknown budget unit 'euros'";
    QTest::newRow("fixed as text") << "/job/fixed" << "\"yes\"" << "session.wrong_type" << "job.fixed: expected boolean, got string";
    QTest::newRow("unknown mode") << "/job/mode" << "\"target\"" << "session.unknown_mode" << "job.mode: unknown plan mode 'target'; known: budget, fixed_job, target_loss";
    QTest::newRow("fixed: true against mode budget") << "/job/fixed" << "true" << "session.mode_conflict"
                                                     << "job.fixed: true contradicts job.mode: 'budget'";
    QTest::newRow("mode as a flag") << "/job/mode" << "true" << "session.wrong_type" << "job.mode: expected string, got boolean";
    // limits.json: a target loss from 0.01 to 30 nats/token.
    QTest::newRow("target loss 0") << "/job/target_loss" << "0" << "input.out_of_range" << "job.target_loss";
    QTest::newRow("target loss 31") << "/job/target_loss" << "31" << "input.out_of_range" << "job.target_loss";
    QTest::newRow("schema 0") << "/schema_version" << "0" << "session.not_whole" << "schema_version";
    QTest::newRow("chart range reversed") << "/chart/loss_x_log10" << "[25, 17]" << "session.bad_range" << "chart.loss_x_log10";
    QTest::newRow("chart end beyond double") << "/chart/loss_y_log10" << "[0, 400]" << "session.bad_range" << "chart.loss_y_log10";
    // The docks' settings (resources/serve/serving.json limits: at most 32 bits, a context of 1e7, a
    // batch of 1e6, a loss penalty of 10; limits.json: lifetime tokens from 0 to 1e20).
    const auto serving = [](const char *member, const char *value) {
        json section = {{"bits", 16}, {"pruned", 0}, {"context", 4096}, {"batch", 1}, {"offer", ""}, {"pricing", "on-demand"}, {"loss_penalty", nullptr}};
        section[member] = json::parse(value);
        return QString::fromStdString(section.dump());
    };
    QTest::newRow("serving at 0 bits") << "/serving" << serving("bits", "0") << "session.bad_bits" << "serving.bits must be above 0 and at most 32, got 0";
    QTest::newRow("serving at 33 bits") << "/serving" << serving("bits", "33") << "session.bad_bits" << "serving.bits";
    QTest::newRow("serving bits as text") << "/serving" << serving("bits", "\"4\"") << "session.wrong_type" << "serving.bits: expected number";
    QTest::newRow("all weights pruned") << "/serving" << serving("pruned", "1") << "session.bad_pruned" << "serving.pruned must be at least 0 and below 1, got 1";
    QTest::newRow("a negative pruned share") << "/serving" << serving("pruned", "-0.1") << "session.bad_pruned" << "serving.pruned";
    QTest::newRow("half a token of context") << "/serving" << serving("context", "0.5") << "session.not_whole" << "serving.context must be a whole number from 1 to 10000000";
    QTest::newRow("1e8 tokens of context") << "/serving" << serving("context", "1e8") << "session.not_whole" << "serving.context";
    QTest::newRow("a batch of 2 million") << "/serving" << serving("batch", "2e6") << "session.not_whole" << "serving.batch must be a whole number from 1 to 1000000";
    QTest::newRow("a batch of 0") << "/serving" << serving("batch", "0") << "session.not_whole" << "serving.batch";
    QTest::newRow("unknown serving offer") << "/serving" << serving("offer", "\"lambda-h100-nope\"") << "session.unknown_id" << "serving.offer: unknown cloud offer 'lambda-h100-nope'";
    QTest::newRow("unknown serving pricing") << "/serving" << serving("pricing", "\"spot\"") << "session.unknown_id" << "serving.pricing";
    QTest::newRow("a loss penalty of 11 nats") << "/serving" << serving("loss_penalty", "11") << "session.out_of_range" << "serving.loss_penalty must be from 0 to 10, got 11";
    QTest::newRow("serving without bits") << "/serving" << "{\"context\": 4096, \"batch\": 1}" << "session.serving_incomplete" << "serving.bits: missing";
    QTest::newRow("serving as a number") << "/serving" << "16" << "session.wrong_type" << "serving";
    QTest::newRow("negative lifetime tokens") << "/inference" << "{\"lifetime_tokens\": -1}" << "input.out_of_range" << "inference.lifetime_tokens";
    QTest::newRow("1e21 lifetime tokens") << "/inference" << "{\"lifetime_tokens\": 1e21}" << "input.out_of_range" << "inference.lifetime_tokens";
    QTest::newRow("unknown inference serving offer") << "/inference" << "{\"serving_offer\": \"nope\"}" << "session.unknown_id" << "inference.serving_offer: unknown cloud offer 'nope'";
    QTest::newRow("unknown serving model") << "/inference" << "{\"serving_model\": \"roofline\"}" << "session.unknown_choice" << "inference.serving_model: unknown value 'roofline'; known: decode, sardana-mfu";
    QTest::newRow("unknown objective") << "/inference" << "{\"objective\": \"eur\"}" << "session.unknown_choice" << "inference.objective: unknown value 'eur'; known: flops, usd, kwh, co2";
    QTest::newRow("objective as a number") << "/inference" << "{\"objective\": 2}" << "session.wrong_type" << "inference.objective";
    QTest::newRow("unknown compared run") << "/compared_run" << "\"gpt5\"" << "session.unknown_id" << "compared_run: unknown published run 'gpt5'";
    QTest::newRow("fits_only as 1") << "/compare/fits_only" << "1" << "session.wrong_type" << "compare.fits_only";
    QTest::newRow("a catalogue path as a number") << "/user_catalogs" << "[\"a.csv\", 3]" << "session.wrong_type" << "user_catalogs[1]";
    // Refused while parsing, before 100,000 levels are built (5 million took 35 s and 420 MB).
    QTest::newRow("an unknown key 100,000 arrays deep")
        << "/colour" << QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']')) << "session.too_deep"
        << "not a session: JSON nested more than 64 levels deep";
    QTest::newRow("the session object and 64 arrays: 65 levels")
        << "/colour" << QString(64, QLatin1Char('[')) + QString(64, QLatin1Char(']')) << "session.too_deep" << "64 levels";
}

void TestSession::malformedIsRefused()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QFETCH(QString, names);

    std::string text = value.toStdString();
    if (!pointer.isEmpty()) {
        // Spliced in as text: NaN and 1e400 are not values nlohmann would write.
        json document = json::parse(defaultText());
        document[json::json_pointer(pointer.toStdString())] = "@@HERE@@";
        text = document.dump();
        text.replace(text.find("\"@@HERE@@\""), 10, value.toStdString());
    }
    std::vector<Message> notes{Message::plain("an earlier note")};
    try {
        parseSession(text, ui::publishedSessionCatalogs(), notes);
        QFAIL(qPrintable("accepted: " + QString::fromStdString(text)));
    } catch (const InputError &e) {
        QVERIFY2(QString::fromStdString(e.message().code).startsWith(code), e.message().code.c_str());
        QVERIFY2(QString::fromStdString(e.message().text()).contains(names), e.what());
        QVERIFY2(QString::fromStdString(e.message().text()).count(QLatin1Char('\n')) == 0, e.what());
    }
    QCOMPARE(notes.size(), std::size_t(1)); // a refused file adds no notes
}

void TestSession::missingKeysTakeDefaultsWithNotes()
{
    json document = json::parse(sessionJson(everythingSet()));
    document.erase("memory");
    document["hardware"].erase("mfu");
    document["job"].erase("unit");
    std::vector<Message> notes;
    const Session s = parseSession(document.dump(), ui::publishedSessionCatalogs(), notes);

    std::vector<std::string> keys;
    for (const auto &note : notes) {
        QCOMPARE(note.code, std::string("session.missing_key"));
        keys.push_back(note.arg("key"));
    }
    QCOMPARE(keys, (std::vector<std::string>{"job.unit", "hardware.mfu", "memory"})); // in file order
    const PlanChoices defaults;
    QCOMPARE(s.inputs.choices.mfu, defaults.mfu);
    QCOMPARE(s.inputs.choices.zeroStage, defaults.zeroStage);
    QCOMPARE(s.inputs.choices.recompute, defaults.recompute);
    QVERIFY(s.inputs.budgetUnit == PlanInputs::defaults().budgetUnit);
    // What was there is kept.
    QCOMPARE(s.inputs.choices.gpus, std::optional<int>(64));
    QCOMPARE(s.inputs.choices.gpu, std::string("a100-sxm4-80gb"));
    QCOMPARE(QString::fromStdString(notes[1].text()), QStringLiteral("hardware.mfu: missing; the default is used"));
}

void TestSession::sessionWithoutBatchOpensWithNone()
{
    // A session saved before batches were planned has no "batch" section: it opens, with no batch,
    // and says the default is used.
    json document = json::parse(sessionJson(everythingSet()));
    QVERIFY(document.contains("batch"));
    QCOMPARE(document["batch"]["tokens"].get<double>(), 0.1 * 3 * 1048576);
    document.erase("batch");
    std::vector<Message> notes;
    const Session s = parseSession(document.dump(), ui::publishedSessionCatalogs(), notes);
    QCOMPARE(s.inputs.batchTokens, std::optional<double>());
    QCOMPARE(notes.size(), std::size_t(1));
    QCOMPARE(notes[0].arg("key"), std::string("batch"));
    // and null reads as no batch, without a note
    document["batch"] = {{"tokens", nullptr}};
    notes.clear();
    QCOMPARE(parseSession(document.dump(), ui::publishedSessionCatalogs(), notes).inputs.batchTokens, std::optional<double>());
    QVERIFY(notes.empty());
}

void TestSession::sessionWithoutMoeOpensDense()
{
    // A session saved before mixtures of experts has no "moe": it opens as a dense model, and
    // without a note (nothing the user chose is lost). A dense session writes "moe": null.
    Session sparse = everythingSet();
    sparse.inputs.moe = MixtureOfExperts{8, 2, 0, 0};
    json document = json::parse(sessionJson(sparse));
    QCOMPARE(document["moe"]["experts"].get<int>(), 8);
    QCOMPARE(document["moe"]["top_k"].get<int>(), 2);
    document.erase("moe");
    std::vector<Message> notes;
    QCOMPARE(parseSession(document.dump(), ui::publishedSessionCatalogs(), notes).inputs.moe, std::optional<MixtureOfExperts>());
    QVERIFY(notes.empty());
    QVERIFY(json::parse(sessionJson(everythingSet()))["moe"].is_null());
}

void TestSession::sessionWithoutUniqueTokensOpensUncapped()
{
    // A session saved before the unique-token cap has no job.unique_tokens: it opens uncapped, and
    // quietly (nothing the user chose is lost). Null reads as no cap too; a cap is read back exactly.
    json document = json::parse(sessionJson(everythingSet()));
    QCOMPARE(document["job"]["unique_tokens"].get<double>(), 25e9 / 3);
    document["job"].erase("unique_tokens");
    std::vector<Message> notes;
    QCOMPARE(parseSession(document.dump(), ui::publishedSessionCatalogs(), notes).inputs.uniqueTokens,
             std::optional<double>());
    QVERIFY(notes.empty());
    document["job"]["unique_tokens"] = nullptr;
    QCOMPARE(parseSession(document.dump(), ui::publishedSessionCatalogs(), notes).inputs.uniqueTokens,
             std::optional<double>());
    document["job"]["unique_tokens"] = -5;
    QVERIFY_THROWS_EXCEPTION(InputError, parseSession(document.dump(), ui::publishedSessionCatalogs(), notes));
}

void TestSession::sessionWithoutTheDocksOpensWithDefaults()
{
    // A session saved before the serving and inference docks were kept has none of their keys: it
    // opens with the docks' defaults, quietly (nothing the user chose there was saved to lose).
    const Session set = everythingSet();
    json document = json::parse(sessionJson(set));
    QCOMPARE(document["serving"]["bits"].get<double>(), 4.0);
    QCOMPARE(document["serving"]["pruned"].get<double>(), 0.1 + 0.2);
    QCOMPARE(document["serving"]["offer"].get<std::string>(), std::string("lambda/h100-pcie/1gpu"));
    QCOMPARE(document["serving"]["pricing"].get<std::string>(), std::string("1y"));
    QCOMPARE(document["inference"]["lifetime_tokens"].get<double>(), 2e12 / 3);
    QCOMPARE(document["inference"]["serving_offer"].get<std::string>(), std::string("lambda/h100-pcie/1gpu"));
    QCOMPARE(document["inference"]["serving_model"].get<std::string>(), std::string("sardana-mfu"));
    QCOMPARE(document["inference"]["objective"].get<std::string>(), std::string("co2"));
    QCOMPARE(document["compared_run"].get<std::string>(), std::string("chinchilla-70b"));
    for (const char *key : {"serving", "inference", "compared_run"})
        document.erase(key);
    std::vector<Message> notes;
    const Session s = parseSession(document.dump(), ui::publishedSessionCatalogs(), notes);
    QCOMPARE(s.serving, std::optional<ServingSettings>());
    QVERIFY(s.inference == InferenceSettings{});
    QCOMPARE(s.comparedRun, std::string());
    QVERIFY(notes.empty());
    Session expected = set;
    expected.serving.reset();
    expected.inference = {};
    expected.comparedRun.clear();
    QVERIFY(s == expected); // and the rest as it was
    // Null reads as the default too; a serving section with only what it needs takes the rest's defaults.
    document["serving"] = nullptr;
    document["inference"] = {{"lifetime_tokens", nullptr}};
    QCOMPARE(parseSession(document.dump(), ui::publishedSessionCatalogs(), notes).serving, std::optional<ServingSettings>());
    document["serving"] = {{"bits", 8}, {"context", 2048}, {"batch", 4}};
    const Session partial = parseSession(document.dump(), ui::publishedSessionCatalogs(), notes);
    QCOMPARE(partial.serving, std::optional(ServingSettings{8, 0, 2048, 4, "", Pricing::OnDemand, std::nullopt}));
    QVERIFY(partial.inference == InferenceSettings{});
    QVERIFY(notes.empty());
}

void TestSession::filesBeforeTheTargetLossOpen_data()
{
    QTest::addColumn<bool>("fixed");
    QTest::addColumn<int>("mode");
    QTest::newRow("fixed: true, a job") << true << int(PlanMode::FixedJob);
    QTest::newRow("fixed: false, a budget") << false << int(PlanMode::Budget);
}

// A file written before the target-loss mode has "fixed" and neither "mode" nor "target_loss": it opens
// in its own mode, with the target's default and one note for the missing key (and none for "mode",
// which such a file never needed).
void TestSession::filesBeforeTheTargetLossOpen()
{
    QFETCH(bool, fixed);
    QFETCH(int, mode);
    json document = json::parse(defaultText());
    document["job"] = {{"fixed", fixed}, {"budget", 5000}, {"unit", "usd"}, {"params", 7e9}, {"tokens", 1.4e11}};
    std::vector<Message> notes;
    const Session s = parseSession(document.dump(), ui::publishedSessionCatalogs(), notes);
    QCOMPARE(int(s.inputs.mode), mode);
    QCOMPARE(s.inputs.budgetAmount, 5000.0);
    QCOMPARE(s.inputs.params, 7e9);
    QCOMPARE(s.inputs.targetLoss, PlanInputs{}.targetLoss);
    QCOMPARE(notes.size(), std::size_t(1));
    QCOMPARE(notes[0].arg("key"), std::string("job.target_loss"));
    // Written again, the file says its mode by name and keeps "fixed" for older readers.
    const json written = json::parse(sessionJson(s));
    QCOMPARE(written["job"]["fixed"].get<bool>(), fixed);
    QCOMPARE(written["job"]["mode"].get<std::string>(), fixed ? std::string("fixed_job") : std::string("budget"));
}

void TestSession::unknownKeysAreIgnoredWithNotes()
{
    json document = json::parse(defaultText());
    document["colour"] = "blue";
    document["hardware"]["turbo"] = true;
    std::vector<Message> notes;
    const Session s = parseSession(document.dump(), ui::publishedSessionCatalogs(), notes);
    QVERIFY(s == Session{});
    QCOMPARE(notes.size(), std::size_t(2));
    QCOMPARE(notes[0].code, std::string("session.unknown_key"));
    QCOMPARE(notes[0].arg("key"), std::string("hardware.turbo"));
    QCOMPARE(notes[1].arg("key"), std::string("colour"));
}

void TestSession::nestingUpToTheLimitLoads()
{
    // The session object and 63 arrays inside it: 64 levels, the most any JSON file may nest.
    json document = json::parse(defaultText());
    document["colour"] = "@@HERE@@";
    std::string text = document.dump();
    text.replace(text.find("\"@@HERE@@\""), 10, std::string(63, '[') + std::string(63, ']'));
    std::vector<Message> notes;
    QVERIFY(parseSession(text, ui::publishedSessionCatalogs(), notes) == Session{});
    QCOMPARE(notes.size(), std::size_t(1));
    QCOMPARE(notes[0].arg("key"), std::string("colour"));
}

void TestSession::fromJsonReadsTheSameSchema()
{
    const Session s = everythingSet();
    const Session back = json::parse(sessionJson(s)).get<Session>();
    QVERIFY(back == s);
    QVERIFY_THROWS_EXCEPTION(InputError, json::parse("{\"schema_version\": 9}").get<Session>());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
