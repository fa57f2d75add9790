/*
 * dict.c - the word dictionary: jieba's lexicon compiled into a trie at
 * build time (tools/gen_nseg_dict.c, layout in dict.h) and read in place,
 * plus the user's words (-u, --lexicon) in a small hash table.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "dict.h"
#include "nseg.h"

static const struct dict_hdr *hdr;
static const struct dict_ent *tab, *rootent;
static uint32_t tabmask, pairmask;
static const uint8_t *pairs;
static int builtin = 1;		/* 0: --lexicon replaced the built-in words */

/* tags: the built-in names, then the user's */
static const char **tags;
static size_t ntags;

/* user words: open addressing over (hash of code points) */
struct uword {
	int32_t *w;
	uint32_t n;
	float logp;
	uint16_t tag;
};
static struct uword *utab;
static size_t ucap, ucount;
static uint32_t umaxlen;
static uint8_t ufirst[65536 / 8];	/* BMP first characters of user words */

void
nseg_dict_load(const void *p, size_t n)
{
	const char *s;
	size_t i;

	hdr = p;
	if (!nseg_image_ok(hdr, n))
		nk_die(NK_EXIT_DATA, "built-in dictionary is damaged");
	tab = (const void *)((const char *)p + hdr->hashoff);
	rootent = (const void *)((const char *)p + hdr->rootoff);
	pairs = (const uint8_t *)p + hdr->pairoff;
	pairmask = (1u << hdr->pairbits) - 1;
	tabmask = (1u << hdr->hashbits) - 1;
	s = (const char *)p + hdr->tagoff;
	tags = nk_ecalloc(hdr->ntags, sizeof(*tags));
	for (i = 0; i < hdr->ntags; i++) {
		tags[i] = s;
		s += strlen(s) + 1;
	}
	ntags = hdr->ntags;
}

void
nseg_dict_clear(void)
{
	builtin = 0;
}

float
nseg_dict_unknown(void)
{
	return hdr ? (float)-hdr->logtotal : -18.0f;
}

double
nseg_freq_logp(double freq)
{
	if (!(freq >= 1))
		freq = 1;
	return log(freq) - (hdr ? hdr->logtotal : 18.0);
}

const char *
nseg_tag_name(uint16_t tag)
{
	return tag < ntags ? tags[tag] : "x";
}

uint16_t
nseg_tag_id(const char *name)
{
	size_t i;

	for (i = 0; i < ntags; i++)
		if (strcmp(tags[i], name) == 0)
			return (uint16_t)i;
	if (ntags >= 0xFFFE)
		return 0;
	tags = nk_erealloc(tags, (ntags + 1) * sizeof(*tags));
	tags[ntags] = nk_estrdup(name);
	return (uint16_t)ntags++;
}

static uint32_t
hash(const int32_t *w, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (uint32_t)w[i]) * 16777619u;
	return h;
}

static struct uword *
ufind(const int32_t *w, size_t n)
{
	size_t i;

	if (!ucap)
		return NULL;
	for (i = hash(w, n) & (ucap - 1); utab[i].w; i = (i + 1) & (ucap - 1))
		if (utab[i].n == n && memcmp(utab[i].w, w, n * sizeof(*w)) == 0)
			return &utab[i];
	return NULL;
}

void
nseg_user_add(const int32_t *w, size_t n, double logp, uint16_t tag)
{
	struct uword *u;
	size_t i;

	if (n == 0 || n > 255)
		return;
	if (isnan(logp)) {
		/* jieba's suggest_freq: just likelier than its best split */
		logp = nseg_route_logp(w, n) + 1e-3;
		if (logp > 0)
			logp = 0;
	}
	if ((u = ufind(w, n))) {
		u->logp = (float)logp;
		u->tag = tag;
		return;
	}
	if (2 * (ucount + 1) > ucap) {
		struct uword *old = utab;
		size_t oldcap = ucap;

		ucap = ucap ? 2 * ucap : 64;
		utab = nk_ecalloc(ucap, sizeof(*utab));
		for (i = 0; i < oldcap; i++) {
			size_t j;

			if (!old[i].w)
				continue;
			for (j = hash(old[i].w, old[i].n) & (ucap - 1); utab[j].w; j = (j + 1) & (ucap - 1))
				;
			utab[j] = old[i];
		}
		free(old);
	}
	for (i = hash(w, n) & (ucap - 1); utab[i].w; i = (i + 1) & (ucap - 1))
		;
	utab[i].w = nk_emalloc(n * sizeof(*w));
	memcpy(utab[i].w, w, n * sizeof(*w));
	utab[i].n = (uint32_t)n;
	utab[i].logp = (float)logp;
	utab[i].tag = tag;
	ucount++;
	if (n > umaxlen)
		umaxlen = (uint32_t)n;
	if (w[0] >= 0 && w[0] < 65536)
		ufirst[w[0] >> 3] |= 1u << (w[0] & 7);
	else
		memset(ufirst, 0xFF, sizeof(ufirst));
}

