// SPDX-License-Identifier: GPL-3.0-or-later
// The console's keychain use (app/console/sessionkeeper): with a real Secret Service (a private
// D-Bus session and an unlocked gnome-keyring, started by the test) the refresh token is written,
// replaced, read back and forgotten; without any keychain the keeper says so and writes nothing.
#include "app/console/sessionkeeper.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tollgate;
using namespace Qt::StringLiterals;

namespace {
const QString Server = u"http://127.0.0.1:8080"_s;
const char ChildMarker[] = "TOLLGATE_KEYCHAIN_CHILD";

QByteArray load(Console::SessionKeeper &keeper, const QString &server)
{
    QSignalSpy loaded(&keeper, &Console::SessionKeeper::loaded);
    keeper.load(server);
    if (!loaded.wait(30'000))
        return "timeout";
    return loaded.at(0).at(1).toByteArray();
}
} // namespace

class TestSessionKeeper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutKeychainSaysMemoryOnly();
    void withSecretService();
    void roundTrip(); // run by withSecretService() inside the private session
};

void TestSessionKeeper::withoutKeychainSaysMemoryOnly()
{
    if (qEnvironmentVariableIsSet(ChildMarker))
        QSKIP("runs in the parent only");
    // No session bus and no display: QtKeychain cannot reach any keychain.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    Console::SessionKeeper keeper;
    QVERIFY(!keeper.isAvailable().has_value());
    QSignalSpy availability(&keeper, &Console::SessionKeeper::availabilityChanged);
    QSignalSpy stored(&keeper, &Console::SessionKeeper::stored);
    keeper.store(Server, "tgr_secret");
    QVERIFY(stored.wait(30'000));
    QCOMPARE(availability.size(), 1);
    QCOMPARE(availability.at(0).at(0).toBool(), false);
    QCOMPARE(keeper.isAvailable(), std::optional<bool>(false));
    QVERIFY2(keeper.describe().contains(u"memory only"_s), qPrintable(keeper.describe()));
    // Later writes are not even tried.
    keeper.store(Server, "tgr_next");
    QTest::qWait(50);
    QCOMPARE(stored.size(), 1);
}

void TestSessionKeeper::withSecretService()
{
    if (qEnvironmentVariableIsSet(ChildMarker))
        QSKIP("runs in the parent only");
    const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (runSession.isEmpty() || keyring.isEmpty())
        QFAIL("dbus-run-session and gnome-keyring-daemon are needed (packages dbus-daemon, gnome-keyring)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u".cache"_s)); // without it gnome-keyring stalls for 25 s
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.insert(QString::fromLatin1(ChildMarker), u"1"_s);
    env.remove(u"DISPLAY"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(runSession,
                {u"--"_s, u"sh"_s, u"-c"_s,
                 u"printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
                 "exec \"$0\" roundTrip"_s,
                 QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForFinished(120'000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestSessionKeeper::roundTrip()"), output.constData());
}

void TestSessionKeeper::roundTrip()
{
    if (!qEnvironmentVariableIsSet(ChildMarker))
        QSKIP("runs inside the private D-Bus session started by withSecretService()");
    Console::SessionKeeper keeper;
    QCOMPARE(load(keeper, Server), QByteArray());
    QCOMPARE(keeper.isAvailable(), std::optional<bool>(true));
    QVERIFY(keeper.describe().contains(u"keychain"_s));

    // Three rotations in a row: only the newest token is kept.
    QSignalSpy stored(&keeper, &Console::SessionKeeper::stored);
    keeper.store(Server, "tgr_first");
    keeper.store(Server, "tgr_second");
    keeper.store(Server, "tgr_third");
    QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 2, 30'000);
    QTest::qWait(100);
    QCOMPARE(load(keeper, Server), QByteArray("tgr_third"));
    // Another server's token is separate.
    keeper.store(u"https://other.example"_s, "tgr_other");
    QTRY_VERIFY_WITH_TIMEOUT(stored.last().at(0).toString() == u"https://other.example"_s, 30'000);
    QCOMPARE(load(keeper, Server), QByteArray("tgr_third"));

    // Signing out forgets it.
    const qsizetype before = stored.size();
    keeper.store(Server, {});
    QTRY_VERIFY_WITH_TIMEOUT(stored.size() > before, 30'000);
    QCOMPARE(load(keeper, Server), QByteArray());
    QCOMPARE(load(keeper, u"https://other.example"_s), QByteArray("tgr_other"));
}

QTEST_GUILESS_MAIN(TestSessionKeeper)
#include "tst_sessionkeeper.moc"
