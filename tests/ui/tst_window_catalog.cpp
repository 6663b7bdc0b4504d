// The user's own catalogue files in the window (ui/files/catalogcontroller.h), offscreen: File ▸ Add
// catalogue… merges a file as one undo step that marks the session modified and lists its rows as
// "(yours)"; a refused file shows its message and changes nothing; removing the file a plan used shows
// the plan's problem; a session saves the path and opening it plans the same; a session whose file is
// gone is refused naming it, the current work untouched. The user's prices are this test's inputs.
#include "testsupport.h"

#include "ui/files/catalogcontroller.h"
#include "ui/compare/comparedock.h"
#include "ui/compare/comparefilter.h"
#include "ui/compare/comparemodel.h"
#include "ui/document/plandocument.h"
#include "ui/window/mainwindow.h"
#include "ui/files/sessioncontroller.h"

#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace frontier;
using frontier::test::writeFile;
using namespace frontier::ui;

namespace {

const char *kOffersCsv = "id,provider,provider_id,gpu,gpus,on_demand_usd_per_gpu_hour,date,source\n"
                         "ours/h100-sxm/rack-8,Our cluster,on-premise,h100-sxm,8,1.85,2026-11-30,contract 42\n";

int itemNamed(const QComboBox *combo, const QString &id)
{
    return combo->findData(id);
}

PlanInputs onOurOffer()
{
    PlanInputs in = PlanInputs::defaults();
    in.choices.gpu = "h100-sxm";
    in.choices.gpus = 8;
    in.choices.offer = "ours/h100-sxm/rack-8";
    return in;
}

SessionController::Prompts quietPrompts(QStringList *errors)
{
    SessionController::Prompts p;
    p.unsavedChanges = [](const QString &) { return SessionController::Answer::Discard; };
    p.restoreRecovery = [] { return SessionController::Answer::No; };
    p.error = [errors](const QString &title, const QString &text) { *errors << title + QStringLiteral(": ") + text; };
    p.openPath = [] { return QString(); };
    p.savePath = [](const QString &) { return QString(); };
    return p;
}

} // namespace

class TestWindowCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addedCatalogueIsOneUndoStepAndMarked();
    void planOnUserOfferAndRemovingIt();
    void refusedFileChangesNothing();
    void sessionRoundTripReplansTheSame();
    void sessionWithMissingCatalogueIsRefused();
    void comparisonFollowsACatalogueAddedWhileHidden();
    void lastPlanOnAUserOfferComesBack();

private:
    QTemporaryDir m_dir;
};

void TestWindowCatalog::initTestCase()
{
    frontier::test::isolateWindowTest(QStringLiteral("tst_window_catalog"));
}

void TestWindowCatalog::addedCatalogueIsOneUndoStepAndMarked()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    const QString file = writeFile(m_dir, QStringLiteral("offers.csv"), kOffersCsv);
    auto *offers = window.findChild<QComboBox *>(QStringLiteral("offerCombo"));
    auto *remove = window.findChild<QMenu *>(QStringLiteral("removeCatalogMenu"));
    QVERIFY(offers && remove);
    window.document()->setChoices(onOurOffer().choices); // refused: the offer is not known yet
    QVERIFY(window.document()->problem().has_value());
    QCOMPARE(itemNamed(offers, QStringLiteral("ours/h100-sxm/rack-8")), -1);
    QVERIFY(!remove->isEnabled());
    const int steps = window.document()->undoStack()->count();

    QVERIFY(window.catalogController()->addFile(file));
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    QVERIFY(window.isWindowModified());
    QVERIFY(!window.document()->problem()); // the plan on the offer now works
    const int ours = itemNamed(offers, QStringLiteral("ours/h100-sxm/rack-8"));
    QVERIFY(ours >= 0);
    QVERIFY2(offers->itemText(ours).endsWith(QStringLiteral("(yours)")), qPrintable(offers->itemText(ours)));
    QVERIFY(offers->itemData(ours, Qt::ToolTipRole).toString().contains(file));
    QVERIFY(!offers->itemText(itemNamed(offers, QStringLiteral("runpod/h100-sxm/default"))).contains(QStringLiteral("(yours)")));
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->actions().size(), 1);
    QCOMPARE(remove->actions().front()->text(), QStringLiteral("offers.csv"));
    QImage shot = window.grab().toImage();
    shot.save(QStringLiteral("/tmp/window-catalog.png"));
    offers->showPopup();
    window.grab().save(QStringLiteral("/tmp/window-catalog-popup.png"));
    offers->hidePopup();

    window.document()->undoStack()->undo(); // the file leaves the catalogues again
    QVERIFY(catalogs.userCatalogPaths().empty());
    QCOMPARE(itemNamed(offers, QStringLiteral("ours/h100-sxm/rack-8")), -1);
    QVERIFY(window.document()->problem().has_value());
    QVERIFY(!remove->isEnabled());
}

