#include "largecodeeditor.h"

#include "botdocument.h"
#include "codepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dialogsmith::ui {

using document::BotDocument;

LargeCodeEditor::LargeCodeEditor(BotDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_back(new QPushButton(tr("Back to the Canvas"), this))
    , m_code(new CodePage(document, this))
{
    setObjectName(QStringLiteral("largeCodeEditor"));
    m_back->setObjectName(QStringLiteral("largeCodeEditorBack"));
    m_back->setToolTip(tr("Show the dialog's canvas again; the code stays in the inspector"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 6, 10, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_code, 1);

    connect(m_back, &QPushButton::clicked, this, &LargeCodeEditor::closeRequested);
    connect(m_code, &CodePage::statusMessage, this, &LargeCodeEditor::statusMessage);
    // Edits made elsewhere (the inspector, undo) show here as they happen.
    connect(document, &BotDocument::interactionChanged, this, [this](const QString &id) {
        if (!m_global && id == m_interactionId) {
            m_code->refresh();
            updateTitle();
        }
    });
    connect(document, &BotDocument::propertiesChanged, this, [this] {
        if (m_global) {
            m_code->refresh();
            updateTitle();
        }
    });
    connect(document, &BotDocument::interactionRemoved, this,
            [this](const QString &, const QString &id) {
                if (!m_global && id == m_interactionId) {
                    m_interactionId.clear();
                    m_code->clear();
                    emit closeRequested();
                }
            });
    connect(document, &BotDocument::loaded, this, [this] {
        m_interactionId.clear();
        m_global = false;
        m_code->clear();
        emit closeRequested();
    });
}

void LargeCodeEditor::showInteraction(const QString &interactionId)
{
    m_global = false;
    m_interactionId = m_document->interaction(interactionId) ? interactionId : QString();
    if (m_interactionId.isEmpty())
        m_code->clear();
    else
        m_code->showInteraction(m_interactionId);
    updateTitle();
}

void LargeCodeEditor::showGlobalFunctions()
{
    m_global = true;
    m_interactionId.clear();
    m_code->showGlobalFunctions();
    updateTitle();
}

void LargeCodeEditor::updateTitle()
{
    if (m_global) {
        m_title->setText(tr("Global functions of %1").arg(m_document->bot().name));
    } else if (const document::Interaction *i = m_document->interaction(m_interactionId)) {
        m_title->setText(tr("Code of \u201c%1\u201d").arg(i->name));
    } else {
        m_title->clear();
    }
    m_title->setToolTip(m_title->text());
}

} // namespace dialogsmith::ui
