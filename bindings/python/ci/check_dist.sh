#!/usr/bin/env bash
# Checks a built distribution of the Python package as an index would take it.
#
#   check_dist.sh wheel WHEEL   the tag is cp39-abi3 manylinux_2_17 (manylinux2014),
#                               auditwheel agrees, the extension is stripped, and the
#                               licences are in the .dist-info
#   check_dist.sh sdist SDIST   the sdist carries pyproject.toml, PKG-INFO with the
#                               licence expression and files, and both licences
#
# Each prints the artefact's file list. AUDITWHEEL names auditwheel (default:
# the one on PATH).
set -euo pipefail

kind=$1
file=$2
fail() {
    echo "check_dist: $file: $*" >&2
    exit 1
}

case $kind in
wheel)
    name=$(basename "$file")
    # {name}-{version}-cp39-abi3-{platform tags}.whl, one of them manylinux_2_17.
    [[ $name == sipstatus-*-cp39-abi3-*.whl ]] || fail "not a cp39-abi3 wheel"
    [[ $name == *manylinux_2_17_* ]] || fail "not tagged manylinux_2_17 (manylinux2014)"
    files=$(python3 -m zipfile -l "$file" | awk 'NR > 1 { print $1 }' | sort)
    echo "$name:" $files
    for license in LICENSE-MIT LICENSE-APACHE; do
        grep -qx "sipstatus-[^/]*\.dist-info/licenses/$license" <<<"$files" ||
            fail "lacks .dist-info/licenses/$license"
    done
    show=$("${AUDITWHEEL:-auditwheel}" show "$file")
    grep -q '"manylinux_2_17_x86_64"' <<<"$show" ||
        fail "auditwheel does not find it manylinux_2_17: $show"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    python3 -m zipfile -e "$file" "$tmp"
    for so in "$tmp"/sipstatus/*.so; do
        ! readelf -S "$so" | grep -q '\.symtab\|\.debug_' ||
            fail "$(basename "$so") is not stripped"
        echo "$(basename "$so"): $(stat -c %s "$so") bytes, stripped"
    done
    ;;
sdist)
    files=$(tar -tzf "$file" | sed 's|^[^/]*/||' | grep -v '^$' | sort)
    echo "$(basename "$file"):" $(grep -c . <<<"$files") files, among them \
        $(grep -E '^(PKG-INFO|pyproject.toml|LICENSE-[A-Z]*)$' <<<"$files")
    for required in PKG-INFO pyproject.toml LICENSE-MIT LICENSE-APACHE; do
        grep -qx "$required" <<<"$files" || fail "lacks $required"
    done
    info=$(tar -xzOf "$file" --wildcards '*/PKG-INFO')
    for line in "License-Expression: MIT OR Apache-2.0" "License-File: LICENSE-MIT" \
        "License-File: LICENSE-APACHE"; do
        grep -qx "$line" <<<"$info" || fail "PKG-INFO lacks \"$line\""
    done
    ;;
*)
    echo "usage: check_dist.sh wheel WHEEL | sdist SDIST" >&2
    exit 2
    ;;
esac
