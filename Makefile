# nkit - small Unix filters for Chinese news text.
#
#   make            build bin/nnorm ... (installs missing Debian packages first: make deps)
#   make check      build and run every test; last line "N passed, N failed"
#   make demo       run the toolkit over seeds/
#   make asan       the test suite under clang ASan+UBSan (build-asan/)
#   make fuzz       libFuzzer targets (clang), a short run of each
#   make bench      throughput and startup against peers on ../shared/corpus
#   make conformance  pass rates on ../shared/conformance
#   make install    PREFIX=/usr/local DESTDIR=
#
# CFLAGS, LDFLAGS, CPPFLAGS and LDLIBS belong to the user; the project's own
# flags live in NK_* variables. WERROR=1 adds -Werror, SANITIZE=address,undefined
# builds with sanitizers.

.DELETE_ON_ERROR:
.SUFFIXES:

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
CFLAGS ?= -O2 -g
PKG_CONFIG ?= pkg-config
SHARED ?= ../shared
B ?= build
BIN ?= bin

# OpenCC is a build-time dependency only (nnorm compiles its dictionaries in):
# linking its C++ library would cost every tool start-up time.
PKGS := libutf8proc libpcre2-8 yaml-0.1
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)

NK_CFLAGS := -std=c11 -D_DEFAULT_SOURCE -D_GNU_SOURCE \
	-Wall -Wextra -Wshadow -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
	-Wno-unused-parameter -Icommon -I$(B) $(PKG_CFLAGS)
ifeq ($(WERROR),1)
NK_CFLAGS += -Werror
endif
ifneq ($(SANITIZE),)
NK_CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
NK_LDFLAGS += -fsanitize=$(SANITIZE)
endif
NK_LIBS := $(PKG_LIBS) -lm

