'use strict';
// LivePerson's messaging frames over one WebSocket: requests ({"kind": "req", "id", "type",
// "body"}) answered by responses with the same id, and notifications. Used by the visitor page
// and the agent console.
(function (global) {
    class Channel {
        constructor(url, handlers) {
            this.handlers = handlers;
            this.pending = new Map();
            this.nextId = 1;
            this.socket = new WebSocket(url);
            this.socket.addEventListener('open', () => handlers.open && handlers.open());
            this.socket.addEventListener('close', e => {
                for (const p of this.pending.values())
                    p.reject(new Error('the connection closed'));
                this.pending.clear();
                if (handlers.close) handlers.close(e);
            });
            this.socket.addEventListener('message', e => this.received(e.data));
        }

        get isOpen() { return this.socket.readyState === WebSocket.OPEN; }

        received(data) {
            let frame;
            try { frame = JSON.parse(data); } catch (err) { return; }
            if (frame.kind === 'resp') {
                const p = this.pending.get(String(frame.reqId));
                if (!p) return;
                this.pending.delete(String(frame.reqId));
                if (frame.code >= 200 && frame.code < 300) p.resolve(frame.body);
                else {
                    const message = frame.body && frame.body.message
                        ? frame.body.message : `${frame.type} failed (${frame.code})`;
                    const error = new Error(message);
                    error.code = frame.code;
                    p.reject(error);
                }
            } else if (frame.kind === 'notification' && this.handlers.notification) {
                this.handlers.notification(frame.type, frame.body || {});
            }
        }

        request(type, body, headers) {
            return new Promise((resolve, reject) => {
                if (!this.isOpen) {
                    reject(new Error('not connected'));
                    return;
                }
                const id = String(this.nextId++);
                const frame = {kind: 'req', id, type, body: body || {}};
                if (headers) frame.headers = headers;
                this.pending.set(id, {resolve, reject});
                this.socket.send(JSON.stringify(frame));
            });
        }

        close() {
            this.handlers = {};
            try { this.socket.close(1000); } catch (e) { /* already closed */ }
        }
    }

    function wsBase() {
        return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host;
    }

    async function postJson(path, body, headers) {
        const response = await fetch(path, {
            method: 'POST',
            headers: Object.assign({'Content-Type': 'application/json'}, headers || {}),
            body: JSON.stringify(body || {}),
            credentials: 'same-origin',
        });
        let answer = {};
        try { answer = await response.json(); } catch (e) { /* no JSON body */ }
        if (!response.ok) {
            const error = new Error(answer.error || `${path}: HTTP ${response.status}`);
            error.status = response.status;
            throw error;
        }
        return answer;
    }

    function element(tag, className, text) {
        const el = document.createElement(tag);
        if (className) el.className = className;
        if (text !== undefined) el.textContent = text;
        return el;
    }

    function formatDuration(ms) {
        const s = Math.max(0, Math.floor(ms / 1000));
        const m = Math.floor(s / 60);
        return m > 0 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
    }

    global.Messaging = {Channel, wsBase, postJson, element, formatDuration};
})(window);
