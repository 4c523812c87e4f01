'use strict';
// What the browser test and the visitor-page benchmark share: the seed's account in a folder of
// their own, `dialogsmith-cli cloud` with the sample routing bot deployed, and headless Chromium
// (Debian's) driven by playwright-core. Missing pieces fail loudly: nothing is skipped.
//
// Environment: DIALOGSMITH_CLI (the executable), DIALOGSMITH_SOURCE_DIR, NODE_MODULES (where
// scripts/setup installed the npm packages), CHROMIUM (default /usr/bin/chromium).
const {execFileSync, spawn} = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ACCOUNT = '12345678';

function die(message) {
    process.stderr.write(`FAIL: ${message}\n`);
    process.exit(1);
}

function need(name) {
    const value = process.env[name];
    if (!value) die(`${name} is not set`);
    return value;
}

function modules() {
    const dir = need('NODE_MODULES');
    const load = name => {
        try {
            return require(path.join(dir, name));
        } catch (e) {
            die(`the npm package ${name} is missing from ${dir}: run scripts/setup (${e.message})`);
        }
        return null;
    };
    return {playwright: load('playwright-core'), WebSocket: load('ws')};
}

function chromiumPath() {
    const p = process.env.CHROMIUM || '/usr/bin/chromium';
    if (!fs.existsSync(p)) die(`${p} does not exist: install Debian's chromium (scripts/setup does)`);
    return p;
}

class Cloud {
    constructor() {
        this.cli = need('DIALOGSMITH_CLI');
        this.source = need('DIALOGSMITH_SOURCE_DIR');
        this.home = fs.mkdtempSync(path.join(os.tmpdir(), 'dialogsmith-browser-'));
        this.env = Object.assign({}, process.env, {
            HOME: this.home, XDG_DATA_HOME: path.join(this.home, 'data'),
            XDG_CONFIG_HOME: path.join(this.home, 'config'), DIALOGSMITH_KEYCHAIN: 'off',
        });
        for (const k of Object.keys(this.env)) {
            if (k.startsWith('DIALOGSMITH_SECRET_')) delete this.env[k];
        }
        this.lines = [];
        this.waiters = [];
    }

    run(args, input) {
        return execFileSync(this.cli, args, {env: this.env, input: input || '', encoding: 'utf8',
                                             stdio: ['pipe', 'pipe', 'pipe']});
    }

    /// The seed's step 8: skills routing-bot, human and billing; the bot user with its keys;
    /// ana (human) and ben (billing) with passwords; the campaign.
    setUpAccount() {
        this.run(['account', 'init', '--account-id', ACCOUNT, '--company', 'Acme']);
        this.run(['account', 'skill', 'add', 'routing-bot', '--id', '1001']);
        this.run(['account', 'skill', 'add', 'human', '--id', '1002']);
        this.run(['account', 'skill', 'add', 'billing', '--id', '1003']);
        this.run(['account', 'user', 'add', 'routing-bot', '--type', 'bot', '--skill', 'routing-bot',
                  '--max-chats', 'unlimited', '--nickname', 'Routing Bot']);
        const keys = {};
        for (const line of this.run(['account', 'key', 'generate', 'routing-bot']).split('\n')) {
            const m = /^lp\d+_routing_bot_(\w+)=(.*)$/.exec(line.trim());
            if (m) keys[m[1]] = m[2];
        }
        this.botKeys = keys;
        this.run(['account', 'user', 'add', 'ana', '--type', 'human', '--skill', 'human',
                  '--nickname', 'Ana'], 'ana-password\n');
        this.run(['account', 'user', 'add', 'ben', '--type', 'human', '--skill', 'billing',
                  '--nickname', 'Ben'], 'ben-password\n');
        this.run(['account', 'campaign', 'set', 'Web', '--skill', 'routing-bot']);
    }

    /// `dialogsmith-cli cloud` with the sample routing bot deployed and started; resolves once
    /// the bot agent is online.
    start() {
        const bot = path.join(this.source, 'resources/samples/routing-bot.json');
        this.process = spawn(this.cli, ['cloud', '--port', '0', '--ring-timeout', '60',
                                        '--transcripts', path.join(this.home, 'transcripts'),
                                        '--deploy', bot],
                             {env: this.env, stdio: ['ignore', 'pipe', 'pipe']});
        let buffer = '';
        this.stderr = '';
        this.process.stderr.on('data', d => { this.stderr += d; });
        this.process.stdout.on('data', d => {
            buffer += d;
            let nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const line = buffer.slice(0, nl);
                buffer = buffer.slice(nl + 1);
                try {
                    const o = JSON.parse(line);
                    this.lines.push(o);
                    this.waiters = this.waiters.filter(w => !w(o));
                } catch (e) { /* the human-readable line */ }
            }
        });
        this.process.on('exit', code => {
            if (!this.stopping) die(`the cloud stopped (exit ${code}): ${this.stderr}`);
        });
        return this.waitFor(o => o.event === 'listening', 20000).then(o => {
            this.port = o.port;
            this.base = `http://127.0.0.1:${o.port}`;
            return this.waitFor(x => x.event === 'agent-status' && x.status === 'online', 30000);
        });
    }

    /// The first event (already seen or still to come) for which `match` holds.
    waitFor(match, timeout) {
        const seen = this.lines.find(match);
        if (seen) return Promise.resolve(seen);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('the cloud did not report it in time')),
                                     timeout || 15000);
            this.waiters.push(o => {
                if (!match(o)) return false;
                clearTimeout(timer);
                resolve(o);
                return true;
            });
        });
    }

    /// Stops the cloud (it writes its transcripts) and removes the folder.
    async stop() {
        this.stopping = true;
        if (this.process && this.process.exitCode === null) {
            const exited = new Promise(resolve => this.process.once('exit', resolve));
            this.process.kill('SIGTERM');
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5000))]);
        }
        this.kill();
    }

    /// At exit, whatever happened: no cloud left running, no folder left behind.
    kill() {
        this.stopping = true;
        if (this.process && this.process.exitCode === null) this.process.kill('SIGKILL');
        try {
            fs.rmSync(this.home, {recursive: true, force: true});
        } catch (e) { /* the cloud was still writing: the system's temporary folder keeps it */ }
    }
}

async function launchBrowser(playwright) {
    return playwright.chromium.launch({
        executablePath: chromiumPath(), headless: true,
        // The pages come from the local cloud only; containers (and root) often have no user
        // namespaces for Chromium's own sandbox, so the test does not depend on it.
        args: ['--no-sandbox'],
    });
}

module.exports = {ACCOUNT, Cloud, die, modules, chromiumPath, launchBrowser};
