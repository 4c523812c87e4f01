'use strict';
// The seed's "Testing the Routing Bot" in a real browser: Debian's Chromium, headless, driven by
// playwright-core, against `dialogsmith-cli cloud` with resources/samples/routing-bot.json
// deployed. The visitor page says "hi" and reads the bot's answer; "I want to speak to an agent"
// rings Ana in the agent console, she accepts, reads the bot's part and replies; a transfer to
// billing rings Ben; the billing route reaches Ben and not Ana; a button card renders and its
// button sends its payload; a dropped connection loses no message; hostile text typed by the
// visitor and sent by an agent and by the bot shows as text and runs nothing. Every page is
// watched for dialogs, console errors, page errors and requests it should not make.
//
// With SCREENSHOTS=DIR it also writes visitor-page.png and agent-console.png there.
const fs = require('fs');
const path = require('path');
const {ACCOUNT, Cloud, die, modules, launchBrowser} = require('./cloudfixture');

const {playwright, WebSocket} = modules();
const started = Date.now();
const problems = [];
const T = 15000; // a loaded machine builds with two jobs beside this

function log(what) {
    process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}\n`);
}

function check(condition, message) {
    if (!condition) throw new Error(message);
}

/// Records what a page must never do.
function watch(page, name, base) {
    page.on('dialog', d => {
        problems.push(`${name}: a ${d.type()} dialog opened: ${d.message()}`);
        d.dismiss().catch(() => {});
    });
    page.on('console', m => {
        if (m.type() === 'error') problems.push(`${name}: console error: ${m.text()}`);
    });
    page.on('pageerror', e => problems.push(`${name}: page error: ${e.message}`));
    page.on('request', r => {
        const url = r.url();
        if (!url.startsWith(base + '/') && !url.startsWith('data:'))
            problems.push(`${name}: unexpected request to ${url}`);
    });
    page.on('websocket', ws => {
        if (!ws.url().startsWith(base.replace('http', 'ws') + '/'))
            problems.push(`${name}: unexpected WebSocket to ${ws.url()}`);
    });
    page.on('popup', p => problems.push(`${name}: a window opened: ${p.url()}`));
}

/// A line as it arrives when typed into a one-line text field (line breaks become spaces, a byte
/// order mark is dropped) and as textContent shows it, ends trimmed.
function plain(line) {
    return line.replace(/\r?\n/g, ' ').replace(/\uFEFF/g, '').trim();
}

function hostileCorpus(source) {
    const file = path.join(source, 'tests/data/injection/hostile-strings.txt');
    return fs.readFileSync(file, 'utf8').split('\n')
        .filter(l => l.trim() && !l.startsWith('#'))
        .map(l => l.replace(/\\n/g, '\n'));
}

async function loginAgent(browser, base, login, password) {
    const page = await browser.newPage({viewport: {width: 1180, height: 720}});
    watch(page, `agent console (${login})`, base);
    await page.goto(`${base}/agent/?account=${ACCOUNT}`);
    await page.fill('#username', login);
    await page.fill('#password', password);
    await page.click('#login-button');
    await page.waitForSelector('#desk:not([hidden])', {timeout: T});
    await page.waitForFunction(() => document.getElementById('connection').textContent === 'Connected',
                               null, {timeout: T});
    return page;
}

async function say(page, text) {
    await page.fill('#text', text);
    await page.press('#text', 'Enter');
}

/// The texts of the visitor page's messages from others (bot, agents), in order.
function theirTexts(page) {
    return page.$$eval('#messages .message.theirs .bubble', l => l.map(b => b.textContent));
}

async function waitForTheirText(page, match, what) {
    try {
        await page.waitForFunction(m => [...document.querySelectorAll('#messages .message.theirs .bubble')]
            .some(b => b.textContent.includes(m)), match, {timeout: T});
    } catch (e) {
        throw new Error(`${what}: no message with "${match}" (have: ${JSON.stringify(await theirTexts(page))})`);
    }
}

async function ringCount(page) {
    return page.$$eval('#rings .ring', l => l.length);
}

/// Acts as the bot user over the agent API (its four keys), to put content into a conversation
/// that the sample bot itself never sends: a button card and hostile text.
async function botConnection(cloud) {
    const answer = await fetch(`${cloud.base}/api/account/${ACCOUNT}/login?v=1.3`, {
        method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({username: 'routing-bot', appKey: cloud.botKeys.appKey,
                              secret: cloud.botKeys.secret, accessToken: cloud.botKeys.accessToken,
                              accessTokenSecret: cloud.botKeys.accessTokenSecret}),
    }).then(r => r.json());
    check(answer.bearer, `the bot user could not log in: ${JSON.stringify(answer)}`);
    const ws = new WebSocket(`ws://127.0.0.1:${cloud.port}/ws_api/account/${ACCOUNT}/messaging/brand/${answer.bearer}?v=2.1`);
    await new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject); });
    let id = 0;
    const pending = new Map();
    ws.on('message', data => {
        const f = JSON.parse(data);
        if (f.kind === 'resp' && pending.has(f.reqId)) {
            pending.get(f.reqId)(f);
            pending.delete(f.reqId);
        }
    });
    return {
        publish(conversationId, event) {
            const reqId = String(++id);
            ws.send(JSON.stringify({kind: 'req', id: reqId, type: '.ams.ms.PublishEvent',
                                    body: {dialogId: conversationId, event}}));
            return new Promise(resolve => pending.set(reqId, resolve)).then(f => {
                check(f.code === 200, `the bot's publish was refused: ${JSON.stringify(f.body)}`);
            });
        },
        close() { ws.close(); },
    };
}

