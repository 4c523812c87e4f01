// The translation pipeline: the .ts files are complete and sound, the compiled translations are
// embedded, and the locale picks them (German for the main window, English plural forms).

#include "cbformat.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "transcript.h"
#include "translations.h"
#include "validation.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString translationsDir = QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/translations/");

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    bool finished = true;
    bool obsolete = false;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context,
                              {},
                              {},
                              xml.attributes().value(QLatin1String("numerus"))
                                      == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            message.obsolete
                    = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    return mnemonic.match(text).hasMatch();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreCompleteAndSound_data();
    void tsFilesAreCompleteAndSound();
    void germanLocaleTranslatesTheMainWindow();
    void germanLocaleTranslatesModelErrors();
    void englishLocaleGetsPluralForms();
    void untranslatedLanguageFallsBackToEnglish();
    void cleanup();

private:
    QList<QTranslator *> m_installed;
};

void TestTranslations::cleanup()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

void TestTranslations::tsFilesAreCompleteAndSound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("German") << QStringLiteral("dialogsmith_de.ts") << QStringLiteral("de_DE")
                            << false;
    QTest::newRow("English") << QStringLiteral("dialogsmith_en.ts") << QStringLiteral("en_US")
                             << true;
}

void TestTranslations::tsFilesAreCompleteAndSound()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QString tsLanguage, error;
    const QList<Message> messages = readTs(translationsDir + file, &tsLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tsLanguage, language);
    QVERIFY(!messages.isEmpty());
    for (const Message &m : messages) {
        if (m.obsolete)
            continue;
        const QString where = QStringLiteral("%1: %2 \"%3\"").arg(file, m.context, m.source);
        QVERIFY2(m.finished, qPrintable(where + QStringLiteral(" is not translated yet")));
        QVERIFY2(!pluralOnly || m.numerus, qPrintable(where + QStringLiteral(": not a plural")));
        QCOMPARE(m.translations.size(), m.numerus ? 2 : 1); // German and English: one, other
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.isEmpty(), qPrintable(where + QStringLiteral(": empty")));
            QVERIFY2(placeholders(translation) == placeholders(m.source),
                     qPrintable(where + QStringLiteral(": placeholders differ in \"") + translation
                                + QLatin1Char('"')));
            QVERIFY2(hasMnemonic(translation) == hasMnemonic(m.source),
                     qPrintable(where + QStringLiteral(": the & shortcut differs in \"")
                                + translation + QLatin1Char('"')));
        }
    }
}

void TestTranslations::germanLocaleTranslatesTheMainWindow()
{
    m_installed = dialogsmith::resources::installTranslations(
            QLocale(QLocale::German, QLocale::Austria));
    QVERIFY(!m_installed.isEmpty());
    QCOMPARE(m_installed.first()->language(), QStringLiteral("de_DE"));
    const bool qtHasGerman = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                                           + QStringLiteral("/qtbase_de.qm"));
    QCOMPARE(m_installed.size(), qtHasGerman ? 2 : 1);

    dialogsmith::ui::MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("main", "Bot project to open."),
             QStringLiteral("Zu öffnendes Bot-Projekt."));
}

void TestTranslations::germanLocaleTranslatesModelErrors()
{
    // What the model reports reaches a German user in German, not as an English reason inside
    // a German sentence: file errors, the CB reader, validation, transcripts.
    using namespace dialogsmith;
    m_installed = resources::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(!m_installed.isEmpty());

    const document::Result<format::LoadedBot> missing
            = format::loadBotFile(QStringLiteral("/nonexistent/bot.json"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message,
             QStringLiteral("die Datei kann nicht geöffnet werden: die Datei gibt es nicht"));

    const document::Result<format::LoadedBot> notABot = format::readBot("{\"bot\": 1}");
    QVERIFY(!notABot.ok());
    QCOMPARE(notABot.error().toString(),
             QStringLiteral("bot: erwartet wurde ein Objekt, gefunden wurde eine Zahl"));
    const document::Result<format::LoadedBot> broken = format::readBot("{\"bot\": ");
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.startsWith(QStringLiteral("unerwartetes Dateiende")),
             qPrintable(broken.error().message));

    document::Bot bot = document::Bot::createEmpty(QStringLiteral("Bot"));
    document::Interaction starter = document::Interaction::create(
            document::InteractionType::DialogStarter, QStringLiteral("start"));
    starter.patterns = {QString()};
    document::Dialog dialog = document::Dialog::create(QStringLiteral("Dialog"));
    dialog.interactions = {starter};
    bot.dialogs = {dialog};
    QStringList messages;
    for (const document::Problem &p : document::validateBot(bot))
        messages.append(p.message);
    QVERIFY2(messages.contains(QStringLiteral("Muster 1 ist leer")),
             qPrintable(messages.join('\n')));

    const document::Result<runtime::Transcript> transcript
            = runtime::Transcript::parse(QStringLiteral("user: hi\nchannel: web\n"));
    QVERIFY(!transcript.ok());
    QCOMPARE(transcript.error().message,
             QStringLiteral("„channel:“ muss vor der ersten Zeile „user:“ stehen"));
}

void TestTranslations::englishLocaleGetsPluralForms()
{
    m_installed = dialogsmith::resources::installTranslations(
            QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(m_installed.size(), 1); // no Qt translation: Qt's source language is English too
    QCOMPARE(m_installed.first()->language(), QStringLiteral("en_US"));

    QString language, error;
    const QList<Message> messages
            = readTs(translationsDir + QStringLiteral("dialogsmith_en.ts"), &language, &error);
    for (const Message &m : messages) {
        if (m.obsolete)
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1),
                 QString(m.translations.at(0)).replace(QStringLiteral("%n"), QStringLiteral("1")));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3),
                 QString(m.translations.at(1)).replace(QStringLiteral("%n"), QStringLiteral("3")));
    }
    dialogsmith::ui::MainWindow window;
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void TestTranslations::untranslatedLanguageFallsBackToEnglish()
{
    m_installed = dialogsmith::resources::installTranslations(
            QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(m_installed.size(), 1);
    QCOMPARE(m_installed.first()->language(), QStringLiteral("en_US"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
