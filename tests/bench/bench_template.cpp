// Times expanding templates and building an integration's request from a large body: a
// realistic JSON body with many templates, and hostile text full of braces that are not
// templates (a bot file is untrusted input; its bodies must not freeze the preview). Prints one
// "name: value" line per figure; medians of the runs.
//
//   build/tests/bench/bench_template [--runs N] [--kilobytes K]

#include "benchmedian.h"
#include "integration.h"
#include "integrationrequest.h"
#include "templateexpander.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace dialogsmith;
using namespace dialogsmith::runtime;

namespace {

class Scope final : public TemplateScope
{
public:
    std::optional<QString> resolve(const TemplateRef &ref) const override
    {
        if (ref.kind == TemplateRef::Kind::Unknown)
            return std::nullopt;
        return QStringLiteral("value \"%1\"").arg(ref.name);
    }
    bool isDataVariable(QStringView name) const override { return name == QLatin1String("rdv"); }
};

using benchmark::medianMs;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Template expansion benchmark."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (default 7)."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption sizeOption(QStringLiteral("kilobytes"),
                                        QStringLiteral("Size of each body (default 256)."),
                                        QStringLiteral("k"), QStringLiteral("256"));
    parser.addOption(runsOption);
    parser.addOption(sizeOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const qsizetype size = std::max(1, parser.value(sizeOption).toInt()) * qsizetype(1024);

    // A JSON body of many members, each a quoted template.
    QString json = QStringLiteral("{");
    for (int i = 0; json.size() < size; ++i)
        json += QStringLiteral("\"field%1\": \"{$botContext.v%1}\", ").arg(i);
    json += QStringLiteral("\"end\": 0}");
    // Braces that are not templates, the one closing brace at the very end.
    const QString braces = QString(size, QLatin1Char('{')) + QLatin1Char('}');
    // Opening braces that never close.
    const QString open = QString(size, QLatin1Char('{'));

    const Scope scope;
    const RequestExpander expand = [&scope](const QString &text, TemplateContext context) {
        return expandTemplate(text, scope, context, nullptr, true);
    };
    document::Integration integration = document::Integration::create(QStringLiteral("Bench"));
    integration.url = QStringLiteral("https://api.example.com/orders");
    integration.headers
            = {{QStringLiteral("Content-Type"), QStringLiteral("application/json"), {}}};

    QTextStream out(stdout);
    out.setRealNumberPrecision(2);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << "runs: " << runs << "\nbody kilobytes: " << size / 1024 << "\n";
    out << "expand json body ms: " << medianMs(runs, [&] {
        expandTemplate(json, scope, TemplateContext::JsonString);
    }) << "\n";
    out << "expand braces ms: "
        << medianMs(runs, [&] { expandTemplate(braces, scope, TemplateContext::Text); }) << "\n";
    out << "expand unclosed braces ms: "
        << medianMs(runs, [&] { expandTemplate(open, scope, TemplateContext::Text); }) << "\n";
    // What a request came to, so that building it cannot be left out.
    qsizetype built = 0;
    const auto build = [&] {
        const document::Result<HttpRequest> request
                = buildIntegrationRequest(integration, scope, expand);
        built += request ? request->body.size() + request->url.size() : 1;
    };
    for (const auto &[name, body] : {std::pair<const char *, const QString *>{"json body", &json},
                                     std::pair<const char *, const QString *>{"braces", &braces}}) {
        integration.body = *body;
        out << "build request, " << name << " ms: " << medianMs(runs, build) << "\n";
        out << "list templates, " << name
            << " ms: " << medianMs(runs, [&] { integrationTemplates(integration, scope); }) << "\n";
    }
    integration.body.clear();
    integration.url = QStringLiteral("https://") + braces;
    out << "build request, braces in the url ms: " << medianMs(runs, build) << "\n";
    return built > 0 ? 0 : 1;
}
