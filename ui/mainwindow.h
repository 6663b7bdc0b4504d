#pragma once

#include <QMainWindow>

namespace frontier::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace frontier::ui
