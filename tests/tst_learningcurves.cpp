#include "testsupport.h"

class Test_learningcurves : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_learningcurves)
#include "tst_learningcurves.moc"
