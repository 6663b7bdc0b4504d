#include "ui/mainwindow.h"

#include "model/core/errors.h"
#include "model/core/numbers.h"
#include "ui/application.h"
#include "ui/data/messagetext.h"
#include "ui/data/resourcedata.h"
#include "ui/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

#include <cmath>

namespace frontier::ui {

namespace {

QString count(double value)
{
    const char *suffixes[] = {"", "k", "M", "B", "T"};
    int i = 0;
    while (std::abs(value) >= 1000 && i < 4) {
        value /= 1000;
        ++i;
    }
    return QString::number(value, 'f', value >= 100 ? 1 : 2) + (i ? QStringLiteral(" ") + QLatin1String(suffixes[i]) : QString());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *form = new QFormLayout;
    m_lawLabel = new QLabel;
    m_lawCombo = new QComboBox;
    m_lawCombo->setObjectName(QStringLiteral("lawCombo"));
    for (const auto &law : data::lawCatalog().laws())
        if (law.can(Capability::Optimum))
            m_lawCombo->addItem(QString::fromStdString(law.info().name), QString::fromStdString(law.id()));
    m_lawCombo->setCurrentIndex(m_lawCombo->findData(QStringLiteral("hoffmann2022")));
    m_budgetLabel = new QLabel;
    m_budgetEdit = new QLineEdit(QStringLiteral("5.76e23"));
    m_budgetEdit->setObjectName(QStringLiteral("budgetEdit"));
    form->addRow(m_lawLabel, m_lawCombo);
    form->addRow(m_budgetLabel, m_budgetEdit);

    auto addReadout = [&](QLabel *&name, QLabel *&value, const char *objectName) {
        name = new QLabel;
        value = new QLabel;
        value->setObjectName(QLatin1String(objectName));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        value->setFont(big);
        form->addRow(name, value);
    };
    addReadout(m_paramsName, m_paramsValue, "paramsReadout");
    addReadout(m_tokensName, m_tokensValue, "tokensReadout");
    addReadout(m_ratioName, m_ratioValue, "ratioReadout");
    addReadout(m_lossName, m_lossValue, "lossReadout");

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020"));
    m_citation = new QLabel;
    m_citation->setWordWrap(true);
    m_citation->setStyleSheet(QStringLiteral("color: #555555"));

    auto *layout = new QVBoxLayout(central);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_citation);
    setCentralWidget(central);

    buildMenus();
    connect(m_lawCombo, &QComboBox::currentIndexChanged, this, &MainWindow::recompute);
    connect(m_budgetEdit, &QLineEdit::textChanged, this, &MainWindow::recompute);
    retranslateUi();
    recompute();
    resize(640, 380);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    // Each language names itself in its own script, so it can be found whatever is showing.
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("简体中文"));
    for (QAction *action : {m_englishAction, m_chineseAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    m_englishAction->setObjectName(QStringLiteral("languageEnglish"));
    m_chineseAction->setObjectName(QStringLiteral("languageChinese"));
    checkCurrentLanguage();
    connect(m_englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_chineseAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("zh_CN")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::checkCurrentLanguage()
{
    (currentLanguage() == QLatin1String("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (setLanguage(language)) {
        Settings::setLanguage(language); // remembered for the next start
    } else {
        // The action group already moved the check mark to the language that failed: put it back.
        statusBar()->showMessage(tr("Cannot load the translation '%1'; the language stays as it was").arg(language));
    }
    checkCurrentLanguage();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Frontier — compute-optimal model size"));
    m_lawLabel->setText(tr("Scaling law:"));
    m_budgetLabel->setText(tr("Training budget (FLOPs):"));
    m_budgetEdit->setToolTip(tr("Total training compute, e.g. 5.76e23 (Gopher's budget)"));
    m_paramsName->setText(tr("Parameters:"));
    m_tokensName->setText(tr("Training tokens:"));
    m_ratioName->setText(tr("Tokens per parameter:"));
    m_lossName->setText(tr("Expected loss (nats/token):"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Frontier"));
    recompute();
}

void MainWindow::recompute()
{
    const Law &law = data::lawCatalog().law(m_lawCombo->currentData().toString().toStdString());
    m_citation->setText(tr("Source: %1").arg(QString::fromStdString(law.info().citation)));
    // The same reader as the command line: "5.76e23" and "576e21" in every locale, "2T" too.
    const auto flops = parseScaledNumber(m_budgetEdit->text().toStdString());
    try {
        if (!flops)
            throw InputError(tr("the budget is not a number").toStdString());
        if (*flops > 0) // zero and below get the law's own "compute must be positive"
            data::inputLimits().check("flops", *flops, quantity("what", "compute"));
        const Allocation a = law.optimumForFlops(*flops);
        m_paramsValue->setText(count(a.params));
        m_tokensValue->setText(count(a.tokens));
        m_ratioValue->setText(QString::number(a.tokensPerParam(), 'f', 1));
        m_lossValue->setText(a.loss ? QString::number(*a.loss, 'f', 4) : tr("not predicted by this law"));
        m_status->clear();
    } catch (const InputError &e) {
        for (QLabel *value : {m_paramsValue, m_tokensValue, m_ratioValue, m_lossValue})
            value->setText(QStringLiteral("—"));
        m_status->setText(tr("Cannot answer: %1").arg(data::messageText(e.message())));
    }
}

void MainWindow::showAbout()
{
    QString text = tr("<p><b>Frontier</b> tells you how big a language model to train on a given budget.</p>"
                      "<p>Its figures come from these published works:</p>");
    text += QStringLiteral("<ul>");
    for (const auto &law : data::lawCatalog().laws())
        text += QStringLiteral("<li>") + QString::fromStdString(law.info().citation).toHtmlEscaped() + QStringLiteral("</li>");
    text += QStringLiteral("</ul>");
    QMessageBox::about(this, tr("About Frontier"), text);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace frontier::ui
