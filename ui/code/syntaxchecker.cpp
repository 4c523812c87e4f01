#include "syntaxchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QJSEngine>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace dialogsmith::ui {

std::optional<ScriptSyntaxError> checkScriptSyntax(QJSEngine &engine, const QString &code)
{
    if (code.trimmed().isEmpty())
        return std::nullopt;
    // The Function constructor only compiles its body; it never runs it and a body cannot close
    // the function early, so this decides validity safely. It reports no line, though.
    const QJSValue compiled
            = engine.globalObject().property(QStringLiteral("Function")).callAsConstructor({code});
    if (!compiled.isError())
        return std::nullopt;

    // For the line: the same code as the body of a function expression, followed by a character
    // that is never valid JavaScript outside a string, comment or template. The script as a whole
    // can therefore never compile, so evaluate() only ever reports a syntax error and runs
    // nothing, even if the code closes the wrapper itself.
    const QString wrapped = QStringLiteral("(function(){") + code + QStringLiteral("\n})\n@");
    const QJSValue result = engine.evaluate(wrapped);
    const int codeLines = int(code.count(QLatin1Char('\n'))) + 1;
    int line = result.isError() ? result.property(QStringLiteral("lineNumber")).toInt() : 0;
    QString message
            = result.isError() ? result.property(QStringLiteral("message")).toString() : QString();
    if (line <= 0 || line > codeLines || message.isEmpty()) {
        // The parser only noticed at the end: something opened is never closed.
        line = codeLines;
        while (line > 1 && code.section(QLatin1Char('\n'), line - 1, line - 1).trimmed().isEmpty())
            --line;
        message = QCoreApplication::translate(
                "dialogsmith::ui::SyntaxCheck",
                "unexpected end of code: a bracket, brace, string or comment is not closed");
    }
    return ScriptSyntaxError{line, message};
}

class SyntaxCheckWorker : public QObject
{
    Q_OBJECT

public:
    /// Called on the worker's thread as it finishes: the engine dies where it was made.
    void releaseEngine() { m_engine.reset(); }

    void enqueue(quint64 client, quint64 generation, const QString &code)
    {
        QMutexLocker lock(&m_mutex);
        m_pending.insert(client, {generation, code});
        if (!m_scheduled) {
            m_scheduled = true;
            QMetaObject::invokeMethod(this, &SyntaxCheckWorker::drain, Qt::QueuedConnection);
        }
    }

signals:
    void checked(quint64 client, quint64 generation, int line, const QString &message);

private:
    struct Job
    {
        quint64 generation = 0;
        QString code;
    };

    void drain()
    {
        if (!m_engine)
            m_engine = std::make_unique<QJSEngine>();
        for (;;) {
            QHash<quint64, Job> jobs;
            {
                QMutexLocker lock(&m_mutex);
                if (m_pending.isEmpty()) {
                    m_scheduled = false;
                    return;
                }
                jobs.swap(m_pending);
            }
            for (auto it = jobs.cbegin(); it != jobs.cend(); ++it) {
                const auto error = checkScriptSyntax(*m_engine, it->code);
                emit checked(it.key(), it->generation, error ? error->line : 0,
                             error ? error->message : QString());
            }
        }
    }

    QMutex m_mutex;
    QHash<quint64, Job> m_pending;
    bool m_scheduled = false;
    std::unique_ptr<QJSEngine> m_engine; // created and destroyed on the worker thread
};

SyntaxCheckService *SyntaxCheckService::instance()
{
    static QPointer<SyntaxCheckService> service;
    if (!service)
        service = new SyntaxCheckService(QCoreApplication::instance());
    return service;
}

quint64 SyntaxCheckService::newClientId()
{
    static std::atomic<quint64> next{1};
    return next++;
}

SyntaxCheckService::SyntaxCheckService(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SyntaxCheckWorker)
{
    m_thread->setObjectName(QStringLiteral("Script syntax check"));
    m_worker->moveToThread(m_thread);
    // QThread::finished is emitted on the finishing thread itself, so the engine is destroyed
    // on the thread that made it; the worker, a plain object by then, goes once the thread ended.
    connect(
            m_thread, &QThread::finished, m_worker,
            [worker = m_worker] { worker->releaseEngine(); }, Qt::DirectConnection);
    connect(m_worker, &SyntaxCheckWorker::checked, this, &SyntaxCheckService::checked,
            Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

SyntaxCheckService::~SyntaxCheckService()
{
    m_thread->quit();
    m_thread->wait();
    // A deleteLater() posted as the thread finished was never delivered (LeakSanitizer found
    // the worker and its engine leaked at exit); with the thread ended, deleting here is safe.
    delete m_worker;
}

void SyntaxCheckService::check(quint64 client, quint64 generation, const QString &code)
{
    m_worker->enqueue(client, generation, code);
}

} // namespace dialogsmith::ui

#include "syntaxchecker.moc"
