#include "templateexpander.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace dialogsmith::runtime;

namespace {

class MapScope : public TemplateScope
{
public:
    QHash<QString, QString> variables{{QStringLiteral("name"), QStringLiteral("Ann \"A\" O'Neil")},
                                      {QStringLiteral("city"), QStringLiteral("São Paulo/SP")},
                                      {QStringLiteral("Orders.count"), QStringLiteral("3")}};
    QHash<QString, QString> environment{
            {QStringLiteral("host"), QStringLiteral("https://example.com")}};
    QHash<QString, QString> secrets{{QStringLiteral("key"), QStringLiteral("s3cr3t")}};

    std::optional<QString> resolve(const TemplateRef &ref) const override
    {
        const QHash<QString, QString> *map = nullptr;
        switch (ref.kind) {
        case TemplateRef::Kind::BotVariable:
        case TemplateRef::Kind::DataField:
            map = &variables;
            break;
        case TemplateRef::Kind::Environment:
            map = &environment;
            break;
        case TemplateRef::Kind::Secret:
            map = &secrets;
            break;
        case TemplateRef::Kind::System:
            if (ref.name == QLatin1String("userMessage"))
                return QStringLiteral("line1\nline2\t\"q\"");
            return QStringLiteral("sys:") + ref.name;
        case TemplateRef::Kind::Unknown:
            return std::nullopt;
        }
        const auto it = map->constFind(ref.name);
        return it == map->cend() ? std::nullopt : std::optional<QString>(*it);
    }
    bool isDataVariable(QStringView name) const override { return name == QLatin1String("Orders"); }
};

} // namespace

class TestTemplateExpander : public QObject
{
    Q_OBJECT

private slots:
    void plainText()
    {
        MapScope scope;
        TemplateLog log;
        QCOMPARE(expandTemplate(QStringLiteral("Hi {$botContext.name}, {$env.host} {Orders.count}"),
                                scope, TemplateContext::Text, &log),
                 QStringLiteral("Hi Ann \"A\" O'Neil, https://example.com 3"));
        QVERIFY(log.unknown.isEmpty());
    }

    void systemNames()
    {
        MapScope scope;
        QCOMPARE(expandTemplate(QStringLiteral("{$chatBotId}|{$chatBotUserPlatformId}|"
                                               "{$conversationId}|{$query}"),
                                scope),
                 QStringLiteral("sys:chatBotId|sys:chatBotUserPlatformId|sys:conversationId|"
                                "sys:query"));
    }

    void unknownNamesExpandToNothingAndAreLogged()
    {
        MapScope scope;
        TemplateLog log;
        QCOMPARE(expandTemplate(QStringLiteral("[{$botContext.missing}][{$location.city}]"), scope,
                                TemplateContext::Text, &log),
                 QStringLiteral("[][]"));
        QCOMPARE(log.unknown, (QStringList{QStringLiteral("{$botContext.missing}"),
                                           QStringLiteral("{$location.city}")}));
    }

    void otherBracesStay()
    {
        MapScope scope;
        const QString json
                = QStringLiteral("{\n  \"type\": \"text\", \"text\": \"{$botContext.name}\","
                                 " \"x\": {Other.field}, \"y\": {}, \"z\": {a b} }");
        QCOMPARE(expandTemplate(json, scope),
                 QStringLiteral("{\n  \"type\": \"text\", \"text\": \"Ann \"A\" O'Neil\","
                                " \"x\": {Other.field}, \"y\": {}, \"z\": {a b} }"));
        QCOMPARE(expandTemplate(QStringLiteral("{ unclosed {$env.host"), scope),
                 QStringLiteral("{ unclosed {$env.host"));
    }

    void bracesBeforeATemplateStay()
    {
        MapScope scope;
        QCOMPARE(
                expandTemplate(QStringLiteral("{{{$env.host}}} {{$nope {$botContext.city}"), scope),
                QStringLiteral("{{https://example.com}} {{$nope S\u00e3o Paulo/SP"));
    }

