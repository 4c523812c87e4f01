#pragma once

// The one table of a CB bot export's JSON: every member name the reader and the writer use, the
// values both compare, and the order CB writes each object's members in (private to
// model/format). Reader and writer name members only through this table, so a misspelt key is a
// compile error, not a member that is read under one name and written under another.
//
// Constants are named as the member is spelt in the file, except where that is not a C++ name.

#include "json.h"

#include <QString>
#include <QStringList>

namespace dialogsmith::format::keys {

// --- Top level --------------------------------------------------------------------------------
inline const QString hash = QStringLiteral("hash");
inline const QString bot = QStringLiteral("bot");
inline const QString responder = QStringLiteral("responder");
inline const QString requiredContext = QStringLiteral("requiredContext");
inline const QString conversationMessage = QStringLiteral("conversationMessage");
inline const QString menus = QStringLiteral("menus");
inline const QString groups = QStringLiteral("groups");
inline const QString globalFunctions = QStringLiteral("globalFunctions");
inline const QString platforms = QStringLiteral("platforms");
inline const QString associatedDomains = QStringLiteral("associatedDomains");
inline const QString associatedIntents = QStringLiteral("associatedIntents");
inline const QString dialogTemplates = QStringLiteral("dialogTemplates");
/// What CB has no place for (see the "x-dialogsmith" members below).
inline const QString extension = QStringLiteral("x-dialogsmith");
inline constexpr int extensionVersion = 1;

// --- Names several objects share ----------------------------------------------------------------
inline const QString id = QStringLiteral("id");
inline const QString name = QStringLiteral("name");
inline const QString type = QStringLiteral("type");
inline const QString status = QStringLiteral("status");
inline const QString value = QStringLiteral("value");
inline const QString group = QStringLiteral("group");
inline const QString results = QStringLiteral("results");
inline const QString chatBotId = QStringLiteral("chatBotId");
inline const QString creationTime = QStringLiteral("creationTime");
inline const QString modificationTime = QStringLiteral("modificationTime");
inline const QString tangoContextEnabled = QStringLiteral("tangoContextEnabled");

// --- "bot" ------------------------------------------------------------------------------------
inline const QString chatBotType = QStringLiteral("chatBotType");
inline const QString description = QStringLiteral("description");
inline const QString getStartedButtonPayload = QStringLiteral("getStartedButtonPayload");
inline const QString demo = QStringLiteral("demo");
inline const QString skipNLP = QStringLiteral("skipNLP");
inline const QString language = QStringLiteral("language");
inline const QString botAttributes = QStringLiteral("botAttributes");
inline const QString sessionLength = QStringLiteral("sessionLength");
inline const QString passThroughMode = QStringLiteral("passThroughMode");
inline const QString transcriptDisabled = QStringLiteral("transcriptDisabled");
inline const QString version = QStringLiteral("version");
inline const QString publicBot = QStringLiteral("publicBot");
inline const QString readOnly = QStringLiteral("readOnly");

// --- "groups[]" (dialogs) ---------------------------------------------------------------------
inline const QString dialogType = QStringLiteral("dialogType");
inline const QString disambiguteOnlySelectedDomains
        = QStringLiteral("disambiguteOnlySelectedDomains"); // sic: CB's spelling

// --- "responder[]" (integrations) -------------------------------------------------------------
inline const QString chatbotId = QStringLiteral("chatbotId"); // sic: lower-case b here
inline const QString webhook = QStringLiteral("webhook");
inline const QString method = QStringLiteral("method");
// CB names for what the public samples do not show; chosen to read naturally in an export.
inline const QString headers = QStringLiteral("headers");
inline const QString params = QStringLiteral("params");
inline const QString postBody = QStringLiteral("postBody");
inline const QString defaultValues = QStringLiteral("defaultValues");
inline const QString customDataFields = QStringLiteral("customDataFields");
inline const QString transformResultsScript = QStringLiteral("transformResultsScript");
inline const QString responseDataVariable = QStringLiteral("responseDataVariable");
inline const QString integrationType = QStringLiteral("integrationType");
// headers[], params[], customDataFields[]
inline const QString key = QStringLiteral("key");

// --- "conversationMessage[]" (interactions) ---------------------------------------------------
inline const QString userInputRequired = QStringLiteral("userInputRequired");
inline const QString pattern = QStringLiteral("pattern");
inline const QString excludeKeywords = QStringLiteral("excludeKeywords");
inline const QString intentId = QStringLiteral("intentId");
inline const QString content = QStringLiteral("content");
inline const QString preProcessMessage = QStringLiteral("preProcessMessage");
inline const QString postProcessMessage = QStringLiteral("postProcessMessage");
inline const QString processUserResponse = QStringLiteral("processUserResponse");
inline const QString quickReplies = QStringLiteral("quickReplies");
inline const QString required = QStringLiteral("required");
inline const QString nextMessageId = QStringLiteral("nextMessageId");
inline const QString prevMessageId = QStringLiteral("prevMessageId");
inline const QString responseMatches = QStringLiteral("responseMatches");
inline const QString interactionType = QStringLiteral("interactionType");
inline const QString changeResponse = QStringLiteral("changeResponse");
inline const QString cancelResponse = QStringLiteral("cancelResponse");
inline const QString enabled = QStringLiteral("enabled"); // of changeResponse, cancelResponse
inline const QString interactionDelay = QStringLiteral("interactionDelay");

// content, content.results, content.results.tile
inline const QString contentType = QStringLiteral("contentType");
inline const QString responderName = QStringLiteral("responderName");
inline const QString responderId = QStringLiteral("responderId");
inline const QString tile = QStringLiteral("tile");
inline const QString tileData = QStringLiteral("tileData");

// content.results.tile.tileData[0]
inline const QString text = QStringLiteral("text");
inline const QString title = QStringLiteral("title");
inline const QString subTitle = QStringLiteral("subTitle");
inline const QString url = QStringLiteral("url");
inline const QString image = QStringLiteral("image"); // the picture of structured content
inline const QString buttons = QStringLiteral("buttons");
inline const QString multipleChoice = QStringLiteral("multipleChoice");
inline const QString quickReplyList = QStringLiteral("quickReplyList");
inline const QString quickReplyWidget = QStringLiteral("quickReplyWidget");
inline const QString universalWidget = QStringLiteral("universalWidget");
inline const QString escalation = QStringLiteral("escalation");
inline const QString payload = QStringLiteral("payload"); // of buttons[], quickReplies[]
inline const QString multipleChoices = QStringLiteral("multipleChoices");
inline const QString displayChoice = QStringLiteral("displayChoice");
inline const QString textStyle = QStringLiteral("textStyle");
inline const QString leMessageJson = QStringLiteral("leMessageJson");
inline const QString agentSkillId = QStringLiteral("agentSkillId");
inline const QString agentSkillName = QStringLiteral("agentSkillName");

// --- "responseMatches[]" (rules) --------------------------------------------------------------
inline const QString conditions = QStringLiteral("conditions");
inline const QString contextConditions = QStringLiteral("contextConditions");
inline const QString contextMatchConditionType = QStringLiteral("contextMatchConditionType");
inline const QString action = QStringLiteral("action");
inline const QString contextDataVariables = QStringLiteral("contextDataVariables");
// conditions[0]
inline const QString matchType = QStringLiteral("matchType");
inline const QString patternMatch = QStringLiteral("patternMatch");
inline const QString patterns = QStringLiteral("patterns");
inline const QString regexMatch = QStringLiteral("regexMatch");
inline const QString regexText = QStringLiteral("regexText");
inline const QString evaluateOptionMatch = QStringLiteral("evaluateOptionMatch");
inline const QString apiResultMatch = QStringLiteral("apiResultMatch");
/// CB's other spelling of an API result condition, with `status` for `value`; read and written
/// back as found.
inline const QString apiResultsMatch = QStringLiteral("apiResultsMatch");
inline const QString noMatch = QStringLiteral("noMatch");
inline const QString fallbackMessage = QStringLiteral("fallbackMessage");
// contextConditions[], contextDataVariables[]
inline const QString contextName = QStringLiteral("contextName");
inline const QString scope = QStringLiteral("scope");

// --- "globalFunctions", "associatedIntents[]" -------------------------------------------------
inline const QString methods = QStringLiteral("methods");
inline const QString displayName = QStringLiteral("displayName");

// --- "x-dialogsmith" --------------------------------------------------------------------------
inline const QString extensionFormat = QStringLiteral("format");
inline const QString environments = QStringLiteral("environments");
inline const QString environmentValues = QStringLiteral("values"); // of environments[]
inline const QString defaultEnvironment = QStringLiteral("defaultEnvironment");
inline const QString secrets = QStringLiteral("secrets");
inline const QString interactions = QStringLiteral("interactions"); // id -> comment, x, y
inline const QString comment = QStringLiteral("comment");
inline const QString x = QStringLiteral("x");
inline const QString y = QStringLiteral("y");
inline const QString integrations = QStringLiteral("integrations"); // id -> timeoutMs
inline const QString timeoutMs = QStringLiteral("timeoutMs");
inline const QString intentSamples = QStringLiteral("intentSamples"); // id -> [samples]

/// Values both sides compare or write.
namespace values {
inline const QString formatName = QStringLiteral("dialogsmith"); // x-dialogsmith.format
inline const QString botVersion = QStringLiteral("2");           // bot.version
inline const QString active = QStringLiteral("ACTIVE");          // interaction status
inline const QString inactive = QStringLiteral("INACTIVE");
inline const QString enabled = QStringLiteral("ENABLED"); // dialog status
inline const QString disabled = QStringLiteral("DISABLED");
inline const QString dialog = QStringLiteral("DIALOG"); // dialogType when absent; action name
inline const QString interaction = QStringLiteral("INTERACTION"); // action name
inline const QString next = QStringLiteral("next");               // action values
inline const QString none = QStringLiteral("none");
inline const QString closeDialog = QStringLiteral("close_dialog");
inline const QString closeConversation = QStringLiteral("close_conversation");
inline const QString all = QStringLiteral("ALL"); // contextMatchConditionType
inline const QString any = QStringLiteral("ANY");
inline const QString success = QStringLiteral("SUCCESS"); // API result conditions
inline const QString failure = QStringLiteral("FAILURE");
} // namespace values

/// Where an API result condition (`conditions[0]`) keeps its outcome: `apiResultMatch.value`,
/// or, in CB's other spelling, `apiResultsMatch.status`. Reader and writer both ask, so a
/// condition is written back in the form it was read in.
struct ApiResultPlace
{
    const QString &member;
    const QString &field;
};
ApiResultPlace apiResultPlace(const document::Json &condition);

// x-dialogsmith.enterpriseIntegrations: the integrations, their agents and the agents' key
// names, each list in the order the writer puts new members.
namespace enterprise {
inline const QString list = QStringLiteral("enterpriseIntegrations");
inline const QString id = QStringLiteral("id");
inline const QString type = QStringLiteral("type");
inline const QString companyName = QStringLiteral("companyName");
inline const QString agents = QStringLiteral("agents");
inline const QStringList integrationOrder = {id, type, companyName, agents};
inline const QString conversationType = QStringLiteral("conversationType");
inline const QString accountNumber = QStringLiteral("accountNumber");
inline const QString loginName = QStringLiteral("loginName");
inline const QString role = QStringLiteral("role");
inline const QString authentication = QStringLiteral("authentication");
inline const QString keyNames = QStringLiteral("keyNames");
inline const QString environment = QStringLiteral("environment");
inline const QStringList agentOrder = {id,   conversationType, accountNumber, loginName,
                                       role, authentication,   keyNames,      environment};
inline const QString appKey = QStringLiteral("appKey");
inline const QString secret = QStringLiteral("secret");
inline const QString accessToken = QStringLiteral("accessToken");
inline const QString accessTokenSecret = QStringLiteral("accessTokenSecret");
inline const QStringList keyNamesOrder = {appKey, secret, accessToken, accessTokenSecret};
} // namespace enterprise

// The order CB writes each object's members in (and Dialogsmith's extension object): members
// the model adds land in their place.
inline const QStringList rootOrder = {hash,
                                      bot,
                                      responder,
                                      requiredContext,
                                      conversationMessage,
                                      menus,
                                      groups,
                                      globalFunctions,
                                      platforms,
                                      associatedDomains,
                                      associatedIntents,
                                      dialogTemplates};
inline const QStringList botOrder = {id,
                                     name,
                                     chatBotType,
                                     description,
                                     status,
                                     getStartedButtonPayload,
                                     creationTime,
                                     modificationTime,
                                     demo,
                                     skipNLP,
                                     language,
                                     botAttributes,
                                     sessionLength,
                                     passThroughMode,
                                     transcriptDisabled,
                                     version,
                                     publicBot,
                                     readOnly};
inline const QStringList dialogOrder
        = {chatBotId,        id,         name,   creationTime,
           modificationTime, dialogType, status, disambiguteOnlySelectedDomains};
inline const QStringList integrationOrder = {chatbotId,
                                             id,
                                             name,
                                             webhook,
                                             method,
                                             headers,
                                             params,
                                             postBody,
                                             defaultValues,
                                             customDataFields,
                                             results,
                                             group,
                                             transformResultsScript,
                                             responseDataVariable,
                                             integrationType,
                                             tangoContextEnabled};
inline const QStringList interactionOrder = {id,
                                             chatBotId,
                                             userInputRequired,
                                             name,
                                             pattern,
                                             excludeKeywords,
                                             intentId,
                                             type,
                                             content,
                                             preProcessMessage,
                                             postProcessMessage,
                                             processUserResponse,
                                             quickReplies,
                                             group,
                                             status,
                                             required,
                                             nextMessageId,
                                             prevMessageId,
                                             responseMatches,
                                             interactionType,
                                             changeResponse,
                                             cancelResponse,
                                             interactionDelay};
inline const QStringList contentOrder = {contentType, results, responderName, responderId};
inline const QStringList tileOrder = {text,
                                      title,
                                      subTitle,
                                      url,
                                      image,
                                      buttons,
                                      multipleChoice,
                                      quickReplyList,
                                      quickReplyWidget,
                                      universalWidget,
                                      escalation};
inline const QStringList buttonOrder = {type, title, payload, url};
inline const QStringList quickReplyOrder = {type, title, payload};
inline const QStringList escalationOrder = {agentSkillId, agentSkillName};
inline const QStringList ruleOrder
        = {name,   conditions,          contextConditions, contextMatchConditionType,
           action, contextDataVariables};
inline const QStringList actionOrder = {name, value};
inline const QStringList variableConditionOrder = {matchType, contextName, value};
inline const QStringList variableAssignmentOrder = {name, value, scope};
inline const QStringList extensionOrder
        = {extensionFormat,  version,      environments, defaultEnvironment, secrets,
           enterprise::list, interactions, integrations, intentSamples};

} // namespace dialogsmith::format::keys
