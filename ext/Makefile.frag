# cargo decides what to rebuild; CARGO_TARGET_DIR from the environment, else
# the repository's target/.
OXIDE_TARGET_DIR = $${CARGO_TARGET_DIR:-$(OXIDE_ROOT)/target}

$(phplibdir)/oxide.so: FORCE
	cd $(OXIDE_ROOT) && PHP=$(PHP_EXECUTABLE) PHP_CONFIG=$(OXIDE_PHP_CONFIG) cargo build --lib --release
	mkdir -p $(phplibdir)
	cp $(OXIDE_TARGET_DIR)/release/liboxide.so $@

FORCE:
