#include "explorermodel.h"

#include "botdocument.h"
#include "dialogcommands.h"
#include "integrationcommands.h"
#include "interactioncommands.h"
#include "typeicons.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace dialogsmith::ui {

using namespace document;

struct ExplorerModel::Node
{
    Kind kind;
    QString id;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind k, const QString &childId)
    {
        children.push_back(std::make_unique<Node>(Node{k, childId, this, {}}));
        return children.back().get();
    }
};

ExplorerModel::ExplorerModel(BotDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    rebuild();

    connect(document, &BotDocument::loaded, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(document, &BotDocument::propertiesChanged, this, [this] {
        const QModelIndex bot = indexOf(m_bot);
        emit dataChanged(bot, bot);
        resetEnvironments();
    });

    connect(document, &BotDocument::dialogInserted, this, [this](const QString &id) {
        const int row = m_document->dialogIndex(id);
        beginInsertRows(indexOf(m_dialogs), row, row);
        m_dialogs->children.insert(m_dialogs->children.begin() + row,
                                   makeDialogNode(id, m_dialogs));
        endInsertRows();
    });
    connect(document, &BotDocument::dialogRemoved, this, [this](const QString &id) {
        Node *node = findChild(m_dialogs, id);
        if (!node)
            return;
        const int row = rowOf(node);
        beginRemoveRows(indexOf(m_dialogs), row, row);
        m_dialogs->children.erase(m_dialogs->children.begin() + row);
        endRemoveRows();
    });
    connect(document, &BotDocument::dialogChanged, this, [this](const QString &id) {
        const QModelIndex index = indexOfDialog(id);
        emit dataChanged(index, index);
    });
    connect(document, &BotDocument::dialogsReordered, this, [this] {
        QStringList ids;
        for (const Dialog &d : m_document->bot().dialogs)
            ids.append(d.id);
        reorderChildren(m_dialogs, ids);
    });

    connect(document, &BotDocument::interactionInserted, this,
            [this](const QString &dialogId, const QString &id) {
                Node *dialog = findChild(m_dialogs, dialogId);
                const Dialog *d = m_document->dialog(dialogId);
                if (!dialog || !d)
                    return;
                const int row = int(d->indexOf(id));
                beginInsertRows(indexOf(dialog), row, row);
                dialog->children.insert(
                        dialog->children.begin() + row,
                        std::make_unique<Node>(Node{Kind::Interaction, id, dialog, {}}));
                endInsertRows();
            });
    connect(document, &BotDocument::interactionRemoved, this,
            [this](const QString &dialogId, const QString &id) {
                Node *dialog = findChild(m_dialogs, dialogId);
                Node *node = dialog ? findChild(dialog, id) : nullptr;
                if (!node)
                    return;
                const int row = rowOf(node);
                beginRemoveRows(indexOf(dialog), row, row);
                dialog->children.erase(dialog->children.begin() + row);
                endRemoveRows();
            });
    connect(document, &BotDocument::interactionChanged, this, [this](const QString &id) {
        const QModelIndex index = indexOfInteraction(id);
        emit dataChanged(index, index);
    });
    connect(document, &BotDocument::interactionsReordered, this, [this](const QString &dialogId) {
        Node *dialog = findChild(m_dialogs, dialogId);
        const Dialog *d = m_document->dialog(dialogId);
        if (!dialog || !d)
            return;
        QStringList ids;
        for (const Interaction &i : d->interactions)
            ids.append(i.id);
        reorderChildren(dialog, ids);
    });

    connect(document, &BotDocument::integrationInserted, this, [this](const QString &id) {
        const int row = m_document->integrationIndex(id);
        beginInsertRows(indexOf(m_integrations), row, row);
        m_integrations->children.insert(
                m_integrations->children.begin() + row,
                std::make_unique<Node>(Node{Kind::Integration, id, m_integrations, {}}));
        endInsertRows();
    });
    connect(document, &BotDocument::integrationRemoved, this, [this](const QString &id) {
        Node *node = findChild(m_integrations, id);
        if (!node)
            return;
        const int row = rowOf(node);
        beginRemoveRows(indexOf(m_integrations), row, row);
        m_integrations->children.erase(m_integrations->children.begin() + row);
        endRemoveRows();
    });
    connect(document, &BotDocument::integrationChanged, this, [this](const QString &id) {
        const QModelIndex index = indexOfIntegration(id);
        emit dataChanged(index, index);
    });
}

ExplorerModel::~ExplorerModel() = default;

void ExplorerModel::rebuild()
{
    m_root = std::make_unique<Node>(Node{Kind::Bot, {}, nullptr, {}});
    m_bot = m_root->add(Kind::Bot, {});
    m_dialogs = m_bot->add(Kind::DialogsSection, {});
    m_integrations = m_bot->add(Kind::IntegrationsSection, {});
    m_environments = m_bot->add(Kind::EnvironmentsSection, {});
    for (const Dialog &d : m_document->bot().dialogs)
        m_dialogs->children.push_back(makeDialogNode(d.id, m_dialogs));
    for (const Integration &i : m_document->bot().integrations)
        m_integrations->add(Kind::Integration, i.id);
    for (const Environment &e : m_document->bot().environments)
        m_environments->add(Kind::Environment, e.name);
}

std::unique_ptr<ExplorerModel::Node> ExplorerModel::makeDialogNode(const QString &dialogId,
                                                                   Node *parent) const
{
    auto node = std::make_unique<Node>(Node{Kind::Dialog, dialogId, parent, {}});
    if (const Dialog *d = m_document->dialog(dialogId)) {
        for (const Interaction &i : d->interactions)
            node->add(Kind::Interaction, i.id);
    }
    return node;
}

void ExplorerModel::resetEnvironments()
{
    const QModelIndex parent = indexOf(m_environments);
    if (!m_environments->children.empty()) {
        beginRemoveRows(parent, 0, int(m_environments->children.size()) - 1);
        m_environments->children.clear();
        endRemoveRows();
    }
    const QList<Environment> &envs = m_document->bot().environments;
    if (envs.isEmpty())
        return;
    beginInsertRows(parent, 0, int(envs.size()) - 1);
    for (const Environment &e : envs)
        m_environments->add(Kind::Environment, e.name);
    endInsertRows();
}

void ExplorerModel::reorderChildren(Node *parent, const QStringList &ids)
{
    emit layoutAboutToBeChanged({indexOf(parent)});
    const QModelIndexList persistent = persistentIndexList();
    std::vector<std::unique_ptr<Node>> reordered;
    reordered.reserve(parent->children.size());
    for (const QString &id : ids) {
        for (auto &child : parent->children) {
            if (child && child->id == id) {
                reordered.push_back(std::move(child));
                break;
            }
        }
    }
    parent->children = std::move(reordered);
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex &old : persistent) {
        auto *node = static_cast<Node *>(old.internalPointer());
        to.append(createIndex(rowOf(node), old.column(), node));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({indexOf(parent)});
}

ExplorerModel::Node *ExplorerModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int ExplorerModel::rowOf(const Node *node)
{
    if (!node->parent)
        return 0;
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == node)
            return int(i);
    }
    return -1;
}