static size_t
user_prefixes(const int32_t *s, size_t n, struct nseg_hit *hits, size_t k, size_t max)
{
	struct uword *u;
	size_t len, j;

	if (s[0] >= 0 && s[0] < 65536 && !(ufirst[s[0] >> 3] & (1u << (s[0] & 7))))
		return k;
	for (len = 1; len <= n && len <= umaxlen; len++) {
		if (!(u = ufind(s, len)))
			continue;
		for (j = 0; j < k && hits[j].len != len; j++)
			;
		if (j == k) {
			if (k == max)
				continue;
			/* keep shortest first */
			for (j = k; j > 0 && hits[j - 1].len > len; j--)
				hits[j] = hits[j - 1];
			k++;
		}
		hits[j].len = (uint32_t)len;
		hits[j].logp = u->logp;
		hits[j].tag = u->tag;
	}
	return k;
}

/* the edge from node k labelled c, or NULL */
static const struct dict_ent *
edge(uint32_t k, int32_t c)
{
	return nseg_edge(rootent, tab, tabmask, k, c);
}

size_t
nseg_dict_prefixes(const int32_t *s, size_t n, struct nseg_hit *hits, size_t max)
{
	const struct dict_ent *e;
	size_t k = 0, i;
	uint32_t v = 0;

	if (builtin && hdr) {
		for (i = 0; i < n && k < max; i++) {
			if (!(e = edge(v, s[i])))
				break;
			if (e->key & NSEG_WORD) {
				hits[k].len = (uint32_t)(i + 1);
				hits[k].logp = e->logp;
				hits[k].tag = (uint16_t)NSEG_TAG(e->key);
				k++;
			}
			if (!(e->key & NSEG_KIDS))
				break;
			v = e->child;
			if (i == 0 && n > 1) {
				/* most pairs start no word: skip the probe */
				uint32_t bit = nseg_pair((uint32_t)s[0], (uint32_t)s[1]) & pairmask;

				if (!(pairs[bit >> 3] & (1u << (bit & 7))))
					break;
			}
		}
	}
	if (ucount)
		k = user_prefixes(s, n, hits, k, max);
	return k;
}

/*
 * nseg_dict_prefixes for cnt <= NSEG_LANES positions at once: the walks
 * advance in turn, each prefetching its next probe, so that the memory
 * latency of one walk is hidden behind the others.
 */
void
nseg_dict_prefixes_many(const int32_t *s, size_t n, size_t first, size_t cnt,
    struct nseg_hit (*hits)[NSEG_MAXHITS], size_t *nh)
{
	struct {
		uint32_t v;
		size_t d;
		int on;
	} L[NSEG_LANES];
	const struct dict_ent *e;
	size_t j, p, active = 0;

	for (j = 0; j < cnt; j++) {
		nh[j] = 0;
		L[j].v = 0;
		L[j].d = 0;
		L[j].on = builtin && hdr && first + j < n;
		active += L[j].on;
		p = first + j;
		if (L[j].on && s[p] >= 0 && s[p] < 65536) {
			__builtin_prefetch(&rootent[s[p]]);
			if (p + 1 < n)
				__builtin_prefetch(&pairs[(nseg_pair((uint32_t)s[p], (uint32_t)s[p + 1]) & pairmask) >> 3]);
		}
	}
	while (active) {
		for (j = 0; j < cnt; j++) {
			if (!L[j].on)
				continue;
			p = first + j;
			if (!(e = edge(L[j].v, s[p + L[j].d]))) {
				L[j].on = 0;
				active--;
				continue;
			}
			if (e->key & NSEG_WORD) {
				hits[j][nh[j]].len = (uint32_t)(L[j].d + 1);
				hits[j][nh[j]].logp = e->logp;
				hits[j][nh[j]].tag = (uint16_t)NSEG_TAG(e->key);
				nh[j]++;
			}
			L[j].d++;
			L[j].v = e->child;
			if (!(e->key & NSEG_KIDS) || p + L[j].d >= n || nh[j] == NSEG_MAXHITS) {
				L[j].on = 0;
				active--;
				continue;
			}
			if (L[j].d == 1) {
				uint32_t bit = nseg_pair((uint32_t)s[p], (uint32_t)s[p + 1]) & pairmask;

				if (!(pairs[bit >> 3] & (1u << (bit & 7)))) {
					L[j].on = 0;
					active--;
					continue;
				}
			}
			if (s[p + L[j].d] >= 0 && s[p + L[j].d] <= 0x1FFFFF)
				__builtin_prefetch(&tab[nseg_hash(L[j].v, (uint32_t)s[p + L[j].d]) & tabmask]);
		}
	}
	if (ucount)
		for (j = 0; j < cnt; j++)
			if (first + j < n)
				nh[j] = user_prefixes(s + first + j, n - first - j, hits[j], nh[j], NSEG_MAXHITS);
}

int
nseg_dict_word(const int32_t *s, size_t n, float *logp, uint16_t *tag)
{
	const struct dict_ent *e = NULL;
	struct uword *u;
	uint32_t v = 0;
	size_t i;

	if ((u = ufind(s, n))) {
		*logp = u->logp;
		*tag = u->tag;
		return 1;
	}
	if (!builtin || !hdr || n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		if (!(e = edge(v, s[i])) || (i + 1 < n && !(e->key & NSEG_KIDS)))
			return 0;
		v = e->child;
	}
	if (!(e->key & NSEG_WORD))
		return 0;
	*logp = e->logp;
	*tag = (uint16_t)NSEG_TAG(e->key);
	return 1;
}
