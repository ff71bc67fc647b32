// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/page.h"

#include <QJsonObject>
#include <QList>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Tollgate::Client {
class Reply;
struct Error;
} // namespace Tollgate::Client

namespace Tollgate::Ui {

/// Banners: the list (newest first, the active one marked), and an editor for one banner: a text
/// per language (English required, more added with "Add language"), variant and dismissible;
/// activate or deactivate it (one is active at a time), delete after a confirmation.
class BannersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannersPage)

public:
    explicit BannersPage(Client::ApiClient *client, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("banners"); }
    QString title() const override { return tr("Banners"); }
    void activate() override;

    QTableWidget *table() const { return m_table; }
    /// The banners as the server listed them, in table order.
    QList<QJsonObject> banners() const { return m_banners; }
    /// Selects the listed banner @p id; false when it is not listed.
    bool selectBanner(const QString &id);
    /// The id of the banner in the editor (empty for a new one).
    QString currentId() const { return m_current.value(QStringLiteral("id")).toString(); }
    /// The text field of @p lang in the editor, or nullptr.
    QLineEdit *textEdit(const QString &lang) const;
    /// Adds a text field for @p lang (what the "Add language" control does); false if invalid or there.
    bool addLanguage(const QString &lang);
    bool isBusy() const { return m_busy > 0; }

public Q_SLOTS:
    void reload();
    void newBanner();
    void saveBanner();
    void toggleActive();
    /// Asks for confirmation, then deletes the banner in the editor.
    void requestDelete();

protected:
    void retranslate() override;

private:
    struct TextRow
    {
        QString lang;
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        QPushButton *remove = nullptr;
    };

    void showList(const QJsonObject &page);
    void showBanner(const QJsonObject &banner);
    void updateEditorTexts();
    void setRowTexts(const TextRow &row);
    void setListTexts();
    void showSelection();
    void removeLanguage(const QString &lang);
    void clearTexts();
    void deleteCurrent();
    void track(Client::Reply *reply, const QString &doneText, bool reloadAfter);
    void failed(const Client::Error &error);
    void updateControls();

    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_reload;
    QLabel *m_count;
    QGroupBox *m_editor;
    QLabel *m_heading;
    QComboBox *m_variant;
    QCheckBox *m_dismissible;
    QWidget *m_textsBox;
    QGridLayout *m_textsLayout;
    QComboBox *m_newLanguage;
    QPushButton *m_addLanguage;
    QLabel *m_schedule;
    QPushButton *m_save;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QLabel *m_status;
    QList<QJsonObject> m_banners;
    QJsonObject m_current;
    QFormLayout *m_form;
    QGroupBox *m_textsGroup;
    QLabel *m_textsNote;
    qint64 m_total = -1;
    QList<TextRow> m_texts;
    int m_busy = 0;
    bool m_loaded = false;
    bool m_listedOnce = false;
    bool m_filling = false;
};

} // namespace Tollgate::Ui