QModelIndex ExplorerModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), 0, node);
}

ExplorerModel::Node *ExplorerModel::findChild(Node *parent, const QString &id) const
{
    for (auto &child : parent->children) {
        if (child->id == id)
            return child.get();
    }
    return nullptr;
}

QModelIndex ExplorerModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ExplorerModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ExplorerModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ExplorerModel::columnCount(const QModelIndex &) const
{
    return 1;
}

void ExplorerModel::setDialogCoverage(const QHash<QString, DialogCoverage> &coverage)
{
    if (coverage.isEmpty() && m_coverage.isEmpty())
        return;
    m_coverage = coverage;
    if (!m_dialogs || m_dialogs->children.empty())
        return;
    const QModelIndex parent = indexOf(m_dialogs);
    emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, 0, parent),
                     {Qt::DisplayRole, Qt::ToolTipRole, CoverageRole});
}

QString ExplorerModel::percentText(const DialogCoverage &tally)
{
    int percent = tally.total ? qRound(100.0 * tally.covered / tally.total) : 100;
    if (tally.covered < tally.total)
        percent = std::min(percent, 99);
    if (tally.covered > 0)
        percent = std::max(percent, 1);
    return tr("%1 %").arg(percent);
}

QVariant ExplorerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == KindRole)
        return int(node->kind);
    if (role == IdRole)
        return node->id;
    const Bot &bot = m_document->bot();
    switch (node->kind) {
    case Kind::Bot:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return bot.name.isEmpty() ? tr("Bot") : bot.name;
        if (role == Qt::ToolTipRole)
            return tr("The bot: its global functions and settings");
        if (role == Qt::FontRole) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        if (role == Qt::DecorationRole)
            return studioIcon(QStringLiteral("bot"));
        return {};
    case Kind::DialogsSection:
    case Kind::IntegrationsSection:
    case Kind::EnvironmentsSection: {
        if (role == Qt::DisplayRole) {
            if (node->kind == Kind::DialogsSection)
                return tr("Dialogs (%1)").arg(bot.dialogs.size());
            if (node->kind == Kind::IntegrationsSection)
                return tr("Integrations (%1)").arg(bot.integrations.size());
            return tr("Environments (%1)").arg(bot.environments.size());
        }
        if (role == Qt::DecorationRole)
            return studioIcon(QStringLiteral("folder"));
        if (role == Qt::ForegroundRole)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    case Kind::Dialog: {
        const Dialog *d = m_document->dialog(node->id);
        if (!d)
            return {};
        const auto coverage = m_coverage.constFind(d->id);
        if (role == CoverageRole)
            return coverage != m_coverage.cend() ? percentText(*coverage) : QString();
        if (role == Qt::DisplayRole && coverage != m_coverage.cend())
            return tr("%1 \u2014 %2").arg(d->name, percentText(*coverage));
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return d->name;
        if (role == Qt::ToolTipRole) {
            QString kind = d->type == DialogType::Fallback ? tr("Fallback dialog") : tr("Dialog");
            if (!d->enabled)
                kind += tr(" (disabled)");
            QString tip = tr("%1 \u2014 %n interaction(s)", nullptr, int(d->interactions.size()))
                                  .arg(kind);
            if (coverage != m_coverage.cend())
                tip += u'\n'
                       + tr("Coverage: %1 of %2 items reached by the last run of all tests "
                            "(interactions entered, rules taken, starters matched, integration "
                            "outcomes, fallback)")
                                 .arg(coverage->covered)
                                 .arg(coverage->total);
            return tip;
        }
        if (role == Qt::DecorationRole)
            return studioIcon(d->type == DialogType::Fallback ? QStringLiteral("fallback")
                                                              : QStringLiteral("dialog"));
        if (role == Qt::ForegroundRole && !d->enabled)
            return QApplication::palette().color(QPalette::PlaceholderText);
        if (role == Qt::FontRole && d->type == DialogType::Fallback) {
            QFont f = QApplication::font();
            f.setItalic(true);
            return f;
        }
        return {};
    }
    case Kind::Interaction: {
        const Interaction *i = m_document->interaction(node->id);
        if (!i)
            return {};
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return i->name;
        if (role == Qt::DecorationRole)
            return interactionTypeIcon(i->type);
        if (role == Qt::ToolTipRole) {
            const QString type = i->type == InteractionType::Unknown
                                         ? tr("Unknown type %1").arg(i->typeKey)
                                         : interactionTypeLabel(i->type);
            const QString first = i->text.section(QLatin1Char('\n'), 0, 0);
            return first.isEmpty() ? type : QStringLiteral("%1: %2").arg(type, first.left(120));
        }
        if (role == Qt::ForegroundRole && !i->enabled)
            return QApplication::palette().color(QPalette::PlaceholderText);
        if (role == DialogIdRole)
            return node->parent->id;
        return {};
    }
    case Kind::Integration: {
        const Integration *in = m_document->integration(node->id);
        if (!in)
            return {};
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return in->name;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 %2").arg(in->method, in->url);
        if (role == Qt::DecorationRole)
            return studioIcon(QStringLiteral("integration"));
        return {};
    }
    case Kind::Environment:
        if (role == Qt::DisplayRole)
            return node->id == bot.defaultEnvironment ? tr("%1 (default)").arg(node->id) : node->id;
        if (role == Qt::DecorationRole)
            return studioIcon(QStringLiteral("environment"));
        return {};
    }
    return {};
}

