#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QJSEngine;
class QThread;

namespace dialogsmith::ui {

/// A JavaScript syntax error: 1-based line within the checked code and the engine's message.
struct ScriptSyntaxError
{
    int line = 0;
    QString message;

    bool operator==(const ScriptSyntaxError &o) const = default;
};

/// Parses `code` as the body of a function, as CB runs interaction code, without running any of
/// it: the code is compiled as `Function` body first, and only if that fails it is evaluated
/// inside a wrapper that ends in a guaranteed syntax error, which yields the line of the first
/// error while making sure nothing can execute.
std::optional<ScriptSyntaxError> checkScriptSyntax(QJSEngine &engine, const QString &code);

class SyntaxCheckWorker;

/// Checks scripts on one worker thread with its own QJSEngine, shared by every code editor.
/// Requests are coalesced per client: a newer request replaces one still waiting, so a burst of
/// typing costs one check. Results carry the client's generation so stale ones can be dropped.
class SyntaxCheckService : public QObject
{
    Q_OBJECT

public:
    /// The application-wide service, created on first use and owned by the application object.
    static SyntaxCheckService *instance();
    /// A new client id, unique for the life of the process.
    static quint64 newClientId();

    void check(quint64 client, quint64 generation, const QString &code);

signals:
    /// `line` is 0 and `message` empty when the code is valid.
    void checked(quint64 client, quint64 generation, int line, const QString &message);

private:
    explicit SyntaxCheckService(QObject *parent);
    ~SyntaxCheckService() override;

    QThread *m_thread;
    SyntaxCheckWorker *m_worker;
};

} // namespace dialogsmith::ui
