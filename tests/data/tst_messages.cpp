// The model speaks in codes (model/core/message.h) that the UI translates (data/messagetext.cpp).
// These tests read the model's sources and hold the two sides together: every code the model raises
// has a pattern in the UI's table with the same placeholders, no code means two things, and the
// Chinese translation of every pattern keeps every placeholder.

#include "testsupport.h"

#include "model/core/errors.h"
#include "model/core/message.h"
#include "data/messagetext.h"
#include "data/lawnames.h"
#include "data/quantitywords.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

#include <map>

using namespace frontier;

namespace {

struct RaisedMessage
{
    QString english;
    QString where; // file:line
};

// Every message("code", "English" "continued", ...) call in model/, data/, cli/ and ui/ (the window's
// and the command line's own messages, such as an export's), with its concatenated literal.
std::multimap<QString, RaisedMessage> raisedMessages()
{
    std::multimap<QString, RaisedMessage> out;
    static const QRegularExpression call(QStringLiteral(R"re(message\(\s*"([a-z0-9_.]+)"\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    for (const char *folder : {FRONTIER_SOURCE_DIR "/model", FRONTIER_SOURCE_DIR "/data", FRONTIER_SOURCE_DIR "/cli",
                               FRONTIER_SOURCE_DIR "/ui"}) {
    QDirIterator files(QString::fromUtf8(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = call.globalMatch(text); match.hasNext();) {
            const auto m = match.next();
            const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), m.capturedStart()) + 1;
            if (text.mid(lineStart, m.capturedStart() - lineStart).trimmed().startsWith(QStringLiteral("//")))
                continue; // an example in a comment
            QString english;
            for (auto lit = literal.globalMatch(m.captured(2)); lit.hasNext();)
                english += lit.next().captured(1);
            const int line = int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
            out.emplace(m.captured(1), RaisedMessage{english.replace(QStringLiteral("\\'"), QStringLiteral("'")),
                                                     QFileInfo(path).fileName() + QLatin1Char(':') + QString::number(line)});
        }
    }
    }
    return out;
}

QSet<QString> placeholders(const QString &pattern)
{
    static const QRegularExpression brace(QStringLiteral(R"(\{([a-z_]+)\})"));
    QSet<QString> names;
    for (auto m = brace.globalMatch(pattern); m.hasNext();)
        names.insert(m.next().captured(1));
    return names;
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelFindsItsSources();
    void everyRaisedCodeHasItsPattern();
    void noCodeMeansTwoThings();
    void chineseKeepsEveryPlaceholder();
    void valuesAreFilledAndCut();
    void everyQuantityWordIsListed();
    void everyShippedLawNameIsTranslated();
};

void TestMessages::modelFindsItsSources()
{
    // The scan below must see the model's messages, or the other tests check nothing.
    const auto raised = raisedMessages();
    QVERIFY2(raised.size() > 25, qPrintable(QString::number(raised.size())));
    QVERIFY(raised.count(QStringLiteral("value.not_positive")) == 1);
}

void TestMessages::everyRaisedCodeHasItsPattern()
{
    for (const auto &[code, raised] : raisedMessages()) {
        const QString pattern = QString::fromStdString(data::messagePattern(code.toStdString()));
        QVERIFY2(!pattern.isEmpty(), qPrintable(code + QStringLiteral(" (") + raised.where + QStringLiteral(") has no pattern in data/messagetext.cpp")));
        QVERIFY2(pattern == raised.english,
                 qPrintable(code + QStringLiteral(": the table says '") + pattern + QStringLiteral("', ") + raised.where
                            + QStringLiteral(" says '") + raised.english + QLatin1Char('\'')));
    }
}

void TestMessages::noCodeMeansTwoThings()
{
    std::map<QString, QString> first;
    for (const auto &[code, raised] : raisedMessages()) {
        const auto [it, inserted] = first.emplace(code, raised.english);
        QVERIFY2(inserted || it->second == raised.english,
                 qPrintable(code + QStringLiteral(" is raised with two texts, the second at ") + raised.where));
    }
}

void TestMessages::chineseKeepsEveryPlaceholder()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/frontier_zh_CN.qm")));
    int translated = 0;
    for (const auto &code : data::messageCodes()) {
        const std::string pattern = data::messagePattern(code);
        const QString chinese = translator.translate("Message", pattern.c_str());
        if (chinese.isEmpty())
            continue; // not translated yet: shown in English, checked by the translation-coverage test
        ++translated;
        QCOMPARE(placeholders(chinese), placeholders(QString::fromStdString(pattern)));
    }
    QVERIFY2(translated * 10 >= int(data::messageCodes().size()) * 9,
             qPrintable(QStringLiteral("only %1 of %2 message patterns have a Chinese translation")
                            .arg(translated).arg(data::messageCodes().size())));
}

