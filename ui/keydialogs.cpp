// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keydialogs.h"

#include "gateway-core/client/apiclient.h"
#include "gateway-core/util/jsonnumber.h"
#include "ui/errortext.h"
#include "ui/language.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {

constexpr int SpinMaximum = 100'000'000;
constexpr int NameMaximum = 100;

std::optional<double> money(const QJsonValue &value)
{
    bool ok = false;
    const double v = value.isString() ? value.toString().toDouble(&ok) : value.toDouble();
    if (value.isString() ? !ok : !value.isDouble())
        return std::nullopt;
    return v;
}

QSpinBox *limitSpin(QWidget *parent, std::optional<qint64> maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, int(qMin<qint64>(maximum.value_or(SpinMaximum), SpinMaximum)));
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

std::optional<qint64> durationSeconds(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = t.first(t.size() - 1).toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    switch (t.back().unicode()) {
    case 's':
        return n;
    case 'm':
        return n * 60;
    case 'h':
        return n * 3600;
    case 'd':
        return n * 86400;
    default:
        return std::nullopt;
    }
}

KeyPolicy KeyPolicy::fromJson(const QJsonObject &o)
{
    KeyPolicy p;
    p.maxBudget = money(o.value("maxBudget"_L1));
    p.defaultMaxBudget = money(o.value("defaultMaxBudget"_L1));
    p.maxRpm = Util::wholeNumber(o.value("maxRpm"_L1));
    p.maxTpm = Util::wholeNumber(o.value("maxTpm"_L1));
    p.maxParallel = Util::wholeNumber(o.value("maxParallel"_L1));
    p.maxExpiryDays = Util::wholeNumber(o.value("maxExpiryDays"_L1));
    p.defaultExpiryDays = Util::wholeNumber(o.value("defaultExpiryDays"_L1));
    if (const auto grace = durationSeconds(o.value("maxGracePeriod"_L1).toString()))
        p.maxGraceSeconds = *grace;
    p.loaded = true;
    return p;
}

