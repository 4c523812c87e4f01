#pragma once

#include "account.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dialogsmith::cloud {

/// Largest account file read (thousands of users are a few MB).
inline constexpr qint64 maxAccountFileBytes = 64 * 1024 * 1024;

/// An account read from a file, with the warnings validateAccount() found (errors refuse it).
struct LoadedAccount
{
    Account account;
    QList<AccountProblem> warnings;
};

/// `<XDG data home>/dialogsmith/account.json` (`~/.local/share/dialogsmith/account.json`): the
/// account the CLI and the cloud use unless they are given another file.
QString defaultAccountFile();

/// Reads an account file: JSON `{"format": "dialogsmith-account", "version": 1, ...}`.
/// Syntax errors carry line and column; structure and validation errors a path such as
/// `users[2].skills[0]`. Members the model does not know are kept for writeAccount().
document::Result<LoadedAccount> readAccount(QByteArrayView json);

/// The account as file text: fixed key order, 2-space indent, unknown members after the known
/// ones in the order they were read; the same account always gives the same bytes.
QByteArray writeAccount(const Account &account);

/// Reads and validates the file at `path`.
document::Result<LoadedAccount> loadAccountFile(const QString &path);

/// Validates and writes atomically (QSaveFile, readable by its owner only), creating the folder.
/// An account with errors is refused with the first one and nothing is written.
document::Result<void> saveAccountFile(const Account &account, const QString &path);

} // namespace dialogsmith::cloud
