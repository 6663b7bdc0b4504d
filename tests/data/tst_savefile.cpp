// The one atomic writer (data/savefile.h) that sessions, the recovery copy and every export use:
// a failed write names the system's reason and leaves the old file whole; targets that are not
// regular files, or are read-only, are refused untouched; a replaced file keeps its permissions.
#include "testsupport.h"

#include "data/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace frontier;
using frontier::test::readFile;
using frontier::test::writeFile;

namespace {

// Writes past RLIMIT_FSIZE fail with EFBIG ("File too large"), for root too: a full disk in
// miniature that needs no mount. The limit is the process's, so it is lifted again at once.
std::optional<QString> writeWithFileSizeLimit(const QString &path, const QByteArray &bytes, rlim_t limit)
{
    rlimit before{};
    getrlimit(RLIMIT_FSIZE, &before);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = before;
    tiny.rlim_cur = limit;
    setrlimit(RLIMIT_FSIZE, &tiny);
    const auto reason = data::writeFileAtomically(path, bytes);
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    return reason;
}

bool isFifo(const QString &path)
{
    struct stat info {};
    return lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

} // namespace

class TestSaveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void keepsPermissions();
    void refusesReadOnlyTarget();
    void refusesTargetsThatAreNotFiles();
    void writesThroughALinkToAFile();

private:
    QTemporaryDir m_dir;
};

void TestSaveFile::writesAndReplaces()
{
    const QString path = m_dir.filePath(QStringLiteral("a.txt"));
    QCOMPARE(data::writeFileAtomically(path, "first"), std::nullopt);
    QCOMPARE(readFile(path), QByteArray("first"));
    QCOMPARE(data::writeFileAtomically(path, "second, longer"), std::nullopt);
    QCOMPARE(readFile(path), QByteArray("second, longer"));
}

void TestSaveFile::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<int>("size");
    // 1 kB stays in QSaveFile's buffer until commit (the case that was committed truncated, exit 0);
    // 100 kB is written through at once.
    QTest::newRow("small, buffered") << 1000;
    QTest::newRow("large, unbuffered") << 100000;
}

void TestSaveFile::fullDiskKeepsTheOldFile()
{
    QFETCH(int, size);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("chart.png"), "the old chart");
    const auto reason = writeWithFileSizeLimit(path, QByteArray(size, 'x'), 64);
    QVERIFY2(reason.has_value(), "a write past the limit was reported as saved");
    QVERIFY2(reason->contains(QStringLiteral("File too large")), qPrintable(*reason));
    QCOMPARE(readFile(path), QByteArray("the old chart"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chart.png")});
}

void TestSaveFile::keepsPermissions()
{
    const QString path = writeFile(m_dir, QStringLiteral("private.json"), "{}");
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path, mode));
    QCOMPARE(data::writeFileAtomically(path, "{\"a\": 1}"), std::nullopt);
    QCOMPARE(readFile(path), QByteArray("{\"a\": 1}"));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser), mode);
}

void TestSaveFile::refusesReadOnlyTarget()
{
    const QString path = writeFile(m_dir, QStringLiteral("keep.json"), "mine");
    const auto mode = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, mode));
    const auto reason = data::writeFileAtomically(path, "overwritten");
    QVERIFY2(reason && reason->contains(QStringLiteral("read-only")), "a read-only file was replaced");
    QCOMPARE(readFile(path), QByteArray("mine"));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser), mode);
}

void TestSaveFile::refusesTargetsThatAreNotFiles()
{
    // A pipe stands for a device: both are nodes a save must never replace (a device cannot be
    // made by a test, a pipe can; the check is the same: not a regular file).
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = m_dir.filePath(QStringLiteral("link-to-pipe.png"));
    QVERIFY(QFile::link(fifo, link));
    const QString folder = m_dir.filePath(QStringLiteral("folder.png"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &target : {fifo, link, folder}) {
        const auto reason = data::writeFileAtomically(target, "bytes");
        QVERIFY2(reason && reason->contains(QStringLiteral("not a regular file")), qPrintable(target));
    }
    QVERIFY(isFifo(fifo));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(isFifo(QFileInfo(link).symLinkTarget()));
    QVERIFY(QFileInfo(folder).isDir());
}

void TestSaveFile::writesThroughALinkToAFile()
{
    // A session kept behind a link (dotfiles, a synced folder): the file it points at is replaced,
    // and the link stays a link.
    const QString real = writeFile(m_dir, QStringLiteral("real.json"), "old");
    const QString link = m_dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(real, link));
    QCOMPARE(data::writeFileAtomically(link, "new"), std::nullopt);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(real), QByteArray("new"));
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