CreateKeyDialog::CreateKeyDialog(Client::ApiClient *client, const KeyPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_policy(policy)
    , m_ownerSearch(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_models(new QListWidget(this))
    , m_modelsHint(new QLabel(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_period(new QComboBox(this))
    , m_expiryDays(new QSpinBox(this))
    , m_rpm(limitSpin(this, policy.maxRpm))
    , m_tpm(limitSpin(this, policy.maxTpm))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_searchDelay(new QTimer(this))
{
    m_ownerSearch->setClearButtonEnabled(true);
    m_name->setMaxLength(NameMaximum);
    m_models->setMaximumHeight(120);
    m_modelsHint->setWordWrap(true);
    m_budget->setDecimals(2);
    m_budget->setRange(0, policy.maxBudget.value_or(1e9));
    m_budget->setGroupSeparatorShown(true);
    for (const QString &period : {QString(), u"1d"_s, u"7d"_s, u"1mo"_s})
        m_period->addItem(QString(), period);
    m_expiryDays->setRange(0, int(policy.maxExpiryDays.value_or(3650)));
    m_status->setWordWrap(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    m_form = new QFormLayout;
    m_form->addRow(QString(), m_ownerSearch);
    m_form->addRow(QString(), m_owner);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_models);
    m_form->addRow(QString(), m_modelsHint);
    m_form->addRow(QString(), m_budget);
    m_form->addRow(QString(), m_period);
    m_form->addRow(QString(), m_expiryDays);
    m_form->addRow(QString(), m_rpm);
    m_form->addRow(QString(), m_tpm);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_ownerSearch, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CreateKeyDialog::searchOwners);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::loadModels);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateKeyDialog::create);
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
    searchOwners();
}

void CreateKeyDialog::retranslate()
{
    setRowLabel(m_form, m_ownerSearch, tr("Find owner:"));
    setRowLabel(m_form, m_owner, tr("&Owner:"));
    setRowLabel(m_form, m_name, tr("&Name:"));
    setRowLabel(m_form, m_models, tr("Mo&dels:"));
    setRowLabel(m_form, m_budget, tr("Max &budget:"));
    setRowLabel(m_form, m_period, tr("Budget &resets:"));
    setRowLabel(m_form, m_expiryDays, tr("&Expires in:"));
    setRowLabel(m_form, m_rpm, tr("Requests/min:"));
    setRowLabel(m_form, m_tpm, tr("Tokens/min:"));
    setWindowTitle(tr("New API key"));
    setAccessibleName(tr("New API key"));
    m_ownerSearch->setPlaceholderText(tr("Search users"));
    m_ownerSearch->setAccessibleName(tr("Search owners"));
    m_owner->setAccessibleName(tr("Owner"));
    m_name->setAccessibleName(tr("Key name"));
    m_name->setPlaceholderText(tr("e.g. CI pipeline"));
    m_models->setAccessibleName(tr("Models"));
    m_budget->setAccessibleName(tr("Maximum budget"));
    m_period->setAccessibleName(tr("Budget period"));
    m_expiryDays->setAccessibleName(tr("Expires in days"));
    m_expiryDays->setSuffix(tr(" days"));
    m_status->setAccessibleName(tr("Dialog status"));
    m_create->setText(tr("&Create key"));
    m_create->setAccessibleName(tr("Create key"));
    m_rpm->setAccessibleName(tr("Requests per minute"));
    m_tpm->setAccessibleName(tr("Tokens per minute"));
    const QLocale locale;
    for (const auto &[spin, maximum] :
         {std::pair{m_rpm, m_policy.maxRpm}, std::pair{m_tpm, m_policy.maxTpm}}) {
        spin->setSpecialValueText(tr("policy default"));
        spin->setToolTip(maximum ? tr("At most %1 (key policy).").arg(locale.toString(*maximum)) : QString());
    }
    m_budget->setSpecialValueText(
        m_policy.defaultMaxBudget
            ? tr("policy default (%1)").arg(locale.toString(*m_policy.defaultMaxBudget, 'f', 2))
            : tr("policy default"));
    m_budget->setToolTip(
        m_policy.maxBudget ? tr("At most %1 (key policy).").arg(locale.toString(*m_policy.maxBudget, 'f', 2))
                           : QString());
    const QStringList periods{tr("policy default"), tr("daily"), tr("weekly"), tr("monthly")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    m_expiryDays->setSpecialValueText(m_policy.defaultExpiryDays ? tr("policy default (%n day(s))", nullptr,
                                                                      int(*m_policy.defaultExpiryDays))
                                                                 : tr("policy default"));
    m_expiryDays->setToolTip(
        m_policy.maxExpiryDays ? tr("At most %n day(s) (key policy).", nullptr, int(*m_policy.maxExpiryDays))
                               : QString());
    updateModelsHint();
}

bool CreateKeyDialog::isBusy() const
{
    return (m_ownersReply && !m_ownersReply->isFinished()) ||
           (m_modelsReply && !m_modelsReply->isFinished()) || (m_createReply && !m_createReply->isFinished());
}

bool CreateKeyDialog::chooseOwner(const QString &username)
{
    const int index = m_owner->findText(username);
    if (index < 0)
        return false;
    m_owner->setCurrentIndex(index);
    return true;
}

void CreateKeyDialog::setBusy(bool busy, const QString &text)
{
    m_create->setEnabled(!busy);
    m_status->setText(text);
}

void CreateKeyDialog::searchOwners()
{
    m_searchDelay->stop();
    if (m_ownersReply)
        m_ownersReply->abort();
    Client::UserQuery query;
    query.search = m_ownerSearch->text().trimmed();
    query.active = true;
    query.limit = 50;
    Client::Reply *reply = m_client->users(query);
    m_ownersReply = reply;
    setBusy(true, tr("Loading users…"));
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &page) {
        const QString previous = m_owner->currentData().toString();
        const QString me = m_client->currentUser().value("id"_L1).toString();
        const QSignalBlocker blocker(m_owner);
        m_owner->clear();
        for (const QJsonValue &v : page.value("items"_L1).toArray()) {
            const QJsonObject user = v.toObject();
            m_owner->addItem(user.value("username"_L1).toString(), user.value("id"_L1).toString());
        }
        int index = m_owner->findData(previous);
        if (index < 0)
            index = m_owner->findData(me);
        m_owner->setCurrentIndex(index < 0 ? 0 : index);
        setBusy(false, m_owner->count() == 0 ? tr("No active user matches.") : QString());
        loadModels();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        if (error.code != u"aborted"_s)
            setBusy(false, errorText(error));
    });
}

