// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bannerspage.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
constexpr int MaxText = 2000;
enum Column { StateColumn, VariantColumn, TextColumn, LanguagesColumn, DismissibleColumn, UpdatedColumn, ColumnCount };

QString variantTitle(const QString &variant)
{
    if (variant == u"info"_s)
        return BannersPage::tr("Information");
    if (variant == u"warning"_s)
        return BannersPage::tr("Warning");
    if (variant == u"danger"_s)
        return BannersPage::tr("Danger");
    if (variant == u"success"_s)
        return BannersPage::tr("Success");
    if (variant == u"default"_s)
        return BannersPage::tr("Plain");
    return variant;
}

QString languageTitle(const QString &lang)
{
    const QLocale locale(lang);
    // "en" alone would read "American English".
    const QString native = lang == u"en"_s ? u"English"_s
                           : locale.language() == QLocale::C ? QString()
                                                             : locale.nativeLanguageName();
    return native.isEmpty() ? lang : u"%1 (%2)"_s.arg(native, lang);
}

QString shortTime(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

bool validLanguage(const QString &lang)
{
    static const QRegularExpression tag(u"^[a-z]{2,3}(-[a-z0-9]{2,8})?$"_s);
    return tag.match(lang).hasMatch();
}
} // namespace

BannersPage::BannersPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_new(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_editor(new QGroupBox(this))
    , m_heading(new QLabel(m_editor))
    , m_variant(new QComboBox(m_editor))
    , m_dismissible(new QCheckBox(m_editor))
    , m_textsBox(new QWidget(m_editor))
    , m_textsLayout(new QGridLayout(m_textsBox))
    , m_newLanguage(new QComboBox(m_editor))
    , m_addLanguage(new QPushButton(m_editor))
    , m_schedule(new QLabel(m_editor))
    , m_save(new QPushButton(m_editor))
    , m_toggle(new QPushButton(m_editor))
    , m_delete(new QPushButton(m_editor))
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_textsGroup(new QGroupBox(m_editor))
    , m_textsNote(new QLabel(m_textsGroup))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addStretch();
    listButtons->addWidget(m_reload);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    m_heading->setTextFormat(Qt::RichText);
    for (const QString &v : {u"info"_s, u"warning"_s, u"danger"_s, u"success"_s, u"default"_s})
        m_variant->addItem(variantTitle(v), v);
    m_textsLayout->setContentsMargins(0, 0, 0, 0);
    m_textsLayout->setColumnStretch(1, 1);
    m_newLanguage->setEditable(true);
    m_schedule->setWordWrap(true);
    m_schedule->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form->addRow(QString(), m_variant);
    m_form->addRow(QString(), m_dismissible);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newLanguage, 1);
    addRow->addWidget(m_addLanguage);
    m_textsNote->setWordWrap(true);
    m_textsNote->setForegroundRole(QPalette::PlaceholderText);
    auto *textsLayout = new QVBoxLayout(m_textsGroup);
    textsLayout->addWidget(m_textsNote);
    textsLayout->addWidget(m_textsBox);
    textsLayout->addLayout(addRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(m_heading);
    editorLayout->addLayout(m_form);
    editorLayout->addWidget(m_textsGroup);
    editorLayout->addWidget(m_schedule);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch();
    m_editor->setMinimumWidth(320);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({440, 500});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    setTabOrder(m_new, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_variant);

    connect(m_new, &QPushButton::clicked, this, &BannersPage::newBanner);
    connect(m_reload, &QPushButton::clicked, this, &BannersPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BannersPage::showSelection);
    connect(m_addLanguage, &QPushButton::clicked, this, [this] {
        const QString lang = m_newLanguage->currentText().trimmed().toLower();
        if (!validLanguage(lang)) {
            m_status->setText(tr("“%1” is not a language tag (like fr or pt-br).").arg(lang));
            return;
        }
        if (addLanguage(lang)) {
            m_newLanguage->setCurrentText(QString());
            textEdit(lang)->setFocus();
        }
    });
    connect(m_newLanguage->lineEdit(), &QLineEdit::returnPressed, m_addLanguage, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, &BannersPage::saveBanner);
    connect(m_toggle, &QPushButton::clicked, this, &BannersPage::toggleActive);
    connect(m_delete, &QPushButton::clicked, this, &BannersPage::requestDelete);
    connect(m_variant, &QComboBox::currentIndexChanged, this, &BannersPage::updateControls);
    connect(m_dismissible, &QCheckBox::toggled, this, &BannersPage::updateControls);
    newBanner();
    retranslate();
}

