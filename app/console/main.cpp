// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connectpage.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tollgate"));
    QApplication::setApplicationName(QStringLiteral("tollgate-console"));
    QApplication::setApplicationVersion(QStringLiteral(TOLLGATE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tollgate.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tollgate"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QMainWindow window;
    window.setWindowTitle(QObject::tr("Tollgate Console"));
    auto *page = new Tollgate::Ui::ConnectPage(&window);
    window.setCentralWidget(page);
    window.resize(720, 480);
    window.show();
    return app.exec();
}
