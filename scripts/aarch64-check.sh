#!/usr/bin/env bash
# Cross-builds taipan for aarch64 and checks it under qemu-aarch64: the
# example script, the differential suite (taipan under qemu, CPython on
# this machine), the C ABI's own tests and the C example. Run
# scripts/setup-aarch64.sh first (once per machine).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=aarch64-unknown-linux-gnu
PROFILE=${PROFILE:-release}
cargo +debian build --profile "$PROFILE" --target "$TARGET" -p taipan -p taipan-capi
BIN=target/$TARGET/$PROFILE/taipan
echo "== binary: $(stat -c %s "$BIN") bytes ($PROFILE, stripped per profile)"
echo "== example under qemu"
qemu-aarch64 "$BIN" run examples/tokenize_normalize.py > /tmp/taipan-aarch64-example.txt
python3 examples/tokenize_normalize.py > /tmp/taipan-host-example.txt
diff /tmp/taipan-aarch64-example.txt /tmp/taipan-host-example.txt
echo "== differential suite under qemu"
TAIPAN_BIN="$BIN" TAIPAN_RUNNER=qemu-aarch64 cargo test --test differential -- --nocapture 2>&1 | grep -E "passed|failed|panicked|differ" 
echo "== C ABI tests under qemu"
cargo +debian test --profile "$PROFILE" --target "$TARGET" -p taipan-capi
echo "== C example under qemu"
make -s -C examples/c check TARGET="$TARGET" PROFILE="$PROFILE"
