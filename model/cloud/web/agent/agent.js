'use strict';
// The agent console: a human agent logs in (login name and password, the login route LivePerson's
// agent SDK uses), goes online, is rung for waiting conversations of its skills, accepts them,
// reads what was said before (the bot's part too), replies, transfers to a skill and closes.
// Several conversations at once.
(function () {
    const {Channel, wsBase, postJson, element, formatDuration} = window.Messaging;
    const $ = id => document.getElementById(id);
    const params = new URLSearchParams(location.search);

    const s = {
        account: '', bearer: '', userId: '', pid: '', oldId: '', channel: null,
        skills: new Map(), rings: new Map(), conversations: new Map(), current: null,
        names: new Map(), availability: 'ONLINE', loggedOut: false, retry: 0,
    };

    const skillName = id => s.skills.get(String(id)) || `skill ${id}`;

    // --- Login -----------------------------------------------------------------------------
    $('account').value = params.get('account') || localStorage.getItem('dialogsmith.agent.account') || '';
    $('username').value = params.get('login') || '';
    $('login-form').addEventListener('submit', async e => {
        e.preventDefault();
        $('login-error').textContent = '';
        $('login-button').disabled = true;
        const account = $('account').value.trim();
        try {
            const answer = await postJson(`/api/account/${encodeURIComponent(account)}/login?v=1.3`,
                                          {username: $('username').value.trim(),
                                           password: $('password').value});
            $('password').value = '';
            localStorage.setItem('dialogsmith.agent.account', account);
            s.account = account;
            s.bearer = answer.bearer;
            s.userId = answer.config.userId;
            s.pid = answer.config.userPid;
            s.oldId = `${account}.${s.userId}`;
            s.loggedOut = false;
            $('who').textContent = `${answer.config.loginName} \u00b7 account ${account}`;
            await loadSkills();
            $('login').hidden = true;
            $('desk').hidden = false;
            connect();
        } catch (err) {
            $('login-error').textContent = err.message;
        } finally {
            $('login-button').disabled = false;
        }
    });

    async function loadSkills() {
        const response = await fetch(
            `/api/account/${encodeURIComponent(s.account)}/configuration/le-users/skills`,
            {headers: {Authorization: `Bearer ${s.bearer}`}});
        if (!response.ok) return;
        const list = await response.json();
        s.skills.clear();
        const select = $('transfer-skill');
        select.replaceChildren();
        for (const skill of list) {
            s.skills.set(String(skill.id), skill.name);
            const o = element('option', '', skill.name);
            o.value = String(skill.id);
            select.appendChild(o);
        }
    }

    $('logout').addEventListener('click', async () => {
        s.loggedOut = true;
        try {
            await postJson(`/api/account/${encodeURIComponent(s.account)}/logout`, {},
                           {Authorization: `Bearer ${s.bearer}`});
        } catch (e) { /* the login is gone anyway */ }
        if (s.channel) s.channel.close();
        s.channel = null;
        s.rings.clear();
        s.conversations.clear();
        s.current = null;
        renderRings();
        renderConversationList();
        showConversation(null);
        $('desk').hidden = true;
        $('login').hidden = false;
    });

    // --- Connection ------------------------------------------------------------------------
    function connect() {
        $('connection').textContent = 'Connecting\u2026';
        const url = `${wsBase()}/ws_api/account/${encodeURIComponent(s.account)}/messaging/brand/`
                    + `${encodeURIComponent(s.bearer)}?v=2.1`;
        const channel = new Channel(url, {
            open: async () => {
                try {
                    await channel.request('.ams.routing.SetAgentState',
                                          {availability: s.availability});
                    await channel.request('.ams.aam.SubscribeExConversations',
                                          {agentIds: [s.oldId], convState: ['OPEN']});
                    await channel.request('.ams.routing.SubscribeRoutingTasks', {});
                    s.retry = 0;
                    $('connection').textContent = 'Connected';
                } catch (err) {
                    $('connection').textContent = err.message;
                }
            },
            close: e => {
                if (s.channel !== channel || s.loggedOut) return;
                s.channel = null;
                if (e.code === 4401) {
                    $('connection').textContent = 'The login ended: log in again';
                    return;
                }
                $('connection').textContent = 'Connection lost: reconnecting\u2026';
                setTimeout(connect, Math.min(5000, 250 * Math.pow(2, s.retry++)));
            },
            notification,
        });
        s.channel = channel;
    }

    function notification(type, body) {
        if (type === '.ams.routing.RoutingTaskNotification') {
            for (const change of body.changes || []) ringChanged(change.result || {});
        } else if (type === '.ams.aam.ExConversationChangeNotification') {
            for (const change of body.changes || []) conversationChanged(change);
        } else if (type === '.ams.ms.OnlineEventDistribution') {
            const c = s.conversations.get(body.dialogId);
            if (c) addEvent(c, body);
        }
    }

    $('state').addEventListener('change', () => {
        s.availability = $('state').value;
        if (s.channel && s.channel.isOpen) {
            s.channel.request('.ams.routing.SetAgentState', {availability: s.availability})
                .catch(err => { $('connection').textContent = err.message; });
        }
    });

    // --- Rings -----------------------------------------------------------------------------
    function ringChanged(task) {
        for (const ring of task.ringsDetails || []) {
            if (ring.ringState === 'WAITING') {
                if (!s.rings.has(ring.ringId)) {
                    s.rings.set(ring.ringId, {ringId: ring.ringId, conversationId: task.conversationId,
                                              skillId: task.skillId, since: Date.now(),
                                              startTs: null, last: ''});
                    peek(s.rings.get(ring.ringId));
                }
            } else {
                s.rings.delete(ring.ringId);
            }
        }
        renderRings();
    }

    // What the visitor said last, and how long the conversation waits.
    async function peek(ring) {
        try {
            const events = await s.channel.request('.ams.ms.QueryMessages',
                {dialogId: ring.conversationId, newerThanSequence: 0, maxQuantity: 10000});
            const content = events.filter(e => e.event && e.event.type === 'ContentEvent');
            if (events.length) ring.startTs = events[0].serverTimestamp;
            const last = content.filter(e => e.originatorMetadata
                                             && e.originatorMetadata.role === 'CONSUMER').pop()
                         || content.pop();
            ring.last = last ? last.event.message : '';
            renderRings();
        } catch (e) { /* the ring went meanwhile */ }
    }

    function renderRings() {
        const list = $('rings');
        list.replaceChildren();
        for (const ring of s.rings.values()) {
            const li = element('li', 'ring');
            li.dataset.conversationId = ring.conversationId;
            const head = element('div', 'ring-head');
            head.appendChild(element('span', 'ring-skill', skillName(ring.skillId)));
            head.appendChild(element('span', 'ring-wait',
                `waiting ${formatDuration(Date.now() - (ring.startTs || ring.since))}`));
            li.appendChild(head);
            li.appendChild(element('p', 'ring-last', ring.last ? `\u201c${ring.last}\u201d` : ''));
            const accept = element('button', 'accept', 'Accept');
            accept.type = 'button';
            accept.addEventListener('click', () => {
                accept.disabled = true;
                // The conversation may arrive before the answer: it opens when it does.
                s.pendingOpen = ring.conversationId;
                s.channel.request('.ams.routing.UpdateRingState',
                                  {ringId: ring.ringId, ringState: 'ACCEPTED'})
                    .catch(err => { accept.disabled = false; li.appendChild(element('p', 'error', err.message)); });
            });
            li.appendChild(accept);
            list.appendChild(li);
        }
        $('no-rings').hidden = s.rings.size > 0;
    }
    setInterval(renderRingTimes, 1000);
    function renderRingTimes() {
        for (const li of $('rings').children) {
            const ring = [...s.rings.values()].find(r => r.conversationId === li.dataset.conversationId);
            if (ring) li.querySelector('.ring-wait').textContent
                = `waiting ${formatDuration(Date.now() - (ring.startTs || ring.since))}`;
        }
    }

    // --- Conversations ---------------------------------------------------------------------
    function conversationChanged(change) {
        const r = change.result || {};
        const d = r.conversationDetails || {};
        const id = r.convId;
        const mine = (d.participants && d.participants.ASSIGNED_AGENT || []).includes(s.oldId)
                     || (d.participantsPId && d.participantsPId.ASSIGNED_AGENT || []).includes(s.pid);
        const known = s.conversations.get(id);
        if (change.type === 'DELETE' || d.state === 'CLOSE' || !mine) {
            if (known) {
                known.ended = true;
                if (d.state === 'CLOSE') notice(known, 'The conversation was closed.');
                else notice(known, 'The conversation left this console.');
                s.conversations.delete(id);
                renderConversationList();
                if (s.current === id) disableComposer(true);
            }
            return;
        }
        if (known) {
            known.skillId = d.skillId;
            renderConversationList();
            return;
        }
        const c = {id, skillId: d.skillId, consumer: (d.participantsPId && d.participantsPId.CONSUMER || [])[0],
                   messages: element('ol', 'messages'), seen: new Set(), lastSequence: -1,
                   unread: 0, consumerName: 'Visitor', ended: false};
        c.messages.setAttribute('aria-live', 'polite');
        s.conversations.set(id, c);
        if (c.consumer) {
            nameOf(c.consumer).then(who => {
                if (!who.name) return;
                c.consumerName = who.name;
                renderConversationList();
                if (s.current === c.id) showConversation(c.id);
            });
        }
        loadHistory(c);
        renderConversationList();
        if (!s.current || !s.conversations.has(s.current) || s.pendingOpen === id) {
            s.pendingOpen = null;
            showConversation(id);
        }
    }

    async function loadHistory(c) {
        try {
            const events = await s.channel.request('.ams.ms.QueryMessages',
                {dialogId: c.id, newerThanSequence: 0, maxQuantity: 10000});
            for (const e of events) await addEvent(c, e);
        } catch (err) {
            notice(c, `The history could not be read: ${err.message}`);
        }
    }

    async function nameOf(pid) {
        if (!pid) return 'Visitor';
        if (s.names.has(pid)) return s.names.get(pid);
        const lookup = s.channel.request('.ams.userprofile.GetUserProfile', {userId: pid})
            .then(p => ({name: p.nickName || [p.firstName, p.lastName].filter(Boolean).join(' '),
                         bot: p.userType === 'BOT'}))
            .catch(() => ({name: '', bot: false}));
        s.names.set(pid, lookup);
        return lookup;
    }

    function notice(c, text) {
        c.messages.appendChild(element('li', 'notice', text));
    }

    async function addEvent(c, change) {
        const seq = change.sequence;
        if (seq !== undefined) {
            if (c.seen.has(seq)) return;
            c.seen.add(seq);
        }
        const event = change.event || {};
        const role = change.originatorMetadata && change.originatorMetadata.role;
        const pid = change.originatorPId || (change.originatorMetadata && change.originatorMetadata.id);
        if (event.type === 'ChatStateEvent') {
            if (role === 'CONSUMER' && c.id === s.current) {
                $('typing').hidden = event.chatState !== 'COMPOSING';
                $('typing').textContent = `${c.consumerName} is typing\u2026`;
            }
            return;
        }
        if (event.type !== 'ContentEvent' && event.type !== 'RichContentEvent') return;
        if (role === 'CONTROLLER') {
            notice(c, event.message || '');
            return;
        }
        const fromVisitor = role === 'CONSUMER';
        const mine = pid === s.pid;
        const li = element('li', 'message ' + (fromVisitor ? 'theirs' : 'mine'));
        if (seq !== undefined) li.dataset.sequence = String(seq);
        const sender = element('span', 'sender', fromVisitor ? c.consumerName : (mine ? 'You' : ''));
        li.appendChild(sender);
        const body = element('div', 'bubble');
        li.appendChild(body);
        c.messages.appendChild(li);
        let bot = false;
        if (!fromVisitor && !mine) {
            const who = await nameOf(pid);
            bot = who.bot;
            sender.textContent = who.name || 'Agent';
            li.classList.add(bot ? 'from-bot' : 'from-agent');
        } else if (fromVisitor) {
            const who = await nameOf(pid);
            if (who.name) sender.textContent = who.name;
        }
        if (event.type === 'RichContentEvent') {
            const rendered = window.CbHtml.renderStructured(event.content);
            body.appendChild(rendered || window.CbHtml.renderPlainText('[structured content]'));
            body.classList.add('structured');
        } else if (bot) {
            body.appendChild(window.CbHtml.renderBotHtml(event.message || ''));
        } else {
            body.appendChild(window.CbHtml.renderPlainText(event.message || ''));
        }
        if (fromVisitor && c.id === s.current) $('typing').hidden = true;
        if (c.id !== s.current && fromVisitor) {
            c.unread++;
            renderConversationList();
        }
        if (c.id === s.current) c.messages.scrollTop = c.messages.scrollHeight;
    }

    function renderConversationList() {
        const list = $('conversations');
        list.replaceChildren();
        for (const c of s.conversations.values()) {
            const li = element('li', 'conversation-item' + (c.id === s.current ? ' current' : ''));
            const b = element('button', 'open-conversation');
            b.type = 'button';
            b.dataset.conversationId = c.id;
            b.appendChild(element('span', 'item-name', c.consumerName));
            b.appendChild(element('span', 'item-skill', skillName(c.skillId)));
            if (c.unread) b.appendChild(element('span', 'unread', String(c.unread)));
            b.addEventListener('click', () => showConversation(c.id));
            li.appendChild(b);
            list.appendChild(li);
        }
        $('no-conversations').hidden = s.conversations.size > 0;
    }

    function disableComposer(disabled) {
        for (const id of ['text', 'send', 'transfer', 'close', 'transfer-skill']) $(id).disabled = disabled;
    }

    function showConversation(id) {
        s.current = id;
        const c = id && s.conversations.get(id);
        $('conversation').hidden = !c;
        $('nothing').hidden = !!c;
        if (c) {
            c.unread = 0;
            const old = $('messages');
            c.messages.id = 'messages';
            if (old !== c.messages) {
                old.id = '';
                old.replaceWith(c.messages);
            }
            $('conversation-title').textContent = `${c.consumerName} \u00b7 ${skillName(c.skillId)}`;
            $('typing').hidden = true;
            disableComposer(false);
            c.messages.scrollTop = c.messages.scrollHeight;
            $('text').focus();
        }
        renderConversationList();
    }

    function currentConversation() {
        return s.current && s.conversations.get(s.current);
    }

    $('composer').addEventListener('submit', e => {
        e.preventDefault();
        const c = currentConversation();
        const text = $('text').value;
        if (!c || !text.trim()) return;
        $('text').value = '';
        s.channel.request('.ams.ms.PublishEvent', {
            dialogId: c.id,
            event: {type: 'ContentEvent', contentType: 'text/plain', message: text},
        }).catch(err => notice(c, `Not sent: ${err.message}`));
    });

    $('transfer').addEventListener('click', () => {
        const c = currentConversation();
        if (!c) return;
        const skill = $('transfer-skill').value;
        s.channel.request('.ams.cm.UpdateConversationField', {
            conversationId: c.id,
            conversationField: [
                {field: 'ParticipantsChange', type: 'REMOVE', role: 'ASSIGNED_AGENT', userId: s.oldId},
                {field: 'Skill', type: 'UPDATE', skill},
            ],
        }).then(() => notice(c, `Transferred to ${skillName(skill)}.`))
          .catch(err => notice(c, `The transfer failed: ${err.message}`));
    });

    $('close').addEventListener('click', () => {
        const c = currentConversation();
        if (!c) return;
        s.channel.request('.ams.cm.UpdateConversationField', {
            conversationId: c.id,
            conversationField: [{field: 'ConversationStateField', conversationState: 'CLOSE'}],
        }).catch(err => notice(c, `The conversation could not be closed: ${err.message}`));
    });

    if (window.JsonPollock) {
        // Structured content in the console is for reading: its buttons do nothing here.
        window.JsonPollock.registerAction('publishText', () => {});
        window.JsonPollock.registerAction('link', data => {
            const uri = data && data.actionData && data.actionData.uri;
            if (uri && window.CbHtml.isAllowedLinkUrl(uri))
                window.open(uri, '_blank', 'noopener,noreferrer');
        });
    }
    if ($('account').value && $('username').value) $('password').focus();
})();
