#pragma once
// The plan's N as models one can build, under the readouts: the 2020 calculator's two Transformer-XLs
// for an hf2020 law, then a wide and a narrow GPT-2 and Llama (model/shape), each with its exact
// parameter count. The shapes follow the plan live (a drag included: they are closed forms). The
// chosen one goes out as the transformers config that builds it: "Copy as config" puts the JSON on
// the clipboard, "Save config…" writes it to a file atomically (data/savefile.h).

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace frontier::ui {

class PlanDocument;

class ShapesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ShapesPanel(PlanDocument *document, QWidget *parent = nullptr);

    // The list, then its two buttons: Tab stops after the readouts'.
    QWidgetList tabOrder() const;
    // "Model shapes:" and one line per shape, for "Copy all".
    QString summary() const;
    // The chosen shape's config JSON (empty without a shape), and its class ("LlamaConfig").
    QString configText() const;
    QString configClass() const;
    // Writes configText() to `path` atomically; why not, when it could not.
    std::optional<QString> saveConfigTo(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void updateButtons();
    void copyConfig();
    void saveConfig();

    PlanDocument *m_document = nullptr;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_copyConfig = nullptr;
    QPushButton *m_saveConfig = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace frontier::ui
