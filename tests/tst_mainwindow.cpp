#include "testsupport.h"

class Test_mainwindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_mainwindow)
#include "tst_mainwindow.moc"
