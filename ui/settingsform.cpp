// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsform.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
constexpr double MoneyMaximum = 1e12;

int clampInt(qint64 v)
{
    return int(std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

std::optional<double> numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}
} // namespace

SettingsForm::SettingsForm(Client::ApiClient *client, const QString &title, const QString &path, bool replace,
                           QList<Field> known, QWidget *parent)
    : QGroupBox(parent)
    , m_client(client)
    , m_path(path)
    , m_replace(replace)
    , m_form(new QFormLayout)
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsForm::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsForm::revert);
    setTexts(title, known);
}

void SettingsForm::setTexts(const QString &title, const QList<Field> &known)
{
    m_known = known;
    setTitle(title);
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    m_save->setAccessibleName(tr("Save %1").arg(title));
    m_revert->setAccessibleName(tr("Revert %1").arg(title));
    m_status->setAccessibleName(tr("%1 status").arg(title));
    for (Row &row : m_rows) {
        for (const Field &f : std::as_const(m_known)) {
            if (f.key == row.field.key) {
                row.field.label = f.label;
                row.field.help = f.help;
                row.field.suffix = f.suffix;
            }
        }
        setEditorTexts(row);
    }
    updateControls();
}

void SettingsForm::setEditorTexts(const Row &row)
{
    const Field &field = row.field;
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(row.editor))) {
        label->setText(field.label + u':');
        label->setToolTip(field.help);
    }
    row.editor->setToolTip(field.help);
    row.editor->setAccessibleName(field.label);
    row.editor->setAccessibleDescription(field.help);
    switch (field.kind) {
    case Kind::Integer:
    case Kind::NullableInteger: {
        auto *spin = static_cast<QSpinBox *>(row.editor);
        if (field.kind == Kind::NullableInteger)
            spin->setSpecialValueText(tr("none"));
        spin->setSuffix(field.suffix);
        break;
    }
    case Kind::NullableNumber:
    case Kind::NullableMoney:
        static_cast<QDoubleSpinBox *>(row.editor)->setSpecialValueText(tr("none"));
        break;
    case Kind::Duration: {
        auto *combo = static_cast<QComboBox *>(row.editor);
        const QStringList texts{tr("none"), tr("daily"), tr("weekly"), tr("monthly")};
        for (int i = 0; i < texts.size() && i < combo->count(); ++i)
            combo->setItemText(i, texts.at(i));
        break;
    }
    case Kind::NullableText:
        static_cast<QLineEdit *>(row.editor)->setPlaceholderText(tr("none"));
        break;
    case Kind::UrlList:
        static_cast<QPlainTextEdit *>(row.editor)->setPlaceholderText(tr("One per line"));
        break;
    case Kind::Currency:
    case Kind::Text:
    case Kind::Boolean:
        break;
    }
}

QWidget *SettingsForm::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.editor;
    }
    return nullptr;
}

void SettingsForm::setReadOnlyReason(const QString &why)
{
    m_readOnlyReason = why;
    updateControls();
}

void SettingsForm::load()
{
    m_busy = true;
    m_status->setText(tr("Loading…"));
    updateControls();
    Client::Reply *reply = m_client->get(m_path);
    connect(reply, &Client::Reply::finished, this, [this, reply](const QJsonObject &values) {
        m_version = reply->version() >= 0 ? reply->version() : values.value("version"_L1).toInteger();
        show(values);
        m_status->clear();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_status->setText(tr("Could not be loaded: %1").arg(errorText(error)));
        Q_EMIT problem(errorText(error));
    });
    connect(reply, &Client::Reply::done, this, [this] {
        m_busy = false;
        updateControls();
    });
}

void SettingsForm::revert()
{
    load();
}

SettingsForm::Field SettingsForm::fieldFor(const QString &key, const QJsonValue &value) const
{
    for (const Field &f : m_known) {
        if (f.key == key)
            return f;
    }
    // A setting this console does not know yet: an editor by its JSON type.
    Field f;
    f.key = key;
    f.label = key;
    if (value.isBool())
        f.kind = Kind::Boolean;
    else if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble()) {
        f.kind = Kind::Integer;
        f.minimum = -1'000'000'000;
    } else if (value.isDouble())
        f.kind = Kind::NullableNumber;
    else if (value.isArray())
        f.kind = Kind::UrlList;
    else if (value.isNull())
        f.kind = Kind::NullableText;
    else
        f.kind = Kind::Text;
    return f;
}