void CreateKeyDialog::loadModels()
{
    if (m_modelsReply)
        m_modelsReply->abort();
    m_models->clear();
    m_modelsLoaded = false;
    const QString owner = m_owner->currentData().toString();
    if (owner.isEmpty()) {
        m_modelsHint->clear();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"userId"_s, owner);
    query.addQueryItem(u"status"_s, u"active"_s);
    query.addQueryItem(u"limit"_s, u"500"_s);
    Client::Reply *reply = m_client->get(u"/api/v1/subscriptions"_s, query);
    m_modelsReply = reply;
    setBusy(true, tr("Loading the owner's subscriptions…"));
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &page) {
        for (const QJsonValue &v : page.value("items"_L1).toArray()) {
            auto *item = new QListWidgetItem(v.toObject().value("modelId"_L1).toString(), m_models);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        m_modelsLoaded = true;
        updateModelsHint();
        setBusy(false, QString());
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        if (error.code != u"aborted"_s)
            setBusy(false, errorText(error));
    });
}

void CreateKeyDialog::updateModelsHint()
{
    if (!m_modelsLoaded)
        return;
    m_modelsHint->setText(
        m_models->count() == 0
            ? tr("%1 has no active subscription: the key will not reach any model until "
                 "they subscribe.")
                  .arg(m_owner->currentText())
            : tr("None checked: every model %1 is subscribed to.").arg(m_owner->currentText()));
}

QString CreateKeyDialog::validate() const
{
    const QLocale locale;
    if (!m_policy.loaded)
        return tr("The key policy has not loaded yet.");
    if (m_owner->currentData().toString().isEmpty())
        return tr("Choose the key's owner.");
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the key a name.");
    if (name.size() > NameMaximum)
        return tr("The name is too long (at most %1 characters).").arg(NameMaximum);
    if (m_policy.maxBudget && m_budget->value() > *m_policy.maxBudget)
        return tr("The budget may be at most %1.").arg(locale.toString(*m_policy.maxBudget, 'f', 2));
    if (m_policy.maxExpiryDays && m_expiryDays->value() > *m_policy.maxExpiryDays)
        return tr("A key may live at most %n day(s).", nullptr, int(*m_policy.maxExpiryDays));
    if (m_policy.maxRpm && m_rpm->value() > *m_policy.maxRpm)
        return tr("At most %1 requests per minute.").arg(locale.toString(*m_policy.maxRpm));
    if (m_policy.maxTpm && m_tpm->value() > *m_policy.maxTpm)
        return tr("At most %1 tokens per minute.").arg(locale.toString(*m_policy.maxTpm));
    return {};
}

QJsonObject CreateKeyDialog::body() const
{
    QJsonObject body{{u"name"_s, m_name->text().trimmed()}, {u"userId"_s, m_owner->currentData().toString()}};
    QJsonArray models;
    for (int i = 0; i < m_models->count(); ++i) {
        if (m_models->item(i)->checkState() == Qt::Checked)
            models.append(m_models->item(i)->text());
    }
    if (!models.isEmpty())
        body.insert(u"models"_s, models);
    if (m_budget->value() > 0)
        body.insert(u"maxBudget"_s, QString::number(m_budget->value(), 'f', 2));
    if (const QString period = m_period->currentData().toString(); !period.isEmpty())
        body.insert(u"budgetDuration"_s, period);
    if (m_expiryDays->value() > 0)
        body.insert(u"expiresIn"_s, u"%1d"_s.arg(m_expiryDays->value()));
    if (m_rpm->value() > 0)
        body.insert(u"rpmLimit"_s, m_rpm->value());
    if (m_tpm->value() > 0)
        body.insert(u"tpmLimit"_s, m_tpm->value());
    return body;
}

void CreateKeyDialog::create()
{
    if (isBusy())
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    Client::Reply *reply = m_client->post(u"/api/v1/keys"_s, body());
    m_createReply = reply;
    setBusy(true, tr("Creating the key…"));
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &issued) {
        setBusy(false, QString());
        Q_EMIT created(issued);
        accept();
    });
    connect(reply, &Client::Reply::failed, this,
            [this](const Client::Error &error) { setBusy(false, errorText(error)); });
}

