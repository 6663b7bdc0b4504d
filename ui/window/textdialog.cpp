#include "ui/window/textdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace frontier::ui {

TextDialog::TextDialog(Format format, std::function<QString()> title, std::function<QString()> text,
                       QWidget *parent)
    : QDialog(parent)
    , m_format(format)
    , m_title(std::move(title))
    , m_text(std::move(text))
{
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("textBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    resize(720, 560);
    refresh();
}

void TextDialog::refresh()
{
    setWindowTitle(m_title());
    const int scrolled = m_browser->verticalScrollBar()->value();
    if (m_format == Format::Markdown)
        m_browser->setMarkdown(m_text());
    else
        m_browser->setHtml(m_text());
    m_browser->verticalScrollBar()->setValue(scrolled);
}

void TextDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_browser)
        refresh();
    QDialog::changeEvent(event);
}

} // namespace frontier::ui