QWidget *SettingsForm::createEditor(const Field &field)
{
    QWidget *editor = nullptr;
    switch (field.kind) {
    case Kind::Integer:
    case Kind::NullableInteger: {
        auto *spin = new QSpinBox(this);
        const bool nullable = field.kind == Kind::NullableInteger;
        spin->setRange(clampInt(nullable ? field.minimum - 1 : field.minimum), clampInt(field.maximum));
        spin->setGroupSeparatorShown(true);
        connect(spin, &QSpinBox::valueChanged, this, &SettingsForm::updateControls);
        editor = spin;
        break;
    }
    case Kind::NullableNumber:
    case Kind::NullableMoney: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setRange(-1, MoneyMaximum);
        spin->setDecimals(2);
        spin->setGroupSeparatorShown(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsForm::updateControls);
        editor = spin;
        break;
    }
    case Kind::Currency: {
        auto *combo = new QComboBox(this);
        combo->setEditable(true);
        combo->addItems({u"USD"_s, u"EUR"_s, u"GBP"_s, u"CHF"_s, u"JPY"_s, u"CAD"_s, u"AUD"_s, u"CNY"_s, u"INR"_s});
        combo->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[A-Za-z]{0,3}$"_s), combo));
        connect(combo, &QComboBox::currentTextChanged, this, &SettingsForm::updateControls);
        editor = combo;
        break;
    }
    case Kind::Duration: {
        auto *combo = new QComboBox(this);
        for (const QString &duration : {QString(), u"1d"_s, u"7d"_s, u"1mo"_s})
            combo->addItem(QString(), duration);
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsForm::updateControls);
        editor = combo;
        break;
    }
    case Kind::NullableText:
    case Kind::Text: {
        auto *line = new QLineEdit(this);
        connect(line, &QLineEdit::textChanged, this, &SettingsForm::updateControls);
        editor = line;
        break;
    }
    case Kind::UrlList: {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().height() * 5);
        connect(text, &QPlainTextEdit::textChanged, this, &SettingsForm::updateControls);
        editor = text;
        break;
    }
    case Kind::Boolean: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, &SettingsForm::updateControls);
        editor = check;
        break;
    }
    }
    editor->setObjectName(field.key);
    return editor;
}

