// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui::Language {

namespace {
// Owned by the application; replaced, never stacked, on each switch.
QPointer<QTranslator> s_console;
QPointer<QTranslator> s_qt;

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

QTranslator *load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QString settingsKey()
{
    return u"ui/language"_s;
}

QList<std::pair<QString, QString>> available()
{
    // Each language in its own name: whoever cannot read the current one still finds theirs.
    return {{u"en"_s, u"English"_s},
            {u"fr"_s, u"Français"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"es"_s, u"Español"_s},
            {u"ja"_s, u"日本語"_s}};
}

void apply(const QString &tag)
{
    const QLocale locale = tag.isEmpty() ? QLocale::system() : QLocale(tag);
    QLocale::setDefault(locale);
    replace(s_qt, load(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    replace(s_console, load(locale, u"tollgate"_s, u":/i18n"_s));
}

namespace {

/// Watches one widget's events for a language change; a child of the widget, so it goes with it.
class LanguageChangeFilter final : public QObject
{
public:
    LanguageChangeFilter(QWidget *widget, std::function<void()> retranslate)
        : QObject(widget)
        , m_retranslate(std::move(retranslate))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

void retranslateOnChange(QWidget *widget, std::function<void()> retranslate)
{
    new LanguageChangeFilter(widget, std::move(retranslate));
}

} // namespace Tollgate::Ui::Language

namespace Tollgate::Ui {

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    auto *label = qobject_cast<QLabel *>(form->labelForField(field));
    if (!label) {
        // addRow(QString(), field) makes no label: the first call puts one in the row.
        int row = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        form->getWidgetPosition(field, &row, &role);
        if (row < 0)
            return;
        label = new QLabel(field->parentWidget());
        label->setBuddy(field);
        form->setWidget(row, QFormLayout::LabelRole, label);
    }
    label->setText(text);
}

} // namespace Tollgate::Ui
