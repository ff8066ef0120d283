# Oxide — build, test, benchmark and install the extension.
#
#   make test      build (debug) and run every test layer; in the sandbox, on
#                  PHP 8.4 and 8.5 (full) and Debian 12's PHP 8.2 (native API)
#   make bench     build (release) and print stock-vs-Oxide ratios, then
#                  what dot/undot of 100k leaves cannot go below (bench/floors.php)
#   make bench-app the real-app benchmark: bench/app behind php-fpm and nginx,
#                  stock vs Oxide, CPU per request, req/s, latency, bodies compared
#   make build     modules/oxide.so for the PHP that php-config names
#   make install   release build copied into that PHP's extension dir, enabled;
#                  needs only php-config, cargo and libclang (scripts/check-toolchain)
#   make stubs     regenerate stubs/oxide.stub.php from the built extension
#
# Where the host lacks PHP >= 8.3 with dev headers and Laravel, test/bench/build
# run inside a cached Debian sid root (scripts/sandbox). OXIDE_ENV=host or
# OXIDE_ENV=sandbox forces the choice.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

PHP_CONFIG ?= $(shell command -v php-config 2>/dev/null || echo php-config)
# The PHP that php-config describes, so PHP_CONFIG alone picks the version.
PHP ?= $(shell $(PHP_CONFIG) --php-binary 2>/dev/null || command -v php 2>/dev/null || echo php)
PHPUNIT ?= $(shell command -v phpunit 2>/dev/null || echo vendor/bin/phpunit)
OXIDE_CACHE ?= $(shell [ -w /var/cache ] && echo /var/cache/oxide || echo $${XDG_CACHE_HOME:-$$HOME/.cache}/oxide)
# Expanded once here: exported deferred ones would rerun their $(shell) for
# every recipe line (where GNU Make 4.4 prints "/bin/bash: --: invalid option").
PHP_CONFIG := $(PHP_CONFIG)
PHP := $(PHP)
PHPUNIT := $(PHPUNIT)
OXIDE_CACHE := $(OXIDE_CACHE)
export OXIDE_CACHE

# The host is usable when it has php-config for PHP >= 8.3 and a Laravel.
HOST_OK := $(shell v=$$($(PHP_CONFIG) --vernum 2>/dev/null || echo 0); \
	{ [ -f vendor/autoload.php ] || [ -f /usr/share/php/Illuminate/autoload.php ]; } \
	&& [ "$$v" -ge 80300 ] && command -v $(PHPUNIT) >/dev/null 2>&1 && echo yes)
OXIDE_ENV ?= $(if $(OXIDE_SANDBOX),host,$(if $(HOST_OK),host,sandbox))

PROFILE ?= debug

PHP_VERSION := $(shell $(PHP_CONFIG) --version 2>/dev/null | cut -d. -f1,2)
PHP_EXTENSION_DIR := $(shell $(PHP_CONFIG) --extension-dir 2>/dev/null)
CARGO_TARGET_DIR ?= $(OXIDE_CACHE)/build/target-php$(PHP_VERSION)
export CARGO_TARGET_DIR PHP PHP_CONFIG

ifeq ($(OXIDE_ENV),sandbox)

# Re-run the same goals inside the sid root (the repo keeps its path there);
# the sandbox starts from an empty environment, so pass the settings on.
bench bench-app build stubs fingerprints lint cargo-test fuzz soak valgrind:
	scripts/sandbox run make $@ OXIDE_ENV=host PROFILE=$(PROFILE)

# The PHP version matrix, one leg at a time (scripts/test-leg): each leg's
# output goes to a log, and a summary with test counts ends the run.
SID := scripts/sandbox run make OXIDE_ENV=host PROFILE=$(PROFILE)
test:
	@scripts/test-leg --start
	@scripts/test-leg "PHP 8.4: rustfmt, clippy" $(SID) lint
	@scripts/test-leg "PHP 8.4: cargo test (Rust core, properties)" $(SID) cargo-test
	@scripts/test-leg "PHP 8.4: PHPUnit with and without the extension" $(SID) phpunit
	@scripts/test-leg "PHP 8.4: PHPUnit, transparent mode" $(SID) phpunit-transparent
	@scripts/test-leg "PHP 8.4: PHPUnit, opcache + tracing JIT" $(SID) phpunit-opcache
	@scripts/test-leg "PHP 8.4: soak (memory flat)" $(SID) soak
	@scripts/test-leg "PHP 8.4: valgrind" $(SID) valgrind
	@scripts/test-leg "PHP 8.5: PHPUnit with and without the extension" $(SID) phpunit \
		PHP=/usr/bin/php8.5 PHP_CONFIG=/usr/bin/php-config8.5 MODULES=modules/php8.5
	@scripts/test-leg "PHP 8.2 (Debian 12, no Laravel 13): native API" \
		scripts/sandbox --root bookworm run make phpunit-native OXIDE_ENV=host PROFILE=$(PROFILE) MODULES=modules/php8.2
	@scripts/test-leg "PHP 8.2 (Debian 12): make install, phpize, PIE package" \
		scripts/sandbox --root bookworm run tests/Install/run.sh
	@scripts/test-leg --summary

else

CARGO_PROFILE_FLAG := $(if $(filter release,$(PROFILE)),--release,)
# Where the built extension goes; other PHP versions of the matrix use their own.
MODULES ?= modules
WITH_OXIDE := $(PHP) -d extension=$(CURDIR)/$(MODULES)/oxide.so
# Tests that start a fresh PHP (with other php.ini settings) load the same build.
export OXIDE_EXTENSION := $(CURDIR)/$(MODULES)/oxide.so

