#include "ui/panels/runcomparisonline.h"

#include "data/knownruntext.h"
#include "data/messagetext.h"
#include "data/resourcedata.h"
#include "model/core/errors.h"
#include "ui/document/plandocument.h"
#include "ui/panels/compactcombo.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace frontier::ui {

RunComparisonLine::RunComparisonLine(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_caption(new QLabel(this))
    , m_runs(compactCombo(this, 8)) // narrow enough for the readouts column at 1024 px; it stretches when there is room
    , m_sentence(new QLabel(this))
{
    setObjectName(QStringLiteral("runComparison"));
    m_runs->setObjectName(QStringLiteral("comparisonRunCombo"));
    m_sentence->setObjectName(QStringLiteral("comparisonSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentence->setFocusPolicy(Qt::StrongFocus);
    m_caption->setBuddy(m_runs);
    for (const KnownRun &run : data::knownRuns().all())
        if (run.trainingFlops()) // a run without compute cannot be compared with
            m_runs->addItem(QString::fromStdString(run.name), QString::fromStdString(run.id));
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(QString::fromStdString(m_document->comparedRun()))));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_caption);
    row->addWidget(m_runs, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_sentence);

    // The document keeps the choice, so the report compares with the run this line names.
    connect(m_runs, &QComboBox::currentIndexChanged, this,
            [this] { m_document->setComparedRun(m_runs->currentData().toString().toStdString()); });
    connect(m_document, &PlanDocument::comparedRunChanged, this, [this] {
        setRunId(QString::fromStdString(m_document->comparedRun()));
        refresh();
    });
    connect(m_document, &PlanDocument::changed, this, &RunComparisonLine::refresh);
    retranslateUi();
}

QString RunComparisonLine::text() const
{
    return m_sentence->text();
}

QString RunComparisonLine::runId() const
{
    return QString::fromStdString(m_document->comparedRun());
}

void RunComparisonLine::setRunId(const QString &id)
{
    if (const int index = m_runs->findData(id); index >= 0)
        m_runs->setCurrentIndex(index);
}

QWidgetList RunComparisonLine::tabOrder() const
{
    return {m_runs, m_sentence};
}

void RunComparisonLine::retranslateUi()
{
    m_caption->setText(tr("Compared with:"));
    m_runs->setToolTip(tr("A published training run to hold the plan against"));
    refresh();
}

void RunComparisonLine::refresh()
{
    const KnownRun *run = data::knownRuns().find(runId().toStdString());
    if (!run || !m_document->hasPlan()) {
        m_sentence->setText(QStringLiteral("—"));
        m_sentence->setToolTip(QString());
        return;
    }
    const Plan &plan = m_document->plan();
    try {
        const frontier::RunComparison comparison = compareWithRun(*run, plan.allocation.flops, plan.cost.co2Kg);
        QString text = data::comparisonSentence(*run, comparison);
        if (const QString gap = data::comparisonCo2Gap(*run, comparison); !gap.isEmpty())
            text += QLatin1Char(' ') + gap;
        m_sentence->setText(text);
    } catch (const InputError &e) {
        m_sentence->setText(data::messageText(e.message())); // in the user's language, as every refusal
    }
    m_sentence->setAccessibleName(m_sentence->text());
    m_sentence->setToolTip(data::runDetails(*run));
}

void RunComparisonLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
