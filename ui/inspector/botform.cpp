#include "botform.h"

#include "botcommands.h"
#include "botdocument.h"
#include "formwidgets.h"
#include "teardown.h"
#include "templatetextedit.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dialogsmith::ui {

BotForm::BotForm(document::BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *section = new FormSection(tr("Bot"), this);
    m_name = new QLineEdit(section->body());
    m_name->setPlaceholderText(tr("The bot's name"));
    section->addRow(tr("Name"), m_name);
    m_description = new TemplateTextEdit(section->body());
    m_description->setTemplateHighlighting(false);
    m_description->setPlaceholderText(tr("What the bot does, for the people who maintain it"));
    section->addRow(tr("Description"), m_description);
    m_language = new QComboBox(section->body());
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    m_language->addItems({QStringLiteral("en-US"), QStringLiteral("en-GB"), QStringLiteral("en-AU"),
                          QStringLiteral("de-DE"), QStringLiteral("es-ES"), QStringLiteral("fr-FR"),
                          QStringLiteral("it-IT"), QStringLiteral("ja-JP"), QStringLiteral("nl-NL"),
                          QStringLiteral("pt-BR"), QStringLiteral("zh-CN")});
    section->addRow(tr("Language"), m_language,
                    tr("The language of the bot's messages and intents (a BCP 47 tag)"));

    auto *about = new FormSection(tr("About"), this);
    m_id = new QLabel(about->body());
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    about->addRow(tr("Bot ID"), m_id);
    m_counts = new QLabel(about->body());
    about->addRow(tr("Contents"), m_counts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(section);
    layout->addWidget(about);
    layout->addStretch(1);
    alignFormLabels(this);
    ignoreWheelUnlessFocused(this);
    makeCombosCompact(this);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(m_name, tr("Rename bot"), QStringLiteral("name"),
             [&](document::Bot &b) { b.name = text; });
    });
    connect(m_description, &TemplateTextEdit::textEdited, this, [this](const QString &text) {
        edit(m_description, tr("Edit bot description"), QStringLiteral("description"),
             [&](document::Bot &b) { b.description = text; });
    });
    const auto setLanguage = [this](const QString &text) {
        edit(m_language, tr("Change bot language"), QStringLiteral("language"),
             [&](document::Bot &b) { b.language = text; });
    };
    connect(m_language->lineEdit(), &QLineEdit::textEdited, this, setLanguage);
    connect(m_language, &QComboBox::activated, this,
            [this, setLanguage](int index) { setLanguage(m_language->itemText(index)); });
    refresh();
}

BotForm::~BotForm()
{
    silenceForTeardown(this);
}

void BotForm::edit(QWidget *field, const QString &undoText, const QString &mergeKey,
                   const std::function<void(document::Bot &)> &change)
{
    document::Bot after = m_document->bot(); // implicitly shared lists: cheap
    change(after);
    const QString refused
            = showEditResult(field, m_document->execute(std::make_unique<document::EditBotCommand>(
                                            *m_document, after, undoText, mergeKey)));
    if (!refused.isEmpty())
        emit statusMessage(refused);
}

void BotForm::refresh()
{
    const document::Bot &bot = m_document->bot();
    if (!hasFieldError(m_name))
        syncLineEdit(m_name, bot.name);
    m_description->setText(bot.description);
    syncCombo(m_language, bot.language);
    m_id->setText(bot.id.isEmpty() ? tr("(none yet)") : bot.id);
    m_counts->setText(tr("Dialogs: %1 · Interactions: %2 · Integrations: %3")
                              .arg(bot.dialogs.size())
                              .arg(bot.interactionCount())
                              .arg(bot.integrations.size()));
}

QWidget *BotForm::focusField(const QString &field)
{
    QWidget *widget = nullptr;
    if (field == QLatin1String("name"))
        widget = m_name;
    else if (field == QLatin1String("description"))
        widget = m_description;
    else if (field == QLatin1String("language"))
        widget = m_language;
    if (widget)
        widget->setFocus(Qt::OtherFocusReason);
    return widget;
}

} // namespace dialogsmith::ui
