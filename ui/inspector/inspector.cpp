#include "inspector.h"

#include "botdocument.h"
#include "botform.h"
#include "codepagebase.h"
#include "interactionform.h"
#include "teardown.h"
#include "typeicons.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

namespace {

enum Page { HintPage, ContentPage };
enum Tab { SettingsTab, CodeTab };

} // namespace

Inspector::Inspector(document::BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_settings(new QScrollArea(this))
    , m_codeTab(new QWidget(this))
    , m_largeEditor(new QToolButton(this))
{
    m_hint->setText(tr("Select an interaction on the canvas or in the project tree to edit "
                       "its settings and code here."));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setMargin(24);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Forms follow the panel's width; only a panel narrower than a form's minimum scrolls
    // sideways, so nothing is ever cut off.
    m_settings->setWidgetResizable(true);
    m_settings->setFrameShape(QFrame::NoFrame);
    m_settings->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_settings->setFocusPolicy(Qt::NoFocus);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_settings, tr("Settings"));
    auto *codeLayout = new QVBoxLayout(m_codeTab);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_codeTab, tr("Code"));
    // The code also opens beside the canvas, where long lines fit.
    m_largeEditor->setObjectName(QStringLiteral("openLargeCodeEditor"));
    m_largeEditor->setText(tr("Open in Large Editor"));
    m_largeEditor->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_largeEditor->setAutoRaise(true);
    m_tabs->setCornerWidget(m_largeEditor, Qt::TopRightCorner);
    connect(m_largeEditor, &QToolButton::clicked, this, &Inspector::largeEditorRequested);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_largeEditor->setVisible(index == CodeTab); });
    m_largeEditor->setVisible(false);

    auto *content = new QWidget(this);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 4);
    header->setSpacing(8);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(2);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_hint);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == CodeTab)
            ensureCodePage();
        updateFocusProxy();
    });

    using D = document::BotDocument;
    connect(document, &D::interactionChanged, this, &Inspector::onInteractionChanged);
    connect(document, &D::interactionRemoved, this, [this](const QString &, const QString &id) {
        if (m_mode == Mode::Interaction && id == m_id)
            clear();
    });
    connect(document, &D::loaded, this, [this] {
        // Everything may differ even where the ids are the same (a revert): build anew.
        const QString id = m_id;
        if (m_mode == Mode::Bot) {
            showBotCode();
        } else if (m_mode == Mode::Interaction && m_document->interaction(id)) {
            m_id.clear();
            showInteraction(id);
        } else {
            clear();
        }
    });
    connect(document, &D::propertiesChanged, this, [this] {
        if (m_mode == Mode::Bot) {
            m_botForm->refresh();
            if (m_code)
                m_code->refresh();
            updateHeader();
        } else if (m_form) {
            m_form->refresh(); // intents and their samples live on the bot
        }
    });
    connect(document, &D::dialogChanged, this, &Inspector::updateHeader);
    const auto refreshForm = [this] {
        if (m_form)
            m_form->refresh(); // the integration picker lists integrations by name
    };
    connect(document, &D::integrationInserted, this, refreshForm);
    connect(document, &D::integrationRemoved, this, refreshForm);
    connect(document, &D::integrationChanged, this, refreshForm);
    connect(document, &D::changed, this, [this] {
        if (m_mode == Mode::Bot)
            m_botForm->refresh(); // the counts
    });
    clear();
}

Inspector::~Inspector()
{
    silenceForTeardown(this);
}

void Inspector::setSettingsWidget(QWidget *widget)
{
    // Replacing the form must not lose the reader's place.
    const int scroll = m_settings->verticalScrollBar()->value();
    QWidget *old = m_settings->takeWidget();
    m_form = qobject_cast<InteractionForm *>(widget);
    m_botForm = qobject_cast<BotForm *>(widget);
    if (widget)
        m_settings->setWidget(widget);
    if (old)
        old->deleteLater();
    m_settings->verticalScrollBar()->setValue(scroll);
}

void Inspector::updateFocusProxy()
{
    // setFocus() on the inspector (after a double click on the canvas...) lands where typing
    // makes sense: the name, or the first code editor.
    QWidget *target = nullptr;
    if (m_tabs->currentIndex() == CodeTab) {
        target = m_code ? m_code->firstEditor() : nullptr;
    } else if (m_form) {
        target = m_form->nameEdit();
    } else if (m_botForm) {
        target = m_botForm->nameEdit();
    }
    setFocusProxy(target);
}

void Inspector::showInteraction(const QString &id)
{
    if (!m_document->interaction(id)) {
        clear();
        return;
    }
    const bool same = m_mode == Mode::Interaction && m_id == id;
    m_mode = Mode::Interaction;
    m_id = id;
    if (!same) {
        rebuildInteractionForm();
        m_settings->verticalScrollBar()->setValue(0);
        if (m_code)
            m_code->showInteraction(id);
    }
    m_tabs->setTabText(CodeTab, tr("Code"));
    updateHeader();
    updateFocusProxy();
    m_stack->setCurrentIndex(ContentPage);
}

void Inspector::rebuildInteractionForm()
{
    auto *form = new InteractionForm(m_document, m_id);
    connect(form, &InteractionForm::statusMessage, this, &Inspector::statusMessage);
    connect(form, &InteractionForm::openIntegrationRequested, this,
            &Inspector::openIntegrationRequested);
    setSettingsWidget(form);
}

