#include "interactionform.h"

#include "actionpicker.h"
#include "botcommands.h"
#include "botdocument.h"
#include "codeeditorapi.h"
#include "formwidgets.h"
#include "interactioncommands.h"
#include "ruleseditor.h"
#include "sentence.h"
#include "teardown.h"
#include "templatesyntax.h"
#include "templatetextedit.h"
#include "typeicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using document::Interaction;
using document::InteractionType;

namespace {

const QString blankMessage = QStringLiteral("BLANK_MESSAGE");

bool hasConditionalRules(const Interaction &interaction)
{
    return std::any_of(interaction.rules.cbegin(), interaction.rules.cend(),
                       [](const document::Rule &r) {
                           return r.condition != document::Rule::Condition::Always;
                       });
}

} // namespace

InteractionForm::InteractionForm(document::BotDocument *document, const QString &interactionId,
                                 QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(interactionId)
{
    const Interaction *i = interaction();
    m_type = i ? i->type : InteractionType::Unknown;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    buildGeneral();
    buildContent();
    buildFlow();
    buildNotes();
    layout->addStretch(1);
    alignFormLabels(this);
    ignoreWheelUnlessFocused(this);
    makeCombosCompact(this);
    refresh();
}

InteractionForm::~InteractionForm()
{
    silenceForTeardown(this);
}

const Interaction *InteractionForm::interaction() const
{
    return m_document->interaction(m_id);
}

FormSection *InteractionForm::addSection(const QString &title)
{
    auto *section = new FormSection(title, this);
    layout()->addWidget(section);
    return section;
}

void InteractionForm::refresh()
{
    const Interaction *i = interaction();
    if (!i)
        return;
    const Interaction copy = *i; // refreshers may run commands' side effects; keep a stable copy
    for (const Refresher &refresher : std::as_const(m_refreshers))
        refresher(copy);
}

bool InteractionForm::edit(QWidget *field, const QString &undoText, const QString &mergeKey,
                           const Change &change)
{
    const Interaction *current = interaction();
    if (!current)
        return false;
    Interaction after = *current;
    change(after);
    if (after == *current) {
        clearFieldError(field);
        return true;
    }
    const QString refused = showEditResult(
            field, m_document->execute(std::make_unique<document::EditInteractionCommand>(
                           *m_document, after, undoText, mergeKey)));
    if (!refused.isEmpty())
        emit statusMessage(refused);
    return refused.isEmpty();
}

bool InteractionForm::eventFilter(QObject *watched, QEvent *event)
{
    // Stepping through types with the arrow keys would retype at every step, and a retype
    // drops the content the new type has no place for: open the list instead.
    if (event->type() == QEvent::KeyPress && watched == typeCombo()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        static const QList<int> steps{Qt::Key_Up,       Qt::Key_Down, Qt::Key_PageUp,
                                      Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
        if (steps.contains(key->key()) && key->modifiers() == Qt::NoModifier) {
            typeCombo()->showPopup();
            return true;
        }
    }
    // Escape in a refused input brings back the document's value.
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (hasFieldError(widget)) {
            clearFieldError(widget);
            refresh();
            emit statusMessage(tr("Change discarded"));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QLineEdit *InteractionForm::nameEdit() const
{
    return qobject_cast<QLineEdit *>(field(QStringLiteral("name")));
}

QComboBox *InteractionForm::typeCombo() const
{
    return qobject_cast<QComboBox *>(field(QStringLiteral("type")));
}

TemplateTextEdit *InteractionForm::textEdit() const
{
    return qobject_cast<TemplateTextEdit *>(field(QStringLiteral("text")));
}

QLineEdit *InteractionForm::addLine(FormSection *section, const QString &label,
                                    const QString &fieldName, const QString &undoText,
                                    QString Interaction::*member, const QString &placeholder,
                                    const QString &toolTip)
{
    auto *edit = new QLineEdit(section->body());
    edit->setPlaceholderText(placeholder);
    edit->installEventFilter(this);
    section->addRow(label, edit, toolTip);
    addField(fieldName, edit);
    connect(edit, &QLineEdit::textEdited, this,
            [this, edit, undoText, fieldName, member](const QString &text) {
                this->edit(edit, undoText, fieldName, [&](Interaction &i) { i.*member = text; });
            });
    onRefresh([edit, member](const Interaction &i) {
        if (!hasFieldError(edit))
            syncLineEdit(edit, i.*member);
    });
    return edit;
}

TemplateTextEdit *InteractionForm::addText(FormSection *section, const QString &label,
                                           const QString &placeholder)
{
    auto *text = new TemplateTextEdit(section->body());
    text->setPlaceholderText(placeholder);
    text->setToolTip(tr("{$botContext.name}, {$env.name} and other templates are filled in "
                        "when the message is sent"));
    section->addRow(label, text);
    addField(QStringLiteral("text"), text);
    connect(text, &TemplateTextEdit::textEdited, this, [this, text](const QString &value) {
        edit(text, tr("Edit message"), QStringLiteral("text"),
             [&](Interaction &i) { i.text = value; });
    });
    onRefresh([text](const Interaction &i) { text->setText(i.text); });
    return text;
}

void InteractionForm::bindList(
        RowListEditor *editor, const QString &key, const QString &noun,
        std::function<QList<QStringList>(const Interaction &)> rows,
        std::function<void(Interaction &, int, int, const QString &)> setCell,
        std::function<void(Interaction &)> addRow,
        std::function<void(Interaction &, int)> removeRow,
        std::function<void(Interaction &, int, int)> moveRow)
{
    connect(editor, &RowListEditor::cellEdited, this,
            [this, editor, key, noun, setCell](int row, int column, const QString &value) {
                edit(editor->cell(row, column), tr("Edit %1").arg(noun),
                     QStringLiteral("%1.%2.%3").arg(key).arg(row).arg(column),
                     [&](Interaction &i) { setCell(i, row, column, value); });
            });
    connect(editor, &RowListEditor::addRequested, this,
            [this, editor, noun, addRow] { edit(editor, tr("Add %1").arg(noun), {}, addRow); });
    connect(editor, &RowListEditor::removeRequested, this,
            [this, editor, noun, removeRow](int row) {
                edit(editor, tr("Remove %1").arg(noun), {},
                     [&](Interaction &i) { removeRow(i, row); });
            });
    connect(editor, &RowListEditor::moveRequested, this,
            [this, editor, noun, moveRow](int from, int to) {
                edit(editor, tr("Move %1").arg(noun), {},
                     [&](Interaction &i) { moveRow(i, from, to); });
            });
    onRefresh([editor, rows](const Interaction &i) { editor->setRows(rows(i)); });
}

void InteractionForm::buildGeneral()
{
    const Interaction *shown = interaction();
    FormSection *section = addSection(tr("Interaction"));
    addLine(section, tr("Name"), QStringLiteral("name"), tr("Rename interaction"),
            &Interaction::name, tr("A name unique in the bot"),
            tr("Unique in the bot: rules, code (setTriggerNextMessage) and the canvas refer to "
               "the interaction by it"));

    auto *type = new QComboBox(section->body());
    for (InteractionType t : document::knownInteractionTypes())
        type->addItem(interactionTypeIcon(t), document::interactionTypeLabel(t), int(t));
    if (m_type == InteractionType::Unknown)
        type->addItem(tr("Unknown (%1)").arg(shown ? shown->typeKey : QString()), int(m_type));
    type->setMaxVisibleItems(16);
    type->installEventFilter(this);
    section->addRow(tr("Type"), type,
                    tr("Changing the type keeps the name, message, code and rules; content the "
                       "new type has no place for is dropped (undo brings it back)"));
    addField(QStringLiteral("type"), type);
    connect(type, &QComboBox::activated, this, [this, type](int index) {
        const auto to = InteractionType(type->itemData(index).toInt());
        const Interaction *current = interaction();
        if (!current || current->type == to)
            return;
        const auto result = m_document->execute(
                std::make_unique<document::RetypeInteractionCommand>(*m_document, m_id, to));
        if (!result) {
            setFieldError(type, sentence(result.error().message));
            emit statusMessage(tr("Not changed: %1").arg(result.error().message));
            refresh();
            return;
        }
        clearFieldError(type);
        emit statusMessage(tr("Changed the type to %1").arg(document::interactionTypeLabel(to)));
    });
    onRefresh([type](const Interaction &i) {
        const QSignalBlocker blocker(type);
        type->setCurrentIndex(type->findData(int(i.type)));
    });

    auto *enabled = new QCheckBox(tr("Enabled"), section->body());
    enabled->setToolTip(tr("A disabled interaction is skipped when the bot runs"));
    auto *waits = new QCheckBox(tr("Wait for the user's reply"), section->body());
    waits->setToolTip(tr("After sending, wait for the user's answer and evaluate the rules"));
    auto *checks = new QWidget(section->body());
    auto *checksLayout = new QHBoxLayout(checks);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->setSpacing(12);
    checksLayout->addWidget(enabled);
    checksLayout->addWidget(waits);
    checksLayout->addStretch(1);
    section->addRow(tr("Options"), checks);
    addField(QStringLiteral("enabled"), enabled);
    addField(QStringLiteral("user input required"), waits);
    connect(enabled, &QCheckBox::toggled, this, [this, enabled](bool on) {
        edit(enabled, on ? tr("Enable interaction") : tr("Disable interaction"), {},
             [&](Interaction &i) { i.enabled = on; });
    });
    connect(waits, &QCheckBox::toggled, this, [this, waits](bool on) {
        edit(waits, tr("Change waiting for the user"), {},
             [&](Interaction &i) { i.userInputRequired = on; });
    });
    onRefresh([enabled, waits](const Interaction &i) {
        const QSignalBlocker b1(enabled);
        const QSignalBlocker b2(waits);
        enabled->setChecked(i.enabled);
        waits->setChecked(i.userInputRequired);
        // Only universal content asks for it in CB; other types show it once it is set.
        waits->setVisible(i.type == InteractionType::Universal || i.userInputRequired);
    });

    auto *delay = new QSpinBox(section->body());
    delay->setRange(0, 600000);
    delay->setSingleStep(250);
    delay->setSuffix(tr(" ms"));
    delay->setSpecialValueText(tr("No delay"));
    delay->setAccelerated(true);
    section->addRow(tr("Delay"), delay, tr("Time the bot waits before sending this message"));
    addField(QStringLiteral("delay"), delay);
    connect(delay, &QSpinBox::valueChanged, this, [this, delay](int value) {
        edit(delay, tr("Change delay"), QStringLiteral("delay"),
             [&](Interaction &i) { i.delayMs = value; });
    });
    onRefresh([delay](const Interaction &i) {
        const QSignalBlocker blocker(delay);
        if (delay->value() != i.delayMs)
            delay->setValue(i.delayMs);
    });
}

void InteractionForm::buildContent()
{
    switch (m_type) {
    case InteractionType::DialogStarter:
        buildStarter(addSection(tr("Dialog Starter")));
        break;
    case InteractionType::Text:
        buildMessage(addSection(tr("Message")), tr("Text"));
        break;
    case InteractionType::Image:
        buildImage(addSection(tr("Image")));
        break;
    case InteractionType::TextQuestion:
        buildMessage(addSection(tr("Question")), tr("Question"));
        break;
    case InteractionType::MultipleChoiceQuestion: {
        FormSection *section = addSection(tr("Question"));
        buildMessage(section, tr("Question"));
        buildChoices(section);
        break;
    }
    case InteractionType::QuickReply: {
        FormSection *section = addSection(tr("Message"));
        buildMessage(section, tr("Text"));
        buildQuickReplies(section);
        break;
    }
    case InteractionType::Button: {
        FormSection *section = addSection(tr("Message"));
        buildMessage(section, tr("Text"));
        buildButtons(section);
        break;
    }
    case InteractionType::Structured:
        buildStructured(addSection(tr("Structured Content")));
        break;
    case InteractionType::Universal:
        buildUniversal(addSection(tr("Universal Content")));
        break;
    case InteractionType::ApiIntegration:
        buildIntegration(addSection(tr("Integration")));
        break;
    case InteractionType::Escalation:
        buildEscalation(addSection(tr("Agent Transfer")));
        break;
    case InteractionType::Unknown: {
        FormSection *section = addSection(tr("Content"));
        auto *note = new QLabel(tr("This interaction's type is not known to Dialogsmith. It is "
                                   "kept exactly as it was read and written back unchanged; the "
                                   "preview skips it."),
                                section->body());
        note->setWordWrap(true);
        section->addWide(note);
        break;
    }
    }
}

void InteractionForm::buildMessage(FormSection *section, const QString &label)
{
    addText(section, label, tr("What the bot says"));
}

void InteractionForm::buildStarter(FormSection *section)
{
    auto *patterns = new RowListEditor(
            {RowColumn{{}, RowColumn::Kind::Text, {}, {}, tr("e.g. (hi|hello)*")}},
            section->body());
    patterns->setAddText(tr("Add Pattern"));
    patterns->setEmptyText(tr("No patterns"));
    section->addRow(tr("Patterns"), patterns,
                    tr("The dialog starts when a message matches one of them: * is any text, "
                       "(a|b) either word, (|s) an optional part; case does not matter"));
    addField(QStringLiteral("patterns"), patterns);
    bindList(
            patterns, QStringLiteral("patterns"), tr("pattern"),
            [](const Interaction &i) {
                QList<QStringList> rows;
                for (const QString &p : i.patterns)
                    rows.append({p});
                return rows;
            },
            [](Interaction &i, int row, int, const QString &v) {
                if (row < i.patterns.size())
                    i.patterns[row] = v;
            },
            [](Interaction &i) { i.patterns.append(QString()); },
            [](Interaction &i, int row) { i.patterns.removeAt(row); },
            [](Interaction &i, int from, int to) { moveItem(i.patterns, from, to); });

    auto *exclude = new QLineEdit(section->body());
    exclude->setPlaceholderText(tr("comma-separated words"));
    section->addRow(tr("Exclude"), exclude,
                    tr("A message containing one of these words (whole words) never starts "
                       "the dialog"));
    addField(QStringLiteral("exclude keywords"), exclude);
    connect(exclude, &QLineEdit::textEdited, this, [this, exclude](const QString &text) {
        edit(exclude, tr("Edit exclude keywords"), QStringLiteral("excludeKeywords"),
             [&](Interaction &i) { i.excludeKeywords = splitKeywords(text); });
    });
    onRefresh([exclude](const Interaction &i) {
        // "a, " is still being typed: only rewrite when the words differ.
        if (splitKeywords(exclude->text()) != i.excludeKeywords)
            syncLineEdit(exclude, i.excludeKeywords.join(QStringLiteral(", ")));
    });

    auto *intent = new QComboBox(section->body());
    section->addRow(tr("Intent"), intent,
                    tr("Also start the dialog when the message means this intent"));
    addField(QStringLiteral("intent"), intent);
    connect(intent, &QComboBox::activated, this, [this, intent](int index) {
        const QString id = intent->itemData(index).toString();
        edit(intent, tr("Change intent"), {}, [&](Interaction &i) { i.intentId = id; });
    });
    onRefresh([this, intent](const Interaction &i) { fillIntents(intent, i); });

    auto *samples = new RowListEditor(
            {RowColumn{{}, RowColumn::Kind::Text, {}, {}, tr("something a user would say")}},
            section->body());
    samples->setAddText(tr("Add Sample"));
    samples->setEmptyText(tr("No samples"));
    section->addRow(tr("Samples"), samples,
                    tr("Training phrases of the intent (shared by every starter using it)"));
    addField(QStringLiteral("samples"), samples);
    connect(samples, &RowListEditor::cellEdited, this, [this](int row, int, const QString &v) {
        editIntentSamples(
                [&](QStringList &s) {
                    if (row < s.size())
                        s[row] = v;
                },
                QStringLiteral("intentSamples.%1").arg(row));
    });
    connect(samples, &RowListEditor::addRequested, this,
            [this] { editIntentSamples([](QStringList &s) { s.append(QString()); }, {}); });
    connect(samples, &RowListEditor::removeRequested, this,
            [this](int row) { editIntentSamples([&](QStringList &s) { s.removeAt(row); }, {}); });
    connect(samples, &RowListEditor::moveRequested, this, [this](int from, int to) {
        editIntentSamples([&](QStringList &s) { moveItem(s, from, to); }, {});
    });
    onRefresh([this, section, samples](const Interaction &i) {
        const document::Intent *found = nullptr;
        for (const document::Intent &candidate : m_document->bot().intents) {
            if (candidate.id == i.intentId && !i.intentId.isEmpty())
                found = &candidate;
        }
        section->form()->setRowVisible(samples, found != nullptr);
        QList<QStringList> rows;
        if (found) {
            for (const QString &s : found->samples)
                rows.append({s});
        }
        samples->setRows(rows);
    });

    addLine(section, tr("User says"), QStringLiteral("text"), tr("Edit sample message"),
            &Interaction::text, tr("an example message"),
            tr("A sample of what a user says to start the dialog"));
}

void InteractionForm::fillIntents(QComboBox *combo, const Interaction &interaction)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("None"), QString());
    for (const document::Intent &intent : m_document->bot().intents)
        combo->addItem(intent.name, intent.id);
    int index = combo->findData(interaction.intentId);
    if (index < 0) {
        combo->addItem(tr("Missing: %1").arg(interaction.intentId), interaction.intentId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    combo->setEnabled(combo->count() > 1);
}

void InteractionForm::editIntentSamples(const std::function<void(QStringList &)> &change,
                                        const QString &mergeKey)
{
    const Interaction *i = interaction();
    if (!i || i->intentId.isEmpty())
        return;
    document::Bot bot = m_document->bot(); // implicitly shared: cheap until changed
    for (document::Intent &intent : bot.intents) {
        if (intent.id != i->intentId)
            continue;
        change(intent.samples);
        const auto result = m_document->execute(std::make_unique<document::EditBotCommand>(
                *m_document, bot, tr("Edit samples of intent \"%1\"").arg(intent.name), mergeKey));
        if (!result)
            emit statusMessage(tr("Not changed: %1").arg(result.error().message));
        return;
    }
}

void InteractionForm::buildChoices(FormSection *section)
{
    auto *choices = new RowListEditor({RowColumn{{}, RowColumn::Kind::Text, {}, {}, tr("option")}},
                                      section->body());
    choices->setAddText(tr("Add Choice"));
    choices->setEmptyText(tr("No choices"));
    section->addRow(tr("Choices"), choices,
                    tr("Users answer with the text, the number or the letter of a choice"));
    addField(QStringLiteral("choices"), choices);
    bindList(
            choices, QStringLiteral("choices"), tr("choice"),
            [](const Interaction &i) {
                QList<QStringList> rows;
                for (const QString &c : i.choices)
                    rows.append({c});
                return rows;
            },
            [](Interaction &i, int row, int, const QString &v) {
                if (row < i.choices.size())
                    i.choices[row] = v;
            },
            [this](Interaction &i) { i.choices.append(tr("Option %1").arg(i.choices.size() + 1)); },
            [](Interaction &i, int row) { i.choices.removeAt(row); },
            [](Interaction &i, int from, int to) { moveItem(i.choices, from, to); });
}

void InteractionForm::buildQuickReplies(FormSection *section)
{
    auto *replies = new RowListEditor(
            {RowColumn{tr("Title"), RowColumn::Kind::Text, {}, {}, tr("shown to the user")},
             RowColumn{tr("Payload"), RowColumn::Kind::Text, {}, {}, tr("sent back")}},
            section->body());
    replies->setAddText(tr("Add Quick Reply"));
    replies->setEmptyText(tr("No quick replies"));
    section->addRow(tr("Quick replies"), replies);
    addField(QStringLiteral("quick replies"), replies);
    bindList(
            replies, QStringLiteral("quickReplies"), tr("quick reply"),
            [](const Interaction &i) {
                QList<QStringList> rows;
                for (const document::QuickReply &q : i.quickReplies)
                    rows.append({q.title, q.payload});
                return rows;
            },
            [](Interaction &i, int row, int column, const QString &v) {
                if (row >= i.quickReplies.size())
                    return;
                (column == 0 ? i.quickReplies[row].title : i.quickReplies[row].payload) = v;
            },
            [](Interaction &i) { i.quickReplies.append(document::QuickReply{}); },
            [](Interaction &i, int row) { i.quickReplies.removeAt(row); },
            [](Interaction &i, int from, int to) { moveItem(i.quickReplies, from, to); });
}

void InteractionForm::buildButtons(FormSection *section)
{
    auto *buttons = new RowListEditor(
            {RowColumn{tr("Title"), RowColumn::Kind::Text, {}, {}, tr("label"), 3},
             RowColumn{tr("Type"),
                       RowColumn::Kind::Choice,
                       {QStringLiteral("postback"), QStringLiteral("url")},
                       {tr("Postback"), tr("Web link")},
                       {},
                       2,
                       tr("Postback sends the payload back; a web link opens the URL")},
             RowColumn{tr("Payload or URL"), RowColumn::Kind::Text, {}, {}, {}, 3}},
            section->body());
    buttons->setAddText(tr("Add Button"));
    buttons->setEmptyText(tr("No buttons"));
    section->addRow(tr("Buttons"), buttons);
    addField(QStringLiteral("buttons"), buttons);
    const auto isLink = [](const document::Button &b) {
        return b.type == QLatin1String("url");
    };
    bindList(
            buttons, QStringLiteral("buttons"), tr("button"),
            [isLink](const Interaction &i) {
                QList<QStringList> rows;
                for (const document::Button &b : i.buttons)
                    rows.append({b.title, b.type, isLink(b) ? b.url : b.payload});
                return rows;
            },
            [isLink](Interaction &i, int row, int column, const QString &v) {
                if (row >= i.buttons.size())
                    return;
                document::Button &b = i.buttons[row];
                if (column == 0)
                    b.title = v;
                else if (column == 1)
                    b.type = v;
                else
                    (isLink(b) ? b.url : b.payload) = v;
            },
            [](Interaction &i) { i.buttons.append(document::Button{}); },
            [](Interaction &i, int row) { i.buttons.removeAt(row); },
            [](Interaction &i, int from, int to) { moveItem(i.buttons, from, to); });
    onRefresh([buttons, isLink](const Interaction &i) {
        for (int r = 0; r < i.buttons.size(); ++r)
            buttons->setPlaceholder(r, 2,
                                    isLink(i.buttons.at(r)) ? QStringLiteral("https://")
                                                            : tr("payload sent back"));
    });
}

void InteractionForm::buildStructured(FormSection *section)
{
    addLine(section, tr("Title"), QStringLiteral("title"), tr("Edit title"), &Interaction::title);
    addLine(section, tr("Subtitle"), QStringLiteral("subtitle"), tr("Edit subtitle"),
            &Interaction::subtitle);
    addLine(section, tr("Image URL"), QStringLiteral("image url"), tr("Edit image URL"),
            &Interaction::imageUrl, QStringLiteral("https://"));
    buildButtons(section);
}

void InteractionForm::buildImage(FormSection *section)
{
    addLine(section, tr("Image URL"), QStringLiteral("image url"), tr("Edit image URL"),
            &Interaction::imageUrl, QStringLiteral("https://"),
            tr("An https address of a JPEG or PNG image"));
    TemplateTextEdit *caption
            = addText(section, tr("Caption"), tr("Optional text under the image"));
    caption->setMinimumLines(1);
}

void InteractionForm::buildUniversal(FormSection *section)
{
    CodeEditorApi *editor = createCodeEditor(CodeLanguage::Json, section->body());
    auto *message = new InlineMessage(section->body());
    if (!editor) {
        message->showMessage(InlineMessage::Kind::Error,
                             tr("The code editor cannot be loaded: reinstall Dialogsmith."));
        section->addWide(message);
        return;
    }
    editor->widget()->setMinimumHeight(220);
    editor->setPlaceholderText(tr("The message as LivePerson's structured content JSON"));
    section->addWide(editor->widget());
    section->addWide(message);
    addField(QStringLiteral("universal"), editor->widget());
    const auto validate = [editor, message](const QString &json) {
        const auto issue = json.trimmed().isEmpty() ? std::nullopt : checkJson(json);
        if (issue) {
            message->showMessage(InlineMessage::Kind::Error,
                                 tr("Not valid JSON: %1 (line %2, column %3)")
                                         .arg(issue->message)
                                         .arg(issue->line)
                                         .arg(issue->column));
            editor->setDiagnostic(CodeDiagnostic{issue->line, sentence(issue->message)});
        } else {
            message->clearMessage();
            editor->setDiagnostic(std::nullopt);
        }
    };
    editor->onCodeEdited(this, [this, editor, validate](const QString &json) {
        validate(json);
        edit(editor->widget(), tr("Edit universal content"), QStringLiteral("universalJson"),
             [&](Interaction &i) { i.universalJson = json; });
    });
    onRefresh([editor, validate](const Interaction &i) {
        if (editor->code().isEmpty() && !i.universalJson.isEmpty())
            editor->loadCode(i.universalJson);
        else
            editor->setCode(i.universalJson);
        validate(i.universalJson);
    });
}

void InteractionForm::fillIntegrations(QComboBox *combo, const Interaction &interaction)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const document::Integration &integration : m_document->bot().integrations)
        combo->addItem(integration.name, integration.id);
    int index = combo->findData(interaction.integrationId);
    if (index < 0 && interaction.integrationId.isEmpty()
        && !interaction.integrationName.isEmpty()) {
        if (const auto *byName = m_document->bot().integrationByName(interaction.integrationName))
            index = combo->findData(byName->id);
    }
    if (index < 0) {
        const bool none
                = interaction.integrationId.isEmpty() && interaction.integrationName.isEmpty();
        combo->insertItem(0,
                          none ? tr("Choose an integration")
                               : tr("Missing: %1")
                                          .arg(interaction.integrationName.isEmpty()
                                                       ? interaction.integrationId
                                                       : interaction.integrationName),
                          QString());
        index = 0;
    }
    combo->setCurrentIndex(index);
}

void InteractionForm::buildIntegration(FormSection *section)
{
    auto *row = new QWidget(section->body());
    auto *combo = new QComboBox(row);
    auto *open = new QToolButton(row);
    open->setText(tr("Edit…"));
    open->setToolTip(tr("Open the integration in the integrations editor"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(combo, 1);
    layout->addWidget(open);
    row->setFocusProxy(combo);
    section->addRow(tr("Calls"), row, tr("The API integration this interaction runs"));
    addField(QStringLiteral("integration"), combo);
    connect(combo, &QComboBox::activated, this, [this, combo](int index) {
        const QString id = combo->itemData(index).toString();
        const document::Integration *integration = m_document->integration(id);
        if (!integration)
            return;
        edit(combo, tr("Choose integration \"%1\"").arg(integration->name), {},
             [&](Interaction &i) {
                 i.integrationId = integration->id;
                 i.integrationName = integration->name;
             });
    });
    connect(open, &QToolButton::clicked, this, [this, combo] {
        const QString id = combo->currentData().toString();
        if (!id.isEmpty())
            emit openIntegrationRequested(id);
    });
    onRefresh([this, combo, open](const Interaction &i) {
        fillIntegrations(combo, i);
        open->setEnabled(!combo->currentData().toString().isEmpty());
    });
}

void InteractionForm::buildEscalation(FormSection *section)
{
    TemplateTextEdit *message
            = addText(section, tr("Message"), tr("Sent to the user before the transfer"));
    auto *none = new QCheckBox(tr("Send no message"), section->body());
    none->setToolTip(tr("Transfer without a message (stored as BLANK_MESSAGE)"));
    section->addRow(QString(), none);
    addField(QStringLiteral("no message"), none);
    connect(none, &QCheckBox::toggled, this, [this, none](bool on) {
        const Interaction *i = interaction();
        if (on && i && i->text != blankMessage)
            m_lastTransferMessage = i->text;
        const QString text = on ? blankMessage : m_lastTransferMessage;
        edit(none, on ? tr("Send no transfer message") : tr("Send a transfer message"), {},
             [&](Interaction &x) { x.text = text; });
    });
    onRefresh([message, none](const Interaction &i) {
        const bool blank = i.text == blankMessage;
        const QSignalBlocker blocker(none);
        none->setChecked(blank);
        message->setEnabled(!blank);
        message->setPlaceholderText(blank ? tr("No message is sent before the transfer")
                                          : tr("Sent to the user before the transfer"));
        if (blank)
            message->setText(QString());
    });
    addLine(section, tr("Skill ID"), QStringLiteral("skill id"), tr("Edit skill ID"),
            &Interaction::skillId, tr("e.g. 1234567890"),
            tr("The LivePerson skill the conversation is transferred to"));
    addLine(section, tr("Skill name"), QStringLiteral("skill name"), tr("Edit skill name"),
            &Interaction::skillName, tr("e.g. human"));
}

void InteractionForm::buildFlow()
{
    // Rules first: a statement's next action is what happens when none of them fires.
    FormSection *rules = addSection(tr("Rules"));
    m_rules = new RulesEditor(m_document, rules->body());
    m_rules->setInteraction(m_id);
    rules->addWide(m_rules);
    addField(QStringLiteral("rules"), m_rules);
    connect(m_rules, &RulesEditor::statusMessage, this, &InteractionForm::statusMessage);

    FormSection *next = addSection(tr("Next"));
    m_nextAction = new ActionPicker(m_document, next->body());
    m_nextAction->setOwner(m_id);
    next->addRow(tr("Next action"), m_nextAction,
                 tr("Where the conversation goes after this interaction"));
    addField(QStringLiteral("next action"), m_nextAction);
    connect(m_nextAction, &ActionPicker::actionEdited, this, [this](const document::Action &a) {
        const auto result = m_document->execute(
                std::make_unique<document::SetNextActionCommand>(*m_document, m_id, a));
        if (!result)
            emit statusMessage(tr("Not changed: %1").arg(result.error().message));
    });

    onRefresh([this, next, rules](const Interaction &i) {
        const bool waits = i.waitsForUser();
        next->setVisible(!waits);
        m_nextAction->setAction(i.nextAction());
        rules->setVisible(waits || i.type == InteractionType::ApiIntegration
                          || hasConditionalRules(i));
        m_rules->setShowUnconditional(waits);
        m_rules->setEmptyText(
                waits ? tr("No rules yet: add one for each answer you expect.")
                      : tr("No rules: the next action always applies. Add one to branch, for "
                           "example on the API result."));
    });
}

void InteractionForm::buildNotes()
{
    FormSection *section = addSection(tr("Notes"));
    auto *comment = new TemplateTextEdit(section->body());
    comment->setTemplateHighlighting(false);
    comment->setMinimumLines(1);
    comment->setPlaceholderText(tr("For the bot's designers only"));
    section->addRow(tr("Comment"), comment);
    addField(QStringLiteral("comment"), comment);
    connect(comment, &TemplateTextEdit::textEdited, this, [this, comment](const QString &value) {
        edit(comment, tr("Edit comment"), QStringLiteral("comment"),
             [&](Interaction &i) { i.comment = value; });
    });
    onRefresh([comment](const Interaction &i) { comment->setText(i.comment); });
}

QWidget *InteractionForm::focusField(const QString &requested, int line)
{
    static const QHash<QString, QString> aliases{
            {QStringLiteral("image"), QStringLiteral("image url")},
            {QStringLiteral("universal content"), QStringLiteral("universal")},
            {QStringLiteral("message"), QStringLiteral("text")}};
    const QString name = aliases.value(requested, requested);
    const auto expandAround = [this](QWidget *widget) {
        for (QWidget *p = widget->parentWidget(); p && p != this; p = p->parentWidget()) {
            if (auto *section = qobject_cast<FormSection *>(p))
                section->setExpanded(true);
        }
    };
    static const QRegularExpression ruleField(QStringLiteral("^rule (\\d+)$"));
    if (const QRegularExpressionMatch m = ruleField.match(name); m.hasMatch()) {
        expandAround(m_rules);
        if (!m_rules->isVisibleTo(this) || !m_rules->focusRule(m.captured(1).toInt() - 1))
            return nullptr;
        return m_rules;
    }
    if (name == QLatin1String("next action") && !m_nextAction->isVisibleTo(this)) {
        // A question's "next action" is its condition-less rule.
        const Interaction *i = interaction();
        for (int r = 0; i && r < i->rules.size(); ++r) {
            if (i->rules.at(r).condition == document::Rule::Condition::Always) {
                expandAround(m_rules);
                m_rules->focusRule(r);
                return m_rules;
            }
        }
        return nullptr;
    }
    QWidget *widget = field(name);
    if (!widget)
        return nullptr;
    expandAround(widget);
    if (!widget->isVisibleTo(this))
        return nullptr;
    if (auto *editor = qobject_cast<RowListEditor *>(widget)) {
        if (editor->rowCount() > 0)
            editor->focusCell(0, 0);
        else
            editor->addButton()->setFocus(Qt::OtherFocusReason);
    } else {
        widget->setFocus(Qt::OtherFocusReason);
    }
    if (auto *code = qobject_cast<CodeEditorApi *>(widget); code && line > 0)
        code->goToLine(line);
    if (auto *text = qobject_cast<TemplateTextEdit *>(widget); text && line > 0) {
        const QTextBlock block = text->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextCursor cursor(block);
            text->setTextCursor(cursor);
        }
    }
    return widget;
}

} // namespace dialogsmith::ui
