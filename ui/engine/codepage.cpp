#include "codepage.h"

#include "botcommands.h"
#include "botdocument.h"
#include "codecolors.h"
#include "codeeditor.h"
#include "interactioncommands.h"
#include "painticons.h"
#include "teardown.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using document::CodeSlot;

/// A titled editor with the current syntax error in its header.
class CodeSlotPane final : public QWidget
{
    Q_OBJECT

public:
    CodeSlotPane(const QString &title, const QString &placeholder, QWidget *parent)
        : QWidget(parent)
        , m_title(new QLabel(title, this))
        , m_icon(new QLabel(this))
        , m_status(new QLabel(this))
        , m_editor(new CodeEditor(CodeEditor::Language::JavaScript, this))
    {
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
        m_title->setBuddy(m_editor);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_status->setMinimumWidth(0);
        m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_editor->setPlaceholderText(placeholder);
        m_editor->setMinimumHeight(90);
        m_editor->setAccessibleName(title);

        auto *header = new QHBoxLayout;
        header->setContentsMargins(2, 0, 2, 0);
        header->setSpacing(6);
        header->addWidget(m_title);
        header->addWidget(m_icon);
        header->addWidget(m_status, 1);

        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 4, 0, 0);
        layout->setSpacing(3);
        layout->addLayout(header);
        layout->addWidget(m_editor, 1);

        connect(m_editor, &CodeEditor::syntaxErrorChanged, this, &CodeSlotPane::updateStatus);
        updateStatus();
    }

    CodeEditor *editor() const { return m_editor; }

    void updateStatus()
    {
        const auto error = m_editor->syntaxError();
        m_icon->setVisible(error.has_value());
        if (!error) {
            m_status->clear();
            m_status->setToolTip({});
            return;
        }
        const int size = m_status->fontMetrics().height();
        m_icon->setPixmap(paintedIcon(PaintedIcon::Error, palette())
                                  .pixmap(QSize(size, size), devicePixelRatioF()));
        const QString text = tr("Line %1: %2").arg(error->line).arg(error->message);
        m_status->setText(m_status->fontMetrics().elidedText(text, Qt::ElideRight,
                                                             std::max(60, m_status->width())));
        m_status->setToolTip(text);
        QPalette p = m_status->palette();
        p.setColor(QPalette::WindowText, CodeColors::fromPalette(palette()).error);
        m_status->setPalette(p);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        updateStatus();
    }

private:
    QLabel *m_title;
    QLabel *m_icon;
    QLabel *m_status;
    CodeEditor *m_editor;
};

CodePage::CodePage(document::BotDocument *document, QWidget *parent)
    : CodePageBase(parent)
    , m_document(document)
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->addWidget(m_splitter);
}

void CodePage::ensurePanes()
{
    if (m_pre)
        return;
    m_pre = addPane(tr("Pre-process code"),
                    tr("// Runs before the message is built and sent.\n"
                       "// Type botContext. for the functions a script can call."));
    m_process = addPane(tr("Process user response"),
                        tr("// Runs when the user has answered, before the rule's action."));
    m_post = addPane(tr("Post-process code"), tr("// Runs after the message is sent."));
    m_functions = addPane(tr("Global functions"),
                          tr("// Functions every interaction's code can call.\n"
                             "// __initConversation() runs when a conversation starts."));

    const auto connectSlot = [this](CodeSlotPane *pane, CodeSlot slot) {
        connect(pane->editor(), &CodeEditor::codeEdited, this, [this, slot](const QString &code) {
            if (m_interactionId.isEmpty())
                return;
            const auto result = m_document->execute(std::make_unique<document::SetCodeCommand>(
                    *m_document, m_interactionId, slot, code));
            if (!result)
                emit statusMessage(tr("Not changed: %1").arg(result.error().message));
        });
    };
    connectSlot(m_pre, CodeSlot::PreProcess);
    connectSlot(m_process, CodeSlot::ProcessUserResponse);
    connectSlot(m_post, CodeSlot::PostProcess);
    connect(m_functions->editor(), &CodeEditor::codeEdited, this, [this](const QString &code) {
        if (!m_global)
            return;
        const auto result = m_document->execute(
                std::make_unique<document::SetGlobalFunctionsCommand>(*m_document, code));
        if (!result)
            emit statusMessage(tr("Not changed: %1").arg(result.error().message));
    });
    for (CodeSlotPane *pane : {m_pre, m_process, m_post, m_functions})
        pane->hide();
}

CodePage::~CodePage()
{
    silenceForTeardown(this);
}