void Inspector::showBotCode()
{
    m_mode = Mode::Bot;
    m_id.clear();
    auto *form = new BotForm(m_document);
    connect(form, &BotForm::statusMessage, this, &Inspector::statusMessage);
    setSettingsWidget(form);
    m_settings->verticalScrollBar()->setValue(0);
    if (m_code)
        m_code->showGlobalFunctions();
    m_tabs->setTabText(CodeTab, tr("Global Functions"));
    m_tabs->setCurrentIndex(CodeTab);
    updateHeader();
    updateFocusProxy();
    m_stack->setCurrentIndex(ContentPage);
}

void Inspector::clear()
{
    m_mode = Mode::None;
    m_id.clear();
    setSettingsWidget(nullptr);
    if (m_code)
        m_code->clear();
    updateFocusProxy();
    m_stack->setCurrentIndex(HintPage);
}

CodePageBase *Inspector::codePage() const
{
    return const_cast<Inspector *>(this)->ensureCodePage(); // made on first use: not a change
}

CodePageBase *Inspector::ensureCodePage()
{
    if (m_code)
        return m_code;
    m_code = CodePageBase::create(m_document, m_codeTab);
    if (!m_code) {
        if (!m_codeTab->findChild<QLabel *>(QStringLiteral("codeUnavailable"))) {
            auto *label = new QLabel(tr("The code editors cannot be loaded: reinstall "
                                        "Dialogsmith. The settings can be edited as usual."),
                                     m_codeTab);
            label->setObjectName(QStringLiteral("codeUnavailable"));
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignCenter);
            label->setMargin(24);
            m_codeTab->layout()->addWidget(label);
            label->show();
        }
        return nullptr;
    }
    m_codeTab->layout()->addWidget(m_code);
    m_code->show(); // now, not once the layout gets round to it: callers use its editors next
    connect(m_code, &CodePageBase::statusMessage, this, &Inspector::statusMessage);
    if (m_mode == Mode::Bot)
        m_code->showGlobalFunctions();
    else if (m_mode == Mode::Interaction)
        m_code->showInteraction(m_id);
    return m_code;
}

void Inspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHeader();
}

void Inspector::updateHeader()
{
    m_icon->clear();
    if (m_mode == Mode::Bot) {
        const document::Bot &bot = m_document->bot();
        m_title->setText(bot.name);
        m_subtitle->setText(
                tr("Bot · %1").arg(bot.language.isEmpty() ? tr("no language") : bot.language));
        return;
    }
    const document::Interaction *i = m_document->interaction(m_id);
    if (!i)
        return;
    // The type's icon in its category colour, as on the canvas.
    const int size = m_title->fontMetrics().height() + 6;
    m_icon->setPixmap(interactionTypePixmap(i->type, size, interactionTypeColor(i->type, palette()),
                                            devicePixelRatioF()));
    m_icon->setToolTip(document::interactionTypeLabel(i->type));
    m_title->setText(i->name.isEmpty() ? tr("(no name)") : i->name);
    const document::Dialog *d = m_document->dialog(m_document->dialogIdOf(m_id));
    const QString type = i->type == document::InteractionType::Unknown
                                 ? i->typeKey
                                 : document::interactionTypeLabel(i->type);
    m_subtitle->setText(d ? tr("%1 in %2").arg(type, d->name) : type);
    m_title->setToolTip(m_title->text());
}

void Inspector::onInteractionChanged(const QString &id)
{
    if (m_mode != Mode::Interaction || id != m_id)
        return;
    const document::Interaction *i = m_document->interaction(id);
    if (!i)
        return;
    if (m_form && m_form->type() != i->type) {
        // Another type has other fields: build its form, keeping the focus on the type combo
        // the user just used.
        const bool typeFocused = m_form->typeCombo() && m_form->typeCombo()->hasFocus();
        rebuildInteractionForm();
        updateFocusProxy();
        if (typeFocused && m_form->typeCombo())
            m_form->typeCombo()->setFocus(Qt::OtherFocusReason);
    } else if (m_form) {
        m_form->refresh();
    }
    if (m_code)
        m_code->refresh();
    updateHeader();
}

bool Inspector::focusField(const QString &field, int line)
{
    const QString key = field.trimmed().toLower();
    const bool codeSlot = key.startsWith(QLatin1String("pre-process"))
                          || key.startsWith(QLatin1String("process user response"))
                          || key.startsWith(QLatin1String("post-process"))
                          || key.startsWith(QLatin1String("global functions"));
    if (m_mode == Mode::None)
        return false;
    if (codeSlot) {
        m_tabs->setCurrentIndex(CodeTab);
        return ensureCodePage() && m_code->focusSlot(key, line);
    }
    QWidget *widget = nullptr;
    m_tabs->setCurrentIndex(SettingsTab);
    if (m_mode == Mode::Interaction && m_form)
        widget = m_form->focusField(key, line);
    else if (m_mode == Mode::Bot && m_botForm)
        widget = m_botForm->focusField(key);
    if (!widget)
        return false;
    m_settings->ensureWidgetVisible(widget, 10, 40);
    return true;
}

} // namespace dialogsmith::ui
