#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds tollgate-server with -DTOLLGATE_CONSOLE=OFF, then checks that only the Qt
# modules the server needs were searched for and linked.
set -eu
src=$1
build=$2
rm -rf "$build"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOLLGATE_CONSOLE=OFF \
  -DTOLLGATE_TESTS=OFF -DTOLLGATE_WERROR=ON > "$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 1; }
found=$(grep -o 'Qt6[A-Za-z]*_DIR:PATH=[^-]*' "$build/CMakeCache.txt" | sed 's/_DIR.*//' | sort -u | tr '\n' ' ')
for module in $found; do
  case $module in
    Qt6|Qt6Core|Qt6Network|Qt6Sql|Qt6CoreTools|Qt6DBus|Qt6BuildInternals) ;;
    *) echo "server-only configure looked for $module: $found"; exit 1 ;;
  esac
done
cmake --build "$build" --target tollgate-server > "$build.build.log" 2>&1 || { tail -50 "$build.build.log"; exit 1; }
if ldd "$build/app/server/tollgate-server" | grep -E 'libQt6(Gui|Widgets|OpenGL)'; then
  echo "tollgate-server links a GUI library"; exit 1
fi
echo "server-only build OK; Qt packages found: $found"
