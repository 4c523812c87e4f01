'use strict';
// The visitor page's speed as a tester feels it: from opening /visitor/?siteid=ACCOUNT to the
// routing bot's first answer (load the page, click Live Chat, sign up, connect, request the
// conversation, say "hi", read the answer), in a fresh headless Chromium page each run, against
// `dialogsmith-cli cloud` with resources/samples/routing-bot.json deployed. Prints every run and
// the median.
//
//   node tests/bench/bench_visitor.js [RUNS]      (default 15)
//
// DIALOGSMITH_CLI (default build/app/dialogsmith-cli), NODE_MODULES (default the npm packages
// scripts/setup installed) and CHROMIUM (default /usr/bin/chromium) may be set.
const path = require('path');
const os = require('os');

const root = path.resolve(__dirname, '../..');
process.env.DIALOGSMITH_SOURCE_DIR = process.env.DIALOGSMITH_SOURCE_DIR || root;
process.env.DIALOGSMITH_CLI = process.env.DIALOGSMITH_CLI || path.join(root, 'build/app/dialogsmith-cli');
if (!process.env.NODE_MODULES) {
    const npm = process.env.DIALOGSMITH_NPM_DIR
        || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'dialogsmith/npm');
    process.env.NODE_MODULES = path.join(npm, 'node_modules');
}
const {ACCOUNT, Cloud, die, modules, launchBrowser} = require('../cloud/browser/cloudfixture');

async function main() {
    const runs = Number(process.argv[2] || 15);
    if (!(runs >= 1)) die('RUNS must be a positive number');
    const {playwright} = modules();
    const cloud = new Cloud();
    process.on('exit', () => cloud.kill());
    cloud.setUpAccount();
    await cloud.start();
    const browser = await launchBrowser(playwright);
    const times = [];
    try {
        for (let i = 0; i < runs; ++i) {
            const context = await browser.newContext();
            const page = await context.newPage();
            const t0 = performance.now();
            await page.goto(`${cloud.base}/visitor/?siteid=${ACCOUNT}`);
            await page.click('#live-chat');
            await page.fill('#text', 'hi');
            await page.press('#text', 'Enter');
            await page.waitForSelector('#messages .message.theirs .bubble', {timeout: 20000});
            const ms = performance.now() - t0;
            times.push(ms);
            process.stdout.write(`run ${i + 1}: ${ms.toFixed(0)} ms\n`);
            await context.close();
        }
    } finally {
        await browser.close();
        await cloud.stop();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    process.stdout.write(`visitor page open -> first bot answer: median ${median.toFixed(0)} ms `
                         + `(min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)}, `
                         + `${runs} runs)\n`);
}

main().then(() => process.exit(0), err => die(err.stack || err.message));