void BannersPage::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Variant"), tr("Text (English)"), tr("Languages"),
                                        tr("Dismissible"), tr("Changed")});
    setRowLabel(m_form, m_variant, tr("&Variant:"));
    m_textsGroup->setTitle(tr("Text per language"));
    m_textsNote->setText(tr("English is required: users whose language has no text see it."));
    for (int i = 0; i < m_variant->count(); ++i)
        m_variant->setItemText(i, variantTitle(m_variant->itemData(i).toString()));
    for (const TextRow &row : std::as_const(m_texts))
        setRowTexts(row);
    setListTexts();
    if (m_total >= 0)
        m_count->setText(tr("%n banner(s)", nullptr, int(m_total)));
    updateEditorTexts();
    m_new->setText(tr("&New banner"));
    m_reload->setText(tr("&Reload"));
    m_editor->setTitle(tr("Banner"));
    m_dismissible->setText(tr("Users may &dismiss it"));
    m_addLanguage->setText(tr("Add &language"));
    m_save->setText(tr("&Save banner"));
    m_toggle->setText(tr("&Activate"));
    m_delete->setText(tr("Dele&te…"));
    m_table->setAccessibleName(tr("Banners"));
    m_new->setAccessibleName(tr("New banner"));
    m_reload->setAccessibleName(tr("Reload banners"));
    m_count->setAccessibleName(tr("Number of banners"));
    m_heading->setAccessibleName(tr("Banner being edited"));
    m_variant->setAccessibleName(tr("Variant"));
    m_dismissible->setAccessibleName(tr("Dismissible"));
    m_newLanguage->setAccessibleName(tr("Language to add"));
    m_newLanguage->setToolTip(tr("A language tag such as fr, de or pt-br."));
    m_addLanguage->setAccessibleName(tr("Add language"));
    m_schedule->setAccessibleName(tr("Schedule"));
    m_save->setAccessibleName(tr("Save banner"));
    m_toggle->setAccessibleName(tr("Activate or deactivate banner"));
    m_delete->setAccessibleName(tr("Delete banner"));
    m_status->setAccessibleName(tr("Banner status"));
}

void BannersPage::activate()
{
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
    updateControls();
}

void BannersPage::reload()
{
    ++m_busy;
    updateControls();
    m_count->setText(tr("Loading banners…"));
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"200"_s);
    Client::Reply *reply = client()->get(u"/api/v1/banners"_s, query);
    connect(reply, &Client::Reply::finished, this, &BannersPage::showList);
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        m_count->setText(tr("The banners could not be loaded: %1").arg(errorText(error)));
        Q_EMIT problem(errorText(error));
    });
    connect(reply, &Client::Reply::done, this, [this] {
        --m_busy;
        updateControls();
    });
}

