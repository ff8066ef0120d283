#!/usr/bin/env bash
# The three ways a user installs oxide.so, on a host with only php-dev, cargo
# and libclang (make test runs this in Debian 12's PHP 8.2 root, which has no
# Laravel): make install, the phpize build, and the tree PIE builds (this
# package scripts/pie-package assembles). Each is staged under
# $OXIDE_CACHE/build/install and must load; a missing tool must be named.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="${OXIDE_CACHE:?}/build/install"
rm -rf "$work" && mkdir -p "$work"
extension_dir="$(php-config --extension-dir)"
# One cargo cache for the three builds (a user's build starts cold).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$OXIDE_CACHE/build/target-php$(php-config --version | cut -d. -f1,2)}"
loads() {
    php -n -d extension="$1$extension_dir/oxide.so" -r 'echo Oxide\Native\version();' | grep -qx "$(grep -m1 '^version' Cargo.toml | cut -d'"' -f2)"
}

echo "-- make install (php-config, cargo, libclang only)"
make --no-print-directory install DESTDIR="$work/make" >"$work/make.log" 2>&1 || { cat "$work/make.log"; exit 1; }
loads "$work/make"
test -f "$work/make/etc/php/$(php-config --version | cut -d. -f1,2)/mods-available/oxide.ini"

echo "-- make install names what is missing"
if PHP_CONFIG=/nonexistent/php-config make --no-print-directory install >"$work/missing.log" 2>&1; then
    echo "make install succeeded without php-config" >&2; exit 1
fi
grep -q '^missing: /nonexistent/php-config' "$work/missing.log" || { cat "$work/missing.log"; exit 1; }

echo "-- the package PIE downloads: phpize && ./configure --enable-oxide && make && make install"
scripts/pie-package "$work/pie"
build_path="$(php -r 'echo json_decode(file_get_contents($argv[1]), true)["php-ext"]["build-path"];' "$work/pie/composer.json")"
(
    cd "$work/pie/$build_path"
    { phpize && ./configure --enable-oxide && make && make install INSTALL_ROOT="$work/phpize"; } >"$work/phpize.log" 2>&1 \
        || { tail -40 "$work/phpize.log"; exit 1; }
)
loads "$work/phpize"
echo "installed, loaded: make install, phpize (PIE's build)"
