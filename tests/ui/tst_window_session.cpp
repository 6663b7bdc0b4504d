// Sessions in the window (ui/files/sessioncontroller.h), offscreen and without dialogs (the controller's
// prompts are replaced): save and open round-trip the plan and the chart view; a refused file leaves
// the current work untouched; a save that fails (read-only folder, a full disk) names the path and
// keeps the old file; unsaved work survives a crash through the recovery copy; the title shows the
// modified state; closing with changes asks first; the last plan is remembered between runs.

#include "testsupport.h"

#include "ui/charts/allocationchart.h"
#include "ui/files/catalogcontroller.h"
#include "ui/charts/losschart.h"
#include "ui/document/plandocument.h"
#include "ui/window/mainwindow.h"
#include "ui/files/sessioncontroller.h"
#include "ui/files/settings.h"
#include "ui/compare/inferencedock.h"
#include "ui/panels/servingdock.h"
#include "ui/panels/servingpanel.h"
#include "data/resourcedata.h"
#include "data/servingdata.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>

#include <csignal>
#include <sys/resource.h>

using namespace frontier;
using namespace frontier::ui;
using Answer = SessionController::Answer;

namespace {

// The answers a person would give, and what the controller showed them.
struct Person
{
    Answer unsaved = Answer::Cancel;
    Answer restore = Answer::Yes;
    QString savePath;
    QStringList errors;
    int asked = 0;

    SessionController::Prompts prompts()
    {
        SessionController::Prompts p;
        p.unsavedChanges = [this](const QString &) { ++asked; return unsaved; };
        p.restoreRecovery = [this] { ++asked; return restore; };
        p.error = [this](const QString &title, const QString &text) { errors << title + QStringLiteral(": ") + text; };
        p.openPath = [] { return QString(); };
        p.savePath = [this](const QString &) { return savePath; };
        return p;
    }
};

PlanInputs edited()
{
    PlanInputs in = PlanInputs::defaults();
    in.budgetAmount = 75000;
    in.choices.gpus = 16;
    in.choices.region = "gcp/europe-west4";
    in.choices.zeroStage = 2;
    in.overrides = {{"E", 1.75}};
    return in;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWindowSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveAndOpenRoundTrip();
    void docksSettingsRoundTrip();
    void titleShowsTheModifiedState();
    void refusedFileChangesNothing_data();
    void refusedFileChangesNothing();
    void failedSaveKeepsTheOldFile_data();
    void failedSaveKeepsTheOldFile();
    void recoveryAfterASimulatedCrash_data();
    void recoveryAfterASimulatedCrash();
    void recoveryTimerWritesTheCopy();
    void restoredWorkSurvivesASecondCrash();
    void closingAsksBeforeDiscarding();
    void newAndOpenAskBeforeDiscarding();
    void lastPlanIsRemembered();
    void brokenLastPlanFallsBackToDefaults();
    void openingSaysWhatTookDefaults();
    void openingSaysWhatItsCataloguesIgnored();
    void examplesOpenAndPlan_data();
    void examplesOpenAndPlan();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestWindowSession::initTestCase()
{
    frontier::test::isolateWindowTest(QStringLiteral("tst_window_session"));
}

void TestWindowSession::init()
{
    QSettings().clear();
    MainWindow window(m_catalogs);
    QFile::remove(window.sessions()->recoveryPath());
}

void TestWindowSession::saveAndOpenRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    PlanInputs inputs = edited();
    LogRange lossView, allocationView;
    {
        MainWindow window(m_catalogs);
        Person person;
        window.sessions()->setPrompts(person.prompts());
        window.document()->setInputs(inputs, QStringLiteral("edit"));
        window.lossChart()->setRange({18.25, 23.5, -0.125, 0.75});
        lossView = window.lossChart()->range();
        allocationView = window.allocationChart()->range();
        QVERIFY(window.sessions()->saveTo(path));
        QVERIFY(person.errors.isEmpty());
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("plan.json[*]")));
    }
    MainWindow window(m_catalogs);
    Person person;
    window.sessions()->setPrompts(person.prompts());
    QVERIFY(window.sessions()->openPath(path));
    QVERIFY(window.document()->inputs() == inputs);
    QCOMPARE(window.lossChart()->range(), lossView);
    QCOMPARE(window.allocationChart()->range().yMin, allocationView.yMin);
    QCOMPARE(window.allocationChart()->range().xMin, 18.25); // tied to the loss chart's FLOPs
    QCOMPARE(window.document()->undoStack()->count(), 0);    // Open starts a fresh history
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.sessions()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent && recent->isEnabled());
    QCOMPARE(recent->actions().value(0)->text(), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    // Saved again unchanged, the file is the same bytes.
    const QByteArray first = contents(path);
    QVERIFY(window.sessions()->saveTo(path));
    QCOMPARE(contents(path), first);
}

