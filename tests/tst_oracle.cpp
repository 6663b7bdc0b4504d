#include "testsupport.h"

class Test_oracle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_oracle)
#include "tst_oracle.moc"
