#include "versionscontroller.h"

#include "botcommands.h"
#include "botdocument.h"
#include "comparedialog.h"
#include "diffview.h"
#include "gitfile.h"
#include "projectfile.h"
#include "snapshotsdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTreeWidget>

namespace dialogsmith::ui {

using document::BotDocument;

VersionsController::VersionsController(BotDocument *document, QStackedWidget *centre,
                                       QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_centre(centre)
    , m_window(window)
{
    // Edits made while the comparison is shown (undo, the inspector) show in it a moment later.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isShowing())
            m_view->setAfter(m_document->bot());
    });
    connect(document, &BotDocument::changed, this, [this] {
        if (isShowing())
            m_refresh.start();
    });
}

bool VersionsController::isShowing() const
{
    return m_view && m_centre->currentWidget() == m_view;
}

bool VersionsController::fail(const QString &title, const QString &sentence)
{
    m_lastError = sentence;
    if (!m_quiet)
        QMessageBox::warning(m_window, title, sentence);
    return false;
}

bool VersionsController::show(const document::Bot &before, const QString &title)
{
    if (!m_view) {
        m_view = new DiffView(m_centre);
        m_centre->addWidget(m_view);
        connect(m_view, &DiffView::closeRequested, this, [this] {
            if (isShowing())
                emit closed();
        });
        connect(m_view, &DiffView::goToRequested, this, &VersionsController::goToRequested);
    }
    m_lastError.clear();
    const QString project = m_document->filePath().isEmpty()
                                    ? tr("the project")
                                    : QFileInfo(m_document->filePath()).fileName();
    m_view->setBots(before, m_document->bot(), title,
                    m_document->isModified() ? tr("%1 (unsaved)").arg(project) : project);
    m_centre->setCurrentWidget(m_view);
    m_view->changeList()->setFocus();
    const int count = int(m_view->changes().size());
    emit statusMessage(count == 0 ? tr("No differences from %1.").arg(title)
                                  : tr("%n difference(s) from %1.", nullptr, count).arg(title));
    return true;
}

void VersionsController::compareWith()
{
    CompareDialog dialog(m_document->filePath(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.source()) {
    case CompareDialog::Source::File:
        compareWithFile(dialog.filePath());
        break;
    case CompareDialog::Source::SavedVersion:
        compareWithSavedVersion();
        break;
    case CompareDialog::Source::GitRevision:
        compareWithRevision(dialog.revision(), dialog.revisionTitle());
        break;
    }
}

bool VersionsController::compareWithFile(const QString &path)
{
    const document::Result<format::LoadedBot> loaded = format::loadBotFile(path);
    if (!loaded)
        return fail(tr("Cannot Compare"),
                    tr("%1 cannot be compared: %2.")
                            .arg(QFileInfo(path).fileName(), loaded.error().toString()));
    return show(loaded->bot, QFileInfo(path).fileName());
}

bool VersionsController::compareWithSavedVersion()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return fail(tr("Cannot Compare"), tr("The project has not been saved to a file yet."));
    const document::Result<format::LoadedBot> loaded = format::loadBotFile(path);
    if (!loaded)
        return fail(tr("Cannot Compare"),
                    tr("The saved version cannot be read: %1.").arg(loaded.error().toString()));
    return show(loaded->bot, tr("the saved version"));
}

bool VersionsController::compareWithRevision(const QString &revision, const QString &title)
{
    const GitFile git(m_document->filePath());
    const auto content = runOffGuiThread<document::Result<QByteArray>>(
            [git, revision] { return git.contentAt(revision); });
    if (!content)
        return fail(tr("Cannot Compare"), content.error().message);
    const document::Result<format::LoadedBot> loaded = format::readBot(*content);
    if (!loaded)
        return fail(tr("Cannot Compare"),
                    tr("Revision %1 of the project cannot be read: %2.")
                            .arg(revision.left(7), loaded.error().toString()));
    return show(loaded->bot, title.isEmpty() ? tr("revision %1").arg(revision.left(7))
                                             : tr("revision %1").arg(title.section(u' ', 0, 0)));
}

bool VersionsController::compareWithSnapshot(const format::Snapshot &snapshot)
{
    const document::Result<format::LoadedBot> loaded = format::SnapshotStore::load(snapshot);
    if (!loaded)
        return fail(tr("Cannot Compare"), tr("The snapshot \"%1\" cannot be read: %2.")
                                                  .arg(snapshot.name, loaded.error().toString()));
    return show(loaded->bot, tr("snapshot \"%1\"").arg(snapshot.name));
}

format::SnapshotStore VersionsController::snapshotStore() const
{
    return format::SnapshotStore(m_document->filePath(), m_dataFolder);
}

void VersionsController::saveSnapshot()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
            m_window, tr("Save Snapshot"),
            tr("A name for this version of the project (the date and time are added):"),
            QLineEdit::Normal, {}, &ok);
    if (ok)
        saveSnapshotNamed(name);
}

bool VersionsController::saveSnapshotNamed(const QString &name)
{
    const document::Result<format::Snapshot> saved = snapshotStore().save(m_document->bot(), name);
    if (!saved)
        return fail(tr("Cannot Save Snapshot"),
                    tr("The snapshot was not saved: %1.").arg(saved.error().message));
    m_lastError.clear();
    emit statusMessage(tr("Saved snapshot \"%1\" in %2.")
                               .arg(saved->name, QDir::toNativeSeparators(
                                                         QFileInfo(saved->path).absolutePath())));
    return true;
}

void VersionsController::showSnapshots()
{
    SnapshotsDialog dialog(snapshotStore().list(), m_window);
    connect(&dialog, &SnapshotsDialog::compareRequested, this,
            [this, &dialog](const format::Snapshot &s) {
                if (compareWithSnapshot(s))
                    dialog.accept();
            });
    connect(&dialog, &SnapshotsDialog::restoreRequested, this,
            [this, &dialog](const format::Snapshot &s) {
                if (restoreSnapshot(s))
                    dialog.accept();
            });
    dialog.exec();
}

bool VersionsController::restoreSnapshot(const format::Snapshot &snapshot)
{
    const document::Result<format::LoadedBot> loaded = format::SnapshotStore::load(snapshot);
    if (!loaded)
        return fail(tr("Cannot Restore"), tr("The snapshot \"%1\" cannot be read: %2.")
                                                  .arg(snapshot.name, loaded.error().toString()));
    const document::Result<void> done
            = m_document->execute(std::make_unique<document::ReplaceBotCommand>(
                    *m_document, loaded->bot, tr("Restore Snapshot \"%1\"").arg(snapshot.name)));
    if (!done)
        return fail(tr("Cannot Restore"), tr("The snapshot \"%1\" cannot be restored: %2.")
                                                  .arg(snapshot.name, done.error().message));
    m_lastError.clear();
    emit statusMessage(tr("Restored snapshot \"%1\"; Edit \u203a Undo brings the project back.")
                               .arg(snapshot.name));
    return true;
}

} // namespace dialogsmith::ui