build:
	cargo build --quiet --lib $(CARGO_PROFILE_FLAG)
	mkdir -p $(MODULES)
	cp $(CARGO_TARGET_DIR)/$(PROFILE)/liboxide.so $(MODULES)/oxide.so
	$(WITH_OXIDE) -r 'echo "built ", Oxide\Native\version(), " ($(PROFILE)) for PHP ", PHP_VERSION, PHP_EOL;'

cargo-test:
	cargo test --quiet --lib

# The property tests of the Rust core with many more cases than make test runs.
OXIDE_FUZZ_CASES ?= 1000000
fuzz:
	OXIDE_FUZZ_CASES=$(OXIDE_FUZZ_CASES) cargo test --release --quiet --lib properties

lint:
	cargo fmt --check
	cargo clippy --quiet --lib -- -D warnings
	cargo clippy --quiet --lib --tests -- -D warnings

test: lint cargo-test phpunit phpunit-transparent phpunit-opcache soak valgrind

# Transparent mode: the parity and fuzz suites compare Laravel's own Str and
# Arr (patched) with Laravel's code, and the integration suite boots apps.
phpunit-transparent: build
	@echo "== PHPUnit in transparent mode (parity, fuzz, integration against Laravel's own classes)"
	OXIDE_TRANSPARENT=on $(WITH_OXIDE) $(PHPUNIT) --testsuite parity,fuzz,integration

# Production runs with opcache: literal arrays become immutable and code is
# JIT-compiled, so the native paths run again under both.
phpunit-opcache: build
	@echo "== PHPUnit with the extension under opcache and the tracing JIT (native, parity, fuzz)"
	$(WITH_OXIDE) -d opcache.enable_cli=1 -d opcache.jit=tracing -d opcache.jit_buffer_size=64M \
		$(PHPUNIT) --testsuite native,parity,fuzz

# The native API suite and a short soak under valgrind with PHP's allocator
# off; scripts/valgrind-check.php fails on any memory error and on any
# definite leak through oxide.so.
VALGRIND := USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1 valgrind --leak-check=full --show-leak-kinds=definite
VALGRIND_LOGS := $(OXIDE_CACHE)/build/valgrind
valgrind: build
	mkdir -p $(VALGRIND_LOGS)
	$(VALGRIND) --log-file=$(VALGRIND_LOGS)/native.log $(WITH_OXIDE) -d pcre.jit=0 $(PHPUNIT) --testsuite native
	$(VALGRIND) --log-file=$(VALGRIND_LOGS)/soak.log $(WITH_OXIDE) -d pcre.jit=0 tests/soak.php --iterations=2000 --no-memory-check
	$(PHP) scripts/valgrind-check.php $(VALGRIND_LOGS)/native.log $(VALGRIND_LOGS)/soak.log

# Every native entry point a million times in one process: memory must stay flat.
soak: build
	$(WITH_OXIDE) tests/soak.php

phpunit: build
	@echo "== PHPUnit with the extension (native, parity, fuzz, integration)"
	$(WITH_OXIDE) $(PHPUNIT) --testsuite native,parity,fuzz,integration
	@echo "== PHPUnit without the extension (integration, fallback)"
	$(PHP) $(PHPUNIT) --testsuite integration,fallback

# The native API suite alone, for PHPs whose PHPUnit cannot read phpunit.xml.dist.
phpunit-native: build
	$(WITH_OXIDE) -d error_reporting=-1 $(PHPUNIT) --no-configuration --bootstrap tests/bootstrap.php \
		--fail-on-risky --fail-on-warning tests/Native

bench:
	$(MAKE) build PROFILE=release
	$(WITH_OXIDE) bench/run.php --json=bench/results/latest.json
	OXIDE_TRANSPARENT=on $(WITH_OXIDE) bench/run.php --filter='^framework' --json=bench/results/framework.json
	$(WITH_OXIDE) bench/floors.php

# php-fpm, nginx and wrk start and stop with it; state under $(OXIDE_CACHE)/build/bench-app.
bench-app:
	$(MAKE) build PROFILE=release
	$(PHP) bench/bench-app.php --extension=$(MODULES)/oxide.so --json=bench/results/app.json

# After the parity suites pass on a new Laravel release: record its bodies
# of the methods transparent mode mirrors (older releases' stay accepted).
fingerprints: build
	$(WITH_OXIDE) scripts/fingerprints.php

stubs: build
	$(WITH_OXIDE) scripts/stubs.php > $(OXIDE_CACHE)/build/oxide.stub.php
	mv $(OXIDE_CACHE)/build/oxide.stub.php stubs/oxide.stub.php

endif

# Any host with php-config, cargo and libclang (no PHPUnit or Laravel needed):
# a release build for the PHP that php-config names, copied to its extension
# dir and enabled. DESTDIR stages it (packaging, tests) without enabling.
install:
	@scripts/check-toolchain $(PHP_CONFIG)
	cargo build --quiet --lib --release
	install -D -m 0755 $(CARGO_TARGET_DIR)/release/liboxide.so $(DESTDIR)$(PHP_EXTENSION_DIR)/oxide.so
	scripts/enable-extension $(PHP_CONFIG) $(DESTDIR)

.PHONY: test phpunit phpunit-transparent fingerprints phpunit-opcache phpunit-native bench bench-app build stubs lint cargo-test fuzz soak valgrind install
