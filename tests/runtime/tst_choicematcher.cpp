#include "choicematcher.h"

#include <QTest>

using dialogsmith::runtime::matchChoice;

class TestChoiceMatcher : public QObject
{
    Q_OBJECT

private slots:
    void picks_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("expected");

        const QStringList colours{QStringLiteral("Red"), QStringLiteral("Green"),
                                  QStringLiteral("Blue")};
        QTest::newRow("text") << "green" << colours << 1;
        QTest::newRow("text with blanks") << "  BLUE " << colours << 2;
        QTest::newRow("number") << "1" << colours << 0;
        QTest::newRow("number with mark") << "3)" << colours << 2;
        QTest::newRow("number with dot") << "2." << colours << 1;
        QTest::newRow("number out of range") << "4" << colours << -1;
        QTest::newRow("zero") << "0" << colours << -1;
        QTest::newRow("letter") << "b" << colours << 1;
        QTest::newRow("capital letter with mark") << "C)" << colours << 2;
        QTest::newRow("letter out of range") << "d" << colours << -1;
        QTest::newRow("no match") << "purple" << colours << -1;
        QTest::newRow("empty") << "" << colours << -1;

        const QStringList labelled{QStringLiteral("A)Yes"), QStringLiteral("B) No")};
        QTest::newRow("labelled by text") << "yes" << labelled << 0;
        QTest::newRow("labelled by letter") << "B" << labelled << 1;
        QTest::newRow("labelled by label") << "a)" << labelled << 0;
        QTest::newRow("labelled whole") << "B) No" << labelled << 1;

        const QStringList numbers{QStringLiteral("2"), QStringLiteral("1")};
        QTest::newRow("text wins over number") << "1" << numbers << 1;
        QTest::newRow("trailing newline in option")
                << "vertical card" << QStringList{QStringLiteral("Vertical Card\n")} << 0;
    }

    void picks()
    {
        QFETCH(QString, answer);
        QFETCH(QStringList, options);
        QFETCH(int, expected);
        QCOMPARE(matchChoice(answer, options), expected);
    }
};

QTEST_GUILESS_MAIN(TestChoiceMatcher)
#include "tst_choicematcher.moc"
