#!/usr/bin/env bash
# Regenerates link/startup-order.x86_64-unknown-linux-gnu.txt, the functions
# the release CLI runs while it starts, which build.rs asks the linker to lay
# out first (see build.rs for why). Run it after a toolchain or dependency
# update, or after a change to start-up: names are the linker's (mangled, with
# hashes that depend on rustc and the dependency graph), and names that no
# longer exist are skipped silently, so a stale file costs memory, nothing else.
#
# Order: the functions an empty script runs, then those the README's example
# adds (compiling and running ordinary code), each group as callgrind lists it.
# Needs valgrind. Ends with a normal `cargo build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-unknown-linux-gnu
out="link/startup-order.$target.txt"
command -v valgrind >/dev/null || { echo "startup-order.sh needs valgrind" >&2; exit 2; }

# The release build with its symbols kept: `cargo rustc` passes the extra flag
# to the CLI's own crate only, so every name is the one the stripped build has.
cargo rustc --release --bin taipan -- -C strip=none

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "pass" > "$work/empty.py"
profile() {
  valgrind --tool=callgrind --demangle=no --compress-strings=no \
    --callgrind-out-file="$work/$1.callgrind" target/release/taipan run "$2" >/dev/null 2>&1
}
profile 1-empty "$work/empty.py"
profile 2-example examples/tokenize_normalize.py

python3 - "$work" >"$out" <<'EOF'
import glob, sys

seen = set()
for path in sorted(glob.glob(sys.argv[1] + "/*.callgrind")):
    obj = ""
    for line in open(path):
        if line.startswith("ob="):
            obj = line[3:].strip()
        elif line.startswith("fn=") and obj.endswith("/target/release/taipan"):
            name = line[3:].strip()
            if name not in seen and not name.startswith("0x"):
                seen.add(name)
                print(name)
EOF
echo "$(wc -l <"$out") functions in $out"

# Back to the stripped CLI, laid out by the new file.
cargo build --release --bin taipan