void BannersPage::showList(const QJsonObject &page)
{
    const QString keep = currentId();
    m_banners.clear();
    for (const QJsonValue &v : page.value("items"_L1).toArray())
        m_banners.append(v.toObject());
    m_filling = true;
    m_table->setRowCount(int(m_banners.size()));
    int selectRow = -1;
    for (int row = 0; row < m_banners.size(); ++row) {
        const QJsonObject &b = m_banners.at(row);
        const QJsonObject texts = b.value("texts"_L1).toObject();
        const bool active = b.value("active"_L1).toBool();
        auto *state = new QTableWidgetItem;
        if (active) {
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
        }
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, VariantColumn, new QTableWidgetItem);
        auto *text = new QTableWidgetItem(texts.value("en"_L1).toString());
        text->setToolTip(texts.value("en"_L1).toString());
        m_table->setItem(row, TextColumn, text);
        m_table->setItem(row, LanguagesColumn, new QTableWidgetItem(texts.keys().join(u", "_s)));
        m_table->setItem(row, DismissibleColumn, new QTableWidgetItem);
        m_table->setItem(row, UpdatedColumn, new QTableWidgetItem(shortTime(b.value("updatedAt"_L1))));
        if (b.value("id"_L1).toString() == keep)
            selectRow = row;
    }
    setListTexts();
    m_table->resizeColumnToContents(StateColumn);
    m_table->resizeColumnToContents(VariantColumn);
    m_table->resizeColumnToContents(LanguagesColumn);
    m_table->resizeColumnToContents(DismissibleColumn);
    m_table->resizeColumnToContents(UpdatedColumn);
    m_filling = false;
    m_total = page.value("total"_L1).toInteger(m_banners.size());
    m_count->setText(tr("%n banner(s)", nullptr, int(m_total)));
    // On the first load, open the newest banner rather than an empty editor (unless typing began).
    const QLineEdit *english = textEdit(u"en"_s);
    if (selectRow < 0 && keep.isEmpty() && !m_listedOnce && !m_banners.isEmpty() && m_texts.size() == 1 &&
        english && english->text().isEmpty())
        selectRow = 0;
    m_listedOnce = true;
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
        showBanner(m_banners.at(selectRow));
    } else if (!keep.isEmpty()) {
        newBanner(); // it was deleted meanwhile
    }
}

