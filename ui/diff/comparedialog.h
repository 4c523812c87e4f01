#pragma once

#include "gitfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dialogsmith::ui {

/// File ▸ Compare With…: another file, the saved version of the project, or a git revision of
/// its file. Choices that cannot be made are greyed, their tooltip says why.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { File, SavedVersion, GitRevision };

    /// `projectPath` is the project's file (empty when never saved). Asks git (off the GUI thread)
    /// for the file's revisions before it returns.
    CompareDialog(const QString &projectPath, QWidget *parent = nullptr);

    Source source() const;
    QString filePath() const;
    /// The chosen commit's hash, and how to call it ("a1b2c3d (2026-12-07) Add pricing").
    QString revision() const;
    QString revisionTitle() const;

    QRadioButton *fileChoice() const { return m_file; }
    QRadioButton *savedChoice() const { return m_saved; }
    QRadioButton *gitChoice() const { return m_git; }
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *revisionBox() const { return m_revisions; }
    QPushButton *compareButton() const;

private:
    void updateOk();

    QRadioButton *m_file;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QRadioButton *m_saved;
    QRadioButton *m_git;
    QComboBox *m_revisions;
    QDialogButtonBox *m_buttons;
};

} // namespace dialogsmith::ui
