#include "patternmatcher.h"
#include "patternsyntax.h"

#include <QElapsedTimer>
#include <QTest>

using dialogsmith::runtime::PatternMatcher;

class TestPatternMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("expected");

        // The seed's agent pattern.
        const QString agent = QStringLiteral("*(agent|representative|help|human)*");
        QTest::newRow("seed: bare word") << agent << "agent" << true;
        QTest::newRow("seed: in a sentence") << agent << "I want a human please" << true;
        QTest::newRow("seed: case") << agent << "Need HELP now" << true;
        QTest::newRow("seed: inside a word") << agent << "unhelpful" << true;
        QTest::newRow("seed: unrelated") << agent << "what is my bill" << false;
        QTest::newRow("seed: empty") << agent << "" << false;

        QTest::newRow("greeting prefix") << "(hi|hello|hey)*"
                                         << "hi there" << true;
        QTest::newRow("greeting must start") << "(hi|hello|hey)*"
                                             << "oh hi" << false;
        QTest::newRow("whole message") << "hi"
                                       << "hi there" << false;
        QTest::newRow("trimmed") << "hi"
                                 << "  hi \t" << true;
        QTest::newRow("star matches nothing") << "*hi*"
                                              << "hi" << true;
        QTest::newRow("optional group, without") << "thank(|s)"
                                                 << "thank" << true;
        QTest::newRow("optional group, with") << "thank(|s)"
                                              << "thanks" << true;
        QTest::newRow("optional group, other") << "thank(|s)"
                                               << "thanky" << false;
        QTest::newRow("nested groups") << "((good|great) (morning|day)|hello)"
                                       << "great day" << true;
        QTest::newRow("nested groups, other branch") << "((good|great) (morning|day)|hello)"
                                                     << "hello" << true;
        QTest::newRow("blank runs") << "good morning"
                                    << "good    morning" << true;
        QTest::newRow("unicode case") << "ÉTÉ"
                                      << "été" << true;

        // Regular-expression syntax is plain text, in patterns and in messages.
        QTest::newRow("dot is literal") << "a.c"
                                        << "abc" << false;
        QTest::newRow("dot matches dot") << "a.c"
                                         << "a.c" << true;
        QTest::newRow("brackets and plus") << "[a]+?"
                                           << "[a]+?" << true;
        QTest::newRow("brackets not a class") << "[a]+"
                                              << "aaa" << false;
        QTest::newRow("dollar and caret") << "^cost $5$"
                                          << "^cost $5$" << true;
        QTest::newRow("backslashes") << "C:\\path\\d"
                                     << "C:\\path\\d" << true;
        QTest::newRow("unbalanced open paren") << "smile ("
                                               << "smile (" << true;
        QTest::newRow("unbalanced close paren") << "smile :)"
                                                << "smile :)" << true;
        QTest::newRow("pipe outside a group") << "a|b"
                                              << "a" << false;
        QTest::newRow("pipe outside a group, literal") << "a|b"
                                                       << "a|b" << true;
        QTest::newRow("regex in message") << "*help*"
                                          << "(.*)help[^x]{2,}" << true;
        QTest::newRow("message with newline") << "*agent*"
                                              << "line one\nagent\nline three" << true;
        // Characters beyond the BMP are two UTF-16 units: found by fuzzing, such a pattern made
        // an invalid expression that never matched.
        QTest::newRow("emoji") << "*\U0001F44D*"
                               << "great \U0001F44D thanks" << true;
        QTest::newRow("emoji in a group") << "i (\U0001F600|\u2764\uFE0F) it"
                                          << "I \U0001F600 IT" << true;
        QTest::newRow("another emoji") << "*\U0001F44D*"
                                       << "great \U0001F44E" << false;
    }

    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, message);
        QFETCH(bool, expected);
        QCOMPARE(PatternMatcher({pattern}).matches(message), expected);
    }

    void firstMatchingPatternIsReported()
    {
        const PatternMatcher m(
                {QStringLiteral("hi"), QStringLiteral("(hi|hello)*"), QStringLiteral("hello*")});
        QCOMPARE(m.matchingPattern(QStringLiteral("hello you")), 1);
        QCOMPARE(m.matchingPattern(QStringLiteral("hi")), 0);
        QCOMPARE(m.matchingPattern(QStringLiteral("bye")), -1);
    }

    void excludeKeywordsVetoWholeWordsOnly()
    {
        const PatternMatcher m({QStringLiteral("*help*")},
                               {QStringLiteral("not"), QStringLiteral("real person")});
        QVERIFY(m.matches(QStringLiteral("I need help")));
        QVERIFY(!m.matches(QStringLiteral("I do NOT need help")));
        QVERIFY(m.matches(QStringLiteral("nothing helps")));         // "not" inside "nothing"
        QVERIFY(!m.matches(QStringLiteral("help, a real  person"))); // phrase, blanks relaxed
        QCOMPARE(m.matchingPattern(QStringLiteral("not help")), -1);
    }

    void excludeKeywordsWithPunctuation()
    {
        const PatternMatcher m({QStringLiteral("*")}, {QStringLiteral("c++")});
        QVERIFY(!m.matches(QStringLiteral("I write c++ code")));
        QVERIFY(m.matches(QStringLiteral("I write c code")));
    }

    void emptyPatternsNeverMatch()
    {
        QVERIFY(!PatternMatcher().matches(QStringLiteral("anything")));
        QVERIFY(!PatternMatcher({QStringLiteral("  ")}).matches(QStringLiteral("")));
        QVERIFY(PatternMatcher({QString(), QStringLiteral("x")}).matches(QStringLiteral("x")));
    }

    void veryLongMessages()
    {
        const PatternMatcher seed({QStringLiteral("*(agent|representative|help|human)*")});
        QString longText(1000000, QLatin1Char('x'));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!seed.matches(longText));
        longText.insert(500000, QStringLiteral(" agent "));
        QVERIFY(seed.matches(longText));
        // A megabyte is matched in linear time, not by catastrophic backtracking.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

        const PatternMatcher many({QStringLiteral("*a*b*c*d*e*")});
        QVERIFY(!many.matches(QString(20000, QLatin1Char('a')))); // gives up cleanly
    }

    void groupsNestUpToTheLimitAndDeeperOnesArePlainText()
    {
        const auto nested = [](int depth, const QString &inner) {
            return QString(depth, QLatin1Char('(')) + inner + QString(depth, QLatin1Char(')'));
        };
        const int limit = dialogsmith::document::maxPatternGroupDepth;
        const PatternMatcher atLimit({nested(limit, QStringLiteral("yes|no"))});
        QVERIFY(atLimit.matches(QStringLiteral("no")));

        // Found by fuzzing: groups nested 263 deep made an expression the engine refuses, so the
        // pattern never matched anything. Deeper groups are now text, like an unclosed `(`.
        const QString deep = nested(300, QStringLiteral("yes|no"));
        const QString literal = nested(300 - limit, QStringLiteral("yes|no"));
        const PatternMatcher tooDeep({deep, QStringLiteral("*fallback*")});
        QVERIFY(!tooDeep.matches(QStringLiteral("no")));
        QCOMPARE(tooDeep.matchingPattern(literal), 0);
        QCOMPARE(tooDeep.matchingPattern(QStringLiteral("the fallback")), 1);
        const QRegularExpression re(QStringLiteral("\\A(?:(?:")
                                    + PatternMatcher::toRegularExpression(deep)
                                    + QStringLiteral("))\\z"));
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        // Translating nested groups takes a bounded depth of calls, however deep they nest.
        QCOMPARE(PatternMatcher::toRegularExpression(nested(200000, QStringLiteral("x"))).size(),
                 (200000 - limit) * 4 + 1 + limit * 4);
    }

    void unclosedParenthesesTakeLinearTime()
    {
        // Each unclosed `(` searched to the end of the pattern for its `)`: quadratic, minutes
        // for a pattern of a few hundred thousand characters.
        QElapsedTimer timer;
        timer.start();
        const QString open(300000, QLatin1Char('('));
        QCOMPARE(PatternMatcher::toRegularExpression(open + QStringLiteral("x")),
                 QString(open).replace(QStringLiteral("("), QStringLiteral("\\("))
                         + QLatin1Char('x'));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void patternsUpToTheLengthLimitCompile_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("stars") << QStringLiteral("*");
        QTest::newRow("blanks between letters") << QStringLiteral(" a");
        QTest::newRow("empty alternatives") << QStringLiteral("(|)");
        QTest::newRow("groups") << QStringLiteral("(a|b)");
        QTest::newRow("unclosed") << QStringLiteral("(");
        QTest::newRow("closing") << QStringLiteral(")");
        QTest::newRow("accents") << QStringLiteral("é");
        QTest::newRow("several cases") << QStringLiteral("ǅ");
        QTest::newRow("beyond the BMP") << QStringLiteral("😀");
        QTest::newRow("regex syntax") << QStringLiteral(".$^[\\");
    }

    void patternsUpToTheLengthLimitCompile()
    {
        // Validation promises that a pattern within the length limit can be matched.
        QFETCH(QString, unit);
        QString pattern;
        while (pattern.size() + unit.size() <= dialogsmith::document::maxPatternLength)
            pattern += unit;
        const QRegularExpression re(QStringLiteral("\\A(?:(?:")
                                    + PatternMatcher::toRegularExpression(pattern)
                                    + QStringLiteral("))\\z"));
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    }

    void aPatternTooLongToCompileDoesNotStopTheOthers()
    {
        const QString huge(200000, QLatin1Char('a'));
        const PatternMatcher m({huge, QStringLiteral("*help*")});
        QVERIFY(m.matches(QStringLiteral("help me")));
        QCOMPARE(m.matchingPattern(QStringLiteral("help me")), 1);
        QVERIFY(!m.matches(huge)); // too long to match, so it matches nothing
    }

    void translation()
    {
        QCOMPARE(PatternMatcher::toRegularExpression(QStringLiteral("thank(|s) *")),
                 QStringLiteral("thank(?:|s)\\s+.*"));
        QCOMPARE(PatternMatcher::toRegularExpression(QStringLiteral("a.b")),
                 QStringLiteral("a\\.b"));
    }
};

QTEST_GUILESS_MAIN(TestPatternMatcher)
#include "tst_patternmatcher.moc"
