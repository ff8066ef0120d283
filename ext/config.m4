dnl The phpize build (phpize && ./configure --enable-oxide && make && make
dnl install; what PIE and docker-php-ext-install run): Oxide is written in
dnl Rust, so configure checks the toolchain and make runs cargo
dnl (Makefile.frag) for the PHP this phpize and php-config belong to.

PHP_ARG_ENABLE([oxide],
  [whether to enable Oxide],
  [AS_HELP_STRING([--enable-oxide], [Enable Oxide, native Rust acceleration for Laravel])],
  [yes])

if test "$PHP_OXIDE" != "no"; then
  OXIDE_ROOT=$(cd "$abs_srcdir/.." && pwd)
  AC_MSG_CHECKING([for php-config, cargo and libclang])
  if ! OXIDE_MISSING=$("$OXIDE_ROOT/scripts/check-toolchain" "$PHP_CONFIG" 2>&1); then
    AC_MSG_RESULT([no])
    AC_MSG_ERROR([$OXIDE_MISSING])
  fi
  AC_MSG_RESULT([yes])
  dnl cargo (ext-php-rs) wants a path, configure may hold a bare name.
  OXIDE_PHP_CONFIG=$(command -v "$PHP_CONFIG")
  PHP_SUBST([OXIDE_ROOT])
  PHP_SUBST([OXIDE_PHP_CONFIG])
  dnl No C sources: the module is cargo's, which Makefile.frag copies here.
  PHP_MODULES="\$(phplibdir)/oxide.so"
  PHP_ADD_MAKEFILE_FRAGMENT([$abs_srcdir/Makefile.frag], [$abs_srcdir], [$abs_srcdir])
fi