CodeSlotPane *CodePage::addPane(const QString &title, const QString &placeholder)
{
    auto *pane = new CodeSlotPane(title, placeholder, m_splitter);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(m_splitter->count() - 1, 1);
    return pane;
}

void CodePage::showInteraction(const QString &interactionId)
{
    m_global = false;
    m_interactionId = interactionId;
    const document::Interaction *i = m_document->interaction(interactionId);
    if (!i) {
        clear();
        return;
    }
    ensurePanes();
    m_pre->editor()->loadCode(i->preProcess);
    m_process->editor()->loadCode(i->processUserResponse);
    m_post->editor()->loadCode(i->postProcess);
    m_functions->hide();
    m_pre->show();
    m_post->show();
    refresh();
    balance();
}

void CodePage::balance()
{
    // Room in proportion to the code each slot holds, so an empty slot does not take half.
    QList<int> sizes;
    for (CodeSlotPane *pane : {m_pre, m_process, m_post, m_functions}) {
        const int lines = pane->editor()->length() == 0 ? 0 : pane->editor()->lines();
        sizes.append(pane->isVisibleTo(this) ? 100 * std::clamp(lines, 4, 30) : 0);
    }
    m_splitter->setSizes(sizes);
}

void CodePage::showGlobalFunctions()
{
    m_interactionId.clear();
    m_global = true;
    ensurePanes();
    m_functions->editor()->loadCode(m_document->bot().globalFunctions);
    m_pre->hide();
    m_process->hide();
    m_post->hide();
    m_functions->show();
}

void CodePage::clear()
{
    m_interactionId.clear();
    m_global = false;
    if (!m_pre)
        return;
    for (CodeSlotPane *pane : {m_pre, m_process, m_post, m_functions}) {
        pane->editor()->loadCode(QString());
        pane->hide();
    }
}

void CodePage::refresh()
{
    if (!m_pre)
        return;
    if (m_global) {
        m_functions->editor()->setCode(m_document->bot().globalFunctions);
        return;
    }
    const document::Interaction *i = m_document->interaction(m_interactionId);
    if (!i)
        return;
    m_pre->editor()->setCode(i->preProcess);
    m_process->editor()->setCode(i->processUserResponse);
    m_post->editor()->setCode(i->postProcess);
    // Only interactions that wait for an answer run it; code already there stays reachable.
    m_process->setVisible(i->waitsForUser() || !i->processUserResponse.isEmpty());
}

CodeEditor *CodePage::editor(CodeSlot slot) const
{
    if (m_interactionId.isEmpty() || !m_pre)
        return nullptr;
    switch (slot) {
    case CodeSlot::PreProcess:
        return m_pre->editor();
    case CodeSlot::ProcessUserResponse:
        return m_process->isVisibleTo(this) ? m_process->editor() : nullptr;
    case CodeSlot::PostProcess:
        return m_post->editor();
    }
    return nullptr;
}

QWidget *CodePage::firstEditor() const
{
    return m_global ? globalFunctionsEditor() : editor(CodeSlot::PreProcess);
}

CodeEditor *CodePage::globalFunctionsEditor() const
{
    return m_global && m_functions ? m_functions->editor() : nullptr;
}

bool CodePage::focusSlot(const QString &name, int line)
{
    const QString key = name.toLower();
    CodeEditor *target = nullptr;
    if (key.startsWith(QLatin1String("pre-process")))
        target = editor(CodeSlot::PreProcess);
    else if (key.startsWith(QLatin1String("process user response")))
        target = editor(CodeSlot::ProcessUserResponse);
    else if (key.startsWith(QLatin1String("post-process")))
        target = editor(CodeSlot::PostProcess);
    else if (key.startsWith(QLatin1String("global functions")))
        target = globalFunctionsEditor();
    if (!target)
        return false;
    target->setFocus(Qt::OtherFocusReason);
    if (line > 0)
        target->goToLine(line);
    return true;
}

QString CodePage::focusedSlot(int *line) const
{
    const std::pair<CodeSlotPane *, const char *> panes[] = {
            {m_pre, "pre-process"},
            {m_process, "process user response"},
            {m_post, "post-process"},
            {m_functions, "global functions"},
    };
    for (const auto &[pane, name] : panes) {
        if (!pane || !pane->isVisibleTo(this) || !pane->editor()->hasFocus())
            continue;
        if (line) {
            int index = 0;
            pane->editor()->getCursorPosition(line, &index);
            ++*line;
        }
        return QLatin1String(name);
    }
    return {};
}

} // namespace dialogsmith::ui

#include "codepage.moc"
