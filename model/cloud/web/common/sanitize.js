'use strict';
// Conversation Builder's text HTML subset, as the studio's preview shows it (the allow-list of
// ui/preview/htmlsanitizer.*): <p> <br> <b> <strong> <i> <ul> <ol> <li> without attributes, and
// <a href> to http, https, tel and mailto (target, rel and title accepted and dropped). Every
// other tag, a tag with other attributes, a tag without its partner, a comment: shown as the
// text it is. Builds DOM nodes; untrusted text never goes through innerHTML.
(function (global) {
    const ALLOWED = new Set(['p', 'br', 'b', 'strong', 'i', 'ul', 'ol', 'li', 'a']);
    const MAX_TAG = 2048;
    const NAMED = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t',
                   newline: '\n', nbsp: '\u00a0'};

    function isSpace(c) { return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f'; }
    function isLetter(c) { return /^[A-Za-z]$/.test(c); }

    // Character references resolved; an unknown named one stays as written.
    function decodeEntities(text) {
        return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/g,
            (all, body) => {
                let code = -1;
                if (body[0] === '#') {
                    code = (body[1] === 'x' || body[1] === 'X') ? parseInt(body.slice(2), 16)
                                                                : parseInt(body.slice(1), 10);
                } else if (Object.prototype.hasOwnProperty.call(NAMED, body)) {
                    return NAMED[body];
                }
                if (code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                    return String.fromCodePoint(code);
                return all;
            });
    }

    function isAllowedLinkUrl(url) {
        const u = url.trim();
        if (/[\u0000-\u001f\u007f]/.test(u)) return false;
        const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(u);
        if (!m) return false;
        const scheme = m[1].toLowerCase();
        if (scheme === 'http' || scheme === 'https') {
            try { return !!new URL(u).host; } catch (e) { return false; }
        }
        return scheme === 'tel' || scheme === 'mailto';
    }

    // One tag at `at`, or null when it is not a tag of the subset (then it is text).
    function parseTag(text, at) {
        const n = Math.min(text.length, at + MAX_TAG);
        let i = at + 1;
        const skip = () => { while (i < n && isSpace(text[i])) ++i; };
        const closing = text[i] === '/';
        if (closing) ++i;
        const nameStart = i;
        if (i >= n || !isLetter(text[i])) return null;
        while (i < n && /[A-Za-z0-9]/.test(text[i])) ++i;
        const name = text.slice(nameStart, i).toLowerCase();
        if (!ALLOWED.has(name)) return null;
        if (closing) {
            skip();
            if (i >= n || text[i] !== '>' || name === 'br') return null;
            return {tag: true, kind: 'close', name, end: i + 1};
        }
        const attributes = [];
        let selfClosing = false;
        for (;;) {
            const before = i;
            skip();
            if (i >= n) return null;
            const c = text[i];
            if (c === '>') { ++i; break; }
            if (c === '/') {
                if (text[i + 1] !== '>') return null;
                selfClosing = true;
                i += 2;
                break;
            }
            if (i === before) return null;
            const attrStart = i;
            while (i < n && !isSpace(text[i]) && !'>/="\'<'.includes(text[i])) ++i;
            if (i === attrStart) return null;
            const attrName = text.slice(attrStart, i).toLowerCase();
            let value = '';
            const afterName = i;
            skip();
            if (i < n && text[i] === '=') {
                ++i;
                skip();
                if (i >= n) return null;
                const q = text[i];
                if (q === '"' || q === "'") {
                    const vs = ++i;
                    while (i < n && text[i] !== q) ++i;
                    if (i >= n) return null;
                    value = text.slice(vs, i);
                    ++i;
                } else {
                    const vs = i;
                    while (i < n && !isSpace(text[i]) && !'>"\'<`='.includes(text[i])) ++i;
                    if (i === vs) return null;
                    value = text.slice(vs, i);
                }
            } else {
                i = afterName;
            }
            attributes.push([attrName, value]);
        }
        if (name === 'br') {
            if (attributes.length) return null;
            return {tag: true, kind: 'void', name, end: i, matched: true};
        }
        if (selfClosing) return null;
        const token = {tag: true, kind: 'open', name, end: i, href: ''};
        if (name !== 'a') return attributes.length ? null : token;
        let hasHref = false;
        for (const [an, av] of attributes) {
            if (an === 'href') {
                if (hasHref) return null;
                hasHref = true;
                token.href = decodeEntities(av).trim();
            } else if (an !== 'target' && an !== 'rel' && an !== 'title') {
                return null;
            }
        }
        if (!hasHref || !isAllowedLinkUrl(token.href)) return null;
        return token;
    }

    function tokenize(text) {
        const tokens = [];
        let textStart = 0;
        let i = 0;
        while (i < text.length) {
            if (text[i] === '<') {
                const t = parseTag(text, i);
                if (t) {
                    if (i > textStart) tokens.push({tag: false, begin: textStart, end: i});
                    t.begin = i;
                    tokens.push(t);
                    i = t.end;
                    textStart = i;
                    continue;
                }
            }
            ++i;
        }
        if (text.length > textStart) tokens.push({tag: false, begin: textStart, end: text.length});
        return tokens;
    }

    function balance(tokens) {
        const open = [];
        tokens.forEach((t, k) => {
            if (!t.tag || t.kind === 'void') return;
            if (t.kind === 'open') {
                if (t.name === 'a' && open.some(o => tokens[o].name === 'a')) return;
                open.push(k);
                return;
            }
            let depth = -1;
            for (let d = open.length - 1; d >= 0; --d) {
                if (tokens[open[d]].name === t.name) { depth = d; break; }
            }
            if (depth < 0) return;
            tokens[open[depth]].matched = true;
            t.matched = true;
            open.length = depth;
        });
    }

    // Text as nodes: line breaks become <br>.
    function appendText(parent, text) {
        const lines = decodeEntities(text).replace(/\r/g, '').split('\n');
        lines.forEach((line, k) => {
            if (k > 0) parent.appendChild(document.createElement('br'));
            if (line) parent.appendChild(document.createTextNode(line));
        });
    }

    const BLOCK = new Set(['p', 'ul', 'ol', 'li', 'br']);

    /// A fragment holding `text` as CB's HTML subset.
    function renderBotHtml(text) {
        const fragment = document.createDocumentFragment();
        const tokens = tokenize(String(text));
        balance(tokens);
        const stack = [fragment];
        const isBlockNeighbour = k => k >= 0 && k < tokens.length && tokens[k].tag
                                      && tokens[k].matched && BLOCK.has(tokens[k].name);
        tokens.forEach((t, k) => {
            const parent = stack[stack.length - 1];
            const source = String(text).slice(t.begin, t.end);
            if (t.tag && t.matched) {
                if (t.kind === 'void') {
                    parent.appendChild(document.createElement('br'));
                } else if (t.kind === 'open') {
                    const el = document.createElement(t.name);
                    if (t.name === 'a') {
                        el.href = t.href;
                        el.target = '_blank';
                        el.rel = 'noopener noreferrer nofollow';
                    }
                    parent.appendChild(el);
                    stack.push(el);
                } else {
                    stack.pop();
                }
                return;
            }
            // Line breaks between block tags are layout of the source, not of the message.
            if (!t.tag && /^\s*$/.test(source) && (isBlockNeighbour(k - 1) || isBlockNeighbour(k + 1)))
                return;
            appendText(parent, source);
        });
        return fragment;
    }

    /// A fragment holding `text` as plain text (what a visitor or an agent typed).
    function renderPlainText(text) {
        const fragment = document.createDocumentFragment();
        String(text).replace(/\r/g, '').split('\n').forEach((line, k) => {
            if (k > 0) fragment.appendChild(document.createElement('br'));
            if (line) fragment.appendChild(document.createTextNode(line));
        });
        return fragment;
    }

    global.CbHtml = {renderBotHtml, renderPlainText, isAllowedLinkUrl, decodeEntities};
})(window);