namespace {
/// A limit editor for an existing key: with a policy maximum, 1…maximum; without, 0 means none.
QSpinBox *editLimitSpin(QWidget *parent, std::optional<qint64> maximum, const QJsonValue &current)
{
    auto *spin = new QSpinBox(parent);
    spin->setGroupSeparatorShown(true);
    const int top = int(qMin<qint64>(maximum.value_or(SpinMaximum), SpinMaximum));
    spin->setRange(maximum ? 1 : 0, top);
    const std::optional<qint64> value = Util::wholeNumber(current);
    spin->setValue(value ? int(qMin<qint64>(*value, top)) : (maximum ? top : 0));
    return spin;
}

QJsonValue limitValue(const QSpinBox *spin)
{
    return spin->value() == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(spin->value());
}
} // namespace

EditKeyDialog::EditKeyDialog(Client::ApiClient *client, const QJsonObject &key, const KeyPolicy &policy,
                             QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_key(key)
    , m_policy(policy)
    , m_name(new QLineEdit(key.value("name"_L1).toString(), this))
    , m_rpm(editLimitSpin(this, policy.maxRpm, key.value("rpmLimit"_L1)))
    , m_tpm(editLimitSpin(this, policy.maxTpm, key.value("tpmLimit"_L1)))
    , m_parallel(editLimitSpin(this, policy.maxParallel, key.value("parallelLimit"_L1)))
    , m_budget(new QDoubleSpinBox(this))
    , m_period(new QComboBox(this))
    , m_expiryDays(new QSpinBox(this))
    , m_neverExpires(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    m_name->setMaxLength(NameMaximum);
    m_budget->setDecimals(2);
    m_budget->setGroupSeparatorShown(true);
    m_budget->setRange(policy.maxBudget ? 0.01 : 0, policy.maxBudget.value_or(1e9));
    const std::optional<double> budget = money(key.value("maxBudget"_L1));
    m_budget->setValue(budget ? *budget : policy.maxBudget.value_or(0));
    for (const QString &period : {QString(), u"1d"_s, u"7d"_s, u"1mo"_s})
        m_period->addItem(QString(), period);
    const int period = m_period->findData(key.value("budgetDuration"_L1).toString());
    m_period->setCurrentIndex(period < 0 ? 0 : period);
    // Expiry: 0 keeps the current one; a number of days sets it anew from now.
    m_expiryDays->setRange(0, int(policy.maxExpiryDays.value_or(3650)));
    const bool never = key.value("expiresAt"_L1).isNull() || key.value("expiresAt"_L1).isUndefined();
    m_neverExpires->setChecked(never);
    m_neverExpires->setEnabled(!policy.maxExpiryDays || never);
    m_expiryDays->setEnabled(!never);
    m_status->setWordWrap(true);

    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_rpm, m_tpm, m_parallel, m_budget,
                                                           m_period, m_expiryDays, m_neverExpires})
        m_form->addRow(QString(), field);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // What the editors show before any change: only differences from it are sent.
    m_shown = QJsonObject{{u"name"_s, m_name->text().trimmed()},
                          {u"rpmLimit"_s, limitValue(m_rpm)},
                          {u"tpmLimit"_s, limitValue(m_tpm)},
                          {u"parallelLimit"_s, limitValue(m_parallel)},
                          {u"maxBudget"_s, m_budget->value() > 0
                                               ? QJsonValue(QString::number(m_budget->value(), 'f', 2))
                                               : QJsonValue(QJsonValue::Null)},
                          {u"budgetDuration"_s, period > 0 ? QJsonValue(m_period->currentData().toString())
                                                           : QJsonValue(QJsonValue::Null)}};

    connect(m_neverExpires, &QCheckBox::toggled, m_expiryDays,
            [this](bool on) { m_expiryDays->setEnabled(!on); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EditKeyDialog::save);
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void EditKeyDialog::retranslate()
{
    const QLocale locale;
    const QString name = m_key.value("name"_L1).toString();
    setWindowTitle(tr("Edit key “%1”").arg(name));
    setAccessibleName(tr("Edit API key"));
    setRowLabel(m_form, m_name, tr("&Name:"));
    setRowLabel(m_form, m_rpm, tr("Requests/min:"));
    setRowLabel(m_form, m_tpm, tr("Tokens/min:"));
    setRowLabel(m_form, m_parallel, tr("&Parallel:"));
    setRowLabel(m_form, m_budget, tr("Max &budget:"));
    setRowLabel(m_form, m_period, tr("Budget &resets:"));
    setRowLabel(m_form, m_expiryDays, tr("&Expires in:"));
    m_name->setAccessibleName(tr("Key name"));
    m_rpm->setAccessibleName(tr("Requests per minute"));
    m_tpm->setAccessibleName(tr("Tokens per minute"));
    m_parallel->setAccessibleName(tr("Parallel requests"));
    const QList<std::pair<QSpinBox *, std::optional<qint64>>> limits{
        {m_rpm, m_policy.maxRpm}, {m_tpm, m_policy.maxTpm}, {m_parallel, m_policy.maxParallel}};
    for (const auto &[spin, maximum] : limits) {
        spin->setSpecialValueText(maximum ? QString() : tr("no limit"));
        spin->setToolTip(maximum ? tr("At most %1 (key policy).").arg(locale.toString(*maximum)) : QString());
    }
    m_budget->setAccessibleName(tr("Maximum budget"));
    m_budget->setSpecialValueText(m_policy.maxBudget ? QString() : tr("no budget"));
    m_budget->setToolTip(
        m_policy.maxBudget ? tr("At most %1 (key policy).").arg(locale.toString(*m_policy.maxBudget, 'f', 2))
                           : QString());
    m_period->setAccessibleName(tr("Budget period"));
    const QStringList periods{tr("never resets"), tr("daily"), tr("weekly"), tr("monthly")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods.at(i));
    const QDateTime expires =
        QDateTime::fromString(m_key.value("expiresAt"_L1).toString(), Qt::ISODateWithMs).toLocalTime();
    m_expiryDays->setAccessibleName(tr("Expires in days"));
    m_expiryDays->setSuffix(tr(" days"));
    m_expiryDays->setSpecialValueText(
        expires.isValid() ? tr("unchanged (%1)").arg(locale.toString(expires, QLocale::ShortFormat))
                          : tr("unchanged"));
    m_expiryDays->setToolTip(m_policy.maxExpiryDays ? tr("Days from now; at most %n (key policy).", nullptr,
                                                         int(*m_policy.maxExpiryDays))
                                                    : tr("Days from now."));
    m_neverExpires->setText(tr("Ne&ver expires"));
    m_neverExpires->setAccessibleName(tr("Never expires"));
    m_neverExpires->setToolTip(m_policy.maxExpiryDays
                                   ? tr("The key policy wants every key to expire within %n day(s).", nullptr,
                                        int(*m_policy.maxExpiryDays))
                                   : QString());
    m_status->setAccessibleName(tr("Dialog status"));
    m_save->setText(tr("&Save changes"));
    m_save->setAccessibleName(tr("Save key"));
}

bool EditKeyDialog::isBusy() const
{
    return m_saveReply && !m_saveReply->isFinished();
}

QJsonObject EditKeyDialog::changes() const
{
    const QJsonObject now{{u"name"_s, m_name->text().trimmed()},
                          {u"rpmLimit"_s, limitValue(m_rpm)},
                          {u"tpmLimit"_s, limitValue(m_tpm)},
                          {u"parallelLimit"_s, limitValue(m_parallel)},
                          {u"maxBudget"_s, m_budget->value() > 0
                                               ? QJsonValue(QString::number(m_budget->value(), 'f', 2))
                                               : QJsonValue(QJsonValue::Null)},
                          {u"budgetDuration"_s, m_period->currentData().toString().isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(m_period->currentData().toString())}};
    QJsonObject body;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (it.value() != m_shown.value(it.key()))
            body.insert(it.key(), it.value());
    }
    const bool wasNever = m_key.value("expiresAt"_L1).isNull() || m_key.value("expiresAt"_L1).isUndefined();
    if (m_neverExpires->isChecked()) {
        if (!wasNever)
            body.insert(u"expiresAt"_s, QJsonValue::Null);
    } else if (m_expiryDays->value() > 0) {
        body.insert(u"expiresIn"_s, u"%1d"_s.arg(m_expiryDays->value()));
    }
    return body;
}

