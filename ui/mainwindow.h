#pragma once
// The window, in this first release a compact calculator: pick a law, type a FLOP budget, read the
// compute-optimal model. The interactive chart, budgets in money and time, and GPU offers come in
// later releases; the window already switches language at run time (English / Simplified Chinese).

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QAction;
class QActionGroup;

namespace frontier::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Recomputes the readouts from the chosen law and budget; shows the model's message on bad input.
    void recompute();
    // What the Language menu does: switch, remember, and keep the check mark on the language that
    // is actually showing (a failed switch keeps the current one and says so in the status bar).
    void chooseLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void checkCurrentLanguage();
    void retranslateUi();
    void showAbout();

    QComboBox *m_lawCombo = nullptr;
    QLineEdit *m_budgetEdit = nullptr;
    QLabel *m_lawLabel = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLabel *m_paramsName = nullptr, *m_paramsValue = nullptr;
    QLabel *m_tokensName = nullptr, *m_tokensValue = nullptr;
    QLabel *m_ratioName = nullptr, *m_ratioValue = nullptr;
    QLabel *m_lossName = nullptr, *m_lossValue = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_citation = nullptr;
    QMenu *m_fileMenu = nullptr, *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr, *m_aboutAction = nullptr;
    QAction *m_englishAction = nullptr, *m_chineseAction = nullptr;
};

} // namespace frontier::ui
