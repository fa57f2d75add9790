/*
 * dict.h - nseg's compiled dictionary: the binary layout written by
 * tools/gen_nseg_dict.c at build time and read in place (embedded in
 * the binary) by dict.c. No parsing at start-up.
 */
#ifndef NSEG_DICT_H
#define NSEG_DICT_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NSEG_DICT_MAGIC "NSEGDIC3"
#define NSEG_NOTAG 0xFFFF	/* the node ends no word */
#define NSEG_MAXTAGS 128

struct dict_hdr {
	char magic[8];
	uint32_t size;		/* bytes in the whole image */
	uint32_t nnodes;
	uint32_t ntags;
	uint32_t maxlen;	/* longest word, code points */
	uint32_t tagoff;	/* tag names, NUL-separated */
	uint32_t rootoff;	/* struct dict_ent[65536]: the root's edge for each BMP code point */
	uint32_t hashoff, hashbits;	/* every edge: 1 << hashbits entries */
	uint32_t pairoff;	/* bit set of the first two characters of words */
	uint32_t pairbits;	/* 1 << pairbits bits */
	double logtotal;	/* log of the sum of all frequencies */
	uint32_t pad[2];
};

/* the build-time trie node (tools/gen_nseg_dict.c) */
struct dict_node {
	uint32_t first;		/* index of the first child */
	uint32_t n;		/* children */
	float logp;		/* log(freq / total) when a word ends here */
	uint16_t tag;		/* tag index, NSEG_NOTAG if no word ends here */
	uint16_t pad;
};

/*
 * The edges of the trie in one open-addressing table keyed by (parent
 * node, code point): a step down the trie is one probe, usually within one
 * cache line; the root's edges are also in a table indexed by code point.
 * key packs the code point (bits 0-20), "the child has
 * children" (bit 21), the child's tag (bits 22-28) and "a word ends at the
 * child" (bit 29). An empty slot has parent NSEG_EMPTY.
 */
struct dict_ent {
	uint32_t parent;
	uint32_t key;
	uint32_t child;
	float logp;
};
#define NSEG_EMPTY 0xFFFFFFFFu
#define NSEG_CP(k) ((k) & 0x1FFFFFu)
#define NSEG_KIDS (1u << 21)
#define NSEG_TAG(k) (((k) >> 22) & 0x7Fu)
#define NSEG_WORD (1u << 29)

static inline uint32_t
nseg_hash(uint32_t parent, uint32_t cp)
{
	uint32_t h = parent * 0x9E3779B1u ^ (cp + 0x7F4A7C15u) * 0x85EBCA77u;

	h ^= h >> 15;
	h *= 0x2C1B3C6Du;
	h ^= h >> 13;
	return h;
}

/* the bit of a pair of first characters in the pair set */
static inline uint32_t
nseg_pair(uint32_t a, uint32_t b)
{
	uint32_t h = a * 0x9E3779B1u + b * 0x85EBCA77u;

	h ^= h >> 16;
	h *= 0x7FEB352Du;
	h ^= h >> 15;
	return h;
}

/* Is the image at h, n bytes, whole enough to read (magic, sizes, tables
 * inside it)? */
static inline int
nseg_image_ok(const struct dict_hdr *h, size_t n)
{
	return n >= sizeof(*h) && memcmp(h->magic, NSEG_DICT_MAGIC, 8) == 0 && h->size <= n &&
	    h->rootoff + 65536 * sizeof(struct dict_ent) <= n && h->hashbits <= 30 &&
	    h->hashoff + ((size_t)1 << h->hashbits) * sizeof(struct dict_ent) <= n &&
	    h->pairbits >= 3 && h->pairbits <= 31 && h->pairoff + ((size_t)1 << h->pairbits) / 8 <= n &&
	    h->tagoff < n;
}

/* The edge from node k labelled c, or NULL: root is the image's root
 * table, tab its hash table of (1 << hashbits) entries, mask that size - 1. */
static inline const struct dict_ent *
nseg_edge(const struct dict_ent *root, const struct dict_ent *tab, uint32_t mask, uint32_t k, int32_t c)
{
	uint32_t slot;

	if (c < 0 || c > 0x1FFFFF)
		return NULL;
	if (k == 0 && c < 65536)
		return root[c].parent == 0 ? &root[c] : NULL;
	for (slot = nseg_hash(k, (uint32_t)c) & mask; tab[slot].parent != NSEG_EMPTY; slot = (slot + 1) & mask)
		if (tab[slot].parent == k && NSEG_CP(tab[slot].key) == (uint32_t)c)
			return &tab[slot];
	return NULL;
}

#endif
