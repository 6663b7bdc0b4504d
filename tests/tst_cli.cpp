#include "testsupport.h"

class Test_cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_cli)
#include "tst_cli.moc"
