#!/usr/bin/env bash
# Opens MAP in each ARGMAP binary in turn, RUNS times alternated, each in a fresh 200x60 tmux
# pane. Once the whole map is shown and the process has gone idle (its background work done),
# types /TITLE at once and prints the milliseconds until the screen shows [TITLE] (the match's
# details), the main thread's CPU time meanwhile, and the `n` it took: a build whose key stops
# after so many claims is sent Enter, then `n` each time its status line says "no match yet".
# Then it prints the CPU the process spent in 2 s of idling after the match.
#
#   Benchmarks/far-search.sh MAP TITLE RUNS ARGMAP...
set -euo pipefail

map=$1 title=$2 runs=$3
shift 3
session=far-search-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
name=$(basename "$map")

now() { date +%s%N; }
# User and system clock ticks (10 ms) of a /proc stat file.
ticks() { awk '{ print $14 + $15 }' "$1"; }
screen() { tmux capture-pane -p -t "$session" 2>/dev/null || true; }

for (( run = 1; run <= runs; run++ )); do
    for argmap in "$@"; do
        tmux new-session -d -s "$session" -x 200 -y 60 "exec '$argmap' '$map'"
        pid=$(tmux display -p -t "$session" '#{pane_pid}')
        until [[ $(screen) == *"Thesis 1"* && $(screen) != *"reading $name"* ]]; do sleep 0.05; done
        # The quotes located and the map evaluated on the second thread: no tick for a second.
        before=$(ticks /proc/$pid/stat)
        while sleep 1; after=$(ticks /proc/$pid/stat); (( after != before )); do before=$after; done
        thread_before=$(ticks /proc/$pid/task/$pid/stat)
        start=$(now) presses=0 accepted=''
        tmux send-keys -t "$session" -l "/$title"
        while true; do
            shown=$(screen)
            [[ $shown == *"[$title]"* ]] && break
            if [[ $shown == *"no match yet"* ]]; then
                [[ -n $accepted ]] || { tmux send-keys -t "$session" Enter; accepted=yes; }
                tmux send-keys -t "$session" n
                presses=$(( presses + 1 ))
                until [[ $(screen) != "$shown" ]]; do sleep 0.002; done
            fi
            (( $(now) - start < 60000000000 )) || { echo "gave up after 60 s" >&2; exit 1; }
            sleep 0.002
        done
        found=$(now)
        thread_after=$(ticks /proc/$pid/task/$pid/stat)
        idle_before=$(ticks /proc/$pid/stat)
        sleep 2
        idle_after=$(ticks /proc/$pid/stat)
        echo "$argmap run $run: [$title] shown $(( (found - start) / 1000000 )) ms after typing, $(( (thread_after - thread_before) * 10 )) ms CPU (main thread), $presses n; then $(( (idle_after - idle_before) * 10 )) ms CPU in 2 s idle"
        tmux kill-session -t "$session"
        sleep 0.5
    done
done
