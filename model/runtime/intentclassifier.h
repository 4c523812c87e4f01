#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dialogsmith::runtime {

/// A small deterministic classifier for dialog-starter intents, trained on sample utterances.
///
/// Texts are tokenised (letters and digits), case-folded, stripped of a few English stop words
/// and of common suffixes ("billing" and "bills" both become "bill"). A message scores against
/// each sample by the cosine of their token sets weighted by inverse document frequency, and an
/// intent scores its best sample. Equal scores go to the intent added first.
class IntentClassifier
{
public:
    struct Match
    {
        int intent = -1;  ///< index in the order of addIntent(), -1 when nothing scored
        double score = 0; ///< 0..1
    };

    /// Adds an intent with its samples; returns its index. Call train() after the last one.
    int addIntent(const QStringList &samples);
    /// Computes the word weights from all samples.
    void train();

    /// The best-scoring intent (even below any threshold: the caller decides).
    Match classify(const QString &message) const;
    int intentCount() const { return int(m_intents.size()); }

    /// The normalised tokens of a text, as the classifier sees them.
    static QStringList tokenize(const QString &text);

private:
    struct Sample
    {
        QStringList tokens; ///< unique
    };
    struct Intent
    {
        QList<Sample> samples;
    };

    double weight(const QString &token) const;
    double score(const QStringList &message, double messageNorm, const Sample &sample) const;

    QList<Intent> m_intents;
    QHash<QString, double> m_idf;
    double m_unknownIdf = 1;
};

} // namespace dialogsmith::runtime