void TestWindowSession::docksSettingsRoundTrip()
{
    // The serving dock's settings, the inference dock's lifetime tokens and the readouts' published run
    // are set as a person sets them, saved, and read back in a fresh window; a session without them
    // (saved before they were kept) then brings the defaults back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("docks.json"));
    const QString offerId = QStringLiteral("lambda/h100-pcie/1gpu");
    {
        MainWindow window(m_catalogs);
        Person person;
        window.sessions()->setPrompts(person.prompts());
        auto *bits = window.findChild<QComboBox *>(QStringLiteral("servingBitsCombo"));
        auto *offers = window.findChild<QComboBox *>(QStringLiteral("servingOfferCombo"));
        QVERIFY(bits && offers);
        bits->setCurrentIndex(2); // 16, 8, 4 bits, custom
        const int offer = offers->findData(offerId);
        QVERIFY(offer > 0);
        offers->setCurrentIndex(offer);
        Q_EMIT offers->activated(offer); // what a click on the item sends
        auto *lifetime = window.findChild<QLineEdit *>(QStringLiteral("inferenceTokensEdit"));
        QVERIFY(lifetime);
        lifetime->setText(QStringLiteral("5e13"));
        Q_EMIT lifetime->editingFinished();
        auto *runs = window.findChild<QComboBox *>(QStringLiteral("comparisonRunCombo"));
        QVERIFY(runs);
        runs->setCurrentIndex(runs->findData(QStringLiteral("chinchilla-70b")));
        ServingPanel *panel = window.servingDock()->panel();
        QCOMPARE(panel->request().compression.bitsPerWeight, 4.0);
        QCOMPARE(panel->request().offerId, offerId.toStdString());
        QCOMPARE(window.findChild<InferenceDock *>()->inferenceTokens(), 5e13);
        // The inference dock's own choices: the serving offer, Sardana's MFU pricing, kWh minimised.
        InferenceDock *inference = window.findChild<InferenceDock *>();
        inference->setServingOffer(offerId.toStdString());
        inference->setServingModel(ServingCostModel::SardanaMfu);
        inference->setObjective(LifetimeObjective::Kwh);
        QVERIFY(window.sessions()->saveTo(path));
        QVERIFY(person.errors.isEmpty());
    }
    const QByteArray saved = contents(path);
    QVERIFY(saved.contains("\"bits\": 4.0"));
    QVERIFY(saved.contains("\"lifetime_tokens\": 50000000000000.0"));
    MainWindow window(m_catalogs);
    Person person;
    window.sessions()->setPrompts(person.prompts());
    ServingPanel *panel = window.servingDock()->panel();
    auto *inference = window.findChild<InferenceDock *>();
    QVERIFY(inference);
    QCOMPARE(panel->request().compression.bitsPerWeight, 16.0); // a fresh window has the defaults
    QVERIFY(window.sessions()->openPath(path));
    QCOMPARE(panel->request().compression.bitsPerWeight, 4.0);
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("servingBitsCombo"))->currentIndex(), 2);
    QCOMPARE(panel->request().offerId, offerId.toStdString());
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("servingOfferCombo"))->currentData().toString(), offerId);
    QCOMPARE(panel->request().load.contextTokens, data::servingConstants().defaultContext);
    QCOMPARE(inference->inferenceTokens(), 5e13);
    QCOMPARE(inference->servingOffer(), offerId.toStdString());
    QCOMPARE(inference->servingModel(), ServingCostModel::SardanaMfu);
    QCOMPARE(inference->objective(), LifetimeObjective::Kwh);
    QCOMPARE(window.document()->comparedRun(), std::string("chinchilla-70b"));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("comparisonRunCombo"))->currentData().toString(),
             QStringLiteral("chinchilla-70b"));
    QCOMPARE(contents(path), saved); // saved again, the same bytes

    // A session saved before the docks were kept opens with their defaults, not with what was shown.
    nlohmann::json old = nlohmann::json::parse(saved.toStdString());
    for (const char *key : {"serving", "inference", "compared_run"})
        old.erase(key);
    const QString oldPath = dir.filePath(QStringLiteral("old.json"));
    QFile file(oldPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(old.dump()));
    file.close();
    QVERIFY(window.sessions()->openPath(oldPath));
    QVERIFY(person.errors.isEmpty());
    QCOMPARE(panel->request().compression.bitsPerWeight, data::servingConstants().defaultBits);
    QCOMPARE(panel->request().offerId, std::string());
    QCOMPARE(inference->inferenceTokens(), data::servingAssumptions().exampleLifetimeTokens);
    QCOMPARE(inference->servingOffer(), std::string());
    QCOMPARE(inference->servingModel(), InferenceDock::kDefaultServingModel);
    QCOMPARE(inference->objective(), InferenceDock::kDefaultObjective);
    QCOMPARE(window.document()->comparedRun(), std::string(kDefaultReferenceRun));
}

