# cmd/nquote/tool.mk - nquote's generated data (included by the Makefile).
#
# OpenCC's Simplified-to-Traditional character table and its Taiwan and
# Hong Kong variant tables (为 → 爲 → 為), dumped to text and embedded, so
# that the Simplified lexicon also matches raw Traditional input: nquote
# adds the Traditional spellings of its words (at build time, below, and at
# start-up for the words of --lexicon files). The .ocd2 files
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

# The lexicon's tables (YAML parsed, Traditional spellings added, indexes
# built) are made at build time by lex.c compiled with -DNQ_LEX_GEN, and
# included by lex.c as C: a run without --lexicon parses nothing at start-up.
$(B)/cmd/nquote/lex_gen.o: cmd/nquote/lex.c | deps-check
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(NK_CFLAGS) $(CFLAGS) -DNQ_LEX_GEN -MMD -MP -c $< -o $@

$(B)/cmd/nquote/gen_lex: $(B)/cmd/nquote/lex_gen.o $(B)/cmd/nquote/lexicon_yaml.o \
		$(B)/cmd/nquote/st_chars.o $(LIBNKIT)
	$(CC) $(NK_LDFLAGS) $(LDFLAGS) -o $@ $(filter %.o,$^) $(LIBNKIT) $(NK_LIBS) $(LDLIBS)

$(B)/cmd/nquote/lex_tab.inc: $(B)/cmd/nquote/gen_lex
	$(B)/cmd/nquote/gen_lex > $@

$(B)/cmd/nquote/lex.o: $(B)/cmd/nquote/lex_tab.inc

# jieba's dictionary, nseg's image (cmd/nseg/tool.mk builds it), read in
# place by words.c: the part of speech of a word tells a name from a verb.
nquote_OBJS += $(B)/cmd/nseg/dict_bin.o
