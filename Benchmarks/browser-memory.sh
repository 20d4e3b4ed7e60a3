#!/usr/bin/env bash
# Opens MAP in each ARGMAP binary in turn, RUNS times alternated, each in a fresh 200x60 tmux
# pane; waits until the rows show their labels (the whole map read, its citations located and
# its first evaluation done), quits, and prints the browser's elapsed seconds, user and system
# CPU seconds and peak resident memory in kB, as `/usr/bin/time -f '%e %U %S %M'` gives them.
#
#   Benchmarks/browser-memory.sh MAP RUNS ARGMAP...
#
# Peak memory is the figure issue 7 holds to 3x the map's size. With SAMPLE=1 it also prints
# the resident memory every 0.1 s, with whether the labels were shown yet, to see when it peaks.
set -euo pipefail

map=$1 runs=$2
shift 2
session=browser-memory-$$
times=$(mktemp)
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -f "$times"' EXIT
cd "$(dirname "$map")"
name=$(basename "$map")

labelled() { tmux capture-pane -p -t "$session" 2>/dev/null | grep -q '[✓✗]'; }

for (( run = 1; run <= runs; run++ )); do
    for argmap in "$@"; do
        : > "$times"
        tmux new-session -d -s "$session" -x 200 -y 60 \
            "/usr/bin/time -f '%e %U %S %M' -o '$times' '$argmap' '$name'; sleep 60"
        for (( tick = 0; tick < 1200; tick++ )); do
            sleep 0.1
            if [[ ${SAMPLE:-} == 1 ]]; then
                pid=$(pgrep -n -f "^$argmap $name" || true)
                [[ -z $pid ]] || echo "  $(( tick / 10 )).$(( tick % 10 )) s: $(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null) kB"
            fi
            labelled && break
        done
        labelled || { echo "$argmap: no labels after 120 s" >&2; exit 1; }
        sleep 0.3
        tmux send-keys -t "$session" q
        for (( wait = 0; wait < 600; wait++ )); do [[ -s $times ]] && break; sleep 0.1; done
        echo "$argmap $(cat "$times")"
        tmux kill-session -t "$session"
    done
done
