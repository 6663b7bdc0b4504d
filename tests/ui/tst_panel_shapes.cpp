// The model shapes under the readouts (ui/panels/shapespanel.h): the plan's shapes, following the
// plan; the 2020 calculator's own two for an hf2020 plan ("3 layers of 536 dimensions", "5 layers of
// 416" at its start-up: V100, O0, 3.23 hours; conversions.py optimal_model_shape and
// alternate_model_shape); "Copy as config" puts the chosen shape's transformers JSON on the
// clipboard and "Save config…" writes it; the list and buttons are named and reachable by Tab.

#include "testsupport.h"
#include "paneltestsupport.h"

#include "ui/panels/readoutspanel.h"
#include "ui/panels/shapespanel.h"

#include <QApplication>
#include <QClipboard>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace frontier;
using namespace frontier::ui;
using namespace frontier::test;

class TestShapesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void listsThePlansShapes();
    void followsThePlan();
    void calculatorShapesForHf2020();
    void copyAndSaveConfig();
    void copyAllIncludesTheShapes();
    void namedAndReachable();

private:
    AppCatalogs m_catalogs = AppCatalogs::fromResources();
};

void TestShapesPanel::listsThePlansShapes()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ShapesPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("shapesList"));
    QVERIFY(list);
    const auto &shapes = doc.plan().shapes;
    QCOMPARE(list->count(), int(shapes.size()));
    QCOMPARE(list->count(), 4); // Chinchilla: wide and narrow GPT-2 and Llama
    for (int i = 0; i < list->count(); ++i) {
        const auto &s = shapes[std::size_t(i)];
        QVERIFY2(list->item(i)->text().contains(QStringLiteral("%1 layers × %2").arg(s.layers).arg(s.dModel)),
                 qPrintable(list->item(i)->text()));
        QVERIFY(!list->item(i)->toolTip().isEmpty());
    }
    QCOMPARE(list->currentRow(), 0);
}

void TestShapesPanel::followsThePlan()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ShapesPanel panel(&doc);
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("shapesList"));
    list->setCurrentRow(2);
    const QString before = list->item(2)->text();
    doc.setBudget(2e6, BudgetUnit::Usd); // a hundred times the budget: wider, deeper models
    QVERIFY(list->item(2)->text() != before);
    QVERIFY2(list->item(2)->text().contains(QStringLiteral("%1 layers × %2").arg(doc.plan().shapes[2].layers).arg(doc.plan().shapes[2].dModel)),
             qPrintable(list->item(2)->text()));
    QCOMPARE(list->currentRow(), 2); // the choice is kept while the plan moves
}

void TestShapesPanel::calculatorShapesForHf2020()
{
    PlanInputs inputs = PlanInputs::defaults();
    inputs.lawId = "hf2020";
    inputs.budgetAmount = 3.23;
    inputs.budgetUnit = BudgetUnit::Hours;
    inputs.choices = PlanChoices{};
    inputs.choices.gpu = "v100-sxm2-16gb";
    inputs.choices.gpus = 1;
    inputs.choices.amp = Amp::O0;
    PlanDocument doc(m_catalogs, inputs);
    QVERIFY2(doc.hasPlan() && !doc.problem(), doc.problem() ? doc.problem()->text().c_str() : "");
    ShapesPanel panel(&doc);
    panel.resize(340, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    saveShot(&panel, QStringLiteral("shapespanel-hf2020"));
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("shapesList"));
    QCOMPARE(list->count(), 6); // the calculator's two, then GPT-2 and Llama
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("3 layers × 536")), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("5 layers × 416")), qPrintable(list->item(1)->text()));
    QCOMPARE(panel.configClass(), QStringLiteral("TransfoXLConfig"));
    auto *copy = panel.findChild<QPushButton *>(QStringLiteral("copyConfigButton"));
    QVERIFY(copy->text().contains(QStringLiteral("TransfoXLConfig")));
    const auto config = nlohmann::json::parse(panel.configText().toStdString());
    QCOMPARE(config.at("d_model").get<int>(), 536);
    QCOMPARE(config.at("n_layer").get<int>(), 3);
}

void TestShapesPanel::copyAndSaveConfig()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ShapesPanel panel(&doc);
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("shapesList"));
    list->setCurrentRow(2); // the wide Llama
    QCOMPARE(panel.configClass(), QStringLiteral("LlamaConfig"));
    auto *copy = panel.findChild<QPushButton *>(QStringLiteral("copyConfigButton"));
    QVERIFY(copy->text().contains(QStringLiteral("LlamaConfig")));
    QApplication::clipboard()->clear();
    copy->click();
    const auto copied = nlohmann::json::parse(QApplication::clipboard()->text().toStdString());
    const auto &s = doc.plan().shapes[2];
    QCOMPARE(copied.at("model_type").get<std::string>(), std::string("llama"));
    QCOMPARE(copied.at("hidden_size").get<std::int64_t>(), s.dModel);
    QCOMPARE(copied.at("num_hidden_layers").get<std::int64_t>(), s.layers);
    QCOMPARE(copied.at("num_key_value_heads").get<std::int64_t>(), s.kvHeads);
    QCOMPARE(copied.at("intermediate_size").get<std::int64_t>(), s.ffn);
    // Saved: the same text, in a file replaced whole.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(!panel.saveConfigTo(path));
    QCOMPARE(QString::fromUtf8(readFile(path)), QApplication::clipboard()->text());
    // A folder is no file to replace: said, not written.
    const auto refused = panel.saveConfigTo(dir.path());
    QVERIFY(refused && !refused->isEmpty());
    list->setCurrentRow(0); // GPT-2
    QVERIFY(copy->text().contains(QStringLiteral("GPT2Config")));
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("saveConfigButton"))->isEnabled());
}

void TestShapesPanel::copyAllIncludesTheShapes()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    QWidget column;
    auto *layout = new QVBoxLayout(&column);
    auto *readouts = new ReadoutsPanel(&doc);
    auto *shapes = new ShapesPanel(&doc);
    layout->addWidget(readouts);
    layout->addWidget(shapes);
    readouts->addSummarySection([shapes] { return shapes->summary(); });
    column.show();
    QVERIFY(QTest::qWaitForWindowExposed(&column));
    readouts->findChild<QPushButton *>(QStringLiteral("copyAllButton"))->click();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(QStringLiteral("Model shapes:")), qPrintable(text));
    const auto &s = doc.plan().shapes.front();
    QVERIFY2(text.contains(QStringLiteral("%1 layers × %2").arg(s.layers).arg(s.dModel)), qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Model size:")) < text.indexOf(QStringLiteral("Model shapes:")));
}

void TestShapesPanel::namedAndReachable()
{
    PlanDocument doc(m_catalogs, PlanInputs::defaults());
    ShapesPanel panel(&doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    checkReachable(&panel);
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("shapesList"));
    QVERIFY(!list->accessibleName().isEmpty());
    const QWidgetList order = panel.tabOrder();
    QCOMPARE(order.size(), 3);
    QCOMPARE(order[0], list);
    for (QWidget *w : order)
        QVERIFY(w->focusPolicy() & Qt::TabFocus);
    saveShot(&panel, QStringLiteral("shapespanel"));
}

QTEST_MAIN(TestShapesPanel)
#include "tst_panel_shapes.moc"
