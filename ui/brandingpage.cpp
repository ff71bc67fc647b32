// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/brandingpage.h"

#include "gateway-core/client/apiclient.h"
#include "ui/errortext.h"
#include "ui/loginpreview.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
constexpr int MaxTitle = 200;
constexpr int MaxSubtitle = 500;
constexpr int MaxFooter = 2000;
constexpr int ThumbnailHeight = 40;
constexpr int LoginLogoHeight = 64;
constexpr int HeaderLogoHeight = 20;

QString slotTitle(const QString &slot)
{
    if (slot == u"loginLogo"_s)
        return BrandingPage::tr("Login logo");
    if (slot == u"headerLogoLight"_s)
        return BrandingPage::tr("Header logo (light)");
    return BrandingPage::tr("Header logo (dark)");
}

QString imagePath(const QString &slot)
{
    return u"/api/v1/branding/images/"_s + slot;
}
} // namespace

QStringList BrandingPage::slotNames()
{
    return {u"loginLogo"_s, u"headerLogoLight"_s, u"headerLogoDark"_s};
}

QByteArray BrandingPage::imageType(const QByteArray &data, QString *problem)
{
    if (data.isEmpty()) {
        *problem = tr("The file is empty.");
        return {};
    }
    if (data.size() > MaxImageBytes) {
        *problem = tr("The file has %1; the server takes images of at most 2 MB.")
                       .arg(QLocale().formattedDataSize(data.size()));
        return {};
    }
    QByteArray type;
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        type = "image/png";
    else if (data.startsWith("\xff\xd8\xff"))
        type = "image/jpeg";
    else if (data.left(4096).contains("<svg"))
        type = "image/svg+xml";
    if (type.isEmpty()) {
        *problem = tr("This is not a PNG, JPEG or SVG image.");
        return {};
    }
    if (LoginPreview::pixmapFrom(data, ThumbnailHeight).isNull()) {
        *problem = tr("The image cannot be read; the file may be damaged.");
        return {};
    }
    return type;
}

