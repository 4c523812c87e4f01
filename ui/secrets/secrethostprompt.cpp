#include "secrethostprompt.h"

#include "secrethosts.h"
#include "secretstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace dialogsmith::ui {

namespace {

// A QObject of its own gives the question its own translation context.
class SecretHostPrompt final : public QObject
{
    Q_OBJECT

public:
    static void ask(const QString &secret, const QString &host,
                    std::function<void(network::SecretHostPolicy::Answer)> answer)
    {
        using Answer = network::SecretHostPolicy::Answer;
        auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Send a Secret?"),
                tr("The bot wants to send the secret \"%1\" to %2.").arg(secret, host),
                QMessageBox::NoButton, QApplication::activeWindow());
        box->setObjectName(QStringLiteral("secretHostPrompt"));
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(
                tr("Bot files come from anywhere: send it only if %1 is meant to have it. "
                   "\"Always Allow\" keeps %1 in the secret's list of hosts.")
                        .arg(host));
        QPushButton *once = box->addButton(tr("Allow &Once"), QMessageBox::AcceptRole);
        QPushButton *always = box->addButton(tr("&Always Allow"), QMessageBox::AcceptRole);
        QPushButton *deny = box->addButton(tr("&Deny"), QMessageBox::RejectRole);
        once->setObjectName(QStringLiteral("allowOnce"));
        always->setObjectName(QStringLiteral("allowAlways"));
        deny->setObjectName(QStringLiteral("deny"));
        box->setDefaultButton(deny);
        box->setEscapeButton(deny);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(box->parentWidget() ? Qt::WindowModal : Qt::ApplicationModal);
        QObject::connect(box, &QMessageBox::finished, box, [box, once, always, answer] {
            const QAbstractButton *clicked = box->clickedButton();
            answer(clicked == once     ? Answer::AllowOnce
                   : clicked == always ? Answer::AllowAlways
                                       : Answer::Deny);
        });
        box->open();
    }
};

} // namespace

network::SecretHostPolicy &studioSecretHostPolicy()
{
    static network::SecretStore store;
    static network::SecretHostPolicy policy = [] {
        network::SecretHostPolicy p(&store);
        p.setAsk(&SecretHostPrompt::ask);
        return p;
    }();
    return policy;
}

} // namespace dialogsmith::ui

#include "secrethostprompt.moc"
