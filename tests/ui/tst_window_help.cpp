// The Help menu: the About box (version, Frontier's licence, every source of the shipped figures
// once with its licence), the keyboard shortcuts read from the actions, the user guide kept equal to
// the README's window section, About Qt, and Qt's own words (standard buttons) following the language.
#include "testsupport.h"

#include "data/datasources.h"
#include "data/language.h"
#include "ui/window/aboutfrontier.h"
#include "ui/window/mainwindow.h"
#include "ui/window/shortcutlist.h"
#include "ui/window/textdialog.h"
#include "ui/window/userguide.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using namespace frontier;
using frontier::ui::MainWindow;

namespace {

const QString kSourceDir = QStringLiteral(FRONTIER_SOURCE_DIR);

// Opens a Help entry by its action and returns the dialog it shows.
ui::TextDialog *openHelp(MainWindow &window, const char *action, const char *dialog)
{
    auto *trigger = window.findChild<QAction *>(QLatin1String(action));
    if (!trigger)
        return nullptr;
    trigger->trigger();
    return window.findChild<ui::TextDialog *>(QLatin1String(dialog));
}

int occurrences(const QString &text, const QString &part)
{
    return text.count(part);
}

// The strings that name where a resource file's figures come from: a file whose top level has a
// "source" is one dataset and that string names it (its rows' sources are the dataset's provenance);
// in any other file, every "source" and "citation" string names the source of its figure.
void sourceStrings(const QJsonValue &value, QStringList &found)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            sourceStrings(item, found);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if ((it.key() == QLatin1String("source") || it.key() == QLatin1String("citation")) && it->isString())
            found << it->toString();
        else
            sourceStrings(*it, found);
    }
}

QStringList sourceStringsOfFile(const QJsonObject &file)
{
    if (file.value(QLatin1String("source")).isString())
        return {file.value(QLatin1String("source")).toString()};
    QStringList found;
    sourceStrings(file, found);
    return found;
}

// The README's "## The window" section, up to the next "## " heading.
QString readmeWindowSection()
{
    const QString readme = QString::fromUtf8(test::readFile(kSourceDir + QStringLiteral("/README.md")));
    const qsizetype start = readme.indexOf(QStringLiteral("\n## The window\n"));
    if (start < 0)
        return {};
    const qsizetype end = readme.indexOf(QStringLiteral("\n## "), start + 1);
    return readme.mid(start + 1, end < 0 ? -1 : end - start - 1);
}

// Markdown cut into blocks (a paragraph, a bullet, a table row, a heading), each with its line breaks
// and runs of spaces made one space: how the text wraps is not what it says.
QStringList markdownBlocks(const QString &markdown)
{
    QStringList blocks;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            blocks << current.simplified();
        current.clear();
    };
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1Char('|'))
            || line.startsWith(QLatin1Char('#')))
            flush();
        current += QLatin1Char(' ') + line;
        if (line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1Char('#')))
            flush();
    }
    flush();
    return blocks;
}

// A translator for one context that puts a mark before every text: shows that a text is looked up
// in the current translation, without depending on what translations/ holds yet.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) {}
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return QStringLiteral("[t]") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }

private:
    const char *m_context;
};

} // namespace

class TestWindowHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateWindowTest();
        QVERIFY(ui::setLanguage(QStringLiteral("en")));
    }
    void aboutGivesTheVersionOfTheProgram();
    void aboutListsEverySourceOnceWithItsLicence();
    void everySourceTheResourcesCiteIsInTheAbout();
    void frontierLicenceIsWhatTheRepositoryDeclares();
    void shortcutsAreReadFromTheActions();
    void shortcutsDialogFollowsNewActions();
    void userGuideSaysWhatTheReadmeSays();
    void userGuideIsTranslatedLive();
    void aboutQtOpens();
    void helpMenuKeepsItsTranslations();
    void qtStandardButtonsFollowTheLanguage();

private:
    ui::AppCatalogs m_catalogs = ui::AppCatalogs::fromResources();
};

