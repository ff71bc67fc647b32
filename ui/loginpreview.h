// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPixmap>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tollgate::Ui {

/// A small picture of the console's login screen with the branding being edited: header logo,
/// login logo, title, subtitle and footer, in a light or a dark palette of its own (so both can be
/// judged whatever the system palette is). It shows what it is given; nothing is saved from here.
class LoginPreview final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPreview)

public:
    enum class Scheme { Light, Dark };
    explicit LoginPreview(Scheme scheme, QWidget *parent = nullptr);

    Scheme scheme() const { return m_scheme; }
    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    void setFooter(const QString &footer);
    /// A null pixmap shows no logo.
    void setLoginLogo(const QPixmap &logo);
    void setHeaderLogo(const QPixmap &logo);

    QLabel *titleLabel() const { return m_title; }
    QLabel *subtitleLabel() const { return m_subtitle; }
    QLabel *footerLabel() const { return m_footer; }
    QLabel *loginLogoLabel() const { return m_loginLogo; }
    QLabel *headerLogoLabel() const { return m_headerLogo; }

    /// Renders @p data (PNG, JPEG or SVG) at most @p height pixels high; null when it is no image.
    static QPixmap pixmapFrom(const QByteArray &data, int height);

private:
    void retranslate();
    void applyScheme();

    Scheme m_scheme;
    QLabel *m_headerLogo;
    QLabel *m_headerTitle;
    QLabel *m_loginLogo;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_footer;
};

} // namespace Tollgate::Ui
