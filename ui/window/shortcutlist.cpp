#include "ui/window/shortcutlist.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

namespace frontier::ui {

namespace {

// "&Open…" → "Open…", "文件(&F)" → "文件", "Save && quit" → "Save & quit": the words without the
// mnemonic (Chinese translations add the letter in brackets, which means nothing out of a menu).
QString withoutMnemonic(QString text)
{
    const QChar placeholder(0xFFFF);
    text.replace(QStringLiteral("&&"), QString(placeholder));
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^)]\\)"));
    text.remove(bracketed);
    text.remove(QLatin1Char('&'));
    text.replace(placeholder, QLatin1Char('&'));
    return text;
}

QString keysOf(const QAction &action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action.shortcuts())
        if (!shortcut.isEmpty())
            keys << shortcut.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void readMenu(const QMenu &menu, const QString &where, QList<ShortcutEntry> &entries, QSet<const QAction *> &seen)
{
    for (const QAction *action : menu.actions()) {
        if (action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        if (const QMenu *submenu = action->menu()) {
            readMenu(*submenu, where + QStringLiteral(" ▸ ") + withoutMnemonic(submenu->title()), entries, seen);
            continue;
        }
        if (const QString keys = keysOf(*action); !keys.isEmpty())
            entries.append({where, withoutMnemonic(action->text()), keys, action});
    }
}

} // namespace

QList<ShortcutEntry> ShortcutList::read(const QMainWindow &window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *top : window.menuBar()->actions())
        if (const QMenu *menu = top->menu(); menu && !seen.contains(top)) {
            seen.insert(top);
            readMenu(*menu, withoutMnemonic(menu->title()), entries, seen);
        }
    // Actions that work by their shortcut alone (added to the window or a dock, in no menu).
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (seen.contains(action) || action->menu())
            continue;
        if (const QString keys = keysOf(*action); !keys.isEmpty())
            entries.append({QString(), withoutMnemonic(action->text()), keys, action});
    }
    return entries;
}

QString ShortcutList::html(const QMainWindow &window)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr><th align=\"left\">%1</th>"
                                  "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                       .arg(tr("Menu"), tr("Command"), tr("Keys"));
    for (const ShortcutEntry &entry : read(window)) {
        const QString where = entry.where.isEmpty() ? tr("(no menu)") : entry.where;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td></tr>")
                    .arg(where.toHtmlEscaped(), entry.action.toHtmlEscaped(), entry.keys.toHtmlEscaped());
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("A chart with the focus also takes keys of its own, outside the menus: the arrow keys "
                        "and Page Up / Page Down move the budget line, Home resets the zoom and Escape cancels "
                        "a drag."));
    return html;
}

} // namespace frontier::ui