TOOLS := $(sort $(notdir $(wildcard cmd/*)))
PROGS := $(addprefix $(BIN)/,$(TOOLS))

COMMON_SRCS := $(sort $(wildcard common/*.c))
COMMON_OBJS := $(COMMON_SRCS:%.c=$(B)/%.o)
LIBNKIT := $(B)/libnkit.a

all: $(PROGS)

# Compile: every object depends on its headers through -MMD -MP.
$(B)/%.o: %.c | deps-check
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(NK_CFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

# Generated sources live under $(B) and compile with the same flags.
$(B)/%.o: $(B)/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(NK_CFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIBNKIT): $(COMMON_OBJS)
	@rm -f $@
	$(AR) rcs $@ $^

# Embedding data files into a binary: tools/embed.sh writes a C file whose
# asm .incbin pulls the bytes in at assembly time (no huge array literals).
# $(call embed,SYMBOL,FILE) names the generated object.
EMBED = tools/embed.sh

# Each tool: cmd/<tool>/*.c, its lexicon YAML embedded as nk_lexicon_<tool>,
# and what cmd/<tool>/tool.mk adds in <tool>_OBJS / <tool>_LIBS.
define tool_template
$(1)_SRCS := $$(sort $$(wildcard cmd/$(1)/*.c))
$(1)_OBJS += $$($(1)_SRCS:%.c=$(B)/%.o)
ifneq ($$(wildcard cmd/$(1)/lexicon.yaml),)
$(1)_OBJS += $(B)/cmd/$(1)/lexicon_yaml.o
$(B)/cmd/$(1)/lexicon_yaml.c: cmd/$(1)/lexicon.yaml $(EMBED)
	@mkdir -p $$(@D)
	sh $(EMBED) nk_lexicon_$(1) $$< > $$@
endif
# the tool's objects minus main.o: what fuzz targets and unit tests link
$(1)_LIBOBJS = $$(filter-out $(B)/cmd/$(1)/main.o,$$($(1)_OBJS))
$(BIN)/$(1): $$($(1)_OBJS) $(LIBNKIT)
	@mkdir -p $$(@D)
	$(CC) $(NK_LDFLAGS) $(LDFLAGS) -o $$@ $$($(1)_OBJS) $(LIBNKIT) $$($(1)_LIBS) $(NK_LIBS) $(LDLIBS)
endef

-include $(wildcard cmd/*/tool.mk)
$(foreach t,$(TOOLS),$(eval $(call tool_template,$(t))))

# ---- dependencies -----------------------------------------------------------

DEB_PKGS := build-essential pkg-config libutf8proc-dev libpcre2-dev libyaml-dev \
	libopencc-dev opencc python3 python3-jieba bats bats-support bats-assert \
	parallel xz-utils groff-base time
DEB_PKGS_DEV := clang libclang-rt-14-dev time

# Install what is missing (Debian); a no-op when all is there.
deps:
	@missing=$$(for p in $(DEB_PKGS) $(EXTRA_DEB); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends $$missing; \
	fi

deps-dev:
	@$(MAKE) --no-print-directory deps EXTRA_DEB="$(DEB_PKGS_DEV)"

# Before compiling: fail early and clearly when a library is missing.
deps-check:
	@$(PKG_CONFIG) --exists $(PKGS) opencc || { echo "nkit: missing libraries ($(PKGS) opencc); run 'make deps'" >&2; exit 1; }

# ---- tests ------------------------------------------------------------------

UNIT_SRCS := $(sort $(wildcard tests/unit/*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(B)/tests/unit/%)

# A unit test tests/unit/<name>.c links libnkit and, when <name> starts with a
# tool's name followed by '_', that tool's objects (minus main.o).
define unit_template
$(B)/tests/unit/$(1).o: NK_CFLAGS += $$(foreach t,$(TOOLS),$$(if $$(filter $$(t)_%,$(1)),-Icmd/$$(t)))
$(B)/tests/unit/$(1): $(B)/tests/unit/$(1).o $(LIBNKIT) $$(foreach t,$(TOOLS),$$(if $$(filter $$(t)_%,$(1)),$$($$(t)_LIBOBJS)))
	$(CC) $(NK_LDFLAGS) $(LDFLAGS) -o $$@ $$(filter %.o,$$^) $(LIBNKIT) $$(foreach t,$(TOOLS),$$(if $$(filter $$(t)_%,$(1)),$$($$(t)_LIBS))) $(NK_LIBS) $(LDLIBS)
endef
$(foreach u,$(UNIT_SRCS:tests/unit/%.c=%),$(eval $(call unit_template,$(u))))

check: deps
	@$(MAKE) --no-print-directory all units
	@sh tests/run.sh

units: $(UNIT_BINS)

asan:
	@$(MAKE) --no-print-directory deps EXTRA_DEB="clang libclang-rt-14-dev"
	@$(MAKE) --no-print-directory CC=clang B=build-asan BIN=build-asan/bin \
		SANITIZE=address,undefined CFLAGS="-O1 -g" all units
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		NK_SANITIZED=1 NK_LONG_LINE_MB=5 NK_BIN=build-asan/bin NK_UNIT=build-asan/tests/unit sh tests/run.sh

FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 60
fuzz:
	@$(MAKE) --no-print-directory deps EXTRA_DEB="clang libclang-rt-14-dev"
	@$(MAKE) --no-print-directory CC=clang B=build-fuzz BIN=build-fuzz/bin \
		SANITIZE=address,undefined CFLAGS="-O1 -g -fsanitize=fuzzer-no-link" fuzz-bins
	@sh tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

define fuzz_template
$(B)/fuzz/$(1): tests/fuzz/$(1).c $(LIBNKIT) $$(foreach t,$(TOOLS),$$(if $$(findstring _$$(t),$(1)),$$($$(t)_LIBOBJS)))
	@mkdir -p $$(@D)
	$(CC) $(CPPFLAGS) $(NK_CFLAGS) $$(foreach t,$(TOOLS),$$(if $$(findstring _$$(t),$(1)),-Icmd/$$(t))) $(CFLAGS) -fsanitize=fuzzer $(NK_LDFLAGS) -o $$@ $$(filter %.c %.o,$$^) $(LIBNKIT) $$(foreach t,$(TOOLS),$$(if $$(findstring _$$(t),$(1)),$$($$(t)_LIBS))) $(NK_LIBS)
# the same target with a plain replay main(), built by gcc in make check
$(B)/replay/$(1): tests/fuzz/$(1).c tests/fuzz/replay.c $(LIBNKIT) $$(foreach t,$(TOOLS),$$(if $$(findstring _$$(t),$(1)),$$($$(t)_LIBOBJS)))
	@mkdir -p $$(@D)
	$(CC) $(CPPFLAGS) $(NK_CFLAGS) $$(foreach t,$(TOOLS),$$(if $$(findstring _$$(t),$(1)),-Icmd/$$(t))) $(CFLAGS) $(NK_LDFLAGS) $(LDFLAGS) -o $$@ $$(filter %.c %.o,$$^) $(LIBNKIT) $$(foreach t,$(TOOLS),$$(if $$(findstring _$$(t),$(1)),$$($$(t)_LIBS))) $(NK_LIBS)
endef
$(foreach f,$(FUZZ_SRCS:tests/fuzz/%.c=%),$(eval $(call fuzz_template,$(f))))
fuzz-bins: $(FUZZ_SRCS:tests/fuzz/%.c=$(B)/fuzz/%)
replays: $(FUZZ_SRCS:tests/fuzz/%.c=$(B)/replay/%)
units: replays

bench: all
	@$(MAKE) --no-print-directory deps EXTRA_DEB="time opencc"
	@# the peers' runtime: Node.js and npm, from Debian unless some are already on PATH
	@command -v node >/dev/null && command -v npm >/dev/null || \
		$(MAKE) --no-print-directory deps EXTRA_DEB="nodejs npm"
	@sh tests/bench/run.sh $(SHARED)

conformance: all
	@sh tests/conformance/run.sh $(SHARED)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh tests/demo.sh

# ---- install ------------------------------------------------------------------

MANS := $(wildcard man/*.1 man/*.7)
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(PROGS) $(DESTDIR)$(BINDIR)/
	for m in $(MANS); do case $$m in *.1) d=man1;; *) d=man7;; esac; \
		install -m 644 $$m $(DESTDIR)$(MANDIR)/$$d/; done

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(TOOLS))
	for m in $(notdir $(MANS)); do case $$m in *.1) d=man1;; *) d=man7;; esac; \
		rm -f $(DESTDIR)$(MANDIR)/$$d/$$m; done

clean:
	rm -rf $(B) build-asan build-fuzz $(BIN)

.PHONY: all deps deps-dev deps-check check units replays asan fuzz fuzz-bins bench \
	conformance demo install uninstall clean

-include $(shell find $(B) -name '*.d' 2>/dev/null)