BrandingPage::BrandingPage(Client::ApiClient *client, QWidget *parent)
    : Page(client, parent)
    , m_titleEdit(new QLineEdit(this))
    , m_subtitleEdit(new QLineEdit(this))
    , m_footerEdit(new QPlainTextEdit(this))
    , m_lightPreview(new LoginPreview(LoginPreview::Scheme::Light, this))
    , m_darkPreview(new LoginPreview(LoginPreview::Scheme::Dark, this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_texts(new QGroupBox(this))
    , m_textForm(new QFormLayout(m_texts))
    , m_images(new QGroupBox(this))
    , m_imageNote(new QLabel(m_images))
    , m_previews(new QGroupBox(this))
    , m_lightLabel(new QLabel(m_previews))
    , m_darkLabel(new QLabel(m_previews))
{
    m_titleEdit->setMaxLength(MaxTitle);
    m_titleEdit->setPlaceholderText(u"Tollgate"_s);
    m_subtitleEdit->setMaxLength(MaxSubtitle);
    m_footerEdit->setTabChangesFocus(true);
    m_footerEdit->setMaximumHeight(m_footerEdit->fontMetrics().height() * 5);
    m_textForm->addRow(QString(), m_titleEdit);
    m_textForm->addRow(QString(), m_subtitleEdit);
    m_textForm->addRow(QString(), m_footerEdit);

    auto *images = m_images;
    auto *imageGrid = new QGridLayout(images);
    const QStringList names = slotNames();
    for (int i = 0; i < names.size(); ++i) {
        ImageSlot slot;
        slot.name = names.at(i);
        slot.thumbnail = new QLabel(images);
        slot.thumbnail->setMinimumSize(ThumbnailHeight * 2, ThumbnailHeight);
        slot.thumbnail->setAlignment(Qt::AlignCenter);
        slot.thumbnail->setFrameShape(QFrame::StyledPanel);
        slot.info = new QLabel(images);
        slot.info->setWordWrap(true);
        slot.choose = new QPushButton(images);
        slot.remove = new QPushButton(images);
        slot.label = new QLabel(images);
        imageGrid->addWidget(slot.label, i, 0);
        imageGrid->addWidget(slot.thumbnail, i, 1);
        imageGrid->addWidget(slot.info, i, 2);
        imageGrid->addWidget(slot.choose, i, 3);
        imageGrid->addWidget(slot.remove, i, 4);
        connect(slot.choose, &QPushButton::clicked, this, [this, i] { chooseFile(i); });
        connect(slot.remove, &QPushButton::clicked, this, [this, i] { removeImage(m_slots.at(i).name); });
        m_slots.append(slot);
    }
    imageGrid->setColumnStretch(2, 1);
    m_imageNote->setWordWrap(true);
    m_imageNote->setForegroundRole(QPalette::PlaceholderText);
    imageGrid->addWidget(m_imageNote, int(names.size()), 0, 1, 5);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_texts);
    editorLayout->addWidget(m_images);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch();

    auto *previewLayout = new QHBoxLayout(m_previews);
    auto *lightColumn = new QVBoxLayout;
    lightColumn->addWidget(m_lightLabel);
    lightColumn->addWidget(m_lightPreview, 1);
    auto *darkColumn = new QVBoxLayout;
    darkColumn->addWidget(m_darkLabel);
    darkColumn->addWidget(m_darkPreview, 1);
    previewLayout->addLayout(lightColumn);
    previewLayout->addLayout(darkColumn);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(editor);
    bodyLayout->addWidget(m_previews, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading());
    layout->addWidget(scroll, 1);

    setTabOrder(m_titleEdit, m_subtitleEdit);
    setTabOrder(m_subtitleEdit, m_footerEdit);
    QWidget *previous = m_footerEdit;
    for (const ImageSlot &slot : std::as_const(m_slots)) {
        setTabOrder(previous, slot.choose);
        setTabOrder(slot.choose, slot.remove);
        previous = slot.remove;
    }
    setTabOrder(previous, m_revert);
    setTabOrder(m_revert, m_save);

    const auto edited = [this] {
        if (m_filling)
            return;
        updatePreview();
        updateControls();
    };
    connect(m_titleEdit, &QLineEdit::textChanged, this, edited);
    connect(m_subtitleEdit, &QLineEdit::textChanged, this, edited);
    connect(m_footerEdit, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (m_footerEdit->toPlainText().size() > MaxFooter) {
            QTextCursor cursor = m_footerEdit->textCursor();
            m_footerEdit->setPlainText(m_footerEdit->toPlainText().left(MaxFooter));
            cursor.movePosition(QTextCursor::End);
            m_footerEdit->setTextCursor(cursor);
            return;
        }
        edited();
    });
    connect(m_save, &QPushButton::clicked, this, &BrandingPage::save);
    connect(m_revert, &QPushButton::clicked, this, &BrandingPage::reload);
    updatePreview();
    retranslate();
}

void BrandingPage::retranslate()
{
    m_titleEdit->setAccessibleName(tr("Title"));
    m_subtitleEdit->setAccessibleName(tr("Subtitle"));
    m_footerEdit->setAccessibleName(tr("Footer"));
    m_footerEdit->setToolTip(tr("At most %1 characters.").arg(MaxFooter));
    m_texts->setTitle(tr("Texts"));
    setRowLabel(m_textForm, m_titleEdit, tr("&Title:"));
    setRowLabel(m_textForm, m_subtitleEdit, tr("S&ubtitle:"));
    setRowLabel(m_textForm, m_footerEdit, tr("&Footer:"));
    m_images->setTitle(tr("Logos"));
    for (int i = 0; i < m_slots.size(); ++i) {
        const ImageSlot &slot = m_slots.at(i);
        const QString name = slotTitle(slot.name);
        slot.label->setText(name + u':');
        slot.thumbnail->setAccessibleName(tr("%1 thumbnail").arg(name));
        slot.info->setAccessibleName(tr("%1 status").arg(name));
        slot.choose->setText(tr("Choose…"));
        slot.choose->setAccessibleName(tr("Choose %1").arg(name));
        slot.remove->setText(tr("Remove"));
        slot.remove->setAccessibleName(tr("Remove %1").arg(name));
        updateSlot(i);
    }
    m_imageNote->setText(tr("PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo "
                            "when it has none of its own."));
    m_status->setAccessibleName(tr("Branding status"));
    m_save->setText(tr("&Save branding"));
    m_revert->setText(tr("Re&vert"));
    m_save->setAccessibleName(tr("Save branding"));
    m_revert->setAccessibleName(tr("Revert branding changes"));
    m_previews->setTitle(tr("Preview of the login screen"));
    m_lightLabel->setText(tr("Light"));
    m_darkLabel->setText(tr("Dark"));
    updateControls();
}

