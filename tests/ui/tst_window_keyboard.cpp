// The window by keyboard alone: one Tab order through every field, the charts and the readouts,
// in reading order, whatever fields the mode shows.
#include "testsupport.h"

#include "ui/document/plandocument.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QToolButton>

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

} // namespace

class TestWindowKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { frontier::test::isolateWindowTest(); }
    void tabVisitsEveryStopOnceInReadingOrder_data();
    void tabVisitsEveryStopOnceInReadingOrder();

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
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
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

QTEST_MAIN(TestWindowKeyboard)
#include "tst_window_keyboard.moc"