void TestWindowSession::titleShowsTheModifiedState()
{
    MainWindow window(m_catalogs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled[*] — Frontier")));
    QVERIFY(!window.isWindowModified());
    window.document()->setBudget(30000, BudgetUnit::Usd);
    QVERIFY(window.isWindowModified());
    window.document()->undoStack()->undo(); // back to what was there: clean again
    QVERIFY(!window.isWindowModified());
}

void TestWindowSession::refusedFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("size"); // > 0: a sparse file of this size instead
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QByteArray("{\"schema_version\": 1, \"law\": {\"id\": \"hoff") << qint64(0) << "malformed JSON";
    QTest::newRow("100 MB file (limits.json: 10 MiB)") << QByteArray() << qint64(100) * 1024 * 1024 << "a session file is at most 10485760 bytes";
    QTest::newRow("newer schema") << QByteArray("{\"schema_version\": 2}") << qint64(0) << "schema_version 2 is newer";
    QTest::newRow("unknown GPU") << QByteArray("{\"schema_version\": 1, \"hardware\": {\"gpu\": \"h100-sxn\"}}") << qint64(0)
                                 << "hardware.gpu: unknown accelerator 'h100-sxn'";
    QTest::newRow("wrong type") << QByteArray("{\"schema_version\": 1, \"job\": {\"budget\": \"lots\"}}") << qint64(0)
                                << "job.budget: expected number, got string";
    QTest::newRow("NaN") << QByteArray("{\"schema_version\": 1, \"job\": {\"budget\": NaN}}") << qint64(0) << "malformed JSON";
    QTest::newRow("missing file") << QByteArray() << qint64(-1) << "no such file";
}

void TestWindowSession::refusedFileChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, size);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    if (size >= 0) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        if (size > 0)
            QVERIFY(file.resize(size)); // sparse: no 100 MB written
    }
    MainWindow window(m_catalogs);
    Person person;
    window.sessions()->setPrompts(person.prompts());
    window.document()->setInputs(edited(), QStringLiteral("edit"));
    const LogRange view = window.lossChart()->range();
    QVERIFY(!window.sessions()->openPath(path));
    QCOMPARE(person.errors.size(), 1);
    QVERIFY2(person.errors[0].contains(QDir::toNativeSeparators(path)) && person.errors[0].contains(reason),
             qPrintable(person.errors[0]));
    QVERIFY(!person.errors[0].contains(QLatin1Char('\n')));
    // The work in the window is as it was: inputs, history, view, file name and modified mark.
    QVERIFY(window.document()->inputs() == edited());
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(window.lossChart()->range(), view);
    QCOMPARE(window.sessions()->currentPath(), QString());
    QVERIFY(window.isWindowModified());
}

