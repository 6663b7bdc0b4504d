#include "testsupport.h"

class Test_csv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_csv)
#include "tst_csv.moc"
