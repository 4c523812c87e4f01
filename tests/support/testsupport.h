#pragma once

// Helpers for tests of bot files: reading fixture files and comparing JSON values.

#include "cbformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace testsupport {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return file.readAll();
}

inline QString samplePath(const QString &name)
{
    return QStringLiteral(DIALOGSMITH_TEST_DATA "/cb-samples/") + name;
}

inline QString routingBotPath()
{
    return QStringLiteral(DIALOGSMITH_SOURCE_DIR "/resources/samples/routing-bot.json");
}

/// Every CB sample plus the bundled routing bot.
inline QStringList allSamplePaths()
{
    QStringList out;
    const QDir dir(QStringLiteral(DIALOGSMITH_TEST_DATA "/cb-samples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        out.append(dir.filePath(f));
    out.append(routingBotPath());
    return out;
}

inline dialogsmith::document::Bot loadBot(const QString &path)
{
    auto loaded = dialogsmith::format::readBot(readFile(path));
    if (!loaded.ok())
        qFatal("fixture %s does not load: %s", qPrintable(path),
               qPrintable(loaded.error().toString()));
    return loaded->bot;
}

inline QJsonObject jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace testsupport
