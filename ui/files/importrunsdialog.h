#pragma once
// File ▸ Import runs…, second step: the file has been read; how to fit it. The method (Hoffmann's
// grid or Epoch's maximum likelihood) and how many of the highest-loss runs to leave out (Epoch
// drops 5 of Hoffmann's 245 points).

#include "model/fit/fit.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace frontier::ui {

class ImportRunsDialog : public QDialog
{
    Q_OBJECT

public:
    // `fileName` and `runCount` only say what was read; a fit needs 5 runs, so at most
    // runCount - 5 can be left out.
    ImportRunsDialog(const QString &fileName, int runCount, QWidget *parent = nullptr);

    FitMethod method() const;
    int excludeHighest() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_fileName;
    int m_runCount = 0;
    QLabel *m_summary = nullptr;
    QLabel *m_methodLabel = nullptr;
    QLabel *m_excludeLabel = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_exclude = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace frontier::ui
