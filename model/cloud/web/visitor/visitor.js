'use strict';
// The visitor test page: a "Live Chat" button opens a chat window that talks to the cloud as
// LivePerson's messaging window does: signup (a JWT), the consumer WebSocket with InitConnection,
// a conversation on the campaign's entry skill, messages. A dropped connection reconnects and
// asks for everything after the last sequence it has, so nothing is lost.
(function () {
    const {Channel, wsBase, postJson, element} = window.Messaging;
    const $ = id => document.getElementById(id);
    const site = new URLSearchParams(location.search).get('siteid') || '';
    $('site-id').textContent = site;

    const state = {
        jwt: null, consumerId: null, channel: null, conversationId: null, lastSequence: -1,
        seen: new Set(), outbox: [], names: new Map(), bots: new Set(), skillId: null,
        agents: new Set(), retry: 0, closed: false, started: false, typingTimer: null,
    };

    function setStatus(text) { $('status').textContent = text; }

    function scrollDown() {
        const list = $('messages');
        list.scrollTop = list.scrollHeight;
    }

    function notice(text, kind) {
        const li = element('li', 'notice' + (kind ? ' ' + kind : ''), text);
        $('messages').appendChild(li);
        scrollDown();
        return li;
    }

    function bubble(mine, name, sequence) {
        const li = element('li', 'message ' + (mine ? 'mine' : 'theirs'));
        if (sequence !== undefined) li.dataset.sequence = String(sequence);
        if (!mine) li.appendChild(element('span', 'sender', name || 'Agent'));
        const body = element('div', 'bubble');
        li.appendChild(body);
        $('messages').appendChild(li);
        return {li, body};
    }

    async function nameOf(pid) {
        if (state.names.has(pid)) return state.names.get(pid);
        const lookup = state.channel.request('userprofile.GetUserProfile', {userId: pid})
            .then(p => {
                if (p.userType === 'BOT') state.bots.add(pid);
                return p.nickName || [p.firstName, p.lastName].filter(Boolean).join(' ') || 'Agent';
            })
            .catch(() => 'Agent');
        state.names.set(pid, lookup);
        return lookup;
    }

    function showQuickReplies(quick) {
        const box = $('quick-replies');
        box.replaceChildren();
        if (!quick || !Array.isArray(quick.replies)) return;
        for (const reply of quick.replies) {
            const actions = (reply.click && reply.click.actions) || [];
            const publish = actions.find(a => a.type === 'publishText');
            const b = element('button', 'quick-reply', reply.title || (publish && publish.text) || '');
            b.type = 'button';
            b.addEventListener('click', () => {
                box.replaceChildren();
                send(publish ? publish.text : reply.title);
            });
            box.appendChild(b);
        }
    }

    function setTyping(name, on) {
        const t = $('typing');
        clearTimeout(state.typingTimer);
        if (on) {
            t.textContent = `${name} is typing\u2026`;
            t.hidden = false;
            // A typing indicator that is never ended does not stay forever.
            state.typingTimer = setTimeout(() => { t.hidden = true; }, 30000);
        } else {
            t.hidden = true;
        }
    }

    async function showEvent(change) {
        const seq = change.sequence;
        if (seq !== undefined) {
            if (state.seen.has(seq)) return;
            state.seen.add(seq);
            state.lastSequence = Math.max(state.lastSequence, seq);
        }
        const event = change.event || {};
        const role = change.originatorMetadata && change.originatorMetadata.role;
        const pid = change.originatorId;
        const mine = role === 'CONSUMER';
        if (event.type === 'ChatStateEvent') {
            if (mine) return;
            const name = await nameOf(pid);
            setTyping(name, event.chatState === 'COMPOSING');
            return;
        }
        if (event.type !== 'ContentEvent' && event.type !== 'RichContentEvent') return;
        if (role === 'CONTROLLER') {
            notice(event.message || '', 'controller');
            return;
        }
        // Placed now, so that messages keep their order while names are looked up.
        const {li, body} = bubble(mine, '', seq);
        if (!mine) {
            setTyping('', false);
            const name = await nameOf(pid);
            li.querySelector('.sender').textContent = name;
            li.classList.add(state.bots.has(pid) ? 'from-bot' : 'from-agent');
        }
        if (event.type === 'RichContentEvent') {
            const rendered = window.CbHtml.renderStructured(event.content);
            if (rendered) body.appendChild(rendered);
            else body.appendChild(window.CbHtml.renderPlainText('[structured content]'));
            body.classList.add('structured');
        } else if (!mine && state.bots.has(pid)) {
            body.appendChild(window.CbHtml.renderBotHtml(event.message || ''));
        } else {
            body.appendChild(window.CbHtml.renderPlainText(event.message || ''));
        }
        if (!mine) showQuickReplies(event.quickReplies);
        scrollDown();
    }

    function conversationChanged(body) {
        for (const change of body.changes || []) {
            const r = change.result || {};
            if (r.convId !== state.conversationId) continue;
            const d = r.conversationDetails || {};
            if (change.type === 'DELETE' || d.state === 'CLOSE') {
                conversationEnded();
                continue;
            }
            if (state.skillId !== null && d.skillId !== state.skillId)
                notice('You are being transferred to another agent. Please wait\u2026', 'transfer');
            state.skillId = d.skillId;
            const agents = new Set((d.participants || [])
                .filter(p => p.role === 'ASSIGNED_AGENT').map(p => p.id));
            for (const a of agents) {
                if (!state.agents.has(a)) {
                    nameOf(a).then(name => {
                        if (!state.bots.has(a)) notice(`${name} joined the conversation`, 'joined');
                    });
                }
            }
            state.agents = agents;
        }
    }

    function conversationEnded() {
        if (state.closed) return;
        state.closed = true;
        setTyping('', false);
        $('quick-replies').replaceChildren();
        notice('The conversation has ended.', 'ended');
        const again = element('button', 'again', 'Start a new conversation');
        again.type = 'button';
        again.addEventListener('click', () => {
            again.remove();
            state.conversationId = null;
            state.closed = false;
            state.seen.clear();
            state.lastSequence = -1;
            state.skillId = null;
            state.agents = new Set();
            openConversation().catch(fail);
        });
        $('messages').appendChild(again);
        $('text').disabled = true;
        $('send').disabled = true;
        $('end').disabled = true;
        setStatus('Ended');
    }

    function fail(err) {
        notice(`Something went wrong: ${err.message || err}`, 'error');
    }

    async function openConversation() {
        const ch = state.channel;
        if (!state.conversationId) {
            // After a reload of the connection the open conversation is found again.
            const open = await new Promise(resolve => {
                state.onFirstConversations = resolve;
                ch.request('cqm.SubscribeExConversations', {brandId: site, convState: ['OPEN']})
                    .catch(() => resolve([]));
            });
            if (open.length) {
                state.conversationId = open[0];
            } else {
                const answer = await ch.request('cm.ConsumerRequestConversation',
                                                {brandId: site, channelType: 'MESSAGING'});
                state.conversationId = answer.conversationId;
            }
        } else {
            await ch.request('cqm.SubscribeExConversations', {brandId: site, convState: ['OPEN']});
        }
        $('text').disabled = false;
        $('send').disabled = false;
        $('end').disabled = false;
        await ch.request('ms.SubscribeMessagingEvents', {
            conversationId: state.conversationId, dialogId: state.conversationId,
            fromSeq: state.lastSequence + 1,
        });
        setStatus('Connected');
        flushOutbox();
    }

    function flushOutbox() {
        for (const item of state.outbox) {
            if (item.inFlight || !state.channel || !state.channel.isOpen || !state.conversationId)
                continue;
            item.inFlight = true;
            state.channel.request('ms.PublishEvent', {
                dialogId: state.conversationId, conversationId: state.conversationId,
                event: {type: 'ContentEvent', contentType: 'text/plain', message: item.text},
            }).then(() => {
                state.outbox.splice(state.outbox.indexOf(item), 1);
            }).catch(err => {
                item.inFlight = false;
                if (state.channel && state.channel.isOpen) {
                    state.outbox.splice(state.outbox.indexOf(item), 1);
                    fail(err);
                }
            });
        }
    }

    function send(text) {
        if (!text || state.closed) return;
        state.outbox.push({text, inFlight: false});
        flushOutbox();
    }

    function connect() {
        setStatus(state.retry ? 'Reconnecting\u2026' : 'Connecting\u2026');
        const url = `${wsBase()}/ws_api/account/${encodeURIComponent(site)}/messaging/consumer?v=3`;
        const channel = new Channel(url, {
            open: async () => {
                try {
                    await channel.request('InitConnection', {}, [
                        {type: '.ams.headers.ClientProperties', deviceFamily: 'DESKTOP',
                         os: 'OTHER', appId: 'dialogsmith-visitor-page'},
                        {type: '.ams.headers.ConsumerAuthentication', jwt: state.jwt},
                    ]);
                    state.retry = 0;
                    await openConversation();
                } catch (err) {
                    if (err.code === 401) state.jwt = null; // sign up again
                    if (channel.isOpen) fail(err);
                }
            },
            close: () => {
                if (state.channel !== channel) return;
                state.channel = null;
                for (const item of state.outbox) item.inFlight = false;
                setStatus('Connection lost: reconnecting\u2026');
                const delay = Math.min(5000, 250 * Math.pow(2, state.retry++));
                setTimeout(() => start().catch(fail), delay);
            },
            notification: (type, body) => {
                if (type === 'ms.MessagingEventNotification') {
                    for (const change of body.changes || []) {
                        if (change.dialogId === state.conversationId
                            || change.conversationId === state.conversationId)
                            showEvent(change);
                    }
                } else if (type === 'cqm.ExConversationChangeNotification') {
                    if (state.onFirstConversations) {
                        const resolve = state.onFirstConversations;
                        state.onFirstConversations = null;
                        resolve((body.changes || [])
                            .filter(c => c.type === 'UPSERT' && c.result
                                    && c.result.conversationDetails
                                    && c.result.conversationDetails.state === 'OPEN')
                            .map(c => c.result.convId));
                        return;
                    }
                    conversationChanged(body);
                }
            },
        });
        state.channel = channel;
    }

    async function start() {
        if (!state.jwt) {
            const answer = await postJson(`/api/account/${encodeURIComponent(site)}/signup`, {});
            state.jwt = answer.jwt;
            try {
                const payload = JSON.parse(atob(state.jwt.split('.')[1]
                    .replace(/-/g, '+').replace(/_/g, '/')));
                state.consumerId = payload.sub;
            } catch (e) { /* the id is only informative */ }
        }
        connect();
    }

    $('live-chat').addEventListener('click', () => {
        const chat = $('chat');
        chat.hidden = !chat.hidden;
        $('live-chat').setAttribute('aria-expanded', String(!chat.hidden));
        if (!chat.hidden) $('text').focus();
        if (!state.started) {
            state.started = true;
            start().catch(err => {
                state.started = false;
                fail(err);
                setStatus('Not connected');
            });
        }
    });
    $('minimize').addEventListener('click', () => {
        $('chat').hidden = true;
        $('live-chat').setAttribute('aria-expanded', 'false');
    });
    $('end').addEventListener('click', () => {
        if (!state.channel || !state.conversationId || state.closed) return;
        state.channel.request('cm.UpdateConversationField', {
            conversationId: state.conversationId,
            conversationField: [{field: 'ConversationStateField', conversationState: 'CLOSE'}],
        }).then(conversationEnded).catch(fail);
    });
    $('composer').addEventListener('submit', e => {
        e.preventDefault();
        const input = $('text');
        const text = input.value;
        if (!text.trim()) return;
        input.value = '';
        send(text);
    });

    // json-pollock's buttons: a publishText action sends its text, a link opens when it is one a
    // message may carry.
    function registerActions() {
        if (!window.JsonPollock) return;
        window.JsonPollock.registerAction('publishText', data => {
            const text = data && data.actionData && data.actionData.text;
            if (text) send(text);
        });
        window.JsonPollock.registerAction('link', data => {
            const uri = data && data.actionData && data.actionData.uri;
            if (uri && window.CbHtml.isAllowedLinkUrl(uri))
                window.open(uri, '_blank', 'noopener,noreferrer');
        });
    }
    registerActions();
    // For tests and the benchmark: what the page is doing.
    window.visitorState = () => ({conversationId: state.conversationId, consumerId: state.consumerId,
                                  connected: !!(state.channel && state.channel.isOpen),
                                  lastSequence: state.lastSequence, pending: state.outbox.length});
    window.dropConnectionForTest = () => { if (state.channel) state.channel.socket.close(4000); };
})();