/// What a chat shows for hostile text: only the CB subset's elements, links only to allowed
/// schemes, no attributes but href/target/rel on links.
async function checkInert(page, name) {
    const bad = await page.$$eval('.messages .bubble:not(.structured) *', els => els
        .filter(e => {
            const tag = e.tagName.toLowerCase();
            if (!['p', 'br', 'b', 'strong', 'i', 'ul', 'ol', 'li', 'a'].includes(tag)) return true;
            const attributes = [...e.attributes].map(a => a.name);
            if (tag !== 'a') return attributes.length > 0;
            if (attributes.some(a => !['href', 'target', 'rel'].includes(a))) return true;
            return !/^(https?:|mailto:|tel:)/i.test(e.getAttribute('href'));
        })
        .map(e => e.outerHTML.slice(0, 120)));
    check(bad.length === 0, `${name}: active or unexpected elements in messages: ${bad.join(' | ')}`);
    const scripts = await page.$$eval('script', l => l.map(s => s.getAttribute('src')));
    check(scripts.every(s => s) && scripts.length === 4,
          `${name}: scripts on the page: ${JSON.stringify(scripts)}`);
}

async function main() {
    const cloud = new Cloud();
    process.on('exit', () => cloud.kill());
    cloud.setUpAccount();
    await cloud.start();
    const base = cloud.base;
    log(`cloud on ${base}, the routing bot online`);
    const browser = await launchBrowser(playwright);
    try {
        // --- The pages' headers and the unknown account ---------------------------------------
        const head = await fetch(`${base}/visitor/?siteid=${ACCOUNT}`);
        const csp = head.headers.get('content-security-policy') || '';
        check(head.status === 200 && /text\/html/.test(head.headers.get('content-type')),
              'the visitor page is not served as HTML');
        for (const part of ["default-src 'self'", "script-src 'self'", "style-src 'self'",
                            `connect-src 'self' ws://127.0.0.1:${cloud.port}`, "object-src 'none'"])
            check(csp.includes(part), `the CSP lacks ${part}: ${csp}`);
        check(!/unsafe-inline|unsafe-eval/.test(csp), `the CSP allows inline code: ${csp}`);
        const js = await fetch(`${base}/visitor/visitor.js`);
        check(/^text\/javascript/.test(js.headers.get('content-type')), 'visitor.js: wrong type');
        check((await fetch(`${base}/web/lib/`)).status === 404, 'a folder is listed');
        check((await fetch(`${base}/web/common/..%2F..%2Fvisitor%2Findex.html`)).status === 404,
              'a path outside the files is served');
        const unknown = await browser.newPage();
        watch(unknown, 'unknown account', base);
        const r404 = await unknown.goto(`${base}/visitor/?siteid=999`);
        check(r404.status() === 404, 'an unknown siteid is not 404');
        const text404 = await unknown.textContent('body');
        check(text404.includes('No account 999') && text404.includes(ACCOUNT),
              `the unknown-account page says: ${text404}`);
        problems.splice(0); // the 404 itself is logged as a console error
        await unknown.close();
        log('headers, types, no listing, the unknown-account page');

        // --- Hi -> the bot's answer ------------------------------------------------------------
        const visitorContext = await browser.newContext({viewport: {width: 1180, height: 720}});
        const visitor = await visitorContext.newPage();
        watch(visitor, 'visitor page', base);
        await visitor.goto(`${base}/visitor/?siteid=${ACCOUNT}`);
        await visitor.click('#live-chat');
        await say(visitor, 'hi');
        await waitForTheirText(visitor, 'Hi, I am the routing bot.', 'hi');
        const sender = await visitor.textContent('#messages .message.theirs .sender');
        check(sender === 'Routing Bot', `the bot's message shows sender "${sender}"`);
        check(await visitor.$eval('#messages .message.mine .bubble', b => b.textContent) === 'hi',
              'the visitor\'s own message is not on the right');
        log('"hi" -> the bot answers');

        // --- Agents log in; "I want to speak to an agent" rings Ana ---------------------------
        const ana = await loginAgent(browser, base, 'ana', 'ana-password');
        const ben = await loginAgent(browser, base, 'ben', 'ben-password');
        log('Ana and Ben are online in the agent console');
        await say(visitor, 'I want to speak to an agent');
        await ana.waitForSelector('#rings .ring', {timeout: T});
        const ring = await ana.textContent('#rings .ring');
        check(ring.includes('human') && ring.includes('waiting'), `Ana's ring says: ${ring}`);
        await ana.waitForFunction(() => document.querySelector('#rings .ring .ring-last').textContent
                                        .includes('I want to speak to an agent'), null, {timeout: T});
        check(await ringCount(ben) === 0, 'Ben (billing) was rung for the human skill');
        await ana.click('#rings .ring .accept');
        await ana.waitForSelector('#conversation:not([hidden])', {timeout: T});
        await ana.waitForFunction(() => [...document.querySelectorAll('#messages .bubble')]
            .some(b => b.textContent.includes('Hi, I am the routing bot.')), null, {timeout: T});
        log('Ana is rung (skill, waiting time, last message), accepts and reads the bot\'s part');
        await visitor.waitForFunction(() => [...document.querySelectorAll('#messages .notice.joined')]
            .some(n => n.textContent === 'Ana joined the conversation'), null, {timeout: T});
        await say(ana, 'Hello, this is Ana. How can I help?');
        await waitForTheirText(visitor, 'Hello, this is Ana. How can I help?', 'Ana\'s reply');
        const names = await visitor.$$eval('#messages .message.theirs .sender', l => l.map(s => s.textContent));
        check(names.includes('Ana'), `Ana's reply shows senders ${JSON.stringify(names)}`);
        log('Ana replies; the visitor page shows it from Ana');
        if (process.env.SCREENSHOTS) {
            await say(visitor, 'My invoice from March is wrong.');
            await ana.waitForFunction(() => [...document.querySelectorAll('#messages .bubble')]
                .some(b => b.textContent.includes('March')), null, {timeout: T});
            await say(ana, 'Let me bring in our billing team for that.');
            await waitForTheirText(visitor, 'billing team', 'screenshot');
            await visitor.screenshot({path: path.join(process.env.SCREENSHOTS, 'visitor-page.png')});
        }

        // --- A second visitor: Ana has two conversations at once ------------------------------
        const other = await browser.newPage({viewport: {width: 1180, height: 720}});
        watch(other, 'second visitor page', base);
        await other.goto(`${base}/visitor/?siteid=${ACCOUNT}`);
        await other.click('#live-chat');
        await say(other, 'I want to speak to an agent, please');
        await ana.waitForFunction(() => [...document.querySelectorAll('#rings .ring .ring-last')]
            .some(r => r.textContent.includes('please')), null, {timeout: T});
        if (process.env.SCREENSHOTS) {
            await ana.waitForTimeout(2200); // the waiting time counts
            await ana.screenshot({path: path.join(process.env.SCREENSHOTS, 'agent-console.png')});
        }
        await ana.click('#rings .ring .accept');
        await ana.waitForFunction(() => document.querySelectorAll('#conversations .conversation-item').length === 2,
                                  null, {timeout: T});
        await ana.waitForFunction(() => [...document.querySelectorAll('#messages .bubble')]
            .some(b => b.textContent.includes('please')), null, {timeout: T});
        await say(ana, 'One moment, please.');
        await waitForTheirText(other, 'One moment, please.', 'the second conversation');
        check(!(await theirTexts(visitor)).some(t => t.includes('One moment')),
              'the reply in the second conversation reached the first visitor');
        await ana.click('#conversations .conversation-item:first-child .open-conversation');
        await ana.waitForFunction(() => [...document.querySelectorAll('#messages .bubble')]
            .some(b => b.textContent.includes('Hello, this is Ana')), null, {timeout: T});
        await other.click('#end');
        await ana.waitForFunction(() => document.querySelectorAll('#conversations .conversation-item').length === 1,
                                  null, {timeout: T});
        await other.close();
        log('a second visitor: Ana accepts it too, answers there, goes back; it ends');

        // --- A dropped connection loses nothing ----------------------------------------------
        await visitor.evaluate(() => window.dropConnectionForTest());
        await say(ana, 'Sent while the visitor was away');
        await say(visitor, 'Typed while reconnecting');
        await waitForTheirText(visitor, 'Sent while the visitor was away', 'reconnect');
        await ana.waitForFunction(() => [...document.querySelectorAll('#messages .bubble')]
            .some(b => b.textContent === 'Typed while reconnecting'), null, {timeout: T});
        const seqs = await visitor.$$eval('#messages li[data-sequence]', l => l.map(x => Number(x.dataset.sequence)));
        check(new Set(seqs).size === seqs.length, `a message shows twice after reconnecting: ${seqs}`);
        log('a dropped connection reconnects; nothing lost either way, nothing twice');

        // --- Transfer to billing rings Ben; Ben closes ----------------------------------------
        await ana.selectOption('#transfer-skill', '1003');
        await ana.click('#transfer');
        await ben.waitForSelector('#rings .ring', {timeout: T});
        check((await ben.textContent('#rings .ring .ring-skill')) === 'billing', 'Ben\'s ring is not billing');
        await visitor.waitForSelector('#messages .notice.transfer', {timeout: T});
        await ben.click('#rings .ring .accept');
        await ben.waitForFunction(() => [...document.querySelectorAll('#messages .bubble')]
            .some(b => b.textContent.includes('Hello, this is Ana')), null, {timeout: T});
        await say(ben, 'Ben from billing here.');
        await waitForTheirText(visitor, 'Ben from billing here.', 'Ben\'s reply');
        await ben.click('#close');
        await visitor.waitForSelector('#messages .notice.ended', {timeout: T});
        log('Ana transfers to billing: Ben is rung, reads it all, replies and closes');

        // --- A new conversation: a button card from the bot; its button takes the billing route
        await visitor.click('#messages .again');
        await say(visitor, 'hi');
        await visitor.waitForFunction(() => document.querySelectorAll('#messages .message.theirs').length >= 1
                                            && window.visitorState().conversationId, null, {timeout: T});
        await waitForTheirText(visitor, 'Hi, I am the routing bot.', 'second conversation');
        const conversationId = await visitor.evaluate(() => window.visitorState().conversationId);
        const bot = await botConnection(cloud);
        await bot.publish(conversationId, {type: 'RichContentEvent', content: {
            type: 'vertical', elements: [
                {type: 'text', text: 'What can I do for you?', style: {bold: true}},
                {type: 'button', title: 'Billing question', tooltip: 'Billing question',
                 click: {actions: [{type: 'publishText', text: 'I have a question about my bill'}]}},
            ]}});
        await visitor.waitForSelector('#messages .structured button', {timeout: T});
        const buttonText = await visitor.textContent('#messages .structured button');
        check(buttonText.includes('Billing question'), `the card's button says ${buttonText}`);
        log('the bot\'s button card renders with json-pollock');

        // The bot's hostile text, while it still has the conversation.
        const corpus = hostileCorpus(cloud.source);
        for (const line of corpus)
            await bot.publish(conversationId, {type: 'ContentEvent', contentType: 'text/plain', message: line});
        await visitor.waitForFunction(n => document.querySelectorAll('#messages .message.from-bot').length >= n,
                                      corpus.length + 2, {timeout: T});
        await checkInert(visitor, 'visitor page (bot text)');
        // The subset renders: a plain bold tag is bold, a script tag is text.
        const boldOk = await visitor.$$eval('#messages .message.from-bot .bubble', l => l.some(b => b.textContent.includes('<script>alert(1)</script>')));
        check(boldOk, 'the bot\'s <script> text is not shown as text');
        log(`${corpus.length} hostile bot messages show as text`);

        await visitor.click('#messages .structured button');
        await visitor.waitForFunction(() => [...document.querySelectorAll('#messages .message.mine .bubble')]
            .some(b => b.textContent === 'I have a question about my bill'), null, {timeout: T});
        await ben.waitForSelector('#rings .ring', {timeout: T});
        check((await ben.textContent('#rings .ring .ring-skill')) === 'billing', 'the billing route rang elsewhere');
        await ana.waitForTimeout(1000);
        check(await ringCount(ana) === 0, 'Ana (human) was rung for billing');
        log('the card\'s button sends its payload: the billing route rings Ben and not Ana');
        bot.close();
        await ben.click('#rings .ring .accept');
        await ben.waitForSelector('#conversation:not([hidden])', {timeout: T});

        // --- Hostile text typed by the visitor and sent by an agent ---------------------------
        const count = (page, selector) => page.$$eval(selector, l => l.length);
        const agentBefore = await count(visitor, '#messages .message.from-agent');
        const visitorBefore = await count(ben, '#messages .message.theirs');
        for (const line of corpus) await say(visitor, line);
        for (const line of corpus) await say(ben, line);
        const last = corpus[corpus.length - 1];
        await visitor.waitForFunction(n => document.querySelectorAll('#messages .message.from-agent').length >= n,
                                      agentBefore + corpus.length, {timeout: T});
        await ben.waitForFunction(n => document.querySelectorAll('#messages .message.theirs').length >= n,
                                  visitorBefore + corpus.length, {timeout: T});
        const shown = await visitor.$$eval('#messages .message.from-agent .bubble',
                                           l => l.map(b => b.textContent.replace(/\uFEFF/g, '').trim()));
        for (const line of corpus) {
            check(shown.includes(plain(line)), `the agent's hostile text is not shown as it is: ${JSON.stringify(line)}`);
        }
        const typed = await ben.$$eval('#messages .message.theirs .bubble', l => l.map(b => b.textContent.replace(/\uFEFF/g, '').trim()));
        for (const line of corpus) {
            check(typed.includes(plain(line)), `the visitor's hostile text is not shown as it is: ${JSON.stringify(line)}`);
        }
        check(last, 'the corpus is empty');
        await checkInert(visitor, 'visitor page');
        await checkInert(ben, 'agent console');
        // Give anything that would run (timers, image errors) time to show itself.
        await visitor.waitForTimeout(500);
        log(`${corpus.length} hostile lines each way show as text and run nothing`);

        // --- The visitor ends the conversation --------------------------------------------------
        await visitor.click('#end');
        await visitor.waitForSelector('#messages .notice.ended', {timeout: T});
        await ben.waitForFunction(() => [...document.querySelectorAll('#messages .notice')]
            .some(n => n.textContent.includes('closed')), null, {timeout: T});
        log('the visitor ends the conversation; Ben sees it closed');

        check(problems.length === 0, `the pages did what they must not:\n  ${problems.join('\n  ')}`);
    } finally {
        await browser.close();
        await cloud.stop();
    }
    log('all checks passed');
}

main().then(() => process.exit(0), err => die(`${err.message}\n${problems.join('\n')}`));
