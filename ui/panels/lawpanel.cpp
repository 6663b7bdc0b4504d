#include "ui/panels/compactcombo.h"
#include "ui/panels/lawpanel.h"

#include "model/core/numbers.h"
#include "model/core/errors.h"
#include "model/core/quantity.h"
#include "model/plan/planinputs.h"
#include "data/lawnames.h"
#include "data/messagetext.h"
#include "data/peopleformat.h"
#include "data/quantityfaulttext.h"
#include "ui/document/plandocument.h"
#include "ui/panels/textcolor.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace frontier::ui {

namespace {

QString number(double value)
{
    return QString::fromStdString(formatNumber(value, 8));
}

QString constantTip(const Constant &constant)
{
    QString tip = QString::fromStdString(constant.description);
    if (!constant.source.empty())
        tip += QStringLiteral("\n") + LawPanel::tr("Source: %1").arg(QString::fromStdString(constant.source));
    if (constant.standardError)
        tip += QStringLiteral("\n") + LawPanel::tr("Standard error: %1").arg(number(*constant.standardError));
    return tip;
}

} // namespace

namespace {

// "6e18 – 3e21", "up to 1.18e21", "from 768": a span of the runs as far as its bounds are known.
QString spanText(const DataSpan &span, const std::function<QString(double)> &number)
{
    if (span.min > 0 && span.max > 0)
        return QStringLiteral("%1 – %2").arg(number(span.min), number(span.max));
    if (span.max > 0)
        return LawPanel::tr("up to %1").arg(number(span.max));
    return LawPanel::tr("from %1").arg(number(span.min));
}

} // namespace

LawPanel::LawPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_lawLabel(new QLabel(this))
    , m_law(compactCombo(this))
    , m_citation(new QLabel(this))
    , m_dataRange(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_error(new QLabel(this))
    , m_reset(new QPushButton(this))
{
    m_law->setObjectName(QStringLiteral("lawCombo"));
    m_table->setObjectName(QStringLiteral("constantsTable"));
    m_reset->setObjectName(QStringLiteral("resetConstantsButton"));
    m_error->setObjectName(QStringLiteral("constantsError"));
    m_citation->setObjectName(QStringLiteral("lawCitation"));
    m_citation->setWordWrap(true);
    m_citation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setQuietText(m_citation);
    m_dataRange->setObjectName(QStringLiteral("lawDataRange"));
    m_dataRange->setWordWrap(true);
    m_dataRange->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setQuietText(m_dataRange);
    setToneText(m_error, QColor(0xc6, 0x28, 0x28));
    m_error->setWordWrap(true);
    m_error->hide();
    m_lawLabel->setBuddy(m_law);

    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    // Sources are long: one line each, cut at the end, whole in the tooltip.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->setMinimumWidth(300);

    auto *top = new QHBoxLayout;
    top->addWidget(m_lawLabel);
    top->addWidget(m_law, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_citation);
    layout->addWidget(m_dataRange);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_law, &QComboBox::activated, this, [this](int index) {
        m_document->setLaw(m_law->itemData(index).toString().toStdString());
    });
    connect(m_table, &QTableWidget::itemChanged, this, &LawPanel::editValue);
    connect(m_reset, &QPushButton::clicked, this, [this] { m_document->resetOverrides(); });
    connect(m_document, &PlanDocument::changed, this, &LawPanel::refresh);

    retranslateUi();
}

QWidgetList LawPanel::tabOrder() const
{
    return {m_law, m_table, m_reset};
}

void LawPanel::retranslateUi()
{
    m_lawLabel->setText(tr("&Law:"));
    m_reset->setText(tr("&Reset constants"));
    m_reset->setToolTip(tr("Put the published (or fitted) values back"));
    m_table->setHorizontalHeaderLabels({tr("Constant"), tr("Value"), tr("Published"), tr("Source")});
    m_table->setAccessibleName(tr("Law constants"));
    m_law->setAccessibleName(tr("Scaling law"));
    m_lawsKey.clear(); // the "(fitted)" suffix is translated
    refresh();
}

void LawPanel::refresh()
{
    // The list changes only when a law is fitted or removed, or another is chosen; not on each move
    // of a drag.
    std::string lawsKey = m_document->inputs().lawId;
    for (const Law *law : m_document->catalogs().laws())
        lawsKey += ';' + law->id();
    if (lawsKey != m_lawsKey || m_law->count() == 0) {
        m_lawsKey = lawsKey;
        fillLaws();
    }
    fillConstants();
}

