#include "ui/panels/numberfield.h"

#include "model/core/numbers.h"
#include "model/core/quantity.h"
#include "data/peopleformat.h"
#include "data/quantityfaulttext.h"
#include "ui/panels/fieldkeys.h"
#include "ui/panels/textcolor.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace frontier::ui {

namespace {

// A red frame that survives any platform style; cleared by an empty sheet.
const char *const kInvalidSheet = "QLineEdit { border: 2px solid #c62828; border-radius: 2px; }";

} // namespace

NumberField::NumberField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    // Wrapped within the panel: a long message must not widen it (it added a side scroll bar).
    m_error->setWordWrap(true);
    setToneText(m_error, QColor(0xc6, 0x28, 0x28));
    QFont small = m_error->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_error->setFont(small);
    m_error->hide();
    setFocusPolicy(Qt::StrongFocus); // the field is a Tab stop: setTabOrder takes it, and Tab lands on its edit
    setFocusProxy(m_edit);

    handleFieldKeys(m_edit, {[this] { return m_edit->text().trimmed() != m_shownText; },
                             [this] {
                                 m_edit->setText(m_shownText);
                                 m_edit->setModified(false);
                                 showProblem(QString());
                             }});
    connect(m_edit, &QLineEdit::textEdited, this, &NumberField::validate);
    connect(m_edit, &QLineEdit::editingFinished, this, &NumberField::finish);
}

void NumberField::setNames(const QString &name, const QString &accessibleName)
{
    m_edit->setObjectName(name);
    m_edit->setAccessibleName(accessibleName);
    m_error->setObjectName(name + QStringLiteral("Error"));
}

void NumberField::setPlaceholder(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void NumberField::setValue(std::optional<double> value)
{
    // The user's half-typed (or refused) text wins over a refresh from elsewhere.
    if (m_edit->hasFocus() && m_edit->isModified())
        return;
    m_shownText = value ? data::typedNumber(*value) : QString();
    m_edit->setText(m_shownText);
    m_edit->setModified(false);
    showProblem(QString());
}

std::optional<double> NumberField::read(QString *problem) const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        if (!m_optional)
            *problem = tr("a number is needed here");
        return std::nullopt;
    }
    const QuantityReading reading = readQuantity(text.toStdString());
    // The typed text echoed, cut short: one unbroken word cannot wrap.
    constexpr qsizetype kMostEchoed = 24;
    const QString shown = text.size() > kMostEchoed ? text.left(kMostEchoed - 1) + QChar(0x2026) : text;
    const std::optional<double> value = reading.value;
    if (!value) {
        *problem = data::quantityFaultText(reading.fault, shown);
        return std::nullopt;
    }
    if (m_range && !(*value >= m_range->min && *value <= m_range->max))
        *problem = tr("must be from %1 to %2")
                       .arg(QString::fromStdString(formatNumber(m_range->min)),
                            QString::fromStdString(formatNumber(m_range->max)));
    else if (m_check)
        *problem = m_check(*value);
    return value;
}

void NumberField::validate()
{
    QString problem;
    read(&problem);
    showProblem(problem);
}

void NumberField::finish()
{
    QString problem;
    const std::optional<double> value = read(&problem);
    showProblem(problem);
    if (!problem.isEmpty() || m_edit->text().trimmed() == m_shownText)
        return;
    m_shownText = m_edit->text().trimmed();
    m_edit->setModified(false);
    Q_EMIT committed(value);
}

void NumberField::showProblem(const QString &problem)
{
    m_problem = problem;
    m_edit->setStyleSheet(problem.isEmpty() ? QString() : QLatin1String(kInvalidSheet));
    m_edit->setToolTip(problem);
    m_edit->setAccessibleDescription(problem);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
}

void NumberField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_problem.isEmpty())
        validate();
    QWidget::changeEvent(event);
}

} // namespace frontier::ui
