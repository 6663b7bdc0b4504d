// The window: readouts follow the inputs, bad input is named, the language switches live.
#include "testsupport.h"

#include "ui/application.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>

using frontier::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true); // never touch the user's real settings
        QCoreApplication::setOrganizationName(QStringLiteral("FrontierTest"));
        QSettings().clear();
    }
    void readoutsFollowTheBudget();
    void badBudgetIsNamed();
    void lawWithoutLoss();
    void languageSwitchesLive();
    void languageChoiceIsRemembered();
};

void TestMainWindow::readoutsFollowTheBudget()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *params = window.findChild<QLabel *>(QStringLiteral("paramsReadout"));
    auto *budget = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    QVERIFY(params && budget);
    // Default: Chinchilla (unrounded) at Gopher's 5.76e23 FLOPs -> ~40.4B (Hoffmann et al. Fig. 4: ~40B).
    QVERIFY2(params->text().startsWith(QStringLiteral("40.")) && params->text().endsWith(QStringLiteral(" B")),
             qPrintable(params->text()));
    budget->setText(QStringLiteral("5.76e25"));
    // 100x compute -> 100^0.4566 = 8.19x parameters under the same law: ~330B.
    QVERIFY2(params->text().startsWith(QStringLiteral("330.")) && params->text().endsWith(QStringLiteral(" B")),
             qPrintable(params->text()));
}

void TestMainWindow::badBudgetIsNamed()
{
    MainWindow window;
    auto *budget = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusMessage"));
    budget->setText(QStringLiteral("-5"));
    QVERIFY2(status->text().contains(QStringLiteral("compute must be positive")), qPrintable(status->text()));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("paramsReadout"))->text(), QStringLiteral("—"));
    budget->setText(QStringLiteral("lots"));
    QVERIFY(status->text().contains(QStringLiteral("not a number")));
    budget->setText(QStringLiteral("1e21"));
    QVERIFY(status->text().isEmpty());
}

void TestMainWindow::lawWithoutLoss()
{
    MainWindow window;
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("lawCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("hoffmann2022-approach1")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("lossReadout"))->text(), QStringLiteral("not predicted by this law"));
    // Table 3: 67B at 5.76e23 FLOPs.
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("paramsReadout"))->text().startsWith(QStringLiteral("67.")));
}

void TestMainWindow::languageSwitchesLive()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(frontier::ui::setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Frontier — 算力最优的模型规模"));
    QVERIFY(frontier::ui::setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Frontier — compute-optimal model size"));
    QVERIFY(!frontier::ui::setLanguage(QStringLiteral("xx_YY")));
    QCOMPARE(frontier::ui::currentLanguage(), QStringLiteral("en"));
}

void TestMainWindow::languageChoiceIsRemembered()
{
    MainWindow window;
    QCOMPARE(frontier::ui::Settings::language(), QString()); // never chosen yet
    auto *chinese = window.findChild<QAction *>(QStringLiteral("languageChinese"));
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(frontier::ui::Settings::language(), QStringLiteral("zh_CN"));
    QCOMPARE(QSettings().value(QStringLiteral("version")).toInt(), frontier::ui::Settings::kVersion);
    window.findChild<QAction *>(QStringLiteral("languageEnglish"))->trigger();
    QCOMPARE(frontier::ui::Settings::language(), QStringLiteral("en"));
    // A value no release wrote reads as "not chosen", not as a broken language.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    QCOMPARE(frontier::ui::Settings::language(), QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
