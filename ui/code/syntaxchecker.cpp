#include "syntaxchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>

namespace dialogsmith::ui {

namespace {

std::atomic<ScriptSyntaxCheckerFactory> checkerFactory{nullptr};
/// The service while it exists: a factory set later wakes its worker. Constant-initialised, so
/// setting a factory from a static initialiser is safe.
SyntaxCheckService *service = nullptr;

} // namespace

class SyntaxCheckWorker : public QObject
{
    Q_OBJECT

public:
    /// Called on the worker's thread as it finishes: the checker dies where it was made.
    void releaseChecker() { m_checker.reset(); }

    void enqueue(quint64 client, quint64 generation, const QString &code)
    {
        QMutexLocker lock(&m_mutex);
        m_pending.insert(client, {generation, code});
        scheduleLocked();
    }

    /// Checks what waits, now that there may be a checker.
    void wake()
    {
        QMutexLocker lock(&m_mutex);
        if (!m_pending.isEmpty())
            scheduleLocked();
    }

signals:
    void checked(quint64 client, quint64 generation, int line, const QString &message);

private:
    struct Job
    {
        quint64 generation = 0;
        QString code;
    };

    void scheduleLocked()
    {
        if (!m_scheduled) {
            m_scheduled = true;
            QMetaObject::invokeMethod(this, &SyntaxCheckWorker::drain, Qt::QueuedConnection);
        }
    }

    void drain()
    {
        if (!m_checker) {
            // Under the lock wake() takes after a factory was set: either the factory is seen
            // here, or wake() finds nothing scheduled and schedules again.
            QMutexLocker lock(&m_mutex);
            const ScriptSyntaxCheckerFactory factory = checkerFactory.load();
            if (!factory) { // the requests wait for setCheckerFactory()
                m_scheduled = false;
                return;
            }
            lock.unlock();
            m_checker = factory();
        }
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
                const auto error = m_checker->check(it->code);
                emit checked(it.key(), it->generation, error ? error->line : 0,
                             error ? error->message : QString());
            }
        }
    }

    QMutex m_mutex;
    QHash<quint64, Job> m_pending;
    bool m_scheduled = false;
    std::unique_ptr<ScriptSyntaxChecker> m_checker; // created and destroyed on the worker thread
};

SyntaxCheckService *SyntaxCheckService::instance()
{
    if (!service)
        service = new SyntaxCheckService(QCoreApplication::instance());
    return service;
}

void SyntaxCheckService::setCheckerFactory(ScriptSyntaxCheckerFactory factory)
{
    checkerFactory.store(factory);
    if (service)
        service->m_worker->wake();
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
    // QThread::finished is emitted on the finishing thread itself, so the checker is destroyed
    // on the thread that made it; the worker, a plain object by then, goes once the thread ended.
    connect(
            m_thread, &QThread::finished, m_worker,
            [worker = m_worker] { worker->releaseChecker(); }, Qt::DirectConnection);
    connect(m_worker, &SyntaxCheckWorker::checked, this, &SyntaxCheckService::checked,
            Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
}

SyntaxCheckService::~SyntaxCheckService()
{
    service = nullptr;
    m_thread->quit();
    m_thread->wait();
    // A deleteLater() posted as the thread finished was never delivered (LeakSanitizer found
    // the worker and its checker leaked at exit); with the thread ended, deleting here is safe.
    delete m_worker;
}

void SyntaxCheckService::check(quint64 client, quint64 generation, const QString &code)
{
    m_worker->enqueue(client, generation, code);
}

} // namespace dialogsmith::ui

#include "syntaxchecker.moc"
