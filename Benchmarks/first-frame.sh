#!/usr/bin/env bash
# Opens MAP in each ARGMAP binary in turn, RUNS times alternated, each in a fresh 200x60 tmux
# pane, and prints for each run the milliseconds until the first frame shows ("Thesis 1") and
# until the whole map is shown (the status line no longer says the rest is being read).
#
#   Benchmarks/first-frame.sh MAP RUNS ARGMAP...
#
# A build that reads the whole map before its first frame shows both at once.
set -euo pipefail

map=$1 runs=$2
shift 2
session=first-frame-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
name=$(basename "$map")

now() { date +%s%N; }
milliseconds() { echo $(( ($2 - $1) / 1000000 )); }

for (( run = 1; run <= runs; run++ )); do
    for argmap in "$@"; do
        start=$(now)
        tmux new-session -d -s "$session" -x 200 -y 60 "'$argmap' '$map'"
        first='' whole=''
        while [[ -z $whole ]]; do
            (( $(now) - start < 120000000000 )) || { echo "gave up after 120 s" >&2; exit 1; }
            screen=$(tmux capture-pane -p -t "$session" 2>/dev/null || true)
            # Only a frame painted to its status line counts.
            if [[ $screen == *"Thesis 1"* && $screen == *"? help"* ]]; then
                [[ -n $first ]] || first=$(now)
                [[ $screen == *"reading $name"* ]] || whole=$(now)
            fi
            sleep 0.005
        done
        echo "$argmap run $run: first frame $(milliseconds "$start" "$first") ms, whole map shown $(milliseconds "$start" "$whole") ms"
        tmux kill-session -t "$session"
        sleep 0.5
    done
done