QString EditKeyDialog::validate() const
{
    const QLocale locale;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the key a name.");
    if (name.size() > NameMaximum)
        return tr("The name is too long (at most %1 characters).").arg(NameMaximum);
    if (m_policy.maxRpm && m_rpm->value() > *m_policy.maxRpm)
        return tr("At most %1 requests per minute.").arg(locale.toString(*m_policy.maxRpm));
    if (m_policy.maxTpm && m_tpm->value() > *m_policy.maxTpm)
        return tr("At most %1 tokens per minute.").arg(locale.toString(*m_policy.maxTpm));
    if (m_policy.maxBudget && m_budget->value() > *m_policy.maxBudget)
        return tr("The budget may be at most %1.").arg(locale.toString(*m_policy.maxBudget, 'f', 2));
    if (m_policy.maxExpiryDays && m_expiryDays->value() > *m_policy.maxExpiryDays)
        return tr("A key may live at most %n day(s).", nullptr, int(*m_policy.maxExpiryDays));
    if (changes().isEmpty())
        return tr("Nothing has changed.");
    return {};
}

void EditKeyDialog::setBusy(bool busy, const QString &text)
{
    m_save->setEnabled(!busy);
    m_status->setText(text);
}

void EditKeyDialog::save()
{
    if (isBusy())
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    Client::Reply *reply = m_client->updateKey(m_key.value("id"_L1).toString(),
                                               m_key.value("version"_L1).toInteger(), changes());
    m_saveReply = reply;
    setBusy(true, tr("Saving the key…"));
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &key) {
        setBusy(false, QString());
        Q_EMIT saved(key);
        accept();
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        setBusy(false, error.status == 412 || error.code == u"version_mismatch"_s
                           ? tr("Someone changed this key after you opened it, so nothing was saved. "
                                "Close this dialog and open it again to see the current values.")
                           : errorText(error));
    });
}

