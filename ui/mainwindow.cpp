#include "ui/mainwindow.h"

namespace frontier::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Frontier"));
}

} // namespace frontier::ui
