/*
 * nseg.h - nseg's modules: the dictionary (dict.c), the HMM for unknown
 * words (hmm.c), the word segmenter (seg.c), the sentence splitter
 * (sent.c) and the tool itself (nseg.c). Code points throughout:
 * positions are indices into an int32_t array of one text.
 */
#ifndef NSEG_H
#define NSEG_H
#include <stddef.h>
#include <stdint.h>

/* ---- dict.c ------------------------------------------------------------- */

struct nseg_hit {
	uint32_t len;		/* code points */
	float logp;		/* log probability of the word */
	uint16_t tag;
};

/* Use the dictionary image at p (checked; dies when it is not one). */
void nseg_dict_load(const void *p, size_t n);
/* Forget the built-in words (--lexicon with a words list replaces them). */
void nseg_dict_clear(void);
/*
 * The dictionary words that start at s[0] (n code points available), at
 * most max of them, shortest first. Returns the count.
 */
size_t nseg_dict_prefixes(const int32_t *s, size_t n, struct nseg_hit *hits, size_t max);
#define NSEG_MAXHITS 64	/* prefixes asked for at most */
#define NSEG_LANES 16	/* positions walked at once */
void nseg_dict_prefixes_many(const int32_t *s, size_t n, size_t first, size_t cnt,
    struct nseg_hit (*hits)[NSEG_MAXHITS], size_t *nh);
/* Is s[0..n) a word? Sets *logp and *tag when it is. */
int nseg_dict_word(const int32_t *s, size_t n, float *logp, uint16_t *tag);
/* log probability of a character no dictionary knows (jieba: freq 1). */
float nseg_dict_unknown(void);
const char *nseg_tag_name(uint16_t tag);
uint16_t nseg_tag_id(const char *name);	/* adds a new tag when needed */
/* Add a user word; logp NAN lets the segmenter choose one that keeps it whole. */
void nseg_user_add(const int32_t *w, size_t n, double logp, uint16_t tag);
/* Convert a frequency as written in a dictionary file to a log probability. */
double nseg_freq_logp(double freq);

/* ---- hmm.c -------------------------------------------------------------- */

enum { HMM_B, HMM_M, HMM_E, HMM_S };
void nseg_hmm_load(const void *p, size_t n);
/* Viterbi over s[0..n): one state (HMM_B ...) per code point into st,
 * which has room for 5 * n bytes (the back pointers follow the states). */
void nseg_hmm_states(const int32_t *s, size_t n, uint8_t *st);

/* ---- seg.c -------------------------------------------------------------- */

enum { TOK_WORD, TOK_NUM, TOK_DATE, TOK_LATIN, TOK_URL, TOK_SPACE, TOK_PUNCT, TOK_CLF };

struct nseg_tok {
	uint32_t beg, end;	/* code points, end exclusive */
	uint16_t tag;		/* dictionary tag for TOK_WORD */
	uint8_t kind;
};

struct nseg_seg {
	int hmm;		/* decode unknown runs with the HMM */
	struct nseg_tok *tok;
	size_t ntok, tokcap;
	/* work space, grown as needed */
	size_t cap;
	double *route;
	uint32_t *next;
	uint16_t *rtag;
	uint8_t *st, *kind;
};

/* Lexicon lists (lexicon.yaml), one entry each; arg: date unit or unused. */
void nseg_unit_add(const int32_t *w, size_t n, int date);
void nseg_classifier_add(const int32_t *w, size_t n, int unused);
void nseg_keep_add(const int32_t *w, size_t n, int unused);
void nseg_stop_add(const int32_t *w, size_t n, int unused);
void nseg_seg_init(void);	/* after the lexicon is loaded */
extern double nseg_beta;
/* Cut s[0..n) into words; the tokens tile s exactly. */
void nseg_cut(struct nseg_seg *S, const int32_t *s, size_t n);
/* Sum of the log probabilities of the best route through s (user words). */
double nseg_route_logp(const int32_t *s, size_t n);
const char *nseg_tok_tag(const struct nseg_tok *t);
void nseg_seg_free(struct nseg_seg *S);

/* ---- sent.c ------------------------------------------------------------- */

struct nseg_span {
	uint32_t beg, end;
};

/* Attribution verbs that keep 「…。」他说。 together (lexicon.yaml). */
void nseg_sent_verb(const int32_t *w, size_t n);
/*
 * Split s[0..n) into sentences: spans in *out (grown as needed), with the
 * white space around each sentence left out and empty ones dropped.
 */
size_t nseg_sentences(const int32_t *s, size_t n, struct nseg_span **out, size_t *cap);

/* ---- nseg.c ------------------------------------------------------------- */

struct nseg_opts {
	int words;		/* -w */
	int tags;		/* -p */
	int join;		/* -j */
	int hmm;		/* 0 with --no-hmm */
	const char **user;	/* -u FILE */
	size_t nuser;
};
extern struct nseg_opts nseg_opts;
extern struct nk_tool nseg_tool;
/* Load the dictionaries (built-in, --lexicon, -u); nk_run calls it too. */
void nseg_setup(void);
int nseg_user_file(const char *path);	/* 0 or -1 after a warning */

#endif