void BrandingPage::activate()
{
    if (!m_loadedOnce || (!hasChanges() && !m_busy))
        reload();
    updateControls();
}

int BrandingPage::slotIndex(const QString &name) const
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).name == name)
            return i;
    }
    return -1;
}

bool BrandingPage::hasChanges() const
{
    if (!m_loadedOnce)
        return false;
    if (m_titleEdit->text() != m_loaded.value("title"_L1).toString() ||
        m_subtitleEdit->text() != m_loaded.value("subtitle"_L1).toString() ||
        m_footerEdit->toPlainText() != m_loaded.value("footer"_L1).toString())
        return true;
    for (const ImageSlot &slot : m_slots) {
        if (!slot.pendingBytes.isEmpty() || slot.pendingRemoval)
            return true;
    }
    return false;
}

void BrandingPage::reload()
{
    load({});
}

void BrandingPage::load(const QString &doneText)
{
    setBusy(true);
    m_status->setText(tr("Loading the branding…"));
    Client::Reply *reply = client()->get(u"/api/v1/branding"_s);
    connect(reply, &Client::Reply::finished, this, [this, reply, doneText](const QJsonObject &branding) {
        m_version = reply->version() >= 0 ? reply->version() : branding.value("version"_L1).toInteger();
        showBranding(branding);
        setBusy(false);
        m_status->setText(!doneText.isEmpty() ? doneText
                                              : (m_imagesLoading > 0 ? tr("Loading the logos…") : QString()));
    });
    connect(reply, &Client::Reply::failed, this, [this](const Client::Error &error) {
        setBusy(false);
        m_status->setText(tr("The branding could not be loaded: %1").arg(errorText(error)));
        Q_EMIT problem(errorText(error));
    });
}

void BrandingPage::showBranding(const QJsonObject &branding)
{
    m_loaded = branding;
    m_loadedOnce = true;
    m_filling = true;
    m_titleEdit->setText(branding.value("title"_L1).toString());
    m_subtitleEdit->setText(branding.value("subtitle"_L1).toString());
    m_footerEdit->setPlainText(branding.value("footer"_L1).toString());
    m_filling = false;
    const QJsonObject images = branding.value("images"_L1).toObject();
    for (int i = 0; i < m_slots.size(); ++i) {
        ImageSlot &slot = m_slots[i];
        slot.pendingBytes.clear();
        slot.pendingType.clear();
        slot.pendingRemoval = false;
        const QJsonObject image = images.value(slot.name).toObject();
        if (image.isEmpty()) {
            slot.serverBytes.clear();
            updateSlot(i);
        } else {
            loadImage(i, image.value("url"_L1).toString(imagePath(slot.name)));
        }
    }
    updatePreview();
    updateControls();
}

void BrandingPage::loadImage(int index, const QString &url)
{
    ++m_imagesLoading;
    m_slots[index].info->setText(tr("loading…"));
    Client::Reply *reply = client()->download(url);
    connect(reply, &Client::Reply::finished, this, [this, index, reply] {
        m_slots[index].serverBytes = reply->bytes();
        updateSlot(index);
        updatePreview();
    });
    connect(reply, &Client::Reply::failed, this, [this, index](const Client::Error &error) {
        m_slots[index].serverBytes.clear();
        updateSlot(index);
        m_slots[index].info->setText(tr("The image could not be loaded: %1").arg(errorText(error)));
    });
    connect(reply, &Client::Reply::done, this, [this] {
        if (--m_imagesLoading == 0 && !m_busy && m_status->text() == tr("Loading the logos…"))
            m_status->clear();
    });
}

