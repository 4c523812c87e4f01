#include "intentclassifier.h"

#include <QSet>

#include <cmath>

namespace dialogsmith::runtime {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {
            QStringLiteral("a"),      QStringLiteral("an"),   QStringLiteral("the"),
            QStringLiteral("to"),     QStringLiteral("of"),   QStringLiteral("i"),
            QStringLiteral("me"),     QStringLiteral("my"),   QStringLiteral("is"),
            QStringLiteral("are"),    QStringLiteral("am"),   QStringLiteral("be"),
            QStringLiteral("it"),     QStringLiteral("you"),  QStringLiteral("your"),
            QStringLiteral("and"),    QStringLiteral("or"),   QStringLiteral("in"),
            QStringLiteral("on"),     QStringLiteral("for"),  QStringLiteral("with"),
            QStringLiteral("at"),     QStringLiteral("this"), QStringLiteral("that"),
            QStringLiteral("please"), QStringLiteral("im"),   QStringLiteral("do"),
    };
    return words;
}

/// A light English stemmer: enough to make "bills", "billing" and "billed" meet "bill".
QString stem(QString word)
{
    auto strip = [&word](QLatin1String suffix, int minStem) {
        if (word.size() - suffix.size() >= minStem && word.endsWith(suffix)) {
            word.chop(suffix.size());
            return true;
        }
        return false;
    };
    if (strip(QLatin1String("ing"), 3) || strip(QLatin1String("ed"), 3))
        return word;
    if (strip(QLatin1String("ies"), 2)) {
        word += QLatin1Char('y');
        return word;
    }
    if (!word.endsWith(QLatin1String("ss")))
        strip(QLatin1String("s"), 3);
    return word;
}

} // namespace

QStringList IntentClassifier::tokenize(const QString &text)
{
    QStringList all;
    QString current;
    const QString folded = text.toCaseFolded();
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const QChar c = i < folded.size() ? folded.at(i) : QChar(u' ');
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // "what's" -> "whats"
        } else if (!current.isEmpty()) {
            all.append(stem(current));
            current.clear();
        }
    }
    QStringList content;
    for (const QString &t : std::as_const(all)) {
        if (!stopWords().contains(t))
            content.append(t);
    }
    // A message made only of stop words ("is it?") keeps them: they are all it has to say.
    return content.isEmpty() ? all : content;
}

int IntentClassifier::addIntent(const QStringList &samples)
{
    Intent intent;
    for (const QString &s : samples) {
        QStringList tokens = tokenize(s);
        tokens.removeDuplicates();
        if (!tokens.isEmpty())
            intent.samples.append({tokens});
    }
    m_intents.append(intent);
    return int(m_intents.size()) - 1;
}

void IntentClassifier::train()
{
    QHash<QString, int> documentFrequency;
    int documents = 0;
    for (const Intent &intent : std::as_const(m_intents)) {
        for (const Sample &s : intent.samples) {
            ++documents;
            for (const QString &t : s.tokens)
                ++documentFrequency[t];
        }
    }
    m_idf.clear();
    for (auto it = documentFrequency.cbegin(); it != documentFrequency.cend(); ++it)
        m_idf.insert(it.key(), std::log(1.0 + double(documents) / it.value()));
    // A word no sample has weighs as much as the rarest one: it makes a message less like all.
    m_unknownIdf = std::log(1.0 + double(std::max(documents, 1)));
}

double IntentClassifier::weight(const QString &token) const
{
    return m_idf.value(token, m_unknownIdf);
}

double IntentClassifier::score(const QStringList &message, double messageNorm,
                               const Sample &sample) const
{
    double dot = 0;
    double sampleNorm = 0;
    for (const QString &t : sample.tokens) {
        const double w = weight(t);
        sampleNorm += w * w;
        if (message.contains(t))
            dot += w * w;
    }
    if (dot == 0 || sampleNorm == 0 || messageNorm == 0)
        return 0;
    return dot / (std::sqrt(sampleNorm) * std::sqrt(messageNorm));
}

IntentClassifier::Match IntentClassifier::classify(const QString &message) const
{
    QStringList tokens = tokenize(message);
    tokens.removeDuplicates();
    double norm = 0;
    for (const QString &t : std::as_const(tokens)) {
        const double w = weight(t);
        norm += w * w;
    }
    Match best;
    for (int i = 0; i < m_intents.size(); ++i) {
        for (const Sample &s : m_intents.at(i).samples) {
            const double value = score(tokens, norm, s);
            if (value > best.score) {
                best.score = value;
                best.intent = i;
            }
        }
    }
    return best;
}

} // namespace dialogsmith::runtime