// Structured content (LivePerson's JSON templates) through json-pollock, made safe first:
// every text json-pollock would hand to innerHTML is escaped, so it shows as the text it is,
// and style attributes are set through the CSSOM (the page's CSP allows no inline style).
(function (global) {
    const TEXT_KEYS = new Set(['text', 'title', 'subtitle', 'caption', 'tooltip', 'alt', 'label']);

    function escapeHtml(s) {
        return String(s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;',
                                                    '"': '&quot;', "'": '&#39;'}[c]));
    }

    function escapeTexts(value, key) {
        if (Array.isArray(value)) return value.map(v => escapeTexts(v));
        if (value && typeof value === 'object') {
            const out = {};
            for (const k of Object.keys(value)) {
                // What a click sends or opens is data, not shown.
                if (k === 'click' || k === 'actions' || k === 'metadata') out[k] = value[k];
                else out[k] = escapeTexts(value[k], k);
            }
            return out;
        }
        if (typeof value === 'string' && TEXT_KEYS.has(key)) return escapeHtml(value);
        return value;
    }

    /// A DOM element for `content`, or null when json-pollock cannot render it.
    function renderStructured(content) {
        if (!global.JsonPollock) return null;
        const safe = escapeTexts(content);
        const setAttribute = Element.prototype.setAttribute;
        Element.prototype.setAttribute = function (name, value) {
            if (String(name).toLowerCase() === 'style') {
                this.style.cssText = String(value);
                return undefined;
            }
            return setAttribute.call(this, name, value);
        };
        try {
            return global.JsonPollock.render(safe);
        } catch (e) {
            return null;
        } finally {
            Element.prototype.setAttribute = setAttribute;
        }
    }

    global.CbHtml.renderStructured = renderStructured;
})(window);