void TestWindowCatalog::planOnUserOfferAndRemovingIt()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    QVERIFY(window.catalogController()->addFile(writeFile(m_dir, QStringLiteral("offers.csv"), kOffersCsv)));
    window.document()->setChoices(onOurOffer().choices);
    QVERIFY(!window.document()->problem());
    const CostReport &cost = window.document()->plan().cost;
    FRONTIER_COMPARE_REL(*cost.costUsd, cost.gpuHours * 1.85, 1e-12); // the user's price
    QCOMPARE(window.document()->setup().offerId, std::string("ours/h100-sxm/rack-8"));

    auto *remove = window.findChild<QMenu *>(QStringLiteral("removeCatalogMenu"));
    remove->actions().front()->trigger();
    QVERIFY(catalogs.userCatalogPaths().empty());
    QVERIFY(window.document()->problem().has_value()); // the offer is gone: said, not crashed
    QVERIFY(QString::fromStdString(window.document()->problem()->text()).contains(QStringLiteral("ours/h100-sxm/rack-8")));
    QVERIFY(window.document()->hasPlan()); // the last plan that worked stays on show
}

void TestWindowCatalog::refusedFileChangesNothing()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    const QString bad = writeFile(m_dir, QStringLiteral("bad.csv"),
                                  "id,provider,gpu,on_demand_usd_per_gpu_hour,date,source\na,A,h100-sxn,2,2026-01-01,s\n");
    const int revision = catalogs.hardwareRevision();
    QVERIFY(!window.catalogController()->addFile(bad));
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(catalogs.hardwareRevision(), revision);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("catalogErrorBox"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("bad.csv")) && box->informativeText().contains(QStringLiteral("h100-sxm")),
             qPrintable(box->informativeText()));
    box->grab().save(QStringLiteral("/tmp/window-catalog-error.png"));
}

