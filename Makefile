# aiclause: contract-clause analyzer for AI deals.
#
#   make                  build build/aiclause
#   make check            unit tests, rule self-tests, end-to-end tests
#   make check-asan       the same under AddressSanitizer and UBSan
#   make demo             install missing libraries, build, review a sample
#   make deps             install the build and test libraries (Debian, root)
#   make install          PREFIX=/usr/local DESTDIR= (binary, rules, man page)
#   make docx-check       DOCX extraction against the references in ../shared
#   make eval             accuracy on the labelled corpora in ../shared
#   make bench            speed of extraction and of the rule engine
#   make bench-scaling    review time of hostile structures at n..8n (linear or fail)
#
# SANITIZE=address,undefined builds everything under build/san instead.

VERSION     := 0.1.0

PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
DATADIR     ?= $(PREFIX)/share/aiclause
MANDIR      ?= $(PREFIX)/share/man
INSTALL     ?= install
PKG_CONFIG  ?= pkg-config
SHARED      ?= ../shared

CFLAGS      ?= -O2 -g
PKGS        := libxml-2.0 libpcre2-8 libzip yaml-0.1
TEST_PKGS   := cmocka
# What `make deps` installs on Debian 12, and .ci/run installs too.
DEB_PKGS    := build-essential pkg-config libxml2-dev libpcre2-dev libzip-dev \
               libyaml-dev libcmocka-dev zip unzip python3 python3-jsonschema

WARNINGS    := -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wpointer-arith \
               -Wstrict-prototypes -Wmissing-prototypes -Wvla -Wundef \
               -Wno-missing-field-initializers
PKG_CFLAGS  := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS    := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
YAML_LIBS   := $(shell $(PKG_CONFIG) --libs yaml-0.1 2>/dev/null)
TEST_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(TEST_PKGS) 2>/dev/null)
TEST_LIBS   := $(shell $(PKG_CONFIG) --libs $(TEST_PKGS) 2>/dev/null)

# Quiet by default, like git and the kernel; V=1 shows the commands.
ifneq ($(V),1)
QUIET_CC    = @echo '   CC $@';
QUIET_LINK  = @echo '   LINK $@';
QUIET_GEN   = @echo '   GEN $@';
QUIET_AR    = @echo '   AR $@';
endif

ifdef SANITIZE
B           := build/san
SAN_FLAGS   := -fsanitize=$(SANITIZE) -fno-sanitize-recover=all \
               -fno-omit-frame-pointer
else
B           := build
SAN_FLAGS   :=
endif

ALL_CFLAGS  := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
               -DAICLAUSE_VERSION='"$(VERSION)"' \
               -Iinclude -I$(B)/gen -include include/banned.h $(PKG_CFLAGS) \
               $(WARNINGS) $(SAN_FLAGS) -pthread $(CFLAGS) $(CPPFLAGS)
ALL_LDFLAGS := $(SAN_FLAGS) -pthread $(LDFLAGS)