void TestWindowHelp::aboutGivesTheVersionOfTheProgram()
{
    // The version `frontier --version` prints (CMake's project version) is the one the About box shows.
    QProcess cli;
    cli.start(QStringLiteral(FRONTIER_EXECUTABLE), {QStringLiteral("--version")});
    QVERIFY(cli.waitForFinished(10000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    const QRegularExpressionMatch version = QRegularExpression(QStringLiteral("^frontier (\\S+)$")).match(printed);
    QVERIFY2(version.hasMatch(), qPrintable(printed));

    MainWindow window(m_catalogs);
    ui::TextDialog *about = openHelp(window, "aboutAction", "aboutDialog");
    QVERIFY(about);
    QVERIFY(about->isVisible());
    QCOMPARE(about->windowTitle(), QStringLiteral("About Frontier"));
    const QString text = about->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Version ") + version.captured(1)), qPrintable(text));
}

void TestWindowHelp::aboutListsEverySourceOnceWithItsLicence()
{
    MainWindow window(m_catalogs);
    ui::TextDialog *about = openHelp(window, "aboutAction", "aboutDialog");
    QVERIFY(about);
    const QString text = about->browser()->toPlainText();
    const data::SourceList &sources = data::sourceList();
    QVERIFY(sources.sources.size() >= 8);
    for (const data::DataSource &source : sources.sources) {
        QVERIFY2(occurrences(text, source.citation) == 1,
                 qPrintable(QStringLiteral("'%1' appears %2 times").arg(source.citation).arg(occurrences(text, source.citation))));
        const QString withLicence = source.citation + QStringLiteral(" (")
                                    + ui::AboutFrontier::sourceLicenceText(source.licence) + QLatin1Char(')');
        QVERIFY2(text.contains(withLicence), qPrintable(withLicence));
    }
    // The works the issue names, each once (the old box listed a paper once per law it gives).
    for (const char *work : {"arXiv:2001.08361", "arXiv:2203.15556", "arXiv:2404.10102", "Le Scao",
                             "epoch-research/training-cost-trends", "mlco2/impact", "mlco2/codecarbon",
                             "TevenLeScao/transformer-xl"})
        QVERIFY2(occurrences(text, QLatin1String(work)) == 1, work);
    // The licences the upstream repositories declare (tests/reference/README.md).
    for (const auto &[work, licence] : std::initializer_list<std::pair<const char *, const char *>>{
             {"github.com/mlco2/impact", "licence: MIT"},
             {"github.com/mlco2/codecarbon", "licence: MIT"},
             {"github.com/TevenLeScao/transformer-xl", "licence: Apache-2.0"},
             {"github.com/epoch-research/training-cost-trends", "licence: Apache-2.0"}}) {
        const qsizetype at = text.indexOf(QLatin1String(work));
        QVERIFY2(at >= 0, work);
        const QString rest = text.mid(at);
        QVERIFY2(rest.left(rest.indexOf(QLatin1Char('\n'))).contains(QLatin1String(licence)), work);
    }
    // Links open outside (QTextBrowser would otherwise try to show the web page itself).
    QVERIFY(about->browser()->openExternalLinks());
    QVERIFY(about->browser()->toHtml().contains(QStringLiteral("href=\"https://arxiv.org/abs/2203.15556\"")));
}

void TestWindowHelp::everySourceTheResourcesCiteIsInTheAbout()
{
    const data::SourceList &sources = data::sourceList();
    const QString about = [] {
        QTextBrowser browser;
        browser.setHtml(ui::AboutFrontier::html());
        return browser.toPlainText();
    }();
    QHash<QString, int> citations; // per source id: how many resource strings name it
    int files = 0;
    QDirIterator it(kSourceDir + QStringLiteral("/resources"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(kSourceDir.size() + QStringLiteral("/resources/").size());
        if (relative == QLatin1String("sources.json") || !QFile::exists(QStringLiteral(":/") + relative))
            continue; // the list itself, and files the program does not ship
        ++files;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(test::readFile(path), &error);
        QVERIFY2(!document.isNull(), qPrintable(relative + QStringLiteral(": ") + error.errorString()));
        for (const QString &cited : sourceStringsOfFile(document.object())) {
            if (cited.startsWith(QLatin1String("Frontier")))
                continue; // Frontier's own choice or bound, said so
            int matches = 0;
            for (const data::DataSource &source : sources.sources)
                if (std::any_of(source.citedAs.begin(), source.citedAs.end(),
                                [&](const QString &name) { return cited.contains(name); })) {
                    ++matches;
                    ++citations[source.id];
                    QVERIFY2(occurrences(about, source.citation) == 1, qPrintable(source.citation));
                }
            QVERIFY2(matches > 0, qPrintable(relative + QStringLiteral(" cites a source sources.json lacks: ") + cited));
        }
    }
    QVERIFY2(files >= 15, qPrintable(QString::number(files)));
    // And nothing is listed that no shipped file cites.
    for (const data::DataSource &source : sources.sources)
        QVERIFY2(citations.value(source.id) > 0, qPrintable(source.id + QStringLiteral(" is cited by no resource")));
}

void TestWindowHelp::frontierLicenceIsWhatTheRepositoryDeclares()
{
    // The licence the About box states is the one the repository declares: a licence file, or the
    // metainfo's project_license (GPL-3.0-or-later: Frontier links Qt Charts, offered under the GPL 3).
    const QString metainfo = QString::fromUtf8(
        test::readFile(kSourceDir + QStringLiteral("/resources/desktop/io.github.frontier.Frontier.metainfo.xml")));
    QVERIFY(!metainfo.isEmpty());
    const QRegularExpressionMatch declared =
        QRegularExpression(QStringLiteral("<project_license>([^<]+)</project_license>")).match(metainfo);
    bool licenceFile = false;
    for (const char *name : {"LICENSE", "LICENSE.md", "LICENSE.txt", "COPYING"})
        licenceFile = licenceFile || QFile::exists(kSourceDir + QLatin1Char('/') + QLatin1String(name));
    const QString stated = data::sourceList().frontierLicence;
    if (declared.hasMatch())
        QCOMPARE(stated, declared.captured(1).trimmed());
    else if (licenceFile)
        QVERIFY2(!stated.isEmpty(), "the repository has a licence file: name it in resources/sources.json");
    else
        QCOMPARE(stated, QString());

    MainWindow window(m_catalogs);
    ui::TextDialog *about = openHelp(window, "aboutAction", "aboutDialog");
    QVERIFY(about);
    QVERIFY(about->browser()->toPlainText().contains(ui::AboutFrontier::licenceText(stated)));
    QVERIFY(ui::AboutFrontier::licenceText(QString()).contains(QStringLiteral("none has been declared")));
    QVERIFY(ui::AboutFrontier::licenceText(QStringLiteral("GPL-3.0-or-later")).contains(QStringLiteral("GPL-3.0-or-later")));
}

void TestWindowHelp::shortcutsAreReadFromTheActions()
{
    MainWindow window(m_catalogs);
    const QList<ui::ShortcutEntry> entries = ui::ShortcutList::read(window);
    const auto keysOf = [&](const char *objectName) {
        for (const ui::ShortcutEntry &entry : entries)
            if (entry.source && entry.source->objectName() == QLatin1String(objectName))
                return entry.keys;
        return QString();
    };
    const auto native = [](QKeySequence sequence) { return sequence.toString(QKeySequence::NativeText); };
    // Undo and Redo take every binding of the platform (Ctrl+Z and Alt+Backspace; Ctrl+Shift+Z, Ctrl+Y).
    const auto allOf = [&](QKeySequence::StandardKey key) {
        QStringList keys;
        for (const QKeySequence &sequence : QKeySequence::keyBindings(key))
            keys << native(sequence);
        return keys.join(QStringLiteral(", "));
    };
    QCOMPARE(keysOf("undoAction"), allOf(QKeySequence::Undo));
    QCOMPARE(keysOf("redoAction"), allOf(QKeySequence::Redo));
    QCOMPARE(keysOf("openAction"), native(QKeySequence::Open));
    QCOMPARE(keysOf("saveAction"), native(QKeySequence::Save));
    QCOMPARE(keysOf("exportAction"), QStringLiteral("Ctrl+Shift+E"));
    QCOMPARE(keysOf("importRunsAction"), QStringLiteral("Ctrl+I"));
    QCOMPARE(keysOf("userGuideAction"), QStringLiteral("F1"));
    // Every action of the window that has a shortcut is listed, once.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const auto listed = std::count_if(entries.begin(), entries.end(),
                                          [action](const ui::ShortcutEntry &entry) { return entry.source == action; });
        QVERIFY2(listed == 1, qPrintable(action->objectName() + QStringLiteral(" listed ") + QString::number(listed)));
    }
    // Menu paths and texts as the menus show them.
    const auto open = std::find_if(entries.begin(), entries.end(),
                                   [](const ui::ShortcutEntry &entry) { return entry.source->objectName() == QLatin1String("openAction"); });
    QCOMPARE(open->where, QStringLiteral("File"));
    QVERIFY2(!open->action.contains(QLatin1Char('&')), qPrintable(open->action));

    ui::TextDialog *dialog = openHelp(window, "shortcutsAction", "shortcutsDialog");
    QVERIFY(dialog);
    const QString text = dialog->browser()->toPlainText();
    for (const QString &keys : {native(QKeySequence::Undo), native(QKeySequence::Save), QStringLiteral("Ctrl+Shift+E")})
        QVERIFY2(text.contains(keys), qPrintable(keys + QStringLiteral(" not in:\n") + text));
    QVERIFY(text.contains(QStringLiteral("Undo")));
    QVERIFY(text.contains(QStringLiteral("Redo")));
}

void TestWindowHelp::shortcutsDialogFollowsNewActions()
{
    // A shortcut added anywhere later shows without touching the list: a menu entry, and an action
    // that works by its keys alone.
    MainWindow window(m_catalogs);
    QMenu *file = window.menuBar()->actions().first()->menu();
    QAction *added = file->addAction(QStringLiteral("Frobnicate"));
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    QMenu *tools = window.menuBar()->addMenu(QStringLiteral("工具(&T)")); // a Chinese mnemonic, dropped
    tools->addAction(QStringLiteral("Spin && weave"))->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    auto *hidden = new QAction(QStringLiteral("Hidden helper"), &window);
    hidden->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
    window.addAction(hidden);
    ui::TextDialog *dialog = openHelp(window, "shortcutsAction", "shortcutsDialog");
    QVERIFY(dialog);
    QString text = dialog->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Frobnicate")) && text.contains(QStringLiteral("Ctrl+Alt+F")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hidden helper")) && text.contains(QStringLiteral("Ctrl+Alt+H")), qPrintable(text));
    const QList<ui::ShortcutEntry> entries = ui::ShortcutList::read(window);
    QVERIFY(std::any_of(entries.begin(), entries.end(), [](const ui::ShortcutEntry &entry) {
        return entry.where == QStringLiteral("工具") && entry.action == QStringLiteral("Spin & weave")
               && entry.keys == QStringLiteral("Ctrl+Alt+W");
    }));
    // Opened again after a change, it reads the actions again.
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    QCOMPARE(openHelp(window, "shortcutsAction", "shortcutsDialog"), dialog);
    text = dialog->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Ctrl+Alt+G")));
    QVERIFY(!text.contains(QStringLiteral("Ctrl+Alt+F")));
}

