#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the repository: the test and
# example scripts for `compile` and `run_limited`, the numpy cases for
# `numpy_ops` (their bytes become operation choices), and the image, audio,
# JSON and .npy files under tests/ and examples/ for `decoders`, each with
# the selector byte of the decoders that read it prepended (the order of
# NAMES in fuzz/src/decoders.rs). python3 adds a few small WAV and JSON
# files of kinds the repository has none of. Existing seeds are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=fuzz/corpus
mkdir -p "$corpus"/{compile,run_limited,numpy_ops,decoders}

# A seed's name: its path with '/' turned into '_'.
name() { echo "${1//\//_}"; }

while IFS= read -r -d '' f; do
    cp "$f" "$corpus/compile/$(name "$f")"
    cp "$f" "$corpus/run_limited/$(name "$f")"
done < <(find tests/py tests/hostile tests/numpy/cases tests/images/cases tests/audio/cases examples \
    -maxdepth 1 -name '*.py' -print0)

while IFS= read -r -d '' f; do
    cp "$f" "$corpus/numpy_ops/$(name "$f")"
done < <(find tests/numpy/cases -name '*.py' -print0)

# seed FILE SELECTOR...: the file once per decoder that reads it.
seed() {
    local f=$1
    shift
    for s in "$@"; do
        { printf "\\x$(printf %02x "$s")"; cat "$f"; } >"$corpus/decoders/$s-$(name "$f")"
    done
}
while IFS= read -r -d '' f; do
    case "$f" in
    *.png | *.jpg | *.jpeg | *.bmp) seed "$f" 0 1 ;;
    *.wav) seed "$f" 2 3 ;;
    *.json) seed "$f" 4 ;;
    esac
done < <(find tests examples -type f \( -name '*.png' -o -name '*.jpg' -o -name '*.jpeg' \
    -o -name '*.bmp' -o -name '*.wav' -o -name '*.json' \) -print0)
# The .npy goldens are many and alike: the smallest few hundred do.
npy=0
while IFS= read -r -d '' f; do
    ((npy++ < 300)) && seed "$f" 5
done < <(find tests examples -type f -name '*.npy' -size -4k -print0 | sort -z)

python3 - "$corpus/decoders" <<'PY'
import io, json, os, sys, wave
out = sys.argv[1]
def put(name, selectors, data):
    for s in selectors:
        with open(os.path.join(out, "%d-generated-%s" % (s, name)), "wb") as f:
            f.write(bytes([s]) + data)
for width in (1, 2, 3, 4):
    for channels in (1, 2):
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(channels)
            w.setsampwidth(width)
            w.setframerate(8000)
            w.writeframes(bytes(range(width * channels * 5)))
        put("w%dc%d.wav" % (width, channels), (2, 3), buf.getvalue())
docs = [{"a": [1, 2.5, -3e-7, None, True], "b": {"c": "\u00e9\\n\"x\""}},
        [[], {}, "", 0, -0.0, 1e308, 12345678901234567890],
        "\U0001F600", {"deep": [[[[[1]]]]]}]
for i, doc in enumerate(docs):
    put("doc%d.json" % i, (4,), json.dumps(doc).encode())
    put("doc%d-utf16.json" % i, (4,), json.dumps(doc, ensure_ascii=False).encode("utf-16"))
put("lone-surrogate.json", (4,), b'["\\ud800", 1e999, -0, 1E+2, "\\u00e9"]')
PY
for t in compile run_limited numpy_ops decoders; do
    echo "$t: $(ls "$corpus/$t" | wc -l) seeds"
done
