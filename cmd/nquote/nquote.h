/* nquote.h - what the files of nquote share (and its unit tests use). */
#ifndef NQUOTE_H
#define NQUOTE_H
#include <stddef.h>
#include <stdint.h>

#include "nkit.h"

enum nq_kind { NQ_DIRECT, NQ_INDIRECT, NQ_INTERVIEW, NQ_UNATTRIBUTED };

/* One quotation found in a document. */
struct nq_hit {
	size_t para;		/* index of the record (paragraph) it starts in */
	size_t start, end;	/* code points into that record's text, end exclusive */
	enum nq_kind kind;
	char *speaker;		/* name without title; "" when unattributed */
	char *desc;		/* the title or description before the name */
	char *cue;		/* reporting verb, or the colon of a turn */
	size_t seq;		/* order found, to sort stably */
	int person;		/* the speaker is a person named (2: after the quotation) */
	int far;		/* a pronoun taken as a person of an earlier paragraph */
};

struct nq_hits {
	struct nq_hit *v;
	size_t n, cap;
};

struct nq_opts {
	int all;		/* -a: unattributed quotations too */
};
extern struct nq_opts nq_opts;
extern struct nk_tool nquote_tool;

/* lex.c: the lexicon (built-in YAML plus --lexicon files) */
enum nq_wtype {
	NQ_W_VERB, NQ_W_NOUN, NQ_W_STOP, NQ_W_TITLE, NQ_W_ORG, NQ_W_ANON,
	NQ_W_PRON, NQ_W_NOTSPK, NQ_W_META, NQ_W_ROLE, NQ_W_LEAD, NQ_W_TRAIL,
	NQ_W_LOC, NQ_W_SURNAME, NQ_W_DEGREE, NQ_W_NEG, NQ_W_ATT, NQ_W_SAYING,
	NQ_W_NTYPES
};
enum { NQ_TIER_A = 1, NQ_TIER_B, NQ_TIER_C };
enum { NQ_F_BARE = 1, NQ_F_TELL = 2, NQ_F_COLON = 4 };

struct nq_word {
	int32_t *c;		/* code points */
	size_t n;
	int tier;		/* verbs: NQ_TIER_*, 0 = not a cue */
	int flags;		/* NQ_F_* */
	int tier_set;		/* the tier was given (not just a flag) */
	char *s;		/* UTF-8 */
};

void nq_lex_load(void);		/* idempotent */
/* Longest word of type t at c[i..n), or NULL. */
const struct nq_word *nq_lex_at(int t, const int32_t *c, size_t i, size_t n);
/* The word of type t equal to c[0..n), or NULL. */
const struct nq_word *nq_lex_is(int t, const int32_t *c, size_t n);
/* Longest word of type t that c[0..n) ends with, or NULL. */
const struct nq_word *nq_lex_suffix(int t, const int32_t *c, size_t n);
int nq_lex_funchar(int32_t c);

/* words.c: jieba's dictionary (nseg's image): the part of speech of the
 * word c[0..n) (jieba's tag: "v", "d", "nr"...), its frequency in *freq
 * (when freq is not NULL); NULL when it is no word */
const char *nq_dict_word(const int32_t *c, size_t n, double *freq);

/* scan.c: the recogniser, one document at a time */
void nq_scan(const char *const *text, const size_t *len, size_t n,
    struct nq_hits *out);
void nq_hits_free(struct nq_hits *h);
const char *nq_kind_name(enum nq_kind k);

#endif
