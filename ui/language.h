// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <utility>

class QFormLayout;
class QWidget;

namespace Tollgate::Ui {

/// The interface language: which one is chosen, and switching to it while the console runs.
namespace Language {

/// The QSettings key of the chosen language ("" or absent = the system's).
QString settingsKey();
/// The languages the console is translated into: tag → name in that language.
QList<std::pair<QString, QString>> available();
/// Installs the console's and Qt's own translations for @p tag ("" = the system's language) in
/// place of the ones installed before, and makes it the default locale. Every widget then gets a
/// QEvent::LanguageChange (posted: it arrives once the event loop runs) and retranslates itself.
void apply(const QString &tag);
/// Calls @p retranslate whenever @p widget gets a QEvent::LanguageChange (for as long as it lives):
/// what a widget class would otherwise do in its own changeEvent().
void retranslateOnChange(QWidget *widget, std::function<void()> retranslate);

} // namespace Language

/// Sets the label of @p field's row in @p form, making the label on the first call (rows are added
/// with an empty text, which QFormLayout gives no label, and labelled by retranslate()).
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);

} // namespace Tollgate::Ui