bool BannersPage::selectBanner(const QString &id)
{
    for (int row = 0; row < m_banners.size(); ++row) {
        if (m_banners.at(row).value("id"_L1).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void BannersPage::showSelection()
{
    if (m_filling)
        return;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    if (row >= 0 && row < m_banners.size())
        showBanner(m_banners.at(row));
}

void BannersPage::newBanner()
{
    m_filling = true;
    m_table->clearSelection();
    m_filling = false;
    showBanner({});
    if (canWrite() && isVisible())
        textEdit(u"en"_s)->setFocus();
}

void BannersPage::showBanner(const QJsonObject &banner)
{
    m_current = banner;
    const int variant = m_variant->findData(banner.value("variant"_L1).toString(u"info"_s));
    m_variant->setCurrentIndex(variant < 0 ? 0 : variant);
    m_dismissible->setChecked(banner.value("dismissible"_L1).toBool(true));
    clearTexts();
    const QJsonObject texts = banner.value("texts"_L1).toObject();
    addLanguage(u"en"_s);
    textEdit(u"en"_s)->setText(texts.value("en"_L1).toString());
    textEdit(u"en"_s)->setCursorPosition(0);
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (it.key() == u"en"_s)
            continue;
        addLanguage(it.key());
        textEdit(it.key())->setText(it.value().toString());
        textEdit(it.key())->setCursorPosition(0);
    }
    // Scheduling (startsAt/endsAt) is shown when the server offers it; editing it comes with the API.
    updateEditorTexts();
    updateControls();
}

void BannersPage::updateEditorTexts()
{
    const QJsonObject &banner = m_current;
    const bool isNew = currentId().isEmpty();
    m_heading->setText(isNew ? tr("<b>New banner</b> (created inactive)")
                             : (banner.value("active"_L1).toBool() ? tr("<b>Active banner</b>")
                                                                   : tr("<b>Inactive banner</b>")));
    const QString starts = shortTime(banner.value("startsAt"_L1));
    const QString ends = shortTime(banner.value("endsAt"_L1));
    m_schedule->setVisible(!starts.isEmpty() || !ends.isEmpty());
    m_schedule->setText(tr("Shown from %1 until %2.")
                            .arg(starts.isEmpty() ? tr("now") : starts, ends.isEmpty() ? tr("further notice") : ends));
    m_toggle->setText(banner.value("active"_L1).toBool() ? tr("De&activate") : tr("&Activate"));
}

void BannersPage::clearTexts()
{
    for (const TextRow &row : std::as_const(m_texts)) {
        delete row.label;
        delete row.edit;
        delete row.remove;
    }
    m_texts.clear();
    m_newLanguage->clear();
    for (const QString &lang : {u"fr"_s, u"de"_s, u"es"_s, u"ja"_s, u"it"_s, u"pt"_s, u"nl"_s, u"zh"_s})
        m_newLanguage->addItem(languageTitle(lang), lang);
    m_newLanguage->setCurrentText(QString());
}

void BannersPage::setRowTexts(const TextRow &row)
{
    row.label->setText(languageTitle(row.lang) + u':');
    row.edit->setAccessibleName(tr("Text in %1").arg(languageTitle(row.lang)));
    if (row.remove) {
        row.remove->setText(tr("Remove"));
        row.remove->setAccessibleName(tr("Remove %1").arg(languageTitle(row.lang)));
    }
}

void BannersPage::setListTexts()
{
    for (int row = 0; row < m_banners.size() && row < m_table->rowCount(); ++row) {
        const QJsonObject &b = m_banners.at(row);
        if (QTableWidgetItem *state = m_table->item(row, StateColumn))
            state->setText(b.value("active"_L1).toBool() ? tr("Active") : tr("Inactive"));
        if (QTableWidgetItem *variant = m_table->item(row, VariantColumn))
            variant->setText(variantTitle(b.value("variant"_L1).toString()));
        if (QTableWidgetItem *dismissible = m_table->item(row, DismissibleColumn))
            dismissible->setText(b.value("dismissible"_L1).toBool() ? tr("yes") : tr("no"));
    }
}

QLineEdit *BannersPage::textEdit(const QString &lang) const
{
    for (const TextRow &row : m_texts) {
        if (row.lang == lang)
            return row.edit;
    }
    return nullptr;
}

bool BannersPage::addLanguage(const QString &tag)
{
    // The combo box shows "Français (fr)": take the tag in parentheses when there is one.
    QString lang = tag.trimmed().toLower();
    const int open = lang.lastIndexOf(u'(');
    if (open >= 0 && lang.endsWith(u')'))
        lang = lang.mid(open + 1).chopped(1);
    if (!validLanguage(lang) || textEdit(lang))
        return false;
    TextRow row;
    row.lang = lang;
    row.label = new QLabel(m_textsBox);
    row.edit = new QLineEdit(m_textsBox);
    row.edit->setMaxLength(MaxText);
    row.label->setBuddy(row.edit);
    const int line = int(m_texts.size());
    m_textsLayout->addWidget(row.label, line, 0);
    m_textsLayout->addWidget(row.edit, line, 1);
    if (lang != u"en"_s) {
        row.remove = new QPushButton(m_textsBox);
        m_textsLayout->addWidget(row.remove, line, 2);
        connect(row.remove, &QPushButton::clicked, this, [this, lang] { removeLanguage(lang); });
    }
    connect(row.edit, &QLineEdit::textChanged, this, &BannersPage::updateControls);
    setRowTexts(row);
    m_texts.append(row);
    const int known = m_newLanguage->findData(lang);
    if (known >= 0)
        m_newLanguage->removeItem(known);
    updateControls();
    return true;
}

void BannersPage::removeLanguage(const QString &lang)
{
    // Rebuild the rows without it, keeping what was typed.
    QList<std::pair<QString, QString>> kept;
    for (const TextRow &row : std::as_const(m_texts)) {
        if (row.lang != lang)
            kept.append({row.lang, row.edit->text()});
    }
    clearTexts();
    for (const auto &[l, text] : kept) {
        addLanguage(l);
        textEdit(l)->setText(text);
    }
}

void BannersPage::saveBanner()
{
    if (!canWrite() || isBusy())
        return;
    QJsonObject texts;
    for (const TextRow &row : std::as_const(m_texts)) {
        const QString text = row.edit->text().trimmed();
        if (!text.isEmpty())
            texts.insert(row.lang, text);
    }
    if (!texts.contains("en"_L1)) {
        m_status->setText(tr("Write the English text first: it is shown to everyone whose language has none."));
        textEdit(u"en"_s)->setFocus();
        return;
    }
    const QJsonObject body{{u"texts"_s, texts},
                           {u"variant"_s, m_variant->currentData().toString()},
                           {u"dismissible"_s, m_dismissible->isChecked()}};
    const bool isNew = currentId().isEmpty();
    Client::Reply *reply =
        isNew ? client()->post(u"/api/v1/banners"_s, body)
              : client()->patch(u"/api/v1/banners/"_s + currentId(), body,
                                m_current.value("version"_L1).toInteger());
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &banner) { m_current = banner; });
    track(reply, isNew ? tr("Banner created (inactive).") : tr("Banner saved."), true);
}

