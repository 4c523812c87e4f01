'use strict';
// A human agent on LivePerson's own node-agent-sdk, unchanged, pointed at the local cloud with
// its csdsDomain option. The test that starts it reads one JSON line per thing that happened on
// stdout and acts as the consumer. What the agent does is driven by what the consumer says:
//   "hello agent"        -> replies "Hi, this is <nickname>. How can I help?"
//   "transfer to SKILL"  -> transfers the conversation to the skill with that id
//   "please close"       -> closes the conversation
//
// Configuration comes from the environment: CLOUD (host:port), ACCOUNT, LOGIN, and PASSWORD or
// APP_KEY, SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET; NICKNAME; NODE_MODULES (where the SDK is).
const path = require('path');
const Agent = require(path.join(process.env.NODE_MODULES, 'node-agent-sdk')).Agent;

function say(event, data) {
    process.stdout.write(JSON.stringify(Object.assign({event}, data || {})) + '\n');
}

const conf = {
    accountId: process.env.ACCOUNT,
    username: process.env.LOGIN,
    csdsDomain: process.env.CLOUD,
    requestTimeout: 5000,
};
if (process.env.PASSWORD) {
    conf.password = process.env.PASSWORD;
} else {
    conf.appKey = process.env.APP_KEY;
    conf.secret = process.env.SECRET;
    conf.accessToken = process.env.ACCESS_TOKEN;
    conf.accessTokenSecret = process.env.ACCESS_TOKEN_SECRET;
}
const nickname = process.env.NICKNAME || conf.username;
const agent = new Agent(conf);
const conversations = {}; // conversation id -> {seen: {sequence: true}}

function check(what) {
    return (err, body) => {
        if (err) say('request-failed', {what, error: err.body || err.message || String(err)});
        else say('answered', {what, body});
    };
}

agent.on('error', err => say('error', {message: err && (err.message || String(err))}));
agent.on('closed', data => say('closed', {data}));

agent.on('connected', () => {
    say('connected', {agentId: agent.agentId, userId: agent.userId, oldAgentId: agent.__oldAgentId});
    agent.setAgentState({availability: 'ONLINE'}, check('setAgentState'));
    agent.subscribeExConversations({agentIds: [agent.agentId], convState: ['OPEN']},
                                   check('subscribeExConversations'));
    agent.subscribeRoutingTasks({}, check('subscribeRoutingTasks'));
    agent.getClock({}, (err, body) => {
        if (!err && body && body.currentTime) say('ready', {clock: body.currentTime});
        else say('request-failed', {what: 'getClock', error: String(err && err.message)});
    });
});

agent.on('routing.RoutingTaskNotification', body => {
    body.changes.forEach(change => {
        if (change.type !== 'UPSERT') return;
        change.result.ringsDetails.forEach(ring => {
            say('ring', {ringId: ring.ringId, ringState: ring.ringState,
                         conversationId: change.result.conversationId,
                         skillId: change.result.skillId});
            if (ring.ringState === 'WAITING') {
                agent.updateRingState({ringId: ring.ringId, ringState: 'ACCEPTED'},
                                      check('updateRingState'));
            }
        });
    });
});

agent.on('cqm.ExConversationChangeNotification', body => {
    body.changes.forEach(change => {
        const id = change.result.convId;
        const details = change.result.conversationDetails;
        const roles = details.participants.map(p => p.role);
        const myRole = details.getMyRole ? details.getMyRole() : undefined;
        say('conversation', {type: change.type, conversationId: id, skillId: details.skillId,
                             state: details.state, roles, myRole});
        if (change.type === 'UPSERT' && !conversations[id]) {
            // What was said before the agent joined is history to read, not to act on.
            conversations[id] = {seen: {}, joinedAt: Date.now()};
            const consumer = details.participants.filter(p => p.role === 'CONSUMER')[0];
            agent.getUserProfile(consumer.id, (err, profile) => {
                if (err) say('request-failed', {what: 'getUserProfile', error: err.body || String(err)});
                else say('profile', {consumerId: consumer.id, profile});
            });
            agent.subscribeMessagingEvents({dialogId: id}, check('subscribeMessagingEvents'));
        } else if (change.type === 'DELETE') {
            delete conversations[id];
        }
    });
});

agent.on('ms.MessagingEventNotification', body => {
    body.changes.forEach(c => {
        const conversation = conversations[c.dialogId];
        if (!conversation || conversation.seen[c.sequence]) return;
        if (c.sequence !== undefined) conversation.seen[c.sequence] = true;
        if (c.event.type !== 'ContentEvent') return;
        const mine = c.originatorId === agent.agentId;
        say('message', {conversationId: c.dialogId, sequence: c.sequence, mine,
                        role: c.originatorMetadata && c.originatorMetadata.role,
                        text: c.event.message});
        if (mine || !c.originatorMetadata || c.originatorMetadata.role !== 'CONSUMER') return;
        if (c.serverTimestamp < conversation.joinedAt) return;
        agent.publishEvent({dialogId: c.dialogId,
                            event: {type: 'AcceptStatusEvent', status: 'READ',
                                    sequenceList: [c.sequence]}}, check('read'));
        const text = c.event.message;
        if (text === 'hello agent') {
            agent.publishEvent({dialogId: c.dialogId,
                                event: {type: 'ContentEvent', contentType: 'text/plain',
                                        message: `Hi, this is ${nickname}. How can I help?`}},
                               check('publishEvent'));
        } else if (text.startsWith('transfer to ')) {
            agent.updateConversationField({
                conversationId: c.dialogId,
                conversationField: [
                    {field: 'ParticipantsChange', type: 'REMOVE', role: 'ASSIGNED_AGENT'},
                    {field: 'Skill', type: 'UPDATE', skill: text.substring(12)}]
            }, check('transfer'));
        } else if (text === 'please close') {
            agent.updateConversationField({
                conversationId: c.dialogId,
                conversationField: [{field: 'ConversationStateField', conversationState: 'CLOSE'}]
            }, check('close'));
        }
    });
});

// The test ends the agent by closing stdin.
process.stdin.on('end', () => {
    agent.dispose();
    say('disposed');
    process.exit(0);
});
process.stdin.resume();
