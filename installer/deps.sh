#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, with apt-get, exactly the Debian 12 packages Tollgate needs that are missing.
# Idempotent: prints nothing and touches nothing when everything is present.
set -euo pipefail

packages=(
  # build
  cmake ninja-build ccache g++ pkg-config git
  # Qt 6 and friends
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-networkauth-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  # core libraries
  libssl-dev libhiredis-dev node-llhttp libargon2-dev
  # services used by tests and benchmarks
  postgresql redis-server nginx-light wrk curl
  # console tests
  xvfb xauth dbus dbus-daemon gnome-keyring
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
