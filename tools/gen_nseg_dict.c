/*
 * gen_nseg_dict.c - compile jieba's dict.txt ("word freq [tag]" lines)
 * into nseg's binary trie, at build time, for the build machine.
 *
 *	gen_nseg_dict dict.txt out.bin
 *
 * Layout (little-endian, all offsets in bytes from the start):
 *	header   struct dict_hdr (see cmd/nseg/dict.h)
 *	tags     NUL-separated tag names, tag i at tagoff[i]
 *	root     struct dict_ent[65536]: the root's edge for each BMP code point
 *	hash     struct dict_ent[1 << hashbits]: every edge of the trie, keyed
 *	         by (parent node, code point); nodes are numbered breadth-first
 *
 * The frequency of a word becomes its log probability log(freq / total),
 * as jieba computes it; a node that ends no word has tag NSEG_NOTAG.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../cmd/nseg/dict.h"

struct word {
	uint32_t *cp;
	uint32_t n;
	double freq;
	uint16_t tag;
};

static struct word *words;
static size_t nwords, capwords;
static char tagnames[NSEG_MAXTAGS][16];
static unsigned ntags;

static void
die(const char *msg)
{
	fprintf(stderr, "gen_nseg_dict: %s\n", msg);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1)))
		die("out of memory");
	return p;
}

/* UTF-8 to code points; returns the count, 0 on invalid input. */
static uint32_t
decode(const char *s, size_t len, uint32_t *out)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + len;
	uint32_t n = 0, c;
	int k;

	while (p < e) {
		if (*p < 0x80) {
			c = *p++;
			k = 0;
		} else if ((*p & 0xE0) == 0xC0) {
			c = *p++ & 0x1F;
			k = 1;
		} else if ((*p & 0xF0) == 0xE0) {
			c = *p++ & 0x0F;
			k = 2;
		} else if ((*p & 0xF8) == 0xF0) {
			c = *p++ & 0x07;
			k = 3;
		} else
			return 0;
		if (e - p < k)
			return 0;
		while (k-- > 0) {
			if ((*p & 0xC0) != 0x80)
				return 0;
			c = c << 6 | (*p++ & 0x3F);
		}
		out[n++] = c;
	}
	return n;
}

static uint16_t
tagid(const char *t)
{
	unsigned i;

	for (i = 0; i < ntags; i++)
		if (strcmp(tagnames[i], t) == 0)
			return (uint16_t)i;
	if (ntags == NSEG_MAXTAGS || strlen(t) >= sizeof(tagnames[0]))
		die("too many or too long tags");
	strcpy(tagnames[ntags], t);
	return (uint16_t)ntags++;
}

static int
cmpword(const void *a, const void *b)
{
	const struct word *x = a, *y = b;
	uint32_t i;

	for (i = 0; i < x->n && i < y->n; i++)
		if (x->cp[i] != y->cp[i])
			return x->cp[i] < y->cp[i] ? -1 : 1;
	return (x->n > y->n) - (x->n < y->n);
}

struct range {
	size_t lo, hi;	/* words[lo..hi) share the node's prefix */
	uint32_t depth;
};

