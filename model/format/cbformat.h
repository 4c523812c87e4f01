#pragma once

#include "bot.h"
#include "result.h"
#include "validation.h"

#include <QByteArray>
#include <QList>

namespace dialogsmith::format {

using document::Bot;
using document::Problem;
using document::Result;

/// A bot read from a file, with what the reader noticed but kept (unknown interaction types,
/// unknown rule kinds): never dropped, reported as warnings.
struct LoadedBot
{
    Bot bot;
    QList<Problem> warnings;
};

/// Reads a CB bot export or a Dialogsmith project (a CB export plus "x-dialogsmith").
/// A malformed or unsupported file is refused with an error that names the place: line and
/// column for JSON syntax, a JSON path such as `conversationMessage[4].content` for structure.
Result<LoadedBot> readBot(QByteArrayView json);

enum class WriteTarget {
    Project,             ///< with the "x-dialogsmith" object
    ConversationBuilder, ///< what CB imports: no "x-dialogsmith"
};

/// Writes the bot as CB JSON: members the model does not know are written back where they were,
/// an unchanged file comes back with the same JSON value, and the same model always gives the
/// same bytes (2-space indent, file key order, no time stamps that did not change).
QByteArray writeBot(const Bot &bot, WriteTarget target = WriteTarget::Project);

} // namespace dialogsmith::format
