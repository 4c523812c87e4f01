#include "intentclassifier.h"

#include <QTest>

using dialogsmith::runtime::IntentClassifier;

class TestIntentClassifier : public QObject
{
    Q_OBJECT

private:
    IntentClassifier trained()
    {
        IntentClassifier c;
        c.addIntent({QStringLiteral("I have a question about my bill"),
                     QStringLiteral("Why was I charged twice?"),
                     QStringLiteral("invoice is wrong")});
        c.addIntent({QStringLiteral("I want to speak to an agent"),
                     QStringLiteral("talk to a real person")});
        c.addIntent({QStringLiteral("How do I watch the show?")});
        c.train();
        return c;
    }

private slots:
    void tokenizeNormalises()
    {
        QCOMPARE(IntentClassifier::tokenize(QStringLiteral("What's my BILLING, bills?")),
                 (QStringList{QStringLiteral("what"), QStringLiteral("bill"),
                              QStringLiteral("bill")}));
        // Stop words go, unless they are all there is.
        QCOMPARE(IntentClassifier::tokenize(QStringLiteral("Is it?")),
                 (QStringList{QStringLiteral("is"), QStringLiteral("it")}));
        QCOMPARE(IntentClassifier::tokenize(QStringLiteral("Charged and charging")),
                 (QStringList{QStringLiteral("charg"), QStringLiteral("charg")}));
    }

    void picksTheClosestIntent()
    {
        const IntentClassifier c = trained();
        IntentClassifier::Match m = c.classify(QStringLiteral("question about my bills"));
        QCOMPARE(m.intent, 0);
        QVERIFY2(m.score > 0.6, qPrintable(QString::number(m.score)));

        m = c.classify(QStringLiteral("can I talk to a person"));
        QCOMPARE(m.intent, 1);
        QVERIFY2(m.score > 0.6, qPrintable(QString::number(m.score)));

        m = c.classify(QStringLiteral("how can I watch the show"));
        QCOMPARE(m.intent, 2);
        QVERIFY2(m.score > 0.6, qPrintable(QString::number(m.score)));
    }

    void unrelatedMessagesScoreLow()
    {
        const IntentClassifier c = trained();
        QCOMPARE(c.classify(QStringLiteral("blah")).score, 0.0);
        QCOMPARE(c.classify(QStringLiteral("blah")).intent, -1);
        const IntentClassifier::Match m = c.classify(QStringLiteral("the weather is nice, bill"));
        QVERIFY2(m.score < 0.6, qPrintable(QString::number(m.score)));
    }

    void exactSampleScoresOne()
    {
        const IntentClassifier c = trained();
        QVERIFY(qFuzzyCompare(c.classify(QStringLiteral("talk to a real person")).score, 1.0));
    }

    void deterministicTieGoesToTheFirst()
    {
        IntentClassifier c;
        c.addIntent({QStringLiteral("reset password")});
        c.addIntent({QStringLiteral("reset password")});
        c.train();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c.classify(QStringLiteral("reset my password")).intent, 0);
    }

    void noIntents()
    {
        IntentClassifier c;
        c.train();
        QCOMPARE(c.classify(QStringLiteral("hello")).intent, -1);
    }
};

QTEST_GUILESS_MAIN(TestIntentClassifier)
#include "tst_intentclassifier.moc"