void TestWindowSession::failedSaveKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("read-only folder") << "read-only";
    QTest::newRow("disk full (a 64-byte file size limit)") << "full";
    QTest::newRow("folder gone") << "gone";
}

void TestWindowSession::failedSaveKeepsTheOldFile()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("sessions"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/plan.json");
    MainWindow window(m_catalogs);
    Person person;
    window.sessions()->setPrompts(person.prompts());
    QVERIFY(window.sessions()->saveTo(path));
    const QByteArray old = contents(path);
    QVERIFY(!old.isEmpty());
    window.document()->setInputs(edited(), QStringLiteral("edit"));

    bool saved = true;
    if (how == QLatin1String("read-only")) {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto restore = qScopeGuard([&] { QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner); });
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) // root writes anyway: the permission cannot fail here
            QSKIP("this user writes into read-only folders (root); the disk-full row covers the failure");
        saved = window.sessions()->saveTo(path);
    } else if (how == QLatin1String("full")) {
        // Writes past RLIMIT_FSIZE fail with EFBIG, for root too: a full disk in miniature.
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit tiny = before;
        tiny.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        saved = window.sessions()->saveTo(path);
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, oldHandler);
    } else {
        QVERIFY(QDir(folder).removeRecursively());
        saved = window.sessions()->saveTo(path);
        QVERIFY(!saved);
        QCOMPARE(person.errors.size(), 1);
        QVERIFY2(person.errors[0].contains(QDir::toNativeSeparators(path)), qPrintable(person.errors[0]));
        QVERIFY(window.isWindowModified());
        return;
    }
    QVERIFY(!saved);
    QCOMPARE(person.errors.size(), 1);
    QVERIFY2(person.errors[0].contains(QDir::toNativeSeparators(path)), qPrintable(person.errors[0]));
    QVERIFY2(person.errors[0].contains(QStringLiteral("cannot save")), qPrintable(person.errors[0]));
    QCOMPARE(contents(path), old);           // the previous file is intact
    QVERIFY(window.isWindowModified());      // and the work is still unsaved
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("plan.json")}); // no temporary left
}

void TestWindowSession::recoveryAfterASimulatedCrash_data()
{
    QTest::addColumn<bool>("accept");
    QTest::newRow("restore accepted") << true;
    QTest::newRow("restore declined") << false;
}

void TestWindowSession::recoveryAfterASimulatedCrash()
{
    QFETCH(bool, accept);
    QString recovery;
    {
        MainWindow window(m_catalogs);
        recovery = window.sessions()->recoveryPath();
        QVERIFY(!window.sessions()->recoveryPending());
        window.document()->setInputs(edited(), QStringLiteral("edit"));
        // The first unsaved change starts the 30-second clock (issue 9: "at most 30 seconds").
        QVERIFY(window.sessions()->recoveryPending());
        QVERIFY(SessionController::kRecoveryDelayMs <= 30000);
        window.sessions()->writeRecovery(); // what the timer does when it fires
        QVERIFY(QFileInfo::exists(recovery));
        // The window goes away without closing: a crash or a kill.
    }
    QVERIFY(QFileInfo::exists(recovery));
    MainWindow window(m_catalogs);
    Person person;
    person.restore = accept ? Answer::Yes : Answer::No;
    window.sessions()->setPrompts(person.prompts());
    window.sessions()->restoreAtStart();
    QCOMPARE(person.asked, 1);
    if (accept) {
        QVERIFY(window.document()->inputs() == edited());
        QVERIFY(window.isWindowModified()); // restored work is not saved work
    } else {
        QVERIFY(window.document()->inputs() == PlanInputs::defaults());
        QVERIFY(!QFileInfo::exists(recovery)); // declined: gone, not offered again
    }
}