void SettingsForm::setValue(const Row &row, const QJsonValue &v)
{
    switch (row.field.kind) {
    case Kind::Integer:
    case Kind::NullableInteger: {
        auto *spin = static_cast<QSpinBox *>(row.editor);
        spin->setValue(v.isNull() || v.isUndefined() ? spin->minimum() : clampInt(v.toInteger()));
        break;
    }
    case Kind::NullableNumber:
    case Kind::NullableMoney: {
        auto *spin = static_cast<QDoubleSpinBox *>(row.editor);
        const std::optional<double> n = numberOf(v);
        spin->setValue(n ? *n : spin->minimum());
        break;
    }
    case Kind::Currency:
        static_cast<QComboBox *>(row.editor)->setCurrentText(v.toString());
        break;
    case Kind::Duration: {
        auto *combo = static_cast<QComboBox *>(row.editor);
        int index = combo->findData(v.toString());
        if (index < 0) {
            combo->addItem(v.toString(), v.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case Kind::NullableText:
    case Kind::Text:
        static_cast<QLineEdit *>(row.editor)->setText(v.toString());
        break;
    case Kind::UrlList: {
        QStringList lines;
        for (const QJsonValue &item : v.toArray())
            lines << item.toString();
        static_cast<QPlainTextEdit *>(row.editor)->setPlainText(lines.join(u'\n'));
        break;
    }
    case Kind::Boolean:
        static_cast<QCheckBox *>(row.editor)->setChecked(v.toBool());
        break;
    }
}

QJsonValue SettingsForm::value(const Row &row) const
{
    switch (row.field.kind) {
    case Kind::Integer:
        return static_cast<QSpinBox *>(row.editor)->value();
    case Kind::NullableInteger: {
        auto *spin = static_cast<QSpinBox *>(row.editor);
        return spin->value() == spin->minimum() ? QJsonValue() : QJsonValue(spin->value());
    }
    case Kind::NullableNumber: {
        auto *spin = static_cast<QDoubleSpinBox *>(row.editor);
        return spin->value() < 0 ? QJsonValue() : QJsonValue(spin->value());
    }
    case Kind::NullableMoney: {
        auto *spin = static_cast<QDoubleSpinBox *>(row.editor);
        return spin->value() < 0 ? QJsonValue() : QJsonValue(QString::number(spin->value(), 'f', 2));
    }
    case Kind::Currency:
        return static_cast<QComboBox *>(row.editor)->currentText().trimmed().toUpper();
    case Kind::Duration: {
        const QString d = static_cast<QComboBox *>(row.editor)->currentData().toString();
        return d.isEmpty() ? QJsonValue() : QJsonValue(d);
    }
    case Kind::NullableText: {
        const QString t = static_cast<QLineEdit *>(row.editor)->text().trimmed();
        return t.isEmpty() ? QJsonValue() : QJsonValue(t);
    }
    case Kind::Text:
        return static_cast<QLineEdit *>(row.editor)->text();
    case Kind::UrlList: {
        QJsonArray items;
        const QStringList lines = static_cast<QPlainTextEdit *>(row.editor)->toPlainText().split(u'\n');
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                items.append(line.trimmed());
        }
        return items;
    }
    case Kind::Boolean:
        return static_cast<QCheckBox *>(row.editor)->isChecked();
    }
    return {};
}

bool SettingsForm::changed(const Row &row) const
{
    const QJsonValue now = value(row);
    if (now.isNull() || row.loaded.isNull())
        return now.isNull() != row.loaded.isNull();
    const std::optional<double> a = numberOf(now);
    const std::optional<double> b = numberOf(row.loaded);
    if (a && b && row.field.kind != Kind::Text && row.field.kind != Kind::NullableText)
        return std::abs(*a - *b) > 1e-9;
    return now != row.loaded;
}

bool SettingsForm::hasChanges() const
{
    for (const Row &row : m_rows) {
        if (changed(row))
            return true;
    }
    return false;
}

void SettingsForm::show(const QJsonObject &values)
{
    m_filling = true;
    QStringList keys;
    for (const Field &f : std::as_const(m_known)) {
        if (values.contains(f.key))
            keys << f.key;
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.key() != u"version"_s && !keys.contains(it.key()) && !it.value().isObject())
            keys << it.key();
    }
    QStringList shown;
    for (const Row &row : std::as_const(m_rows))
        shown << row.field.key;
    if (shown != keys) {
        while (m_form->rowCount() > 0)
            m_form->removeRow(0);
        m_rows.clear();
        for (const QString &key : std::as_const(keys)) {
            Row row;
            row.field = fieldFor(key, values.value(key));
            row.editor = createEditor(row.field);
            auto *label = new QLabel(this);
            label->setBuddy(row.editor);
            m_form->addRow(label, row.editor);
            setEditorTexts(row);
            m_rows.append(row);
        }
        // Keyboard order follows the form.
        for (int i = 1; i < m_rows.size(); ++i)
            setTabOrder(m_rows.at(i - 1).editor, m_rows.at(i).editor);
        if (!m_rows.isEmpty())
            setTabOrder(m_rows.last().editor, m_revert);
        setTabOrder(m_revert, m_save);
    }
    for (Row &row : m_rows) {
        row.loaded = values.value(row.field.key);
        setValue(row, row.loaded);
        row.loaded = value(row); // as the editor holds it (e.g. "25" → "25.00")
    }
    m_filling = false;
    updateControls();
}

void SettingsForm::save()
{
    if (m_busy || !m_readOnlyReason.isEmpty() || !hasChanges())
        return;
    QJsonObject body;
    for (const Row &row : std::as_const(m_rows)) {
        if (m_replace || changed(row))
            body.insert(row.field.key, value(row));
    }
    m_busy = true;
    m_status->setText(tr("Saving…"));
    updateControls();
    Client::Reply *reply = m_replace ? m_client->put(m_path, body, m_version)
                                     : m_client->patch(m_path, body, m_version);
    connect(reply, &Client::Reply::finished, this, [this, reply](const QJsonObject &values) {
        m_version = reply->version() >= 0 ? reply->version() : values.value("version"_L1).toInteger();
        show(values);
        m_status->setText(tr("Saved."));
    });
    connect(reply, &Client::Reply::failed, this, &SettingsForm::failed);
    connect(reply, &Client::Reply::done, this, [this] {
        m_busy = false;
        updateControls();
    });
}

void SettingsForm::failed(const Client::Error &error)
{
    if (error.status == 412 || error.code == u"version_mismatch"_s) {
        m_status->setText(tr("Another admin changed these settings after you loaded them, so nothing was saved. "
                             "Revert to load their values, then make your change again."));
    } else {
        QString text = errorText(error);
        // Name the field in the words of the form.
        for (const Row &row : std::as_const(m_rows)) {
            if (!error.param.isEmpty() && row.field.key == error.param) {
                text = tr("%1: %2").arg(row.field.label, text);
                row.editor->setFocus();
                break;
            }
        }
        m_status->setText(text);
    }
    Q_EMIT problem(m_status->text());
}

void SettingsForm::updateControls()
{
    if (m_filling)
        return;
    const bool writable = m_readOnlyReason.isEmpty();
    for (const Row &row : std::as_const(m_rows)) {
        row.editor->setEnabled(writable && !m_busy);
        if (!writable)
            row.editor->setToolTip(m_readOnlyReason);
    }
    const bool changes = hasChanges();
    m_save->setEnabled(writable && !m_busy && changes);
    m_save->setToolTip(writable ? (changes ? QString() : tr("Nothing has changed.")) : m_readOnlyReason);
    m_revert->setEnabled(!m_busy && changes);
}

} // namespace Tollgate::Ui
