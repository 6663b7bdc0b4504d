#pragma once
// Every keyboard shortcut of a main window, read from its actions when asked: the menus in menu-bar
// order (submenus included), then any action with a shortcut outside them. Nothing is listed by hand,
// so a new or changed shortcut shows in Help > Keyboard shortcuts without a word here.

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;

namespace frontier::ui {

struct ShortcutEntry
{
    QString where;  // "File ▸ Open Recent", or empty for an action in no menu
    QString action; // the action's text as the menu shows it, without its & mnemonic
    QString keys;   // every shortcut of the action, as the platform writes it ("Ctrl+O")
    const QAction *source = nullptr;
};

class ShortcutList
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutList)

public:
    static QList<ShortcutEntry> read(const QMainWindow &window);
    // The entries as an HTML table for the Keyboard shortcuts dialog.
    static QString html(const QMainWindow &window);
};

} // namespace frontier::ui
