#include "testsupport.h"

class Test_hf2020 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_hf2020)
#include "tst_hf2020.moc"
