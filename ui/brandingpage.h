// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QJsonObject>
#include <QList>

class QGroupBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Tollgate::Client {
struct Error;
}

namespace Tollgate::Ui {

class LoginPreview;

/// Branding editor: title, subtitle, footer and the three logos, with a live preview of the login
/// screen in light and dark that follows every keystroke and picked image before anything is
/// saved. Saving sends the texts, then each changed image, each with the version it was read at,
/// so a change made meanwhile by another admin is refused (412) and explained.
class BrandingPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandingPage)

public:
    explicit BrandingPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("branding"); }
    QString title() const override { return tr("Branding"); }
    void activate() override;

    /// The image slots of the API, in the order shown.
    static QStringList slotNames();
    /// Largest image the server takes.
    static constexpr qsizetype MaxImageBytes = 2 * 1024 * 1024;
    /// The image type of @p data judged by content (image/png, image/jpeg, image/svg+xml), or an
    /// empty string with *problem set (translated) when it is not an image the server takes.
    static QByteArray imageType(const QByteArray &data, QString *problem);

    /// Takes the image in @p fileName for @p slot (what the file picker does): checked for size and
    /// type, then previewed; uploaded on save. False (and the reason on the page) when refused.
    bool pickImage(const QString &slot, const QString &fileName);
    /// Marks the image of @p slot for removal on save.
    void removeImage(const QString &slot);
    /// Sends the changes.
    void save();
    /// Forgets the changes and reads the branding again.
    void reload();

    bool hasChanges() const;
    bool isBusy() const { return m_busy; }
    LoginPreview *preview(bool dark) const { return dark ? m_darkPreview : m_lightPreview; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void retranslate() override;

private:
    struct ImageSlot
    {
        QString name;
        QLabel *label = nullptr;
        QLabel *thumbnail = nullptr;
        QLabel *info = nullptr;
        QPushButton *choose = nullptr;
        QPushButton *remove = nullptr;
        QByteArray serverBytes;  ///< what the server has (empty: none)
        QByteArray pendingBytes; ///< picked, not yet uploaded
        QByteArray pendingType;
        bool pendingRemoval = false;
    };

    void load(const QString &doneText);
    void showBranding(const QJsonObject &branding);
    void loadImage(int index, const QString &url);
    void chooseFile(int index);
    void updatePreview();
    void updateSlot(int index);
    void updateControls();
    void saveNext();
    void saveFailed(const Client::Error &error);
    void setBusy(bool busy);
    QByteArray shownBytes(int index) const;
    int slotIndex(const QString &name) const;

    QLineEdit *m_titleEdit;
    QLineEdit *m_subtitleEdit;
    QPlainTextEdit *m_footerEdit;
    QList<ImageSlot> m_slots;
    LoginPreview *m_lightPreview;
    LoginPreview *m_darkPreview;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QGroupBox *m_texts;
    QFormLayout *m_textForm;
    QGroupBox *m_images;
    QLabel *m_imageNote;
    QGroupBox *m_previews;
    QLabel *m_lightLabel;
    QLabel *m_darkLabel;
    QJsonObject m_loaded;
    qint64 m_version = -1;
    bool m_busy = false;
    bool m_loadedOnce = false;
    bool m_filling = false;
    int m_imagesLoading = 0;
    QList<int> m_saveQueue; ///< slot indexes still to send; -1 = the texts
};

} // namespace Tollgate::Ui
