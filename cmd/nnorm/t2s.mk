# cmd/nnorm/t2s.mk - included by cmd/nnorm/tool.mk.
#
# OpenCC's t2s dictionaries (TSPhrases, TSCharacters) dumped to text with
# opencc_dict, compiled by tools/gen_t2s (built for this machine) into one
# table, embedded into nnorm with tools/embed.sh: no parsing at start-up.
# The .ocd2 files come with libopencc1.1 (pulled in by libopencc-dev), the
# dumper with the opencc package.

OPENCC_DATA ?= $(shell $(PKG_CONFIG) --variable=prefix opencc 2>/dev/null || echo /usr)/share/opencc
OPENCC_DICT ?= opencc_dict

$(B)/cmd/nnorm/TSPhrases.txt: $(OPENCC_DATA)/TSPhrases.ocd2
	@mkdir -p $(@D)
	$(OPENCC_DICT) -i $< -o $@ -f ocd2 -t text

$(B)/cmd/nnorm/TSCharacters.txt: $(OPENCC_DATA)/TSCharacters.ocd2
	@mkdir -p $(@D)
	$(OPENCC_DICT) -i $< -o $@ -f ocd2 -t text

$(B)/tools/gen_t2s: tools/gen_t2s.c
	@mkdir -p $(@D)
	$(CC) -O2 -std=c11 -D_GNU_SOURCE -Wall -Wextra -o $@ tools/gen_t2s.c

$(B)/cmd/nnorm/t2s.bin: $(B)/tools/gen_t2s $(B)/cmd/nnorm/TSPhrases.txt $(B)/cmd/nnorm/TSCharacters.txt
	$(B)/tools/gen_t2s $(B)/cmd/nnorm/TSPhrases.txt $(B)/cmd/nnorm/TSCharacters.txt > $@

$(B)/cmd/nnorm/t2s_tab.c: $(B)/cmd/nnorm/t2s.bin $(EMBED)
	sh $(EMBED) nn_t2s_tab $< > $@

nnorm_OBJS += $(B)/cmd/nnorm/t2s_tab.o
