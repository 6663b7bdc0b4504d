#include "ui/files/importrunsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace frontier::ui {

namespace {

constexpr FitMethod kMethods[] = {FitMethod::Hoffmann, FitMethod::EpochMle}; // in the combo's order
constexpr int kFewestRunsFitted = 5; // the law has five constants (fit.too_few_points)

} // namespace

ImportRunsDialog::ImportRunsDialog(const QString &fileName, int runCount, QWidget *parent)
    : QDialog(parent), m_fileName(fileName), m_runCount(runCount), m_summary(new QLabel(this)),
      m_methodLabel(new QLabel(this)), m_excludeLabel(new QLabel(this)), m_method(new QComboBox(this)),
      m_exclude(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importRunsDialog"));
    m_method->setObjectName(QStringLiteral("fitMethodCombo"));
    m_exclude->setObjectName(QStringLiteral("excludeHighestSpin"));
    m_buttons->setObjectName(QStringLiteral("importRunsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importRunsOk"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("importRunsCancel"));
    for (std::size_t i = 0; i < std::size(kMethods); ++i)
        m_method->addItem(QString());
    m_exclude->setRange(0, std::max(0, runCount - kFewestRunsFitted));
    m_methodLabel->setBuddy(m_method);
    m_excludeLabel->setBuddy(m_exclude);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_excludeLabel, m_exclude);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

FitMethod ImportRunsDialog::method() const
{
    return kMethods[std::clamp(m_method->currentIndex(), 0, int(std::size(kMethods)) - 1)];
}

int ImportRunsDialog::excludeHighest() const
{
    return m_exclude->value();
}

void ImportRunsDialog::retranslateUi()
{
    setWindowTitle(tr("Import runs"));
    m_summary->setText(
        tr("%n runs read from %1. Fit L(N, D) = E + A/N^alpha + B/D^beta to them:", nullptr, m_runCount)
            .arg(m_fileName));
    m_methodLabel->setText(tr("&Method:"));
    m_method->setItemText(0, tr("Hoffmann et al. 2022 (Huber loss, L-BFGS from a grid of starts)"));
    m_method->setItemText(1, tr("Epoch AI 2024 (maximum likelihood)"));
    m_method->setAccessibleName(tr("Fitting method"));
    m_excludeLabel->setText(tr("&Leave out the highest-loss runs:"));
    m_exclude->setToolTip(tr("Epoch AI's refit leaves out the 5 highest-loss of Hoffmann's runs"));
    m_exclude->setAccessibleName(tr("Number of highest-loss runs to leave out"));
}

void ImportRunsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace frontier::ui
