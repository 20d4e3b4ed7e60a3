#!/usr/bin/env bash
# The bundled debate's first frame: each ARGMAP binary in turn, RUNS times alternated, under
# strace in a fresh 100x30 tmux pane; prints the milliseconds from `exec` to the end of the
# writes that paint the first frame (the last write to the terminal before the first wait for
# a key). Needs strace, and ARGMAP_HOME (or a build inside the package) to find the debate.
#
#   Benchmarks/bundled-frame.sh RUNS ARGMAP...
set -euo pipefail

runs=$1
shift
session=bundled-frame-$$
trace=$(mktemp)
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -f "$trace"' EXIT

for (( run = 1; run <= runs; run++ )); do
    for argmap in "$@"; do
        tmux new-session -d -s "$session" -x 100 -y 30 \
            "strace -f -ttt -e trace=execve,write,poll,ppoll,pselect6,select,epoll_wait -o '$trace' '$argmap'"
        until grep -q 'poll\|select\|epoll_wait' "$trace" 2>/dev/null; do sleep 0.05; done
        sleep 0.3
        tmux send-keys -t "$session" q
        sleep 0.3
        tmux kill-session -t "$session" 2>/dev/null || true
        python3 - "$trace" "$argmap" "$run" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()
start = end = None
for line in lines:
    m = re.match(r'\s*\d+\s+([\d.]+) (\w+)\((.*)', line)
    if not m: continue
    t, call, args = float(m.group(1)), m.group(2), m.group(3)
    if call == 'execve' and start is None: start = t
    elif call == 'write' and args.startswith('1,'): end = t
    elif call in ('poll', 'ppoll', 'pselect6', 'select', 'epoll_wait') and end is not None: break
print(f"{sys.argv[2]} run {sys.argv[3]}: first frame written {1000 * (end - start):.0f} ms after exec")
PY
        sleep 0.3
    done
done