int
main(int argc, char *argv[])
{
	FILE *in, *out;
	char line[4096], *w, *f, *t, *save;
	uint32_t buf[1024], n, nnodes, i, maxlen = 0;
	double total = 0, logtotal;
	struct dict_node *nodes;
	uint32_t *labels, *root;
	struct range *queue;
	size_t qh, qt, j, k;
	struct dict_hdr h;
	char tagbuf[NSEG_MAXTAGS * 16];
	uint32_t tagsz = 0;

	if (argc != 3)
		die("usage: gen_nseg_dict dict.txt out.bin");
	if (!(in = fopen(argv[1], "r")))
		die("cannot open input");
	tagid("x");	/* tag 0: words with no tag */
	while (fgets(line, sizeof(line), in)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!(w = strtok_r(line, " \t", &save)))
			continue;
		f = strtok_r(NULL, " \t", &save);
		t = strtok_r(NULL, " \t", &save);
		if (!f || !(n = decode(w, strlen(w), buf)) || n > 255)
			continue;
		if (nwords == capwords)
			words = xrealloc(words, (capwords = capwords ? 2 * capwords : 1 << 16) * sizeof(*words));
		words[nwords].cp = xrealloc(NULL, n * sizeof(uint32_t));
		memcpy(words[nwords].cp, buf, n * sizeof(uint32_t));
		words[nwords].n = n;
		words[nwords].freq = strtod(f, NULL);
		words[nwords].tag = t ? tagid(t) : 0;
		total += words[nwords].freq;
		if (n > maxlen)
			maxlen = n;
		nwords++;
	}
	fclose(in);
	if (nwords == 0 || total <= 0)
		die("empty dictionary");
	qsort(words, nwords, sizeof(*words), cmpword);
	logtotal = log(total);

	/* breadth-first: each queue entry becomes one node, its children are
	 * appended as one contiguous block. */
	queue = xrealloc(NULL, (nwords * 8 + 1) * sizeof(*queue));
	nodes = NULL;
	labels = NULL;
	nnodes = 0;
	qh = qt = 0;
	queue[qt++] = (struct range){ 0, nwords, 0 };
	nodes = xrealloc(nodes, sizeof(*nodes));
	labels = xrealloc(labels, sizeof(*labels));
	labels[0] = 0;
	nnodes = 1;
	for (; qh < qt; qh++) {
		struct range r = queue[qh];
		struct dict_node *nd;
		uint32_t first = nnodes, nkids = 0;

		nd = &nodes[qh];
		nd->tag = NSEG_NOTAG;
		nd->logp = 0;
		j = r.lo;
		/* the word that ends here sorts first (it is the shortest) */
		while (j < r.hi && words[j].n == r.depth) {
			if (words[j].freq > 0 || nd->tag == NSEG_NOTAG) {
				nd->logp = (float)(log(words[j].freq > 0 ? words[j].freq : 1) - logtotal);
				nd->tag = words[j].tag;
			}
			j++;
		}
		while (j < r.hi) {
			uint32_t c = words[j].cp[r.depth];

			for (k = j; k < r.hi && words[k].cp[r.depth] == c; k++)
				;
			if (qt == nwords * 8 + 1)
				die("queue overflow");
			queue[qt++] = (struct range){ j, k, r.depth + 1 };
			nodes = xrealloc(nodes, (nnodes + 1) * sizeof(*nodes));
			labels = xrealloc(labels, (nnodes + 1) * sizeof(*labels));
			labels[nnodes++] = c;
			nkids++;
			j = k;
		}
		nd = &nodes[qh];
		nd->first = first;
		nd->n = nkids;
	}
	if (qt != nnodes)
		die("internal error: node count");

	root = xrealloc(NULL, 65536 * sizeof(uint32_t));
	memset(root, 0, 65536 * sizeof(uint32_t));
	for (i = nodes[0].first; i < nodes[0].first + nodes[0].n; i++)
		if (labels[i] < 65536)
			root[labels[i]] = i;

	for (i = 0; i < ntags; i++) {
		size_t l = strlen(tagnames[i]) + 1;
		memcpy(tagbuf + tagsz, tagnames[i], l);
		tagsz += (uint32_t)l;
	}
	tagsz = (tagsz + 15) & ~15u;

	memset(&h, 0, sizeof(h));
	memcpy(h.magic, NSEG_DICT_MAGIC, 8);
	h.nnodes = nnodes;
	h.ntags = ntags;
	h.maxlen = maxlen;
	h.logtotal = logtotal;
	h.tagoff = sizeof(h);
	h.rootoff = h.tagoff + tagsz;
	h.hashoff = h.rootoff + 65536 * (uint32_t)sizeof(struct dict_ent);
	for (h.hashbits = 10; (1u << h.hashbits) < 2 * nnodes; h.hashbits++)
		;
	h.pairbits = 24;
	h.pairoff = h.hashoff + (1u << h.hashbits) * (uint32_t)sizeof(struct dict_ent);
	h.size = h.pairoff + (1u << h.pairbits) / 8;
	if (NSEG_MAXTAGS > 128)
		die("tags do not fit the edge table");

	if (!(out = fopen(argv[2], "wb")))
		die("cannot open output");
	fwrite(&h, sizeof(h), 1, out);
	{
		char pad[16] = {0};
		uint32_t used = 0;

		for (i = 0; i < ntags; i++)
			used += (uint32_t)strlen(tagnames[i]) + 1;
		fwrite(tagbuf, 1, used, out);
		fwrite(pad, 1, tagsz - used, out);
	}
	{
		struct dict_ent *re = xrealloc(NULL, 65536 * sizeof(*re));

		for (i = 0; i < 65536; i++) {
			uint32_t c = root[i];

			re[i].parent = c ? 0 : NSEG_EMPTY;
			re[i].key = !c ? 0 : (i & 0x1FFFFFu) | (nodes[c].n ? NSEG_KIDS : 0) |
			    (nodes[c].tag != NSEG_NOTAG ? NSEG_WORD | (uint32_t)nodes[c].tag << 22 : 0);
			re[i].child = c;
			re[i].logp = c ? nodes[c].logp : 0;
		}
		fwrite(re, sizeof(*re), 65536, out);
		free(re);
	}
	{
		uint32_t size = 1u << h.hashbits, mask = size - 1, p, c, slot;
		struct dict_ent *tab = xrealloc(NULL, size * sizeof(*tab));

		for (i = 0; i < size; i++)
			tab[i].parent = NSEG_EMPTY;
		for (p = 0; p < nnodes; p++)
			for (c = nodes[p].first; c < nodes[p].first + nodes[p].n; c++) {
				slot = nseg_hash(p, labels[c]) & mask;
				while (tab[slot].parent != NSEG_EMPTY)
					slot = (slot + 1) & mask;
				tab[slot].parent = p;
				tab[slot].key = (labels[c] & 0x1FFFFFu) |
				    (nodes[c].n ? NSEG_KIDS : 0) |
				    (nodes[c].tag != NSEG_NOTAG ? NSEG_WORD | (uint32_t)nodes[c].tag << 22 : 0);
				tab[slot].child = c;
				tab[slot].logp = nodes[c].logp;
			}
		fwrite(tab, sizeof(*tab), size, out);
		free(tab);
	}
	{
		uint32_t nb = 1u << h.pairbits, a, c;
		uint8_t *set = calloc(nb / 8, 1);

		if (!set)
			die("out of memory");
		for (a = nodes[0].first; a < nodes[0].first + nodes[0].n; a++)
			for (c = nodes[a].first; c < nodes[a].first + nodes[a].n; c++) {
				uint32_t bit = nseg_pair(labels[a], labels[c]) & (nb - 1);

				set[bit >> 3] |= (uint8_t)(1u << (bit & 7));
			}
		fwrite(set, 1, nb / 8, out);
		free(set);
	}
	if (fclose(out) != 0)
		die("write error");
	fprintf(stderr, "gen_nseg_dict: %zu words, %u nodes, %u tags, %u bytes\n",
	    nwords, nnodes, ntags, h.size);
	return 0;
}
