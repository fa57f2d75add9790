# cmd/nseg/tool.mk - nseg's word data, compiled at build time from Debian's
# python3-jieba (dict.txt and the HMM tables finalseg/prob_*.py) into
# binary images embedded with tools/embed.sh: nothing is parsed at start-up.
NSEG_JIEBA ?= /usr/lib/python3/dist-packages/jieba
NSEG_PYTHON ?= /usr/bin/python3

nseg_OBJS += $(B)/cmd/nseg/dict_bin.o $(B)/cmd/nseg/hmm_bin.o

$(B)/tools/gen_nseg_dict: tools/gen_nseg_dict.c cmd/nseg/dict.h
	@mkdir -p $(@D)
	$(CC) -O2 -Wall -Wextra -o $@ tools/gen_nseg_dict.c -lm

$(B)/cmd/nseg/nseg.dict: $(NSEG_JIEBA)/dict.txt $(B)/tools/gen_nseg_dict
	@mkdir -p $(@D)
	$(B)/tools/gen_nseg_dict $(NSEG_JIEBA)/dict.txt $@

$(B)/cmd/nseg/nseg.hmm: cmd/nseg/gen_hmm.py $(NSEG_JIEBA)/finalseg/prob_emit.py \
		$(NSEG_JIEBA)/finalseg/prob_start.py $(NSEG_JIEBA)/finalseg/prob_trans.py
	@mkdir -p $(@D)
	$(NSEG_PYTHON) -B cmd/nseg/gen_hmm.py $(NSEG_JIEBA)/finalseg $@

$(B)/cmd/nseg/dict_bin.c: $(B)/cmd/nseg/nseg.dict $(EMBED)
	sh $(EMBED) nk_nseg_dict $< > $@

$(B)/cmd/nseg/hmm_bin.c: $(B)/cmd/nseg/nseg.hmm $(EMBED)
	sh $(EMBED) nk_nseg_hmm $< > $@

# the assembler reads the images: rebuild when they change
$(B)/cmd/nseg/dict_bin.o: $(B)/cmd/nseg/nseg.dict
$(B)/cmd/nseg/hmm_bin.o: $(B)/cmd/nseg/nseg.hmm