RotateKeyDialog::RotateKeyDialog(const QString &keyName, const KeyPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_keyName(keyName)
    , m_grace(new QComboBox(this))
    , m_text(new QLabel(this))
    , m_form(new QFormLayout)
{
    m_text->setWordWrap(true);
    for (const QString &value : {QString(), u"15m"_s, u"1h"_s, u"24h"_s}) {
        if (durationSeconds(value).value_or(0) <= policy.maxGraceSeconds)
            m_grace->addItem(QString(), value);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_rotate = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_form->addRow(QString(), m_grace);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void RotateKeyDialog::retranslate()
{
    setWindowTitle(tr("Rotate key"));
    m_text->setText(tr("A new secret replaces the secret of “%1”. Spend, limits and budget stay. "
                       "How long may the old secret keep working?")
                        .arg(m_keyName));
    m_grace->setAccessibleName(tr("Grace period"));
    const QHash<QString, QString> choices{{QString(), tr("Not at all: refuse it at once")},
                                          {u"15m"_s, tr("15 minutes")},
                                          {u"1h"_s, tr("1 hour")},
                                          {u"24h"_s, tr("24 hours")}};
    for (int i = 0; i < m_grace->count(); ++i)
        m_grace->setItemText(i, choices.value(m_grace->itemData(i).toString()));
    m_rotate->setText(tr("&Rotate"));
    m_rotate->setAccessibleName(tr("Rotate key"));
    setRowLabel(m_form, m_grace, tr("Old secret works:"));
}

QString RotateKeyDialog::gracePeriod() const
{
    return m_grace->currentData().toString();
}

SecretDialog::SecretDialog(Kind kind, const QString &keyName, const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_keyName(keyName)
    , m_secret(new QLineEdit(secret, this))
    , m_copied(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_warning(new QLabel(this))
{
    m_intro->setTextFormat(Qt::PlainText);
    m_secret->setReadOnly(true);
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    m_secret->selectAll();
    m_warning->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copy->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_warning);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    connect(m_copy, &QPushButton::clicked, this, &SecretDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void SecretDialog::retranslate()
{
    const QString title = m_kind == Kind::Created ? tr("New API key") : tr("Rotated API key");
    setWindowTitle(title);
    setAccessibleName(title);
    m_intro->setText(tr("The secret of “%1”:").arg(m_keyName));
    m_secret->setAccessibleName(tr("Secret"));
    m_warning->setText(tr("<b>Copy it now: you will not see this secret again.</b> Tollgate keeps only "
                          "a hash of it; if it is lost, rotate the key."));
    m_warning->setAccessibleName(tr("Warning"));
    m_copied->setAccessibleName(tr("Copy status"));
    if (!m_copied->text().isEmpty())
        m_copied->setText(tr("Copied to the clipboard."));
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy secret"));
}

QString SecretDialog::secret() const
{
    return m_secret->text();
}

void SecretDialog::copy()
{
    QApplication::clipboard()->setText(m_secret->text());
    m_copied->setText(tr("Copied to the clipboard."));
}

} // namespace Tollgate::Ui
