// What users read as a source is a citation (author, title, year, table, URL), never the developers'
// notes: marks of how a figure was checked ("[V]", "recalled"), commit hashes, or a
// web.archive.org/save/ link (a request to archive a page, not an archived copy). Every source string
// the shipped resources hand to the window, the command line, the report or an export is scanned,
// and so is every source a resolved plan names (they are assembled from those strings).
#include "testsupport.h"

#include "model/plan/planner.h"
#include "data/resourcedata.h"

#include <QRegularExpression>

using namespace frontier;

namespace {

struct Shown
{
    std::string where; // "offer aws/...: source", for the failure message
    std::string text;
};

std::vector<Shown> everySourceShown()
{
    std::vector<Shown> out;
    const auto add = [&](const std::string &where, const std::string &text) { out.push_back({where, text}); };
    for (const Law *law : data::lawCatalog().laws()) {
        const LawInfo &info = law->info();
        add("law " + info.id + ": citation", info.citation);
        add("law " + info.id + ": description", info.description);
        for (const std::string &note : info.notes)
            add("law " + info.id + ": note", note);
        for (const Constant &c : law->constants().all())
            add("law " + info.id + ": constant " + c.name, c.source);
        for (const DataSpan *span : {&info.dataRange.flops, &info.dataRange.params, &info.dataRange.tokens})
            add("law " + info.id + ": data range", span->source);
    }
    const Catalogs cat = data::catalogs();
    for (const Accelerator &gpu : cat.accelerators.all()) {
        add("gpu " + gpu.id + ": source", gpu.source);
        for (const auto &[field, source] : gpu.gapFillSources)
            add("gpu " + gpu.id + ": " + field, source);
    }
    for (const CloudOffer &offer : cat.offers.all()) {
        add("offer " + offer.id + ": source", offer.source);
        add("offer " + offer.id + ": notes", offer.notes);
    }
    for (const RegionDataset &dataset : cat.regions.datasets())
        for (const GridRegion &region : dataset.regions) {
            add("region " + region.id + ": source", region.source);
            add("region " + region.id + ": PUE source", region.pueSource);
        }
    add("countries", cat.regions.countriesSource());
    for (const PueDefault &pue : cat.pue.entries)
        add("pue " + pue.provider, pue.source);
    for (const auto &[key, source] : cat.defaults.sources)
        add("plan default " + key, source);
    add("hf2020 speed model", cat.hf2020Speed.source);
    // The sources a plan names, on every offer and GPU, for a law of each form (hf2020 brings the 2020
    // speed model's price, power and grid).
    for (const char *lawId : {"hoffmann2022", "hf2020"}) {
        PlanChoices choices;
        choices.region = "gcp/us-central1";
        const ComparisonSetups setups = resolveComparison(data::lawCatalog().law(lawId), choices, cat);
        for (const ResolvedSetup &setup : setups.setups)
            for (const auto &[key, source] : setup.sources)
                add(std::string(lawId) + " plan on " + setup.gpuId + " " + setup.offerId + ": " + key, source);
    }
    return out;
}

} // namespace

class TestUserSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noDevelopersNotesInWhatUsersRead();
    void theScanCatchesEachPattern_data();
    void theScanCatchesEachPattern();

private:
    // The marks of tests/reference ([V] read, [R] recomputed, [S] secondary, [U] unverified), the words
    // of an unchecked figure, a full or abbreviated commit hash after "@", a git "last changed" hash,
    // and Wayback's save endpoint.
    const QRegularExpression m_leak{QStringLiteral(
        R"(\[(V|R|S|U)\b|\brecalled\b|not re-read|\b[0-9a-f]{40}\b|@ ?[0-9a-f]{7,40}\b|last changed [0-9a-f]{7}|web\.archive\.org/save/)")};
};

void TestUserSources::noDevelopersNotesInWhatUsersRead()
{
    const std::vector<Shown> shown = everySourceShown();
    QVERIFY(shown.size() > 500); // every offer, GPU, region and constant: the scan reaches them all
    QStringList leaks;
    for (const Shown &s : shown) {
        const auto match = m_leak.match(QString::fromStdString(s.text));
        if (match.hasMatch())
            leaks << QString::fromStdString(s.where) + QStringLiteral(" has '") + match.captured(0)
                         + QStringLiteral("': ") + QString::fromStdString(s.text).left(160);
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(QString::number(leaks.size()) + QStringLiteral(" leaks:\n") + leaks.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestUserSources::theScanCatchesEachPattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mark") << QStringLiteral("91.6 TFLOPS [V]");
    QTest::newRow("unverified mark") << QStringLiteral("485 TFLOPS [U: NVIDIA L4 datasheet]");
    QTest::newRow("recalled") << QStringLiteral("46.2% [figures recalled, not re-read here]");
    QTest::newRow("full hash") << QStringLiteral("see 263c40a159307e917213d1dc433c617e47d55bfe, data/x.csv");
    QTest::newRow("short hash") << QStringLiteral("TevenLeScao/transformer-xl @ f15c845 pytorch/");
    QTest::newRow("save link") << QStringLiteral("https://web.archive.org/save/https://www.cudocompute.com/");
}

void TestUserSources::theScanCatchesEachPattern()
{
    QFETCH(QString, text);
    QVERIFY(m_leak.match(text).hasMatch());
    // A citation with a snapshot link, a year and an arXiv number is not a leak.
    QVERIFY(!m_leak.match(QStringLiteral("Chowdhery et al. 2022 (PaLM), arXiv:2204.02311, Table 3; "
                                         "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing"))
                 .hasMatch());
}

QTEST_GUILESS_MAIN(TestUserSources)
#include "tst_usersources.moc"