void TestWindowSession::recoveryTimerWritesTheCopy()
{
    MainWindow window(m_catalogs);
    window.sessions()->setRecoveryDelay(20);
    const QString recovery = window.sessions()->recoveryPath();
    window.document()->setBudget(42000, BudgetUnit::Usd);
    QTRY_VERIFY(QFileInfo::exists(recovery)); // the timer fired and wrote the unsaved plan
    QVERIFY(!window.sessions()->recoveryPending());
    QVERIFY(contents(recovery).contains("\"budget\": 42000.0"));
    window.document()->undoStack()->undo(); // back to clean: nothing left to recover
    QVERIFY(!QFileInfo::exists(recovery));
}

// The copy was deleted at restore and written again only when the 30-second timer fired: a second
// crash within those 30 s lost the restored work. It stays until the work is saved or a newer copy
// replaces it.
void TestWindowSession::restoredWorkSurvivesASecondCrash()
{
    QString recovery;
    {
        MainWindow window(m_catalogs);
        recovery = window.sessions()->recoveryPath();
        window.document()->setInputs(edited(), QStringLiteral("edit"));
        window.sessions()->writeRecovery();
    } // the first crash
    {
        MainWindow window(m_catalogs);
        Person person;
        person.restore = Answer::Yes;
        window.sessions()->setPrompts(person.prompts());
        window.sessions()->restoreAtStart();
        QVERIFY(window.document()->inputs() == edited());
        QVERIFY2(QFileInfo::exists(recovery), "the restored work has no copy until the timer fires");
    } // the second crash, within the 30 seconds
    QTemporaryDir dir;
    MainWindow window(m_catalogs);
    Person person;
    person.restore = Answer::Yes;
    window.sessions()->setPrompts(person.prompts());
    window.sessions()->restoreAtStart();
    QCOMPARE(person.asked, 1);
    QVERIFY(window.document()->inputs() == edited());
    // Saved, the work needs no copy.
    QVERIFY(window.sessions()->saveTo(dir.filePath(QStringLiteral("restored.json"))));
    QVERIFY(!QFileInfo::exists(recovery));
}

void TestWindowSession::closingAsksBeforeDiscarding()
{
    QTemporaryDir dir;
    MainWindow window(m_catalogs);
    Person person;
    window.sessions()->setPrompts(person.prompts());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->setBudget(30000, BudgetUnit::Usd);
    person.unsaved = Answer::Cancel;
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(person.asked, 1);
    person.unsaved = Answer::Save;
    person.savePath = dir.filePath(QStringLiteral("closing.json"));
    QVERIFY(window.close());
    QCOMPARE(person.asked, 2);
    QVERIFY(QFileInfo::exists(person.savePath));
    QVERIFY(!QFileInfo::exists(window.sessions()->recoveryPath())); // a clean exit leaves no copy
}

void TestWindowSession::newAndOpenAskBeforeDiscarding()
{
    MainWindow window(m_catalogs);
    Person person;
    window.sessions()->setPrompts(person.prompts());
    window.document()->setInputs(edited(), QStringLiteral("edit"));
    auto *newAction = window.findChild<QAction *>(QStringLiteral("newAction"));
    auto *openAction = window.findChild<QAction *>(QStringLiteral("openAction"));
    QVERIFY(newAction && openAction);
    QCOMPARE(newAction->shortcut(), QKeySequence(QKeySequence::New));
    person.unsaved = Answer::Cancel;
    newAction->trigger();
    openAction->trigger();
    QCOMPARE(person.asked, 2);
    QVERIFY(window.document()->inputs() == edited());
    person.unsaved = Answer::Discard;
    newAction->trigger();
    QVERIFY(window.document()->inputs() == PlanInputs::defaults());
    QVERIFY(!window.isWindowModified());
}

void TestWindowSession::lastPlanIsRemembered()
{
    {
        MainWindow window(m_catalogs);
        Person person;
        person.unsaved = Answer::Discard;
        window.sessions()->setPrompts(person.prompts());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->setInputs(edited(), QStringLiteral("edit"));
        QVERIFY(window.close());
    }
    QVERIFY(!Settings::lastSession.value().isEmpty());
    MainWindow window(m_catalogs);
    window.sessions()->restoreAtStart();
    QVERIFY(window.document()->inputs() == edited());
    QVERIFY(!window.isWindowModified());
}

