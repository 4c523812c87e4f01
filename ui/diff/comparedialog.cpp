#include "comparedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

CompareDialog::CompareDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_file(new QRadioButton(tr("&Another file:"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_saved(new QRadioButton(tr("The &saved version of this project"), this))
    , m_git(new QRadioButton(tr("A &git revision of this project's file:"), this))
    , m_revisions(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Compare With"));
    setObjectName(QStringLiteral("compareDialog"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Compare"));
    m_path->setPlaceholderText(tr("A bot file (.json)"));
    m_path->setClearButtonEnabled(true);
    m_browse->setToolTip(tr("Choose the bot file to compare the project with"));
    m_file->setToolTip(tr("Show what differs between another bot file and this project"));
    m_revisions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_revisions->setMinimumContentsLength(40);

    if (projectPath.isEmpty()) {
        m_saved->setEnabled(false);
        m_saved->setToolTip(tr("The project has not been saved to a file yet."));
    } else {
        m_saved->setToolTip(tr("Show what changed since the project was last saved"));
    }
    const GitFile git(projectPath);
    const auto history
            = runOffGuiThread<std::pair<QString, document::Result<QList<GitRevision>>>>([git] {
                  const QString reason = git.unavailableReason();
                  if (!reason.isEmpty())
                      return std::make_pair(
                              reason, document::Result<QList<GitRevision>>(QList<GitRevision>()));
                  return std::make_pair(QString(), git.revisions());
              });
    QString reason = history.first;
    if (reason.isEmpty() && !history.second)
        reason = history.second.error().message;
    if (reason.isEmpty() && history.second->isEmpty())
        reason = tr("Git has no committed version of the project's file yet.");
    if (reason.isEmpty()) {
        for (const GitRevision &r : *history.second) {
            m_revisions->addItem(
                    QStringLiteral("%1  %2  %3").arg(r.hash.left(7), r.date, r.subject), r.hash);
        }
        m_git->setToolTip(tr("Show what changed since a commit of the project's file"));
    } else {
        m_git->setEnabled(false);
        m_revisions->setEnabled(false);
        m_git->setToolTip(reason);
        m_revisions->setToolTip(reason);
    }

    auto *grid = new QGridLayout;
    grid->addWidget(m_file, 0, 0, 1, 2);
    grid->addWidget(m_path, 1, 0);
    grid->addWidget(m_browse, 1, 1);
    grid->addWidget(m_saved, 2, 0, 1, 2);
    grid->addWidget(m_git, 3, 0, 1, 2);
    grid->addWidget(m_revisions, 4, 0, 1, 2);
    grid->setColumnMinimumWidth(0, 360);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Compare the project with:"), this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setObjectName(QStringLiteral("gitUnavailable"));
        why->setWordWrap(true);
        why->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(why, 5, 0, 1, 2);
    }
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_file->setChecked(true);
    connect(m_browse, &QPushButton::clicked, this, [this, projectPath] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Compare With"),
                                                          QFileInfo(projectPath).absolutePath(),
                                                          tr("Bot files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            m_path->setText(QDir::toNativeSeparators(path));
            m_file->setChecked(true);
        }
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_file->setChecked(true); });
    connect(m_revisions, &QComboBox::activated, this, [this] { m_git->setChecked(true); });
    for (QRadioButton *b : {m_file, m_saved, m_git})
        connect(b, &QRadioButton::toggled, this, &CompareDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &CompareDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QPushButton *CompareDialog::compareButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void CompareDialog::updateOk()
{
    compareButton()->setEnabled(source() != Source::File || !m_path->text().trimmed().isEmpty());
}

CompareDialog::Source CompareDialog::source() const
{
    if (m_saved->isChecked())
        return Source::SavedVersion;
    if (m_git->isChecked())
        return Source::GitRevision;
    return Source::File;
}

QString CompareDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

QString CompareDialog::revision() const
{
    return m_revisions->currentData().toString();
}

QString CompareDialog::revisionTitle() const
{
    return m_revisions->currentText().simplified();
}

} // namespace dialogsmith::ui
