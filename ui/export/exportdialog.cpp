#include "ui/export/exportdialog.h"

#include "ui/export/chartexport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace frontier::ui {

ExportDialog::ExportDialog(QSize chartSize, Run run, QWidget *parent) : QDialog(parent), m_run(std::move(run))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_chart = new QComboBox;
    m_chart->setObjectName(QStringLiteral("exportChart"));
    m_chart->addItems({QString(), QString(), QString(), QString(), QString()});
    connect(m_chart, &QComboBox::currentIndexChanged, this, &ExportDialog::targetChanged);
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(320); // room for a path
    m_browse = new QPushButton;
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(kMinExportSide, kMaxExportSide);
        side->setSuffix(QStringLiteral(" px"));
    }
    // The chart as it is on screen, by default.
    m_width->setValue(std::clamp(chartSize.width(), kMinExportSide, kMaxExportSide));
    m_height->setValue(std::clamp(chartSize.height(), kMinExportSide, kMaxExportSide));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    m_scale = new QDoubleSpinBox;
    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(kMinExportScale, kMaxExportScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setValue(2);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto *form = new QFormLayout;
    m_chartLabel = new QLabel;
    m_pathLabel = new QLabel;
    m_sizeLabel = new QLabel;
    m_scaleLabel = new QLabel;
    form->addRow(m_chartLabel, m_chart);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_sizeLabel, sizeRow);
    form->addRow(m_scaleLabel, m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    retranslateUi();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export chart"));
    m_chart->setItemText(0, tr("Loss chart"));
    m_chart->setItemText(1, tr("Allocation chart"));
    m_chart->setItemText(2, tr("Comparison: bar chart"));
    m_chart->setItemText(3, tr("Comparison: Pareto scatter"));
    m_chart->setItemText(4, tr("Comparison: table (CSV)"));
    m_chartLabel->setText(tr("&Chart:"));
    m_pathLabel->setText(tr("&File:"));
    m_sizeLabel->setText(tr("&Size:"));
    m_scaleLabel->setText(tr("Sc&ale (PNG):"));
    m_chartLabel->setBuddy(m_chart);
    m_pathLabel->setBuddy(m_path);
    m_sizeLabel->setBuddy(m_width);
    m_scaleLabel->setBuddy(m_scale);
    m_browse->setText(tr("Choose…"));
    m_path->setPlaceholderText(tr("chart.png, .svg, .pdf or .csv"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::chooseFile()
{
    const QString filters =
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Chart data, CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_path->text(), filters);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::targetChanged()
{
    // A table has no size: it is rows of numbers.
    const bool table = ExportTarget(m_chart->currentIndex()) == ExportTarget::CompareTable;
    m_width->setEnabled(!table);
    m_height->setEnabled(!table);
    m_scale->setEnabled(!table);
}

ExportRequest ExportDialog::request() const
{
    return {ExportTarget(m_chart->currentIndex()), m_path->text().trimmed(), QSize(m_width->value(), m_height->value()),
            m_scale->value()};
}

void ExportDialog::setRequest(const ExportRequest &request)
{
    m_chart->setCurrentIndex(int(request.chart));
    m_path->setText(request.path);
    m_width->setValue(request.size.width());
    m_height->setValue(request.size.height());
    m_scale->setValue(request.scale);
}

QString ExportDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::accept()
{
    const QString problem = m_run(request());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace frontier::ui