void TestWindowHelp::userGuideSaysWhatTheReadmeSays()
{
    const QStringList readme = markdownBlocks(readmeWindowSection());
    const QStringList guide = markdownBlocks(ui::userGuideMarkdown(false));
    QVERIFY(readme.size() > 10);
    for (qsizetype i = 0; i < std::max(readme.size(), guide.size()); ++i) {
        if (readme.value(i) != guide.value(i))
            QFAIL(qPrintable(QStringLiteral("block %1 differs (edit README.md's window section and ui/window/userguide.cpp "
                                            "together):\nREADME: %2\nguide:  %3")
                                 .arg(i)
                                 .arg(readme.value(i), guide.value(i))));
    }

    MainWindow window(m_catalogs);
    ui::TextDialog *dialog = openHelp(window, "userGuideAction", "userGuideDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Frontier user guide"));
    const QString text = dialog->browser()->toPlainText();
    // Rendered, not shown as Markdown source: the bold marks and the table's pipes are gone.
    QVERIFY2(text.contains(QStringLiteral("Drag the blue budget line on either chart")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("**")));
    QVERIFY(!text.contains(QStringLiteral("|---|")));
    QVERIFY(text.contains(QStringLiteral("one-gpu-500-usd.json")));
}

void TestWindowHelp::userGuideIsTranslatedLive()
{
    MainWindow window(m_catalogs);
    ui::TextDialog *dialog = openHelp(window, "userGuideAction", "userGuideDialog");
    QVERIFY(dialog);
    QVERIFY(!dialog->browser()->toPlainText().contains(QStringLiteral("[t]")));
    MarkingTranslator marking("UserGuide");
    QCoreApplication::installTranslator(&marking);
    auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&marking); });
    // An open guide follows the switch: every block is looked up, headings and table cells included,
    // file names and commands left alone.
    QTRY_VERIFY(dialog->browser()->toPlainText().startsWith(QStringLiteral("[t]The window")));
    const QString text = dialog->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("[t]Sessions")));
    QVERIFY(text.contains(QStringLiteral("[t]the plan")));
    QVERIFY(text.contains(QStringLiteral("[t]$500 on one H100 SXM")));
    QVERIFY(!text.contains(QStringLiteral("[t]frontier plan --session")));
    QVERIFY(!text.contains(QStringLiteral("[t]one-gpu-500-usd.json")));
}

