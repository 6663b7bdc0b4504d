#include "testsupport.h"

class Test_laws : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Test_laws)
#include "tst_laws.moc"
