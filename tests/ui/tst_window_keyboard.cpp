// The window by keyboard alone: one Tab order through every field, the charts and the readouts,
// in reading order, whatever fields the mode shows; Ctrl+Z and Escape in a field as a desktop tool
// has them; values shown as people type them; messages that say what is wrong and stay in the panel.
#include "testsupport.h"

#include "ui/document/plandocument.h"
#include "data/language.h"
#include "ui/export/exportdialog.h"
#include "ui/files/importrunsdialog.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>

using namespace frontier;
using frontier::ui::MainWindow;

namespace {

QString nameOf(const QWidget *w)
{
    return w ? QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName() : QStringLiteral("none");
}

// Where Tab can land: what QWidget::focusNextPrevChild would stop on.
bool isTabStop(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisible() && w->isEnabled();
}

// Presses `key` from the first stop until focus comes back to it (or 200 presses).
QWidgetList walk(QWidget *first, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidgetList seen;
    first->setFocus(Qt::TabFocusReason);
    QWidget *at = QApplication::focusWidget();
    for (int i = 0; i < 200 && at; ++i) {
        seen << at;
        QTest::keyClick(at, Qt::Key_Tab, modifiers);
        at = QApplication::focusWidget();
        if (at == seen.front())
            break;
    }
    return seen;
}

// Which of the window's three columns a widget sits in: 0 inputs, 1 charts, 2 readouts.
int columnOf(const MainWindow &window, const QWidget *w)
{
    if (window.findChild<QScrollArea *>(QStringLiteral("inputsArea"))->isAncestorOf(w))
        return 0;
    return window.findChild<QScrollArea *>(QStringLiteral("readoutsArea"))->isAncestorOf(w) ? 2 : 1;
}

// Shows the window and makes it the active one, as a user's window is when they type in it.
bool showActive(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QApplication::setActiveWindow(&window);
    return true;
}

} // namespace

class TestWindowKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { frontier::test::isolateWindowTest(); }
    void tabVisitsEveryStopOnceInReadingOrder_data();
    void tabVisitsEveryStopOnceInReadingOrder();
    void ctrlZInAFieldUndoesTypingThenThePlan();
    void escapeRestoresTheLastGoodValue();
    void fieldsShowValuesAsPeopleTypeThem();
    void messagesSayWhatIsWrongWithinThePanel();
    void aRefusedGpuCountIsSaid();
    void mnemonicsAreUniquePerMenuAndDialog_data();
    void mnemonicsAreUniquePerMenuAndDialog();

private:
    ui::AppCatalogs m_catalogs = ui::AppCatalogs::fromResources();
};

void TestWindowKeyboard::tabVisitsEveryStopOnceInReadingOrder_data()
{
    QTest::addColumn<bool>("fixedJob");
    QTest::addColumn<bool>("memoryOpen");
    QTest::newRow("budget") << false << false;
    QTest::newRow("fixed job, memory settings open") << true << true;
}

void TestWindowKeyboard::tabVisitsEveryStopOnceInReadingOrder()
{
    QFETCH(bool, fixedJob);
    QFETCH(bool, memoryOpen);
    MainWindow window(m_catalogs);
    QVERIFY(showActive(window));
    if (fixedJob)
        window.document()->setFixedJob(1e9, 2e10);
    if (memoryOpen)
        window.findChild<QToolButton *>(QStringLiteral("memoryToggle"))->setChecked(true);

    auto *first = window.findChild<QComboBox *>(QStringLiteral("budgetModeCombo"));
    const QWidgetList forward = walk(first);
    QCOMPARE(QApplication::focusWidget(), first); // a cycle through the window, not a loop inside it

    // Every stop of the window is visited, and once.
    QWidgetList stops;
    for (QWidget *w : window.centralWidget()->findChildren<QWidget *>())
        if (isTabStop(w))
            stops << w;
    for (QWidget *w : stops)
        QVERIFY2(forward.count(w) == 1, qPrintable(nameOf(w) + QStringLiteral(" visited %1 times").arg(forward.count(w))));
    QCOMPARE(forward.size(), stops.size());
    for (const char *name : {"lawCombo", "gpuCombo", "gridModeCombo", "lossChart", "allocationChart", "paramsReadout", "costReadout"})
        QVERIFY2(forward.contains(window.findChild<QWidget *>(QLatin1String(name))), name);
    if (fixedJob)
        QVERIFY(forward.contains(window.findChild<QWidget *>(QStringLiteral("paramsEdit"))));

    // Reading order: the inputs, the charts, the readouts; down each column.
    for (qsizetype i = 1; i < forward.size(); ++i) {
        const QWidget *a = forward[i - 1], *b = forward[i];
        const int ca = columnOf(window, a), cb = columnOf(window, b);
        QVERIFY2(ca <= cb, qPrintable(nameOf(a) + QStringLiteral(" before ") + nameOf(b)));
        if (ca == cb) {
            const QPoint pa = a->mapTo(&window, QPoint()), pb = b->mapTo(&window, QPoint());
            QVERIFY2(pa.y() < pb.y() || (pa.y() == pb.y() && pa.x() < pb.x()),
                     qPrintable(nameOf(a) + QStringLiteral(" before ") + nameOf(b)));
        }
    }

    // Shift+Tab walks the same cycle backwards.
    QWidgetList backward = walk(first, Qt::ShiftModifier);
    std::reverse(backward.begin() + 1, backward.end());
    QCOMPARE(backward, forward);
}