void TestWindowHelp::aboutQtOpens()
{
    MainWindow window(m_catalogs);
    auto *action = window.findChild<QAction *>(QStringLiteral("aboutQtAction"));
    QVERIFY(action);
    QCOMPARE(action->menuRole(), QAction::AboutQtRole);
    QString title;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            title = box->windowTitle();
            box->close();
        }
    });
    closer.start(10);
    action->trigger(); // QApplication::aboutQt: a modal box, closed by the timer
    QCOMPARE(title, QStringLiteral("About Qt"));
}

void TestWindowHelp::helpMenuKeepsItsTranslations()
{
    // The menu's title and About entry were MainWindow's: they keep that translation context, so the
    // Chinese already written for them still applies (and follows a switch at run time).
    MainWindow window(m_catalogs);
    auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(help && about);
    QCOMPARE(help->title(), QStringLiteral("&Help"));
    auto english = qScopeGuard([] { ui::setLanguage(QStringLiteral("en")); });
    QVERIFY(ui::setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(help->title(), QStringLiteral("帮助(&H)"));
    QCOMPARE(about->text(), QStringLiteral("关于 Frontier(&A)"));
}

void TestWindowHelp::qtStandardButtonsFollowTheLanguage()
{
    const QString qm = ui::qtTranslationDirectory() + QStringLiteral("/qtbase_zh_CN.qm");
    QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is missing: install Qt's translations "
                                                                "(Debian: qt6-translations-l10n)")));
    // A button's text without its mnemonic ("&Cancel", "取消(&C)"): the platform theme decides that part.
    const auto shown = [](QDialogButtonBox &box, QDialogButtonBox::StandardButton which) {
        return box.button(which)->text().remove(QRegularExpression(QStringLiteral("\\(&\\w\\)|&")));
    };
    QDialogButtonBox before(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(shown(before, QDialogButtonBox::Cancel), QStringLiteral("Cancel"));
    auto english = qScopeGuard([] { ui::setLanguage(QStringLiteral("en")); });
    QVERIFY(ui::setLanguage(QStringLiteral("zh_CN")));
    QVERIFY(ui::qtTranslationLoaded());
    // A button box made before the switch changes with it; one made after starts in Chinese.
    QTRY_COMPARE(shown(before, QDialogButtonBox::Cancel), QStringLiteral("取消"));
    QDialogButtonBox after(QDialogButtonBox::Save | QDialogButtonBox::Discard);
    QCOMPARE(shown(after, QDialogButtonBox::Save), QStringLiteral("保存"));
    // And back: Qt's translator leaves with Frontier's.
    QVERIFY(ui::setLanguage(QStringLiteral("en")));
    QVERIFY(!ui::qtTranslationLoaded());
    QTRY_COMPARE(shown(before, QDialogButtonBox::Cancel), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestWindowHelp)
#include "tst_window_help.moc"
