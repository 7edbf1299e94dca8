#include "journal/Crc32c.h"

#include <QTest>

class TestCrc32c : public QObject
{
    Q_OBJECT

private slots:
    // RFC 3720 (iSCSI) appendix B.4 and the common "123456789" check value.
    void matchesPublishedVectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        QByteArray ascending(32, 0), descending(32, 0);
        for (int i = 0; i < 32; ++i) {
            ascending[i] = char(i);
            descending[i] = char(31 - i);
        }
        QTest::newRow("check") << QByteArray("123456789") << 0xE3069283u;
        QTest::newRow("32 zeros") << QByteArray(32, '\0') << 0x8A9136AAu;
        QTest::newRow("32 ones") << QByteArray(32, '\xff') << 0x62A8AB43u;
        QTest::newRow("ascending") << ascending << 0x46DD794Eu;
        QTest::newRow("descending") << descending << 0x113FDB5Cu;
        QTest::newRow("empty") << QByteArray() << 0u;
    }
    void matchesPublishedVectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(cop::crc32c(data), crc);
        QCOMPARE(cop::crc32cByTable(data), crc);
    }

    // Where crc32c() uses the CPU's instruction it must sum exactly as the tables do, at every
    // length and alignment, continuing either's result (a journal written on one workstation is
    // read on another).
    void instructionAndTablesAgree()
    {
        QByteArray data(4'096 + 16, '\0');
        quint32 x = 2463534242u;
        for (char &c : data) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        for (int offset = 0; offset < 8; ++offset) {
            for (int length : {0, 1, 7, 8, 9, 15, 16, 63, 64, 1'000, 4'096}) {
                const QByteArrayView piece(data.constData() + offset, length);
                const quint32 byTable = cop::crc32cByTable(piece, 0x12345678u);
                QCOMPARE(cop::crc32c(piece, 0x12345678u), byTable);
                QCOMPARE(cop::crc32c(piece.sliced(length / 2), cop::crc32cByTable(piece.first(length / 2), 0x12345678u)),
                         byTable);
            }
        }
    }

    // The eight-byte fast path and the byte tail must agree at every alignment and length.
    void continuesAcrossPiecesAtAnySplit()
    {
        QByteArray data;
        for (int i = 0; i < 300; ++i)
            data.append(char((i * 131 + 7) & 0xff));
        const quint32 whole = cop::crc32c(data);
        for (int split = 0; split <= data.size(); ++split) {
            const quint32 pieces = cop::crc32c(data.sliced(split), cop::crc32c(data.first(split)));
            QCOMPARE(pieces, whole);
        }
    }
};

QTEST_APPLESS_MAIN(TestCrc32c)
#include "tst_crc32c.moc"
