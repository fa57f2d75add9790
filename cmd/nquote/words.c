/*
 * words.c - jieba's dictionary for nquote: is a run of characters a word,
 * and of what part of speech (高声 an adverb, 谈起 a verb, 菜农 a noun)?
 * The image is nseg's (cmd/nseg/dict.h, built by tools/gen_nseg_dict.c),
 * embedded in nquote too and read in place: nothing is parsed at start-up,
 * and only the pages a look-up touches are read.
 */
#include <math.h>
#include <string.h>

#include "nkit.h"
#include "nquote.h"
#include "../nseg/dict.h"

extern const char nk_nseg_dict[], nk_nseg_dict_end[];

static const struct dict_hdr *hdr;
static const struct dict_ent *tab, *root;
static uint32_t mask;
static const char *tagname[NSEG_MAXTAGS];
static size_t ntags;
static int loaded;

static int
load(void)
{
	size_t n = (size_t)(nk_nseg_dict_end - nk_nseg_dict), i;
	const char *s;

	if (loaded)
		return hdr != NULL;
	loaded = 1;
	hdr = (const void *)nk_nseg_dict;
	/* (a damaged image is nseg's to report: nquote goes on without it) */
	if (!nseg_image_ok(hdr, n)) {
		hdr = NULL;
		return 0;
	}
	tab = (const void *)(nk_nseg_dict + hdr->hashoff);
	root = (const void *)(nk_nseg_dict + hdr->rootoff);
	mask = (1u << hdr->hashbits) - 1;
	s = nk_nseg_dict + hdr->tagoff;
	for (i = 0; i < hdr->ntags && i < NSEG_MAXTAGS && s < nk_nseg_dict_end; i++) {
		tagname[i] = s;
		s += strlen(s) + 1;
	}
	ntags = i;
	return 1;
}

/* the edge from node k labelled x, or NULL */
static const struct dict_ent *
edge(uint32_t k, int32_t x)
{
	return nseg_edge(root, tab, mask, k, x);
}

const char *
nq_dict_word(const int32_t *c, size_t n, double *freq)
{
	const struct dict_ent *e = NULL;
	uint32_t v = 0;
	size_t i, t;

	if (n == 0 || !load())
		return NULL;
	for (i = 0; i < n; i++) {
		if (!(e = edge(v, c[i])) || (i + 1 < n && !(e->key & NSEG_KIDS)))
			return NULL;
		v = e->child;
	}
	if (!(e->key & NSEG_WORD))
		return NULL;
	if (freq)
		*freq = exp((double)e->logp + hdr->logtotal);
	t = NSEG_TAG(e->key);
	return t < ntags ? tagname[t] : "x";
}