QByteArray BrandingPage::shownBytes(int index) const
{
    const ImageSlot &slot = m_slots.at(index);
    if (slot.pendingRemoval)
        return {};
    return slot.pendingBytes.isEmpty() ? slot.serverBytes : slot.pendingBytes;
}

void BrandingPage::updateSlot(int index)
{
    ImageSlot &slot = m_slots[index];
    const QByteArray bytes = shownBytes(index);
    slot.thumbnail->setPixmap(bytes.isEmpty() ? QPixmap() : LoginPreview::pixmapFrom(bytes, ThumbnailHeight));
    const QString size = QLocale().formattedDataSize(bytes.size());
    if (slot.pendingRemoval)
        slot.info->setText(tr("Removed when you save."));
    else if (!slot.pendingBytes.isEmpty())
        slot.info->setText(tr("New image (%1), uploaded when you save.").arg(size));
    else if (!slot.serverBytes.isEmpty())
        slot.info->setText(tr("Saved image (%1).").arg(size));
    else
        slot.info->setText(tr("No image."));
    updateControls();
}

void BrandingPage::updatePreview()
{
    for (LoginPreview *preview : {m_lightPreview, m_darkPreview}) {
        preview->setTitle(m_titleEdit->text());
        preview->setSubtitle(m_subtitleEdit->text());
        preview->setFooter(m_footerEdit->toPlainText());
    }
    const QByteArray login = shownBytes(slotIndex(u"loginLogo"_s));
    const QPixmap loginLogo = login.isEmpty() ? QPixmap() : LoginPreview::pixmapFrom(login, LoginLogoHeight);
    m_lightPreview->setLoginLogo(loginLogo);
    m_darkPreview->setLoginLogo(loginLogo);
    const QByteArray light = shownBytes(slotIndex(u"headerLogoLight"_s));
    QByteArray dark = shownBytes(slotIndex(u"headerLogoDark"_s));
    if (dark.isEmpty())
        dark = light;
    m_lightPreview->setHeaderLogo(light.isEmpty() ? QPixmap() : LoginPreview::pixmapFrom(light, HeaderLogoHeight));
    m_darkPreview->setHeaderLogo(dark.isEmpty() ? QPixmap() : LoginPreview::pixmapFrom(dark, HeaderLogoHeight));
}

