#!/usr/bin/env bash
# Builds the libFuzzer targets (swiftc -sanitize=fuzzer,address) and runs them.
#
#   Fuzz/run.sh build                 build every target into Fuzz/.build
#   Fuzz/run.sh TARGET [SECONDS] ...  fuzz one target (default 600 s); extra flags go to libFuzzer
#   Fuzz/run.sh replay TARGET FILE... run inputs once, e.g. a finding, to see its report
#
# Targets: each Fuzz/Targets/<Name>Target.swift, named in lower case (argdown, kialo, aif,
# quotematching).
# Seeds are Fuzz/Corpus/<target>, inputs that once broke something Fuzz/Regressions/<target>;
# `swift test --filter FuzzCorpusTests` replays both. What a run learns goes to
# Fuzz/.build/corpus/<target>, what it finds to Fuzz/.build/findings/<target>.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$fuzz")"
out="$fuzz/.build"
# The runtime's backtracer hangs under the sanitizer; libFuzzer reports crashes itself.
export SWIFT_BACKTRACE=enable=no
flags=(-O -use-ld=lld -sanitize=fuzzer,address -parse-as-library -g -D SWIFT_PACKAGE)

targets() {
    local file name
    for file in "$fuzz"/Targets/*Target.swift; do
        name="$(basename "$file" Target.swift)"
        echo "${name,,}"
    done
}

target_file() {
    local file name
    for file in "$fuzz"/Targets/*Target.swift; do
        name="$(basename "$file" Target.swift)"
        if [ "${name,,}" = "$1" ]; then echo "$file"; return; fi
    done
    echo "no target $1; the targets are: $(targets | tr '\n' ' ')" >&2
    exit 64
}

build() {
    mkdir -p "$out/objects"
    (cd "$root" && swift package resolve >/dev/null)
    local yams="$root/.build/checkouts/Yams/Sources"
    local cyaml=()
    for source in "$yams"/CYaml/src/*.c; do
        local object="$out/objects/$(basename "$source" .c).o"
        clang -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" "$source" -o "$object"
        cyaml+=("$object")
    done
    swiftc "${flags[@]}" -module-name Yams -emit-module -emit-module-path "$out/Yams.swiftmodule" \
        -emit-library -static -o "$out/libYams.a" -I "$yams/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
        "$yams"/Yams/*.swift
    swiftc "${flags[@]}" -enable-testing -module-name ArgumentMap -emit-module -emit-module-path "$out/ArgumentMap.swiftmodule" \
        -emit-library -static -o "$out/libArgumentMap.a" -I "$out" -I "$yams/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
        $(find "$root/Sources/ArgumentMap" -name '*.swift' | sort)
    local probes=("$root"/Tests/ArgumentMapTests/Fuzzing/*.swift)
    for name in $(targets); do
        swiftc "${flags[@]}" -module-name "Fuzz_$name" -I "$out" -I "$yams/CYaml/include" -Xcc -DYAML_DECLARE_STATIC \
            "$(target_file "$name")" "${probes[@]}" \
            -L "$out" -lArgumentMap -lYams "${cyaml[@]}" -o "$out/fuzz-$name"
    done
}

case "${1:-}" in
build)
    build
    ;;
replay)
    name="$2"; shift 2
    target_file "$name" >/dev/null
    "$out/fuzz-$name" -timeout=1 -rss_limit_mb=2048 "$@"
    ;;
""|-h|--help)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    ;;
*)
    name="$1"; seconds="${2:-600}"; shift; [ $# -gt 0 ] && shift
    target_file "$name" >/dev/null
    [ -x "$out/fuzz-$name" ] || build
    mkdir -p "$out/corpus/$name" "$out/findings/$name" "$fuzz/Corpus/$name" "$fuzz/Regressions/$name"
    "$out/fuzz-$name" -timeout=1 -rss_limit_mb=2048 -max_len=16384 -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$out/findings/$name/" "$@" \
        "$out/corpus/$name" "$fuzz/Corpus/$name" "$fuzz/Regressions/$name"
    ;;
esac
