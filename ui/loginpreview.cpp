// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/loginpreview.h"

#include "ui/language.h"

#include <QBuffer>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tollgate::Ui {

namespace {
constexpr int LoginLogoHeight = 64;
constexpr int HeaderLogoHeight = 20;

QString shownTitle(const QString &title)
{
    // The login screen falls back to the product's name.
    return title.trimmed().isEmpty() ? u"Tollgate"_s : title;
}
} // namespace

LoginPreview::LoginPreview(Scheme scheme, QWidget *parent)
    : QFrame(parent)
    , m_scheme(scheme)
    , m_headerLogo(new QLabel(this))
    , m_headerTitle(new QLabel(this))
    , m_loginLogo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(this))
    , m_footer(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setMinimumWidth(260);

    auto *header = new QWidget(this);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Button);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(8, 4, 8, 4);
    headerLayout->addWidget(m_headerLogo);
    headerLayout->addWidget(m_headerTitle, 1);

    m_loginLogo->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_footer->setAlignment(Qt::AlignCenter);
    m_footer->setWordWrap(true);
    m_footer->setTextFormat(Qt::PlainText);
    QFont small = m_footer->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_footer->setFont(small);

    // Pictures of inputs, not inputs: keyboard focus skips them.
    for (QWidget *w : std::initializer_list<QWidget *>{m_username, m_password, m_signIn}) {
        w->setFocusPolicy(Qt::NoFocus);
        w->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_username->setReadOnly(true);
    m_password->setReadOnly(true);
    m_signIn->setDefault(true);

    auto *form = new QVBoxLayout;
    form->setContentsMargins(24, 12, 24, 12);
    form->addWidget(m_loginLogo);
    form->addWidget(m_title);
    form->addWidget(m_subtitle);
    form->addSpacing(8);
    form->addWidget(m_username);
    form->addWidget(m_password);
    form->addWidget(m_signIn);
    form->addStretch();
    form->addWidget(m_footer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(form, 1);

    setTitle({});
    setLoginLogo({});
    setHeaderLogo({});
    applyScheme();
    retranslate();
    Language::retranslateOnChange(this, [this] { retranslate(); });
}

void LoginPreview::retranslate()
{
    setAccessibleName(m_scheme == Scheme::Light ? tr("Login screen preview, light")
                                                : tr("Login screen preview, dark"));
    m_signIn->setText(tr("Sign in"));
    m_headerLogo->setAccessibleName(tr("Header logo preview"));
    m_loginLogo->setAccessibleName(tr("Login logo preview"));
    m_title->setAccessibleName(tr("Title preview"));
    m_subtitle->setAccessibleName(tr("Subtitle preview"));
    m_footer->setAccessibleName(tr("Footer preview"));
    m_username->setPlaceholderText(tr("Username"));
    m_password->setPlaceholderText(tr("Password"));
}

void LoginPreview::setTitle(const QString &title)
{
    m_title->setText(shownTitle(title));
    m_headerTitle->setText(shownTitle(title));
}

void LoginPreview::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void LoginPreview::setFooter(const QString &footer)
{
    m_footer->setText(footer);
    m_footer->setVisible(!footer.isEmpty());
}

void LoginPreview::setLoginLogo(const QPixmap &logo)
{
    m_loginLogo->setPixmap(logo);
    m_loginLogo->setVisible(!logo.isNull());
}

void LoginPreview::setHeaderLogo(const QPixmap &logo)
{
    m_headerLogo->setPixmap(logo);
    m_headerLogo->setVisible(!logo.isNull());
}

QPixmap LoginPreview::pixmapFrom(const QByteArray &data, int height)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize natural = reader.size();
    if (natural.isValid() && natural.height() > 0) {
        const int h = qMin(height, natural.height());
        reader.setScaledSize(QSize(qMax(1, natural.width() * h / natural.height()), h));
    }
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    return QPixmap::fromImage(image.height() > height ? image.scaledToHeight(height, Qt::SmoothTransformation)
                                                      : image);
}

void LoginPreview::applyScheme()
{
    const bool light = m_scheme == Scheme::Light;
    QPalette p = palette();
    const QColor window = light ? QColor(0xf6, 0xf7, 0xf9) : QColor(0x1e, 0x1f, 0x22);
    const QColor text = light ? QColor(0x1a, 0x1a, 0x1a) : QColor(0xec, 0xec, 0xec);
    const QColor base = light ? QColor(0xff, 0xff, 0xff) : QColor(0x2b, 0x2d, 0x31);
    const QColor button = light ? QColor(0xe4, 0xe7, 0xeb) : QColor(0x33, 0x36, 0x3b);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::PlaceholderText, light ? QColor(0x80, 0x80, 0x80) : QColor(0x90, 0x90, 0x90));
    }
    // Roles set explicitly survive changes of the system palette.
    setPalette(p);
}

} // namespace Tollgate::Ui