void BrandingPage::chooseFile(int index)
{
    auto *dialog = new QFileDialog(this, tr("Choose the %1").arg(slotTitle(m_slots.at(index).name).toLower()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Images (*.png *.jpg *.jpeg *.svg)"), tr("All files (*)")});
    const QString name = m_slots.at(index).name;
    connect(dialog, &QFileDialog::fileSelected, this, [this, name](const QString &file) { pickImage(name, file); });
    dialog->open();
}

bool BrandingPage::pickImage(const QString &slotName, const QString &fileName)
{
    const int index = slotIndex(slotName);
    if (index < 0)
        return false;
    ImageSlot &slot = m_slots[index];
    QFile file(fileName);
    const QString shortName = QFileInfo(fileName).fileName();
    if (file.size() > MaxImageBytes) {
        slot.info->setText(tr("%1 has %2; the server takes images of at most 2 MB.")
                               .arg(shortName, QLocale().formattedDataSize(file.size())));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        slot.info->setText(tr("%1 cannot be read: %2").arg(shortName, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    QString problem;
    const QByteArray type = imageType(data, &problem);
    if (type.isEmpty()) {
        slot.info->setText(tr("%1 was not taken: %2").arg(shortName, problem));
        return false;
    }
    slot.pendingBytes = data;
    slot.pendingType = type;
    slot.pendingRemoval = false;
    updateSlot(index);
    updatePreview();
    return true;
}

void BrandingPage::removeImage(const QString &slotName)
{
    const int index = slotIndex(slotName);
    if (index < 0)
        return;
    ImageSlot &slot = m_slots[index];
    slot.pendingBytes.clear();
    slot.pendingType.clear();
    slot.pendingRemoval = !slot.serverBytes.isEmpty();
    updateSlot(index);
    updatePreview();
}

void BrandingPage::save()
{
    if (m_busy || !hasChanges() || !canWrite())
        return;
    m_saveQueue.clear();
    if (m_titleEdit->text() != m_loaded.value("title"_L1).toString() ||
        m_subtitleEdit->text() != m_loaded.value("subtitle"_L1).toString() ||
        m_footerEdit->toPlainText() != m_loaded.value("footer"_L1).toString())
        m_saveQueue.append(-1);
    // Uploads carry the version; removals (DELETE answers 204 without one) come last.
    for (int i = 0; i < m_slots.size(); ++i) {
        if (!m_slots.at(i).pendingBytes.isEmpty())
            m_saveQueue.append(i);
    }
    for (int i = 0; i < m_slots.size(); ++i) {
        if (m_slots.at(i).pendingRemoval)
            m_saveQueue.append(i);
    }
    setBusy(true);
    m_status->setText(tr("Saving…"));
    saveNext();
}

void BrandingPage::saveNext()
{
    if (m_saveQueue.isEmpty()) {
        setBusy(false);
        load(tr("Branding saved."));
        return;
    }
    const int step = m_saveQueue.takeFirst();
    Client::Reply *reply = nullptr;
    if (step < 0) {
        const QJsonObject body{{u"title"_s, m_titleEdit->text()},
                               {u"subtitle"_s, m_subtitleEdit->text()},
                               {u"footer"_s, m_footerEdit->toPlainText()}};
        reply = client()->put(u"/api/v1/branding"_s, body, m_version);
    } else {
        const ImageSlot &slot = m_slots.at(step);
        reply = slot.pendingRemoval ? client()->remove(imagePath(slot.name))
                                    : client()->putBytes(imagePath(slot.name), slot.pendingBytes, slot.pendingType,
                                                         m_version);
    }
    connect(reply, &Client::Reply::finished, this, [this, step, reply](const QJsonObject &branding) {
        if (reply->version() >= 0)
            m_version = reply->version();
        else if (branding.contains("version"_L1))
            m_version = branding.value("version"_L1).toInteger();
        if (step < 0) {
            for (const char *key : {"title", "subtitle", "footer"})
                m_loaded.insert(QLatin1String(key), branding.value(QLatin1String(key)));
        } else {
            ImageSlot &slot = m_slots[step];
            slot.serverBytes = slot.pendingRemoval ? QByteArray() : slot.pendingBytes;
            slot.pendingBytes.clear();
            slot.pendingType.clear();
            slot.pendingRemoval = false;
            updateSlot(step);
        }
        saveNext();
    });
    connect(reply, &Client::Reply::failed, this, &BrandingPage::saveFailed);
}

void BrandingPage::saveFailed(const Client::Error &error)
{
    m_saveQueue.clear();
    setBusy(false);
    if (error.status == 412 || error.code == u"version_mismatch"_s)
        m_status->setText(tr("Another admin changed the branding after you loaded it, so your changes were "
                             "not all saved. Your edits are still here: note them, press Revert to load the "
                             "current branding, then make them again."));
    else
        m_status->setText(tr("Saving failed: %1").arg(errorText(error)));
    Q_EMIT problem(m_status->text());
}

void BrandingPage::setBusy(bool busy)
{
    m_busy = busy;
    updateControls();
}

void BrandingPage::updateControls()
{
    const bool writable = canWrite();
    const QString why = writable ? QString() : tr("Your role (read-only admin) can see the branding but not change it.");
    for (QWidget *w : std::initializer_list<QWidget *>{m_titleEdit, m_subtitleEdit, m_footerEdit}) {
        w->setEnabled(writable && m_loadedOnce && !m_busy);
        w->setToolTip(why);
    }
    for (const ImageSlot &slot : std::as_const(m_slots)) {
        slot.choose->setEnabled(writable && m_loadedOnce && !m_busy);
        slot.choose->setToolTip(why);
        slot.remove->setEnabled(writable && !m_busy && !shownBytes(slotIndex(slot.name)).isEmpty());
        slot.remove->setToolTip(why);
    }
    const bool changed = hasChanges();
    m_save->setEnabled(writable && changed && !m_busy);
    m_save->setToolTip(writable ? (changed ? QString() : tr("Nothing has changed.")) : why);
    m_revert->setEnabled(!m_busy && m_loadedOnce);
}

} // namespace Tollgate::Ui
