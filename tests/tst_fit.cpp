#include "testsupport.h"

class Test_fit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_fit)
#include "tst_fit.moc"
