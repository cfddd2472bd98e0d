#!/usr/bin/env bash
# Installs the aarch64 cross toolchain on a fresh Debian 12 amd64 machine,
# idempotently, by the route in DESIGN.md ("Cross-building for aarch64"):
# Debian's rustc-web with the matching arm64 std, the aarch64 gcc as linker
# and qemu-user to run the result, and lld as the linker (.cargo/config.toml).
# Then links that rustc into rustup as the
# toolchain `debian` (so `cargo +debian build --target aarch64-unknown-linux-gnu`
# works) when rustup is present.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

need=()
for pkg in rustc-web cargo-web libstd-rust-web-dev:arm64 gcc-aarch64-linux-gnu \
           libc6-dev-arm64-cross qemu-user lld; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    need+=("$pkg")
  fi
done

if [ "${#need[@]}" -gt 0 ]; then
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    $SUDO dpkg --add-architecture arm64
  fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${need[@]}"
fi

# The cross gcc looks for `-fuse-ld=lld`'s linker among its own tools
# (.cargo/config.toml links aarch64 binaries with lld).
tooldir=/usr/aarch64-linux-gnu/bin
if [ ! -e "$tooldir/ld.lld" ]; then
  $SUDO ln -s "$(command -v ld.lld)" "$tooldir/ld.lld"
fi

if command -v rustup >/dev/null 2>&1; then
  if ! rustup toolchain list | grep -q '^debian'; then
    rustup toolchain link debian /usr
  fi
fi

/usr/bin/rustc --version
aarch64-linux-gnu-gcc --version | head -1
ld.lld --version
qemu-aarch64 --version | head -1