void TestWindowSession::brokenLastPlanFallsBackToDefaults()
{
    Settings::lastSession.set(QStringLiteral("{\"schema_version\": 1, \"hardware\": {\"gpu\": \"retired-gpu\"}}"));
    MainWindow window(m_catalogs);
    QSignalSpy status(window.sessions(), &SessionController::status);
    window.sessions()->restoreAtStart();
    QVERIFY(window.document()->inputs() == PlanInputs::defaults());
    QCOMPARE(status.size(), 1);
    QVERIFY2(status[0][0].toString().contains(QStringLiteral("retired-gpu")), qPrintable(status[0][0].toString()));
}

void TestWindowSession::openingSaysWhatTookDefaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema_version\": 1, \"job\": {\"budget\": 5000}, \"colour\": \"blue\"}");
    file.close();
    MainWindow window(m_catalogs);
    QSignalSpy status(window.sessions(), &SessionController::status);
    QVERIFY(window.sessions()->openPath(path));
    QCOMPARE(window.document()->inputs().budgetAmount, 5000.0);
    QCOMPARE(window.document()->inputs().choices.gpu, PlanInputs::defaults().choices.gpu);
    QCOMPARE(status.size(), 1);
    const QString note = status[0][0].toString();
    QVERIFY2(note.contains(QStringLiteral("job.unit: missing; the default is used")) && note.contains(QStringLiteral("hardware: missing"))
                 && note.contains(QStringLiteral("colour: not a session key; ignored")),
             qPrintable(note));
}

// A session's catalogue file with a misspelt key opens, and says so, as adding that file does.
void TestWindowSession::openingSaysWhatItsCataloguesIgnored()
{
    QTemporaryDir dir;
    QFile catalogue(dir.filePath(QStringLiteral("offers.json")));
    QVERIFY(catalogue.open(QIODevice::WriteOnly));
    catalogue.write(R"({"offers": [{"id": "mine-h100", "provider": "Mine", "accelerator": "h100-sxm",
        "gpus_per_instance": 8, "usd_per_gpu_hour_on_demand": 2.5, "usd_per_gpu_hour_1yr": 2.0,
        "price_date": "2026-11-01", "source": "our price list"}]})");
    catalogue.close();
    const QString path = dir.filePath(QStringLiteral("with-catalogue.json"));
    {
        MainWindow window(m_catalogs);
        QVERIFY(window.catalogController()->addFile(catalogue.fileName()));
        QVERIFY(window.sessions()->saveTo(path));
    }
    MainWindow window(m_catalogs);
    QSignalSpy status(window.sessions(), &SessionController::status);
    QVERIFY(window.sessions()->openPath(path));
    QCOMPARE(window.document()->catalogs().userCatalogs().size(), std::size_t(1));
    QCOMPARE(status.size(), 1);
    const QString note = status[0][0].toString();
    QVERIFY2(note.contains(QStringLiteral("offer 'mine-h100': unknown key 'usd_per_gpu_hour_1yr' ignored")), qPrintable(note));
}

void TestWindowSession::examplesOpenAndPlan_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : QDir(QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples")).entryList({QStringLiteral("*.json")}))
        QTest::newRow(qPrintable(name)) << QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples/") + name;
    QVERIFY(QDir(QStringLiteral(FRONTIER_SOURCE_DIR "/docs/examples")).entryList({QStringLiteral("*.json")}).size() == 4);
}

void TestWindowSession::examplesOpenAndPlan()
{
    QFETCH(QString, file);
    MainWindow window(m_catalogs);
    Person person;
    window.sessions()->setPrompts(person.prompts());
    QSignalSpy status(window.sessions(), &SessionController::status);
    QVERIFY(window.sessions()->openPath(file));
    QCOMPARE(status.size(), 0); // every key there, no other: no note
    QVERIFY(window.document()->hasPlan());
    QVERIFY2(!window.document()->problem(), window.document()->problem() ? window.document()->problem()->text().c_str() : "");
}

QTEST_MAIN(TestWindowSession)
#include "tst_window_session.moc"
