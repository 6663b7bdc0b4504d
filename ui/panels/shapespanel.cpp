#include "ui/panels/shapespanel.h"

#include "data/peopleformat.h"
#include "data/resourcedata.h"
#include "data/savefile.h"
#include "model/shape/shapeconfig.h"
#include "ui/document/plandocument.h"
#include "ui/panels/textcolor.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontier::ui {

namespace {

const ShapeRules &rulesOf(const PlanDocument &document)
{
    const ShapeRules *rules = document.catalogs().catalogs().shapes;
    return rules ? *rules : data::shapeRules();
}

QString roleText(const TransformerShape &s)
{
    switch (s.role) {
    case ShapeRole::Calculator:
        return ShapesPanel::tr("Transformer-XL, the 2020 calculator's");
    case ShapeRole::CalculatorAlternative:
        return ShapesPanel::tr("Transformer-XL, the calculator's alternative");
    case ShapeRole::Wide:
        return s.family == ShapeFamily::Gpt2 ? ShapesPanel::tr("GPT-2 style, wide") : ShapesPanel::tr("Llama style, wide");
    case ShapeRole::Narrow:
        return s.family == ShapeFamily::Gpt2 ? ShapesPanel::tr("GPT-2 style, narrow") : ShapesPanel::tr("Llama style, narrow");
    case ShapeRole::Given:
        break;
    }
    return ShapesPanel::tr("Typed shape");
}

// "32 layers × 4096, 32 heads (8 KV), FFN 11008; 6.74 B parameters"
QString shapeText(const TransformerShape &s)
{
    const data::NumberStyle style = data::numberStyle();
    QString line = ShapesPanel::tr("%1 layers × %2").arg(s.layers).arg(s.dModel) + QStringLiteral(", ");
    line += s.kvHeads == s.heads ? ShapesPanel::tr("%1 heads").arg(s.heads)
                                 : ShapesPanel::tr("%1 heads (%2 KV)").arg(s.heads).arg(s.kvHeads);
    line += QStringLiteral(", ") + ShapesPanel::tr("FFN %1").arg(s.ffn) + QStringLiteral("; ");
    // "6.74 B" kept on one line when the item wraps.
    const auto count = [&](std::int64_t n) { return data::peopleCount(double(n), style).replace(QLatin1Char(' '), QChar(0x00A0)); };
    line += s.params.total ? ShapesPanel::tr("%1 parameters").arg(count(*s.params.total))
                           : ShapesPanel::tr("%1 non-embedding parameters").arg(count(s.params.nonEmbedding));
    return line;
}

QString shapeTip(const TransformerShape &s, const ShapeRules &rules)
{
    const data::NumberStyle style = data::numberStyle();
    QStringList lines;
    lines << ShapesPanel::tr("%1: head size %2, vocabulary %3, context %4")
                 .arg(QString::fromStdString(configClassName(s.family)))
                 .arg(s.headDim())
                 .arg(s.vocab)
                 .arg(s.context);
    lines << ShapesPanel::tr("Non-embedding parameters: %1").arg(data::peopleCount(double(s.params.nonEmbedding), style));
    lines << ShapesPanel::tr("d_model / layers: %1").arg(data::peopleNumber(s.aspectRatio()));
    const char *key = s.role == ShapeRole::Wide     ? "aspect_ratios.wide"
                      : s.role == ShapeRole::Narrow ? "aspect_ratios.narrow"
                      : s.role == ShapeRole::CalculatorAlternative ? "hf2020_calculator.alternate_depth_factor"
                                                                   : "hf2020_calculator.width_multiple";
    if (const auto found = rules.sources.find(key); found != rules.sources.end())
        lines << ShapesPanel::tr("Source: %1").arg(QString::fromStdString(found->second));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ShapesPanel::ShapesPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_copyConfig(new QPushButton(this))
    , m_saveConfig(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("shapesPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("shapesList"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumHeight(120);
    m_copyConfig->setObjectName(QStringLiteral("copyConfigButton"));
    m_saveConfig->setObjectName(QStringLiteral("saveConfigButton"));
    m_status->setObjectName(QStringLiteral("shapesStatus"));
    m_status->setWordWrap(true);
    setQuietText(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyConfig);
    buttons->addWidget(m_saveConfig);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, &ShapesPanel::updateButtons);
    connect(m_copyConfig, &QPushButton::clicked, this, &ShapesPanel::copyConfig);
    connect(m_saveConfig, &QPushButton::clicked, this, &ShapesPanel::saveConfig);
    connect(m_document, &PlanDocument::changed, this, &ShapesPanel::refresh);
    retranslateUi();
}

void ShapesPanel::retranslateUi()
{
    m_title->setText(tr("&Model shapes:"));
    m_list->setAccessibleName(tr("Model shapes for the plan's size"));
    m_list->setToolTip(tr("Layers and widths that have the plan's number of parameters, counted exactly"));
    m_saveConfig->setText(tr("&Save config…"));
    m_saveConfig->setToolTip(tr("Write the chosen shape's transformers config to a JSON file"));
    refresh();
}

void ShapesPanel::refresh()
{
    const std::vector<TransformerShape> *shapes = m_document->hasPlan() ? &m_document->plan().shapes : nullptr;
    const int count = shapes ? int(shapes->size()) : 0;
    const int keep = std::max(0, m_list->currentRow());
    // Texts in place during a drag; items made only when their number changes.
    if (m_list->count() != count) {
        m_list->clear();
        for (int i = 0; i < count; ++i)
            m_list->addItem(QString());
    }
    if (shapes) {
        const ShapeRules &rules = rulesOf(*m_document);
        for (int i = 0; i < count; ++i) {
            const TransformerShape &s = (*shapes)[std::size_t(i)];
            QListWidgetItem *item = m_list->item(i);
            const QString text = roleText(s) + QLatin1Char('\n') + shapeText(s);
            if (item->text() != text) {
                item->setText(text);
                item->setToolTip(shapeTip(s, rules));
            }
        }
    }
    if (count > 0 && m_list->currentRow() < 0)
        m_list->setCurrentRow(std::min(keep, count - 1));
    setVisible(count > 0);
    updateButtons();
}

void ShapesPanel::updateButtons()
{
    const QString cls = configClass();
    m_copyConfig->setEnabled(!cls.isEmpty());
    m_saveConfig->setEnabled(!cls.isEmpty());
    //: %1 a transformers configuration class: LlamaConfig, GPT2Config or TransfoXLConfig
    m_copyConfig->setText(cls.isEmpty() ? tr("&Copy as config") : tr("&Copy as %1").arg(cls));
    m_copyConfig->setToolTip(tr("Put the chosen shape's transformers config (JSON) on the clipboard"));
}

QString ShapesPanel::configClass() const
{
    const int row = m_list->currentRow();
    if (!m_document->hasPlan() || row < 0 || row >= int(m_document->plan().shapes.size()))
        return QString();
    return QString::fromStdString(configClassName(m_document->plan().shapes[std::size_t(row)].family));
}

QString ShapesPanel::configText() const
{
    const int row = m_list->currentRow();
    if (!m_document->hasPlan() || row < 0 || row >= int(m_document->plan().shapes.size()))
        return QString();
    return QString::fromStdString(
        transformersConfigText(m_document->plan().shapes[std::size_t(row)], rulesOf(*m_document).calculator));
}

std::optional<QString> ShapesPanel::saveConfigTo(const QString &path) const
{
    const QString text = configText();
    if (text.isEmpty())
        return tr("no shape is chosen");
    return data::writeFileAtomically(path, text.toUtf8());
}

void ShapesPanel::copyConfig()
{
    const QString text = configText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    m_status->setText(tr("%1 copied to the clipboard").arg(configClass()));
}

void ShapesPanel::saveConfig()
{
    if (configText().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save config"), QStringLiteral("config.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (const auto error = saveConfigTo(path))
        m_status->setText(tr("Not saved: %1").arg(*error));
    else
        m_status->setText(tr("%1 saved to %2").arg(configClass(), path));
}

QWidgetList ShapesPanel::tabOrder() const
{
    return {m_list, m_copyConfig, m_saveConfig};
}

QString ShapesPanel::summary() const
{
    if (m_list->count() == 0 || isHidden())
        return QString();
    QStringList lines{m_title->text().remove(QLatin1Char('&'))};
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text().replace(QLatin1Char('\n'), QStringLiteral(": "));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ShapesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
