#pragma once
// A window of read-only rich text with a Close button: the user guide, the keyboard shortcuts and
// the About box. Its title and text are functions, run again whenever the language changes, so an
// open dialog follows a switch like the main window does. Links open in the desktop's browser.

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QTextBrowser;

namespace frontier::ui {

class TextDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Markdown, Html };
    TextDialog(Format format, std::function<QString()> title, std::function<QString()> text, QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }
    // Builds the text again (the shortcuts change when actions do); the view stays where it was.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    Format m_format;
    std::function<QString()> m_title;
    std::function<QString()> m_text;
    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontier::ui