namespace {

void typeText(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

// QLineEdit took Ctrl+Z for itself even with nothing to undo, so the plan's Undo never ran while a
// field had focus. Now: the typing first, while some is pending; then the document's steps.
void TestWindowKeyboard::ctrlZInAFieldUndoesTypingThenThePlan()
{
    MainWindow window(m_catalogs);
    QVERIFY(showActive(window));
    ui::PlanDocument *doc = window.document();
    auto *amount = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    typeText(amount, QStringLiteral("50k"));
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(doc->inputs().budgetAmount, 50000.0);
    QCOMPARE(doc->undoStack()->count(), 1);

    // Pending typing: Ctrl+Z takes the keystroke back, the plan stays.
    QTest::keyClicks(amount, QStringLiteral("7"));
    QCOMPARE(amount->text(), QStringLiteral("50k7"));
    QTest::keyClick(amount, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(amount->text(), QStringLiteral("50k"));
    QCOMPARE(doc->inputs().budgetAmount, 50000.0);
    // Nothing pending: Ctrl+Z is the window's Undo, and the field follows the plan back.
    QTest::keyClick(amount, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->inputs().budgetAmount, 20000.0);
    QCOMPARE(amount->text(), QStringLiteral("20k"));
    QVERIFY(amount->hasFocus());
    QTest::keyClick(amount, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->inputs().budgetAmount, 50000.0);
}

void TestWindowKeyboard::escapeRestoresTheLastGoodValue()
{
    MainWindow window(m_catalogs);
    QVERIFY(showActive(window));
    ui::PlanDocument *doc = window.document();
    auto *amount = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("budgetEditError"));
    typeText(amount, QStringLiteral("abc"));
    QVERIFY(message->isVisible());
    QTest::keyClick(amount, Qt::Key_Escape);
    QCOMPARE(amount->text(), QStringLiteral("20k"));
    QVERIFY(!message->isVisible());
    QVERIFY(amount->hasFocus());
    // Leaving the field afterwards hands nothing on.
    QTest::keyClick(amount, Qt::Key_Tab);
    QCOMPARE(doc->undoStack()->count(), 0);

    auto *gpus = window.findChild<QSpinBox *>(QStringLiteral("gpuCountSpin"));
    auto *gpuEdit = gpus->findChild<QLineEdit *>();
    typeText(gpuEdit, QStringLiteral("12"));
    QTest::keyClick(gpuEdit, Qt::Key_Escape);
    QCOMPARE(gpuEdit->text(), QStringLiteral("8"));
    QTest::keyClick(gpuEdit, Qt::Key_Tab);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->inputs().choices.gpus.value_or(8), 8);
}

// After a drag or a unit change a field showed "2236234.564" or "3.866356011e+11": it now shows
// what a person would type, and the document keeps the exact value.
void TestWindowKeyboard::fieldsShowValuesAsPeopleTypeThem()
{
    MainWindow window(m_catalogs);
    QVERIFY(showActive(window));
    ui::PlanDocument *doc = window.document();
    auto *amount = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    doc->setBudget(2236234.564, BudgetUnit::Usd);
    QCOMPARE(amount->text(), QStringLiteral("2.236M"));
    // Enter on the unchanged field commits nothing: the exact value stays.
    amount->setFocus(Qt::TabFocusReason);
    QTest::keyClick(amount, Qt::Key_Return);
    QCOMPARE(doc->inputs().budgetAmount, 2236234.564);
    QCOMPARE(doc->undoStack()->count(), 1);
}

// "abc" and 1e400 widened the panel with a one-line message and added a side scroll bar; 1e400
// was called "not a number".
void TestWindowKeyboard::messagesSayWhatIsWrongWithinThePanel()
{
    MainWindow window(m_catalogs);
    window.resize(1024, 640);
    QVERIFY(showActive(window));
    auto *area = window.findChild<QScrollArea *>(QStringLiteral("inputsArea"));
    auto *amount = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("budgetEditError"));
    const int widthBefore = area->widget()->width();
    QVERIFY(!area->horizontalScrollBar()->isVisible());
    const auto check = [&](const QString &typed, const QString &says) {
        typeText(amount, typed);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(says), qPrintable(message->text()));
        QApplication::processEvents();
        QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(typed));
        QCOMPARE(area->widget()->width(), widthBefore);
        // However long the message, it asks for no more width than its field has: it wraps.
        QVERIFY2(message->minimumSizeHint().width() <= amount->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(message->minimumSizeHint().width()).arg(amount->width())));
        // The whole message is shown: its label is as tall as its wrapped text needs.
        QTRY_VERIFY2(message->height() >= message->heightForWidth(message->width()),
                     qPrintable(QStringLiteral("%1 < %2").arg(message->height()).arg(message->heightForWidth(message->width()))));
    };
    check(QStringLiteral("1e400"), QStringLiteral("too large"));
    check(QStringLiteral("abc"), QStringLiteral("is not a number"));
    check(QString(60, QLatin1Char('x')), QStringLiteral("is not a number"));
}

