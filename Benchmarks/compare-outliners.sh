#!/usr/bin/env bash
# Opens the same generated million-node outline in argmap, vim (foldmethod=indent) and hnb,
# each a real program in a 200x60 tmux pane, and prints the wall time each takes to be ready,
# and how many times as long argmap's first frame takes. Then records the bytes argmap sends for one cursor move,
# with the detail pane open and hidden.
#
#   Benchmarks/compare-outliners.sh [MAP] [ARGMAP]
#
# MAP defaults to the file `side-by-side` writes ($TMPDIR/argmap-benchmarks/generated-1000000-seed1.argdown);
# ARGMAP to the release build (swift build -c release --product argmap). Needs tmux, vim, hnb.
# When Benchmarks/.build/release/side-by-side is built, its in-process first frame is printed too.
set -euo pipefail

map=${1:-${TMPDIR:-/tmp}/argmap-benchmarks/generated-1000000-seed1.argdown}
argmap=${2:-$(cd "$(dirname "$0")/.." && pwd)/.build/release/argmap}
work=$(mktemp -d)
session=compare-outliners-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

for tool in tmux vim hnb; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed (apt-get install -y $tool)"; exit 1; }
done
[[ -r $map ]] || { echo "$map: no such map; run side-by-side once, or argmap generate --nodes 1000000 --seed 1"; exit 1; }
[[ -x $argmap ]] || { echo "$argmap: build it with swift build -c release --product argmap"; exit 1; }

now() { date +%s%N; }
# Every wait gives up after two minutes rather than hang on a program that never gets there.
patience_ns=120000000000
give_up_after() { (( $(now) - $1 < patience_ns )) || { echo "gave up after 120 s: $2" >&2; exit 1; }; }
milliseconds() { echo $(( ($2 - $1) / 1000000 )); }

# Starts COMMAND in a fresh pane and prints the milliseconds until TEXT shows on its screen.
time_until_shown() {
    local text=$1 command=$2 start
    start=$(now)
    tmux new-session -d -s "$session" -x 200 -y 60 "$command"
    until tmux capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$text"; do
        give_up_after "$start" "$text never showed"
        sleep 0.01
    done
    milliseconds "$start" "$(now)"
}

# hnb imports plain text outlines whose levels are tabs: the map's lines, front matter and
# blank lines dropped, headings' "# " too, each two spaces of indentation a tab.
outline=$work/outline.txt
awk 'NR == 1 && /^===/ { front = 1; next }
     front { if (/^===/) front = 0; next }
     NF { sub(/^# /, ""); match($0, /^ */); tabs = ""; for (i = 0; i < RLENGTH / 2; i++) tabs = tabs "\t"
          print tabs substr($0, RLENGTH + 1) }' \
    "$map" >"$outline"

echo "map: $map ($(wc -l <"$map") lines, $(( $(stat -c %s "$map") / 1000000 )) MB); hnb outline: $(wc -l <"$outline") lines"

argmap_ms=$(time_until_shown "Thesis 1" "'$argmap' '$map'")
echo "argmap first frame:                   $argmap_ms ms"
side_by_side=$(dirname "$0")/.build/release/side-by-side
if [[ -x $side_by_side ]]; then
    echo "  in process (side-by-side):          $("$side_by_side" measure-first-frame "$map" | grep -v =)"
fi

# The moment the move's bytes stop arriving is when the recording has stopped growing.
recording=$work/move.bytes
record_key() {
    local key=$1 before size previous=-1 steady=0 start
    start=$(now)
    : >"$recording"
    tmux pipe-pane -o -t "$session" "cat >> '$recording'"
    before=$(tmux capture-pane -p -t "$session")
    tmux send-keys -t "$session" "$key"
    if [[ $key != C-l ]]; then
        while [[ $(tmux capture-pane -p -t "$session") == "$before" ]]; do
            give_up_after "$start" "the screen did not change after $key"
            sleep 0.01
        done
    fi
    while (( steady < 10 )); do
        sleep 0.02
        size=$(stat -c %s "$recording")
        if (( size > 0 && size == previous )); then steady=$((steady + 1)); else steady=0; fi
        previous=$size
    done
    tmux pipe-pane -t "$session"
    echo "$size"
}
# Bytes are counted once the whole map is shown, its citations located and its rows labelled,
# so that the move is all that is painted.
labelled_since=$(now)
until [[ $(tmux capture-pane -p -t "$session") =~ (✓|✗|\?|○)\ Thesis\ 1 ]]; do
    give_up_after "$labelled_since" "the rows were never labelled"
    sleep 0.1
done
move_bytes=$(record_key j)
redraw_bytes=$(record_key C-l)
echo "argmap, one cursor move (j):          $move_bytes bytes sent to the terminal (a full redraw, Ctrl-L: $redraw_bytes bytes)"
record_key i >/dev/null  # hides the detail pane
hidden_move_bytes=$(record_key j)
echo "  the same with the detail pane hidden: $hidden_move_bytes bytes"
tmux kill-session -t "$session"

# vim quits right after unfolding and folding everything: its time is the wall time to done.
# shiftwidth=2 makes each of the map's two-space indents a fold level (vim's default of 8 would
# fold only every fourth level).
vim_ms_file=$work/vim.ms
tmux new-session -d -s "$session" -x 200 -y 60 \
    "s=\$(date +%s%N); vim -u NONE -N -c 'set shiftwidth=2 foldmethod=indent' -c 'normal! zR' -c 'normal! zM' -c 'qa!' '$map'; e=\$(date +%s%N); echo \$(( (e - s) / 1000000 )) > '$vim_ms_file'"
vim_start=$(now)
until [[ -s $vim_ms_file ]]; do give_up_after "$vim_start" "vim did not quit"; sleep 0.05; done
vim_ms=$(cat "$vim_ms_file")
tmux kill-session -t "$session" 2>/dev/null || true
echo "vim, foldmethod=indent, zR then zM:   $vim_ms ms"

hnb_ms=$(time_until_shown "Section 1" "hnb -a '$outline'")
tmux kill-session -t "$session"
echo "hnb, first screen:                    $hnb_ms ms"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }
echo
echo "argmap's first frame takes $(ratio "$argmap_ms" "$vim_ms") vim's time and $(ratio "$argmap_ms" "$hnb_ms") hnb's"
