// Hostile strings (tests/data/injection/hostile-strings.txt) through every way text reaches the
// preview's chat: bot text, a variable's value, the user's text and an agent's reply. The chat as
// rendered must hold no active element (no image, script, form, frame or table) and no link the
// allow-list does not permit, whatever the string.

#include "botdocument.h"
#include "chatmodel.h"
#include "htmlsanitizer.h"
#include "previewcontroller.h"
#include "previewpanel.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

using namespace dialogsmith::document;
using namespace dialogsmith::ui;

namespace {

QStringList hostileStrings()
{
    QFile file(QStringLiteral(DIALOGSMITH_TEST_DATA "/injection/hostile-strings.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the injection corpus");
    QStringList out;
    for (QString line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        out.append(line.replace(QLatin1String("\\n"), QLatin1String("\n")));
    }
    return out;
}

Interaction starter(const QString &name, const QString &pattern, const QString &preProcess = {})
{
    Interaction in = Interaction::create(InteractionType::DialogStarter, name);
    in.patterns = {pattern};
    in.preProcess = preProcess;
    return in;
}

Interaction text(const QString &name, const QString &message)
{
    Interaction in = Interaction::create(InteractionType::Text, name);
    in.text = message;
    in.setNextAction(Action::end());
    return in;
}

/// "say N" sends string N as bot text; "echo TEXT" sends TEXT back as a variable's value, inside
/// bot markup.
Bot injectionBot(const QStringList &strings)
{
    Bot b = Bot::createEmpty(QStringLiteral("Injection"));
    b.dialogs.clear();
    for (int i = 0; i < strings.size(); ++i) {
        Dialog d = Dialog::create(QStringLiteral("Say %1").arg(i));
        d.interactions = {
                starter(QStringLiteral("say %1 starter").arg(i), QStringLiteral("say %1").arg(i)),
                text(QStringLiteral("say %1").arg(i), strings.at(i))};
        b.dialogs.append(d);
    }
    Dialog echo = Dialog::create(QStringLiteral("Echo"));
    echo.interactions
            = {starter(QStringLiteral("echo starter"), QStringLiteral("echo *"),
                       QStringLiteral("botContext.setBotVariable('v', "
                                      "botContext.getCurrentUserMessage().substring(5), false, "
                                      "false);")),
               text(QStringLiteral("echo"),
                    QStringLiteral("<p>You said: <b>{$botContext.v}</b> <a "
                                   "href=\"https://ok.test/?q={$botContext.v}\">{$botContext.v}</a>"
                                   "</p>"))};
    b.dialogs.append(echo);
    return b;
}

bool say(PreviewController &preview, const QString &message)
{
    QSignalSpy finished(&preview, &PreviewController::turnFinished);
    preview.send(message);
    return !finished.isEmpty() || finished.wait(3000);
}

/// Why `html`, rendered as the chat renders it, is not inert; empty when it is.
QString activeContent(const QString &html)
{
    // Only the sanitizer's own tags, links only with an href the allow-list permits.
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression allowed(
            QStringLiteral("^<(/?(p|b|strong|i|ul|ol|li|a)|br|a href=\"[^\"<>]*\")>$"));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString t = it.next().captured();
        if (!allowed.match(t).hasMatch())
            return QStringLiteral("the tag %1").arg(t);
    }
    QTextDocument doc;
    doc.setHtml(html);
    if (!doc.rootFrame()->childFrames().isEmpty())
        return QStringLiteral("a frame or table");
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                return QStringLiteral("an image");
            if (format.isAnchor() && !format.anchorHref().isEmpty()
                && !isAllowedLinkUrl(format.anchorHref()))
                return QStringLiteral("a link to %1").arg(format.anchorHref());
        }
    }
    return {};
}

} // namespace

class TestInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DIALOGSMITH_KEYCHAIN", "off");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_tmp.filePath(QStringLiteral("settings")));
    }

    void hostileTextRendersInert()
    {
        const QStringList strings = hostileStrings();
        QVERIFY(strings.size() >= 50);
        BotDocument document;
        document.load(injectionBot(strings));
        PreviewController controller(&document);
        PreviewPanel panel(&controller);
        panel.resize(420, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        int bot = 0;
        int user = 0;
        int agent = 0;
        for (int i = 0; i < strings.size(); ++i) {
            const QString &s = strings.at(i);
            QVERIFY(say(controller, QStringLiteral("say %1").arg(i))); // bot text
            QVERIFY(say(controller, QStringLiteral("echo ") + s));     // a variable's value
            QVERIFY(say(controller, s));                               // the user's text
            emit controller.agentMessage(s);                           // an agent's reply
            const ChatModel &chat = *panel.chat();
            for (int r = 0; r < chat.rowCount(); ++r) {
                const ChatEntry &e = chat.at(r);
                const QString why = activeContent(e.html);
                QVERIFY2(why.isEmpty(),
                         qPrintable(QStringLiteral("string %1 (%2) rendered %3: %4")
                                            .arg(i)
                                            .arg(s.left(80), why, e.html.left(300))));
                bot += e.kind == ChatEntry::Kind::Bot;
                user += e.kind == ChatEntry::Kind::User;
                agent += e.kind == ChatEntry::Kind::Agent;
            }
            panel.chat()->clear();
        }
        // Every path was taken for every string.
        QVERIFY(bot >= 2 * int(strings.size()));
        QVERIFY(user >= 3 * int(strings.size()));
        QCOMPARE(agent, int(strings.size()));
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestInjection)
#include "tst_injection.moc"
