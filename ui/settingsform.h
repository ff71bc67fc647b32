// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QJsonObject>
#include <QList>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Tollgate::Client {
class ApiClient;
struct Error;
} // namespace Tollgate::Client

namespace Tollgate::Ui {

/// One versioned settings object of the server (GET, then PATCH or PUT with If-Match) as a form:
/// a row per member the server answers, with an editor for its type, Save and Revert. Members the
/// console knows get a label, bounds and help; others get an editor chosen by their JSON type.
class SettingsForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsForm)

public:
    enum class Kind {
        Integer,         ///< whole number in [minimum, maximum]
        NullableInteger, ///< whole number ≥ minimum, or null ("none")
        NullableNumber,  ///< number ≥ 0, or null
        NullableMoney,   ///< decimal string ≥ 0, or null
        Currency,        ///< ISO 4217 code
        Duration,        ///< 1d, 7d, 1mo or null
        NullableText,    ///< text; empty is null
        Text,
        UrlList,         ///< list of http(s) URLs, one per line
        Boolean,
    };
    struct Field
    {
        QString key;
        Kind kind = Kind::Text;
        QString label;
        QString help;
        qint64 minimum = 0;
        qint64 maximum = 1'000'000'000;
        QString suffix;
    };

    /// @p replace: save with PUT of every member (else PATCH of the changed ones).
    SettingsForm(Client::ApiClient *client, const QString &title, const QString &path, bool replace,
                 QList<Field> known, QWidget *parent = nullptr);

    /// Sets the form's texts in the current language: its title and the labels, help and units of
    /// the members it knows (the keys of @p known are those given to the constructor).
    void setTexts(const QString &title, const QList<Field> &known);
    void load();
    void save();
    void revert();
    /// Disables the editors with @p why as their tooltip (empty: writable).
    void setReadOnlyReason(const QString &why);
    QWidget *editor(const QString &key) const;
    bool hasChanges() const;
    bool isBusy() const { return m_busy; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void problem(const QString &text);

private:
    struct Row
    {
        Field field;
        QWidget *editor = nullptr;
        QJsonValue loaded;
    };

    void show(const QJsonObject &values);
    Field fieldFor(const QString &key, const QJsonValue &value) const;
    QWidget *createEditor(const Field &field);
    void setEditorTexts(const Row &row);
    void setValue(const Row &row, const QJsonValue &value);
    QJsonValue value(const Row &row) const;
    bool changed(const Row &row) const;
    void failed(const Client::Error &error);
    void updateControls();

    Client::ApiClient *m_client;
    QString m_path;
    bool m_replace;
    QList<Field> m_known;
    QFormLayout *m_form;
    QList<Row> m_rows;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    QString m_readOnlyReason;
    qint64 m_version = -1;
    bool m_busy = false;
    bool m_filling = false;
};

} // namespace Tollgate::Ui