void BannersPage::toggleActive()
{
    if (!canWrite() || isBusy() || currentId().isEmpty())
        return;
    const bool active = m_current.value("active"_L1).toBool();
    Client::Reply *reply = client()->post(
        u"/api/v1/banners/%1/%2"_s.arg(currentId(), active ? u"deactivate"_s : u"activate"_s), {});
    connect(reply, &Client::Reply::finished, this, [this](const QJsonObject &banner) { m_current = banner; });
    track(reply,
          active ? tr("Banner deactivated.") : tr("Banner activated; any other active banner was deactivated."),
          true);
}

void BannersPage::requestDelete()
{
    if (!canWrite() || isBusy() || currentId().isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete banner"),
                                tr("Delete this banner with all its texts? This cannot be undone."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString id = currentId();
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes && id == currentId())
            deleteCurrent();
    });
    box->open();
}

void BannersPage::deleteCurrent()
{
    Client::Reply *reply = client()->remove(u"/api/v1/banners/"_s + currentId());
    connect(reply, &Client::Reply::finished, this, [this] { newBanner(); });
    track(reply, tr("Banner deleted."), true);
}

void BannersPage::track(Client::Reply *reply, const QString &doneText, bool reloadAfter)
{
    ++m_busy;
    m_status->setText(tr("Saving…"));
    updateControls();
    connect(reply, &Client::Reply::finished, this, [this, doneText, reloadAfter] {
        m_status->setText(doneText);
        if (reloadAfter)
            reload();
    });
    connect(reply, &Client::Reply::failed, this, &BannersPage::failed);
    connect(reply, &Client::Reply::done, this, [this] {
        --m_busy;
        updateControls();
    });
}

void BannersPage::failed(const Client::Error &error)
{
    if (error.status == 412 || error.code == u"version_mismatch"_s)
        m_status->setText(tr("Another admin changed this banner after you opened it, so it was not saved. "
                             "Reload to see their version, then make your change again."));
    else
        m_status->setText(errorText(error));
    Q_EMIT problem(m_status->text());
}

void BannersPage::updateControls()
{
    const bool writable = canWrite();
    const bool idle = m_busy == 0;
    const QString why = writable ? QString() : tr("Your role (read-only admin) can see banners but not change them.");
    const bool exists = !currentId().isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_variant, m_dismissible, m_newLanguage, m_addLanguage}) {
        w->setEnabled(writable);
        w->setToolTip(why);
    }
    for (const TextRow &row : std::as_const(m_texts)) {
        row.edit->setReadOnly(!writable);
        row.edit->setToolTip(why);
        if (row.remove) {
            row.remove->setEnabled(writable);
            row.remove->setToolTip(why);
        }
    }
    const QLineEdit *english = textEdit(u"en"_s);
    const bool hasEnglish = english && !english->text().trimmed().isEmpty();
    m_new->setEnabled(writable);
    m_new->setToolTip(why);
    m_save->setEnabled(writable && idle && hasEnglish);
    m_save->setToolTip(writable ? (hasEnglish ? QString() : tr("The English text is required.")) : why);
    m_toggle->setEnabled(writable && idle && exists);
    m_toggle->setToolTip(writable ? (exists ? QString() : tr("Save the banner first.")) : why);
    m_delete->setEnabled(writable && idle && exists);
    m_delete->setToolTip(writable ? QString() : why);
    m_reload->setEnabled(idle);
}

} // namespace Tollgate::Ui