void LawPanel::fillLaws()
{
    const QSignalBlocker block(m_law);
    m_law->clear();
    AppCatalogs &catalogs = m_document->catalogs();
    // Only laws that answer "how big for this budget" can plan a run.
    for (const Law *law : catalogs.laws()) {
        if (!law->can(Capability::Optimum))
            continue;
        QString name = data::lawName(*law);
        if (catalogs.isFitted(law->id()))
            name = tr("Fitted: %1").arg(name);
        m_law->addItem(name, QString::fromStdString(law->id()));
        m_law->setItemData(m_law->count() - 1, QString::fromStdString(law->info().citation), Qt::ToolTipRole);
    }
    m_law->setCurrentIndex(m_law->findData(QString::fromStdString(m_document->inputs().lawId)));
    m_law->setToolTip(m_law->currentData(Qt::ToolTipRole).toString());
    const Law &law = m_document->publishedLaw();
    m_citation->setText(QString::fromStdString(law.info().citation));

    // The runs the law was fitted on: a plan beyond them is an extrapolation (the readouts warn).
    const DataRange &range = law.info().dataRange;
    const data::NumberStyle style = data::numberStyle();
    QStringList spans, sources;
    if (range.flops.known()) {
        spans << tr("%1 FLOPs").arg(spanText(range.flops, [](double v) { return data::peopleNumber(v); }));
        sources << QString::fromStdString(range.flops.source);
    }
    if (range.params.known()) {
        spans << tr("%1 parameters").arg(spanText(range.params, [style](double v) { return data::peopleCount(v, style); }));
        sources << QString::fromStdString(range.params.source);
    }
    if (range.tokens.known()) {
        spans << tr("%1 tokens").arg(spanText(range.tokens, [style](double v) { return data::peopleCount(v, style); }));
        sources << QString::fromStdString(range.tokens.source);
    }
    m_dataRange->setVisible(!spans.isEmpty());
    m_dataRange->setText(tr("Fitted on runs of %1.").arg(spans.join(QStringLiteral(", "))));
    sources.removeDuplicates();
    m_dataRange->setToolTip(sources.join(QLatin1Char('\n')));
}

void LawPanel::fillConstants()
{
    // Called on every move of a frontier drag: the rows' items are kept and only their texts and
    // fonts change (a new item per cell per move made the table re-lay itself out each time).
    const QSignalBlocker block(m_table);
    const Law &published = m_document->publishedLaw();
    const std::map<std::string, double> &overrides = m_document->inputs().overrides;
    const auto &constants = published.constants().all();
    m_table->setRowCount(int(constants.size()));
    for (int row = 0; row < int(constants.size()); ++row) {
        const Constant &constant = constants[size_t(row)];
        const auto found = overrides.find(constant.name);
        const bool overridden = found != overrides.end();
        const double value = overridden ? found->second : constant.value;
        const QString tip = constantTip(constant);
        QTableWidgetItem *name = cell(row, NameColumn, false);
        QTableWidgetItem *typed = cell(row, ValueColumn, true);
        name->setText(QString::fromStdString(constant.name) + (overridden ? QStringLiteral(" *") : QString()));
        typed->setText(number(value));
        cell(row, PublishedColumn, false)->setText(number(constant.value));
        cell(row, SourceColumn, false)->setText(QString::fromStdString(constant.source));
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->item(row, column)->setToolTip(tip);
        QFont font = m_table->font();
        font.setBold(overridden);
        font.setItalic(overridden);
        typed->setFont(font);
        name->setFont(font);
        typed->setBackground(QBrush()); // a refused edit's red goes with the next valid plan
        if (overridden)
            typed->setToolTip(tr("Your value (published: %1)").arg(number(constant.value)) + QStringLiteral("\n") + tip);
        typed->setData(Qt::UserRole, QString::fromStdString(constant.name));
    }
    m_reset->setEnabled(!overrides.empty());
    m_error->hide();
}

QTableWidgetItem *LawPanel::cell(int row, int column, bool editable)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, column, item);
    }
    return item;
}

void LawPanel::editValue(QTableWidgetItem *item)
{
    if (item->column() != ValueColumn)
        return;
    const std::string name = item->data(Qt::UserRole).toString().toStdString();
    const QString text = item->text().trimmed();
    const QuantityReading reading = readQuantity(text.toStdString());
    const std::optional<double> value = reading.value;
    if (!value) {
        const QString field = QString::fromStdString(name);
        refuse(item, tr("%1: %2").arg(field, data::quantityFaultText(reading.fault, text)));
        return;
    }
    std::map<std::string, double> overrides = m_document->inputs().overrides;
    if (*value == m_document->publishedLaw().constants()[name])
        overrides.erase(name); // typing the published value back is no override
    else
        overrides[name] = *value;
    try {
        // The plausible ranges and the law's form, as `--set` and a session file take overrides.
        lawWithOverrides(m_document->publishedLaw(), overrides, m_document->catalogs().limits());
    } catch (const InputError &e) {
        refuse(item, data::messageText(e.message()));
        return;
    }
    m_document->setOverrides(overrides);
}

void LawPanel::refuse(QTableWidgetItem *item, const QString &problem)
{
    // The cell keeps the text, turns red and says why; the document is not touched.
    const QSignalBlocker block(m_table);
    item->setBackground(QColor(0xff, 0xcd, 0xd2));
    item->setToolTip(problem);
    m_error->setText(problem);
    m_error->show();
}

void LawPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