void TestMessages::valuesAreFilledAndCut()
{
    const Message m = message("value.not_positive", "{what} must be positive, got {value}",
                              {quantity("what", "compute"), {"value", std::string(100000, '9') + "\n"}});
    QVERIFY(m.text().starts_with("compute must be positive, got 999"));
    QVERIFY2(m.text().size() < 200, m.text().c_str()); // a 100 kB value is cut to one sane line
    QVERIFY(m.text().find('\n') == std::string::npos);
    QVERIFY(m.text().ends_with("\u2026"));
    // A cut never splits a UTF-8 character: 200 two-byte characters cut at 160 bytes.
    std::string chinese;
    for (int i = 0; i < 200; ++i)
        chinese += "\u00e9";
    const std::string cut = clipValue(chinese);
    QVERIFY(cut.size() <= 163);
    QVERIFY(QString::fromStdString(cut).toUtf8().toStdString() == cut);
    QVERIFY(!QString::fromStdString(cut).contains(QChar::ReplacementCharacter));
    // An InputError keeps its code and values for the UI, and its English for what().
    try {
        requirePositive(-3, "micro-batch");
        QFAIL("a negative micro-batch was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.message().code, std::string("value.not_positive"));
        QCOMPARE(e.message().arg("value"), std::string("-3"));
        QCOMPARE(std::string(e.what()), std::string("micro-batch must be positive, got -3"));
        QCOMPARE(data::messageText(e.message()), QStringLiteral("micro-batch must be positive, got -3"));
    }
}

void TestMessages::everyQuantityWordIsListed()
{
    // Words the model names inputs and ids with: quantity("what", "compute"), requirePositive(x,
    // "micro-batch"), unknownIdMessage("accelerator", ...), EnumNames::parse(text, "precision").
    static const QRegularExpression uses(QStringLiteral(
        R"re((?:quantity\(\s*"[a-z_]+"\s*,|require(?:Positive|Finite)\([^;"]*,|unknownIdMessage\(|\.parse\(\s*[a-zA-Z_]+\s*,)\s*"([^"]+)"\s*\))re"));
    QSet<QString> listed;
    for (const char *word : data::quantityWords())
        listed.insert(QString::fromUtf8(word));
    int seen = 0;
    QDirIterator files(QStringLiteral(FRONTIER_SOURCE_DIR "/model"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                       QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = uses.globalMatch(text); m.hasNext();) {
            const QString word = m.next().captured(1);
            ++seen;
            QVERIFY2(listed.contains(word), qPrintable(QStringLiteral("'%1' (%2) is not in data/quantitywords.cpp")
                                                           .arg(word, QFileInfo(file).fileName())));
        }
    }
    QVERIFY2(seen > 40, qPrintable(QString::number(seen))); // the scan must find the model's words
    // ...and each listed word reaches the Chinese UI translated.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/frontier_zh_CN.qm")));
    for (const char *word : data::quantityWords())
        QVERIFY2(!translator.translate("Quantity", word).isEmpty(), word);
}

// Law names come from resources/laws/*.json and were shown in English in the Chinese window: each
// shipped law's name is listed for lupdate (data/lawnames.cpp) and reaches Chinese translated.
void TestMessages::everyShippedLawNameIsTranslated()
{
    QSet<QString> listed;
    for (const char *name : data::lawNames())
        listed.insert(QString::fromUtf8(name));
    const ui::AppCatalogs catalogs = ui::AppCatalogs::fromResources();
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/frontier_zh_CN.qm")));
    int laws = 0;
    for (const Law *law : catalogs.laws()) {
        ++laws;
        const QString name = QString::fromStdString(law->info().name);
        QVERIFY2(listed.contains(name), qPrintable(name + QStringLiteral(" is not in data/lawnames.cpp")));
        const QString chinese = translator.translate("LawName", law->info().name.c_str());
        QVERIFY2(!chinese.isEmpty() && chinese != name, qPrintable(name));
    }
    QVERIFY(laws >= 9);
    QCOMPARE(listed.size(), laws); // no name left listed for a law that is gone
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
