#include "testsupport.h"

class Test_speedmodel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_speedmodel)
#include "tst_speedmodel.moc"