void TestWindowCatalog::sessionRoundTripReplansTheSame()
{
    const QString file = writeFile(m_dir, QStringLiteral("session-offers.csv"), kOffersCsv);
    const QString session = m_dir.filePath(QStringLiteral("plan.json"));
    double costUsd = 0;
    {
        AppCatalogs catalogs = AppCatalogs::fromResources();
        MainWindow window(catalogs);
        QStringList errors;
        window.sessions()->setPrompts(quietPrompts(&errors));
        QVERIFY(window.catalogController()->addFile(file));
        window.document()->setChoices(onOurOffer().choices);
        costUsd = *window.document()->plan().cost.costUsd;
        QCOMPARE(window.sessions()->session().userCatalogPaths, std::vector<std::string>{file.toStdString()});
        QVERIFY(window.sessions()->saveTo(session));
        QVERIFY(errors.isEmpty());
    }
    AppCatalogs catalogs = AppCatalogs::fromResources(); // a fresh start: no user files
    MainWindow window(catalogs);
    QStringList errors;
    window.sessions()->setPrompts(quietPrompts(&errors));
    QVERIFY2(window.sessions()->openPath(session), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(catalogs.userCatalogPaths(), std::vector<std::string>{file.toStdString()});
    QVERIFY(!window.document()->problem());
    QCOMPARE(window.document()->setup().offerId, std::string("ours/h100-sxm/rack-8"));
    QCOMPARE(*window.document()->plan().cost.costUsd, costUsd);
    QVERIFY(!window.isWindowModified());
}

void TestWindowCatalog::sessionWithMissingCatalogueIsRefused()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("gone.csv"), kOffersCsv);
    const QString session = dir.filePath(QStringLiteral("plan.json"));
    {
        AppCatalogs catalogs = AppCatalogs::fromResources();
        MainWindow window(catalogs);
        QStringList errors;
        window.sessions()->setPrompts(quietPrompts(&errors));
        QVERIFY(window.catalogController()->addFile(file));
        window.document()->setChoices(onOurOffer().choices);
        QVERIFY(window.sessions()->saveTo(session));
    }
    QVERIFY(QFile::remove(file));
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    QStringList errors;
    window.sessions()->setPrompts(quietPrompts(&errors));
    window.document()->setBudget(30000, BudgetUnit::Usd);
    const PlanInputs before = window.document()->inputs();
    QVERIFY(!window.sessions()->openPath(session));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.front().contains(QStringLiteral("gone.csv")), qPrintable(errors.front()));
    QVERIFY(window.document()->inputs() == before); // the current work untouched
    QVERIFY(catalogs.userCatalogPaths().empty());
    QVERIFY(window.isWindowModified());
}

// The comparison's rows point into the offer catalogue, which adding a file rebuilds. A hidden dock
// lets go of them at once (a filter set meanwhile, as opening a session does, would read freed
// offers), and on its next show lists the user's offer too.
void TestWindowCatalog::comparisonFollowsACatalogueAddedWhileHidden()
{
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    window.show();
    CompareDock *dock = window.compareDock();
    dock->show();
    QTRY_VERIFY(dock->model()->rowCount() > 50);
    const int before = dock->model()->rowCount();
    dock->hide();
    QVERIFY(window.catalogController()->addFile(writeFile(m_dir, QStringLiteral("hidden.csv"), kOffersCsv)));
    QCOMPARE(dock->model()->rowCount(), 0);
    dock->setFilters({"Our cluster", "", std::nullopt, false});
    dock->show();
    QTRY_COMPARE(dock->model()->rowCount(), before + 1);
    QCOMPARE(dock->filter()->rowCount(), 1);
    QCOMPARE(dock->filter()->index(0, 0).data(CompareModel::OfferIdRole).toString(),
             QStringLiteral("ours/h100-sxm/rack-8"));
}

// The plan remembered at closing is on the user's own offer: the next start reads the file again
// and plans on it, rather than refusing the offer it does not know.
void TestWindowCatalog::lastPlanOnAUserOfferComesBack()
{
    QSettings().clear();
    const QString file = writeFile(m_dir, QStringLiteral("remembered.csv"), kOffersCsv);
    {
        AppCatalogs catalogs = AppCatalogs::fromResources();
        MainWindow window(catalogs);
        QStringList errors;
        window.sessions()->setPrompts(quietPrompts(&errors));
        QVERIFY(window.catalogController()->addFile(file));
        window.document()->setChoices(onOurOffer().choices);
        QVERIFY(!window.document()->problem());
        window.sessions()->closing();
    }
    AppCatalogs catalogs = AppCatalogs::fromResources();
    MainWindow window(catalogs);
    QSignalSpy status(window.sessions(), &SessionController::status);
    window.sessions()->restoreAtStart();
    QVERIFY2(status.isEmpty(), status.isEmpty() ? "" : qPrintable(status[0][0].toString()));
    QCOMPARE(window.document()->setup().offerId, std::string("ours/h100-sxm/rack-8"));
    QCOMPARE(catalogs.userCatalogPaths(), std::vector<std::string>{file.toStdString()});
    FRONTIER_COMPARE_REL(*window.document()->plan().cost.costUsd, window.document()->plan().cost.gpuHours * 1.85, 1e-12);
}

QTEST_MAIN(TestWindowCatalog)
#include "tst_window_catalog.moc"
