# cmd/nquote/tool.mk - nquote's generated data (included by the Makefile).
#
# OpenCC's Simplified-to-Traditional character table and its Taiwan and
# Hong Kong variant tables (为 → 爲 → 為), dumped to text and embedded, so
# that the Simplified lexicon also matches raw Traditional input: nquote
# adds the Traditional spellings of its words at start-up. The .ocd2 files
# come with libopencc (libopencc-dev), the dumper with the opencc package.

NQ_OPENCC_DATA ?= $(shell $(PKG_CONFIG) --variable=prefix opencc 2>/dev/null || echo /usr)/share/opencc
NQ_OPENCC_DICT ?= opencc_dict
NQ_ST_DICTS := STCharacters TWVariants HKVariants

$(B)/cmd/nquote/st/%.txt: $(NQ_OPENCC_DATA)/%.ocd2
	@mkdir -p $(@D)
	$(NQ_OPENCC_DICT) -i $< -o $@ -f ocd2 -t text

$(B)/cmd/nquote/st_chars.txt: $(NQ_ST_DICTS:%=$(B)/cmd/nquote/st/%.txt)
	cat $^ > $@

$(B)/cmd/nquote/st_chars.c: $(B)/cmd/nquote/st_chars.txt $(EMBED)
	@mkdir -p $(@D)
	sh $(EMBED) nq_st_chars $< > $@

nquote_OBJS += $(B)/cmd/nquote/st_chars.o
