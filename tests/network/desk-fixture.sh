#!/bin/sh
# The agent desk that ctest starts for the transcripts that hand over to it (a CTest fixture).
#
#   desk-fixture.sh start STATE_DIR CLI      start 'CLI agent-desk' on a free port of 127.0.0.1,
#                                            key from the secret lpApiKey (the environment's
#                                            DIALOGSMITH_SECRET_lpApiKey), skills human=1 and
#                                            billing=2; wait until it listens
#   desk-fixture.sh run STATE_DIR CLI ARG... run CLI ARG... --env lpPlatformHost=<the desk>
#                                            --allow-secret-host <the desk> (the key may go there)
#   desk-fixture.sh stop STATE_DIR           stop the desk with SIGTERM; fail unless it stopped
#                                            cleanly
set -eu

action=$1
dir=$2
shift 2

case "$action" in
start)
    cli=$1
    rm -rf "$dir"
    mkdir -p "$dir"
    # Detached from ctest's pipes, or ctest would wait for the desk to end.
    "$cli" agent-desk --port 0 --port-file "$dir/port" --key-secret lpApiKey \
        --skill human=1 --skill billing=2 </dev/null >"$dir/desk.log" 2>"$dir/desk.err" &
    echo $! >"$dir/pid"
    tries=0
    while [ ! -s "$dir/port" ]; do
        if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
            echo "the agent desk exited:" >&2
            cat "$dir/desk.err" >&2
            exit 1
        fi
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "the agent desk did not listen within 10 s" >&2
            exit 1
        fi
        sleep 0.1
    done
    echo "agent desk on http://127.0.0.1:$(cat "$dir/port")"
    ;;
run)
    if [ ! -s "$dir/port" ]; then
        echo "no agent desk runs (its fixture did not start)" >&2
        exit 1
    fi
    cli=$1
    shift
    port=$(cat "$dir/port")
    exec "$cli" "$@" --env "lpPlatformHost=http://127.0.0.1:$port" \
        --allow-secret-host "127.0.0.1:$port"
    ;;
stop)
    [ -f "$dir/pid" ] || exit 0
    kill -TERM "$(cat "$dir/pid")" 2>/dev/null || true
    tries=0
    # The last log line says the desk stopped by itself (it may stay a zombie until reaped).
    until grep -q '"event":"stopped"' "$dir/desk.log" 2>/dev/null; do
        tries=$((tries + 1))
        if [ "$tries" -gt 50 ]; then
            echo "the agent desk did not stop within 5 s" >&2
            kill -KILL "$(cat "$dir/pid")" 2>/dev/null || true
            exit 1
        fi
        sleep 0.1
    done
    echo "agent desk stopped; it answered $(grep -c '"status"' "$dir/desk.log") requests"
    rm -f "$dir/pid"
    ;;
*)
    echo "usage: desk-fixture.sh start|run|stop STATE_DIR ..." >&2
    exit 2
    ;;
esac