bool ExplorerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Node *node = nodeOf(index);
    const QString name = value.toString().trimmed();
    Result<void> result;
    switch (node->kind) {
    case Kind::Dialog:
        if (m_document->dialog(node->id)->name == name)
            return true;
        result = m_document->execute(
                std::make_unique<RenameDialogCommand>(*m_document, node->id, name));
        break;
    case Kind::Interaction: {
        Interaction i = *m_document->interaction(node->id);
        if (i.name == name)
            return true;
        i.name = name;
        result = m_document->execute(std::make_unique<EditInteractionCommand>(
                *m_document, i, tr("Rename to \"%1\"").arg(name)));
        break;
    }
    case Kind::Integration: {
        Integration in = *m_document->integration(node->id);
        if (in.name == name)
            return true;
        in.name = name;
        result = m_document->execute(std::make_unique<EditIntegrationCommand>(
                *m_document, in, tr("Rename to \"%1\"").arg(name)));
        break;
    }
    default:
        return false;
    }
    if (!result) {
        emit editRefused(tr("Cannot rename: %1").arg(result.error().message));
        return false;
    }
    return true;
}

Qt::ItemFlags ExplorerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Kind kind = nodeOf(index)->kind;
    if (kind == Kind::Dialog || kind == Kind::Interaction || kind == Kind::Integration)
        f |= Qt::ItemIsEditable;
    return f;
}

ExplorerModel::Kind ExplorerModel::kindOf(const QModelIndex &index)
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())->kind : Kind::Bot;
}

QString ExplorerModel::idOf(const QModelIndex &index)
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())->id : QString();
}

QModelIndex ExplorerModel::indexOfDialog(const QString &id) const
{
    return indexOf(findChild(m_dialogs, id));
}

QModelIndex ExplorerModel::indexOfInteraction(const QString &id) const
{
    Node *dialog = findChild(m_dialogs, m_document->dialogIdOf(id));
    return dialog ? indexOf(findChild(dialog, id)) : QModelIndex();
}

QModelIndex ExplorerModel::indexOfIntegration(const QString &id) const
{
    return indexOf(findChild(m_integrations, id));
}

QModelIndex ExplorerModel::environmentsIndex() const
{
    return indexOf(m_environments);
}

QModelIndex ExplorerModel::botIndex() const
{
    return indexOf(m_bot);
}

} // namespace dialogsmith::ui