    void templatesAreFoundAsAPlainScanFindsThem()
    {
        // The plain scan: from every '{' to the first '}' after it.
        const auto reference = [](const QString &text, const TemplateScope &scope) {
            QStringList found;
            for (qsizetype open = 0; open < text.size(); ++open) {
                if (text.at(open) != QLatin1Char('{'))
                    continue;
                const qsizetype close = text.indexOf(QLatin1Char('}'), open + 1);
                if (close < 0)
                    break;
                if (parseTemplateRef(QStringView(text).mid(open + 1, close - open - 1), scope)) {
                    found.append(QString::number(open) + QLatin1Char('-') + QString::number(close));
                    open = close;
                }
            }
            return found;
        };
        MapScope scope;
        QRandomGenerator random(20261207);
        const QString alphabet = QStringLiteral("{{}}$ab.x");
        const QStringList words{QStringLiteral("$env."), QStringLiteral("$botContext."),
                                QStringLiteral("Orders."), QStringLiteral("$query")};
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = random.bounded(40);
            for (int i = 0; i < length; ++i)
                text += random.bounded(5) == 0
                                ? words.at(random.bounded(words.size()))
                                : QString(alphabet.at(random.bounded(int(alphabet.size()))));
            QStringList found;
            forEachTemplate(text, scope, [&](qsizetype open, qsizetype close, const TemplateRef &) {
                found.append(QString::number(open) + QLatin1Char('-') + QString::number(close));
            });
            QVERIFY2(found == reference(text, scope), qPrintable(text));
        }
    }

    void hugeRunsOfBracesExpandWhole()
    {
        // A body of a bot file full of braces: each '{' once looked at, not up to every '}'.
        MapScope scope;
        const QString braces(2 * 1024 * 1024, QLatin1Char('{'));
        QCOMPARE(expandTemplate(braces + QStringLiteral("$env.host}}"), scope),
                 braces.left(braces.size() - 1) + QStringLiteral("https://example.com}"));
        QCOMPARE(expandTemplate(braces + QLatin1Char('}'), scope), braces + QLatin1Char('}'));
    }

    void jsonStringContextEscapes()
    {
        MapScope scope;
        QCOMPARE(
                expandTemplate(
                        QStringLiteral(
                                "{\"m\": \"{$userMessage}\", \"n\": \"{$botContext.name}\"}"),
                        scope, TemplateContext::JsonString),
                QStringLiteral(
                        "{\"m\": \"line1\\nline2\\t\\\"q\\\"\", \"n\": \"Ann \\\"A\\\" O'Neil\"}"));
        QCOMPARE(escapeTemplateValue(QString(QChar(0x01)) + QStringLiteral("\\"),
                                     TemplateContext::JsonString),
                 QStringLiteral("\\u0001\\\\"));
    }

    void urlContextPercentEncodes()
    {
        MapScope scope;
        QCOMPARE(expandTemplate(QStringLiteral("/cities/{$botContext.city}?q={$userMessage}"),
                                scope, TemplateContext::Url),
                 QStringLiteral("/cities/S%C3%A3o%20Paulo%2FSP?q=line1%0Aline2%09%22q%22"));
    }

    void secretsOnlyInRequests()
    {
        MapScope scope;
        TemplateLog log;
        QCOMPARE(expandTemplate(QStringLiteral("key={$secret.key}"), scope, TemplateContext::Text,
                                &log),
                 QStringLiteral("key="));
        QCOMPARE(log.unknown, QStringList{QStringLiteral("{$secret.key}")});
        TemplateLog requestLog;
        QCOMPARE(expandTemplate(QStringLiteral("key={$secret.key}"), scope, TemplateContext::Text,
                                &requestLog, true),
                 QStringLiteral("key=s3cr3t"));
        QCOMPARE(requestLog.secretValues, QStringList{QStringLiteral("s3cr3t")});
    }

    void parseRefs()
    {
        MapScope scope;
        QCOMPARE(parseTemplateRef(u"$botContext.a.b", scope)->name, QStringLiteral("a.b"));
        QCOMPARE(parseTemplateRef(u"$env.x", scope)->kind, TemplateRef::Kind::Environment);
        QCOMPARE(parseTemplateRef(u"$somethingElse", scope)->kind, TemplateRef::Kind::Unknown);
        QCOMPARE(parseTemplateRef(u"Orders.count", scope)->kind, TemplateRef::Kind::DataField);
        QVERIFY(!parseTemplateRef(u"Other.count", scope));
        QVERIFY(!parseTemplateRef(u"\"a\": 1", scope));
        QVERIFY(!parseTemplateRef(u"", scope));
    }
};

QTEST_GUILESS_MAIN(TestTemplateExpander)
#include "tst_templateexpander.moc"
