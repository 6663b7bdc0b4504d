#pragma once
// What the panel tests share: a document on the start-up plan, a panel shown on it, typing into a
// field the way a person does (select all, type, Enter), and an optional screenshot for checking by
// eye (set FRONTIER_PANEL_SHOTS to a folder).

#include "ui/document/plandocument.h"

#include <QComboBox>
#include <QDir>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTranslator>
#include <QtTest>

#include <map>
#include <utility>

namespace frontier::test {

inline void typeInto(QLineEdit *edit, const QString &text, bool enter = true)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace); // as a person clears a field
    QTest::keyClicks(edit, text);
    if (enter)
        QTest::keyClick(edit, Qt::Key_Enter);
}

// What a person choosing an item does: the combo's index and its activated() signal.
inline void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

// A catalogue of a few entries (context, source) -> translation, to watch texts switch live
// without the shipped .qm.
class FakeTranslator : public QTranslator
{
public:
    explicit FakeTranslator(std::map<std::pair<QByteArray, QByteArray>, QString> texts) : m_texts(std::move(texts)) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const auto found = m_texts.find({QByteArray(context), QByteArray(source)});
        return found == m_texts.end() ? QString() : found->second;
    }

private:
    std::map<std::pair<QByteArray, QByteArray>, QString> m_texts;
};

// Every interactive widget has an objectName (tests and assistive tools find it) and every label
// with a mnemonic has a focusable buddy (Alt+letter reaches its field).
inline void checkReachable(QWidget *panel)
{
    for (QWidget *widget : panel->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractButton *>(widget)
                                 || qobject_cast<QAbstractItemView *>(widget);
        // Qt's own parts (a spin box's line edit, a combo's popup, a table's editor) need no name of ours.
        bool qtPart = false;
        for (QWidget *up = widget->parentWidget(); up && up != panel; up = up->parentWidget())
            qtPart = qtPart || qobject_cast<QAbstractSpinBox *>(up) || qobject_cast<QAbstractItemView *>(up)
                     || QByteArray(up->metaObject()->className()).startsWith("QComboBox");
        if (interactive && !qtPart)
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().contains(QLatin1Char('&'))) {
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(label->buddy()->focusPolicy() & Qt::TabFocus, qPrintable(label->text()));
        }
    }
}

inline void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FRONTIER_PANEL_SHOTS");
    if (folder.isEmpty())
        return;
    widget->adjustSize(); // as a layout would give it room for what it shows now
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// A frame is red when the field carries the invalid style sheet.
inline bool redFrame(const QLineEdit *edit)
{
    return edit->styleSheet().contains(QStringLiteral("#c62828"));
}

} // namespace frontier::test
