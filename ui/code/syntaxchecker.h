#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace dialogsmith::ui {

/// A JavaScript syntax error: 1-based line within the checked code and the engine's message.
struct ScriptSyntaxError
{
    int line = 0;
    QString message;

    bool operator==(const ScriptSyntaxError &o) const = default;
};

/// What checks the syntax of a script: made, used and destroyed on the service's thread.
class ScriptSyntaxChecker
{
public:
    virtual ~ScriptSyntaxChecker() = default;
    /// The first syntax error of `code`, nothing when it is valid; runs none of it.
    virtual std::optional<ScriptSyntaxError> check(const QString &code) = 0;
};

/// Makes the checker the service uses (the studio's engine gives one that parses JavaScript in
/// a QJSEngine, scriptsyntax.h).
using ScriptSyntaxCheckerFactory = std::unique_ptr<ScriptSyntaxChecker> (*)();

class SyntaxCheckWorker;

/// Checks scripts on one worker thread with a checker of its own, shared by every code editor.
/// Requests are coalesced per client: a newer request replaces one still waiting, so a burst of
/// typing costs one check. Results carry the client's generation so stale ones can be dropped.
/// Requests made before a checker factory is set wait for it.
class SyntaxCheckService : public QObject
{
    Q_OBJECT

public:
    /// The application-wide service, created on first use and owned by the application object.
    static SyntaxCheckService *instance();
    /// Where checkers come from; waiting requests are checked once it is set. The engine sets it
    /// as it loads, so the code editors of the first window need no JavaScript engine.
    static void setCheckerFactory(ScriptSyntaxCheckerFactory factory);
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
