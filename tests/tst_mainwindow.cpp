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
#include <QStatusBar>
#include <QTemporaryDir>

#include <clocale>

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
    void failedLanguageSwitchKeepsTheCurrentOne();
    void budgetInACommaLocale();
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

void TestMainWindow::failedLanguageSwitchKeepsTheCurrentOne()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *english = window.findChild<QAction *>(QStringLiteral("languageEnglish"));
    auto *chinese = window.findChild<QAction *>(QStringLiteral("languageChinese"));
    QVERIFY(english && chinese);
    const QString chineseTitle = QStringLiteral("Frontier — 算力最优的模型规模");

    // In Chinese, a language with no translation fails: Chinese stays, translator and all
    // (the old code removed the current translator first and landed in English).
    chinese->trigger();
    QTRY_COMPARE(window.windowTitle(), chineseTitle);
    QVERIFY(!frontier::ui::setLanguage(QStringLiteral("xx_YY")));
    QCOMPARE(frontier::ui::currentLanguage(), QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QCOMPARE(window.windowTitle(), chineseTitle);

    // Back in English with the translations gone (a broken installation): choosing Chinese in the
    // menu fails, and the check mark stays on English, the language still showing.
    english->trigger();
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Frontier — compute-optimal model size"));
    QTemporaryDir empty;
    frontier::ui::setTranslationDirectory(empty.path());
    auto restore = qScopeGuard([] { frontier::ui::setTranslationDirectory(QStringLiteral(":/i18n")); });
    chinese->trigger();
    QCOMPARE(frontier::ui::currentLanguage(), QStringLiteral("en"));
    QVERIFY(english->isChecked());
    QVERIFY(!chinese->isChecked());
    QCOMPARE(frontier::ui::Settings::language(), QStringLiteral("en")); // the failure is not remembered
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("zh_CN")),
             qPrintable(window.statusBar()->currentMessage()));
    QCoreApplication::processEvents();
    QCOMPARE(window.windowTitle(), QStringLiteral("Frontier — compute-optimal model size"));
}

void TestMainWindow::budgetInACommaLocale()
{
    // A German user types the budget as everyone else does; the locale must not change its meaning.
    const std::string previous = std::setlocale(LC_ALL, nullptr);
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
        QFAIL("locale de_DE.UTF-8 is missing: bootstrap.sh generates it (locale-gen)");
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto restore = qScopeGuard([&] {
        std::setlocale(LC_ALL, previous.c_str());
        QLocale::setDefault(QLocale::c());
    });
    MainWindow window;
    auto *params = window.findChild<QLabel *>(QStringLiteral("paramsReadout"));
    auto *budget = window.findChild<QLineEdit *>(QStringLiteral("budgetEdit"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusMessage"));
    // Hoffmann et al. 2022, Fig. 4: ~40B parameters at Gopher's 5.76e23 FLOPs, typed three ways.
    for (const QString &text : {QStringLiteral("5.76e23"), QStringLiteral("576e21"), QStringLiteral(" 5.76e23 ")}) {
        budget->setText(text);
        QVERIFY2(params->text().startsWith(QStringLiteral("40.")) && params->text().endsWith(QStringLiteral(" B")),
                 qPrintable(text + QStringLiteral(" -> ") + params->text()));
        QVERIFY(status->text().isEmpty());
    }
    budget->setText(QStringLiteral("5,76e23"));
    QVERIFY2(status->text().contains(QStringLiteral("not a number")), qPrintable(status->text()));
    budget->setText(QStringLiteral("1e300"));
    QVERIFY2(status->text().contains(QStringLiteral("compute: 1e+300 is outside the plausible range")),
             qPrintable(status->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