// A typed 0 GPUs was put back to 8 without a word.
void TestWindowKeyboard::aRefusedGpuCountIsSaid()
{
    MainWindow window(m_catalogs);
    QVERIFY(showActive(window));
    auto *gpus = window.findChild<QSpinBox *>(QStringLiteral("gpuCountSpin"));
    auto *edit = gpus->findChild<QLineEdit *>();
    auto *message = gpus->parentWidget()->findChild<QLabel *>(QStringLiteral("countFieldMessage"));
    typeText(edit, QStringLiteral("0"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("from 1")), qPrintable(message->text()));
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(gpus->value(), 8);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("kept 8")), qPrintable(message->text()));
    // A change of language says the same message again (it said the range instead).
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(gpus->parentWidget(), &languageChange);
    QVERIFY2(message->text().contains(QStringLiteral("kept 8")), qPrintable(message->text()));
    // A good count clears it.
    typeText(edit, QStringLiteral("16"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(gpus->value(), 16);
    QVERIFY(!message->isVisible());
    QCOMPARE(window.document()->inputs().choices.gpus.value_or(0), 16);
}

namespace {

// The key of a text's mnemonic: the character after a single '&' ("Save &As" -> 'a'), or none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toLower();
        ++i; // "&&" is a literal ampersand
    }
    return QChar();
}

// Every visible item of one menu: two sharing a key make Alt+key pick the first.
void checkMenu(const QString &where, const QList<QAction *> &actions, QStringList *problems)
{
    QHash<QChar, QString> taken;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text();
        if (text.contains(QStringLiteral("...")))
            problems->append(QStringLiteral("%1: '%2' uses '...', not '…'").arg(where, text));
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            continue;
        if (taken.contains(key))
            problems->append(QStringLiteral("%1: '%2' and '%3' share &%4").arg(where, taken[key], text, key));
        taken.insert(key, text);
        if (action->menu())
            checkMenu(where + QStringLiteral(" > ") + text, action->menu()->actions(), problems);
    }
}

// The labels, buttons and group boxes of a dialog share one set of keys.
void checkDialog(const QString &where, const QWidget *dialog, QStringList *problems)
{
    QHash<QChar, QString> taken;
    const auto take = [&](const QString &text) {
        if (text.contains(QStringLiteral("...")))
            problems->append(QStringLiteral("%1: '%2' uses '...', not '…'").arg(where, text));
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        if (taken.contains(key))
            problems->append(QStringLiteral("%1: '%2' and '%3' share &%4").arg(where, taken[key], text, key));
        taken.insert(key, text);
    };
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        if (label->buddy())
            take(label->text());
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        take(button->text());
    for (const QGroupBox *box : dialog->findChildren<QGroupBox *>())
        take(box->title());
}

} // namespace

void TestWindowKeyboard::mnemonicsAreUniquePerMenuAndDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

void TestWindowKeyboard::mnemonicsAreUniquePerMenuAndDialog()
{
    QFETCH(QString, language);
    QVERIFY(ui::setLanguage(language));
    auto back = qScopeGuard([] { ui::setLanguage(QStringLiteral("en")); });
    MainWindow window(m_catalogs);
    QStringList problems;
    checkMenu(QStringLiteral("menu bar"), window.menuBar()->actions(), &problems);
    ui::ExportDialog exportDialog(QSize(800, 500), [](const ui::ExportRequest &) { return QString(); });
    checkDialog(QStringLiteral("export dialog"), &exportDialog, &problems);
    ui::ImportRunsDialog importDialog(QStringLiteral("runs.csv"), 40);
    checkDialog(QStringLiteral("import dialog"), &importDialog, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestWindowKeyboard)
#include "tst_window_keyboard.moc"