SRCS        := $(sort $(wildcard src/*.c))
LIB_SRCS    := $(filter-out src/main.c,$(SRCS))
LIB_OBJS    := $(patsubst src/%.c,$(B)/obj/%.o,$(LIB_SRCS)) $(B)/obj/embedded_rules.o
RULE_PACKS  := $(sort $(wildcard rules/*.yaml)) $(sort $(wildcard rules/checklist/*.yaml))
TEST_SRCS   := $(sort $(wildcard tests/test_*.c))
TESTS       := $(patsubst tests/%.c,$(B)/tests/%,$(TEST_SRCS))
PROG        := $(B)/aiclause
MANPAGE     := src/aiclause.1

.PHONY: all check check-unit check-rules check-cli check-asan clean install \
        uninstall deps need-deps demo docx-check eval eval-unseen bench bench-instr bench-scaling print-deb-packages
.DELETE_ON_ERROR:

all: need-deps $(PROG)

# Fail early, and say how to fix it, when a library is missing.
need-deps:
	@$(PKG_CONFIG) --exists $(PKGS) 2>/dev/null || { \
	  echo "aiclause: missing libraries ($(PKGS)); run 'make deps' (as root) or 'make demo'" >&2; \
	  exit 2; }

deps:
	@if command -v $(PKG_CONFIG) >/dev/null 2>&1 && \
	    $(PKG_CONFIG) --exists $(PKGS) $(TEST_PKGS) 2>/dev/null && \
	    command -v zip >/dev/null && command -v python3 >/dev/null; then \
	  echo "deps: every library is installed"; \
	else \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y --no-install-recommends $(DEB_PKGS); \
	fi

# For .ci/run: the packages, so CI installs exactly what `make deps` does.
print-deb-packages:
	@echo $(DEB_PKGS)

demo:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory all
	$(PROG) review samples/vendor-friendly.docx

# Rebuild everything when the compiler flags change.
$(B)/.flags: FORCE
	@mkdir -p $(@D)
	@echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' | cmp -s - $@ || \
	  echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' > $@
FORCE:

# Regenerate the embedded packs when a pack is added or removed, too.
$(B)/.packs: FORCE
	@mkdir -p $(@D)
	@echo '$(RULE_PACKS)' | cmp -s - $@ || echo '$(RULE_PACKS)' > $@

$(B)/obj/%.o: src/%.c $(B)/.flags
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/obj/embedded_rules.o: $(B)/gen/embedded_rules.c $(B)/.flags
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(B)/gen/embedded_rules.c: $(RULE_PACKS) $(B)/.packs $(B)/embed
	@mkdir -p $(@D)
	$(QUIET_GEN)$(B)/embed $@ $(RULE_PACKS)

$(B)/embed: src/tools/embed.c src/tools/c_literal.c src/tools/c_literal.h $(B)/.flags
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) -o $@ $(filter %.c,$^) $(ALL_LDFLAGS) $(YAML_LIBS)

# The built-in packs' regexes, compiled and analysed once here rather than
# at every start (include/precompiled.h).  The tool is the library without
# the table it writes.
$(B)/obj/precompiled_rules.o: $(B)/gen/precompiled_rules.c $(B)/.flags
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# The tool rewrites the table only when it changes, so that a change to the
# library that leaves the rules alone does not recompile it; the stamp
# records that the tool ran.
$(B)/gen/precompiled_rules.stamp: $(B)/precompile
	@mkdir -p $(@D)
	$(QUIET_GEN)$(B)/precompile $(B)/gen/precompiled_rules.c && touch $@

$(B)/gen/precompiled_rules.c: $(B)/gen/precompiled_rules.stamp ;

$(B)/precompile: src/tools/precompile.c src/tools/c_literal.c src/tools/c_literal.h $(LIB_OBJS) $(B)/.flags
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) -o $@ $(filter %.c,$^) $(LIB_OBJS) $(ALL_LDFLAGS) $(PKG_LIBS)

# home_law.c's index of the places a law is chosen by, written from the
# lists of src/home_law_places.h (each name once), sorted as its lookup needs.
$(B)/obj/home_law.o: $(B)/gen/home_law_index.h

$(B)/gen/home_law_index.h: $(B)/home_law_index
	@mkdir -p $(@D)
	$(QUIET_GEN)$(B)/home_law_index $@

$(B)/home_law_index: src/tools/home_law_index.c src/home_law_places.h src/tools/c_literal.c src/tools/c_literal.h $(B)/.flags
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) -o $@ $(filter %.c,$^) $(ALL_LDFLAGS)

$(B)/libaiclause.a: $(LIB_OBJS) $(B)/obj/precompiled_rules.o
	@rm -f $@
	$(QUIET_AR)$(AR) rcs $@ $^

$(PROG): $(B)/obj/main.o $(B)/libaiclause.a
	$(QUIET_LINK)$(CC) -o $@ $^ $(ALL_LDFLAGS) $(PKG_LIBS)

$(B)/tests/%: tests/%.c $(B)/libaiclause.a $(B)/.flags
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -Wno-missing-prototypes -MMD -MP \
	  -DSHARED_DIR='"$(SHARED)"' -o $@ $< $(B)/libaiclause.a \
	  $(ALL_LDFLAGS) $(TEST_LIBS) $(PKG_LIBS)

check: check-unit check-rules check-cli

check-unit: need-deps $(TESTS)
	@fail=0; for t in $(TESTS); do \
	  echo "== $$t"; $$t || fail=1; done; exit $$fail

check-rules: need-deps $(PROG)
	$(PROG) rules test

check-cli: need-deps $(PROG)
	AICLAUSE=$(PROG) SHARED=$(SHARED) sh tests/cli.sh

check-asan:
	@$(MAKE) --no-print-directory check SANITIZE=address,undefined

docx-check: need-deps $(PROG)
	AICLAUSE=$(PROG) SHARED=$(SHARED) python3 tests/docx/docx_check.py

eval: need-deps $(PROG)
	AICLAUSE=$(PROG) SHARED=$(SHARED) python3 tests/eval/eval.py

# Hand-labelled AI contracts written for the rules' blind tests (README.md).
eval-unseen: need-deps $(PROG)
	AICLAUSE=$(PROG) python3 tests/eval/unseen.py

bench: need-deps $(PROG)
	AICLAUSE=$(PROG) SHARED=$(SHARED) sh tests/bench/bench.sh

bench-instr: need-deps $(PROG)
	AICLAUSE=$(PROG) SHARED=$(SHARED) sh tests/bench/instructions.sh

# Each hostile structure at n, 2n, 4n and 8n: fails when a doubling costs over 3x.
bench-scaling: need-deps $(PROG)
	AICLAUSE=$(PROG) python3 tests/bench/scaling.py

install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/rules/checklist $(DESTDIR)$(MANDIR)/man1
	$(INSTALL) -m 755 $(PROG) $(DESTDIR)$(BINDIR)/aiclause
	$(INSTALL) -m 644 $(wildcard rules/*.yaml) rules/README.md $(DESTDIR)$(DATADIR)/rules/
	$(INSTALL) -m 644 $(wildcard rules/checklist/*.yaml) $(DESTDIR)$(DATADIR)/rules/checklist/
	$(INSTALL) -m 644 $(MANPAGE) $(DESTDIR)$(MANDIR)/man1/aiclause.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/aiclause $(DESTDIR)$(MANDIR)/man1/aiclause.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build

-include $(wildcard $(B)/obj/*.d $(B)/tests/*.d)
