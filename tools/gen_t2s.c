/*
 * gen_t2s - compile OpenCC's t2s dictionaries (text dumps made by
 * opencc_dict -f ocd2 -t text) into the table cmd/nnorm/t2s.c reads.
 *
 *	gen_t2s TSPhrases.txt TSCharacters.txt > t2s.bin
 *
 * Each input line is "KEY<TAB>VALUE[ VALUE...]"; only the first value is
 * used, as OpenCC does. Phrases are added so that converted text converts
 * to itself (see protect()). The output is an array of native-endian uint32
 * (built and used on the same machine), laid out as t2s.h documents:
 *
 *	[0] magic "NT2S"   [1] format version
 *	[2] nbitmap: words of the "needed" bitmap (covers cp < 32 * nbitmap)
 *	[3] npages: 256-entry pages in the character table
 *	[4] nphrases
 *	[5] pool size in bytes
 *	[6..7] reserved
 *	bitmap[nbitmap]          bit cp set: the scan must look at cp (see markneed)
 *	pageidx[0x1100]          page of cp >> 8 (0: the empty page)
 *	pages[npages * 256]      entry: value offset << 9 | value differs << 8 |
 *	                         value bytes << 1 | a phrase starts with cp
 *	phrases[nphrases * 4]    first cp, key offset, key bytes << 16 | value bytes, value offset
 *	                         sorted by first cp, then longest key first
 *	pool                     the UTF-8 bytes of keys and values
 *
 * A char entry of 0 means: no phrase starts with it and TSCharacters has no
 * entry. Offsets are into pool. This program is run at build time only.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXCP 0x110000

struct phrase {
	uint32_t first;
	char *key, *val;
	size_t klen, vlen;
};

static char *pool;
static size_t npool, cappool;
static struct phrase *ph;
static size_t nph, capph;
static uint32_t *charval;	/* per cp: pool offset + 1 of its value, 0 none */
static uint8_t *charlen;
static uint8_t *phrasebit;
static uint8_t *charchg;	/* per cp: its TSCharacters value differs from it */
static size_t nuncovered, nprotect;
static uint32_t *needbits;

static void
die(const char *msg)
{
	fprintf(stderr, "gen_t2s: %s\n", msg);
	exit(1);
}

static void *
xrealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n)))
		die("out of memory");
	return p;
}

/* Decode one code point; -1 on invalid UTF-8. */
static long
dec(const unsigned char *s, size_t n, size_t *used)
{
	long cp;
	size_t len, i;

	if (n == 0)
		return -1;
	if (s[0] < 0x80) {
		*used = 1;
		return s[0];
	} else if ((s[0] & 0xe0) == 0xc0) {
		len = 2, cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3, cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4, cp = s[0] & 0x07;
	} else
		return -1;
	if (n < len)
		return -1;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if (cp >= MAXCP)
		return -1;
	*used = len;
	return cp;
}

static uint32_t
intern(const char *s, size_t n)
{
	uint32_t off;

	if (npool + n > cappool) {
		cappool = (npool + n) * 2 + 4096;
		pool = xrealloc(pool, cappool);
	}
	off = (uint32_t)npool;
	memcpy(pool + npool, s, n);
	npool += n;
	return off;
}

static void
setneed(long cp)
{
	needbits[cp >> 5] |= 1u << (cp & 31);
}

/*
 * The "needed" bitmap. The converted text differs from the input only
 * where a matched entry's value differs from its key, and a matched key
 * lies whole in the input. So it is enough to mark every character whose
 * TSCharacters value differs from it, and, for each changing phrase none
 * of whose characters is so marked, the phrase's first character (the
 * scan then tries the phrase there). Marking every character of every
 * phrase would flag common simplified characters (老 of 老態龍鍾) and send
 * ordinary simplified text through the converter for nothing.
 */
static void
markneed(void)
{
	size_t i, k, u;
	long cp, first;
	int covered;

	for (i = 0; i < MAXCP; i++)
		if (charval[i] && charchg[i])
			setneed((long)i);
	for (i = 0; i < nph; i++) {
		if (ph[i].klen == ph[i].vlen && memcmp(ph[i].key, ph[i].val, ph[i].klen) == 0)
			continue;
		covered = 0;
		first = -1;
		for (k = 0; k < ph[i].klen; k += u) {
			if ((cp = dec((unsigned char *)ph[i].key + k, ph[i].klen - k, &u)) < 0)
				die("invalid UTF-8 in a key");
			if (first < 0)
				first = cp;
			if (charval[cp] && charchg[cp])
				covered = 1;
		}
		if (!covered) {
			setneed(first);
			nuncovered++;
		}
	}
}

/* Read one dump; phrases: 1 for TSPhrases, 0 for TSCharacters. */
static void
load(const char *path, int phrases)
{
	FILE *f;
	char *line = NULL, *tab, *val, *sp;
	size_t cap = 0, klen, vlen, u;
	ssize_t len;
	long cp;

	if (!(f = fopen(path, "r"))) {
		perror(path);
		exit(1);
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		if (!(tab = strchr(line, '\t')))
			die("line without a TAB");
		*tab = '\0';
		klen = (size_t)(tab - line);
		val = tab + 1;
		if ((sp = strchr(val, ' ')))
			*sp = '\0';
		vlen = strlen(val);
		if (klen == 0 || vlen == 0 || klen > 255 || vlen > 255)
			die("bad entry length");
		if ((cp = dec((unsigned char *)line, klen, &u)) < 0)
			die("invalid UTF-8 in a key");
		if (phrases) {
			if (nph == capph)
				ph = xrealloc(ph, (capph = capph * 2 + 256) * sizeof *ph);
			ph[nph].first = (uint32_t)cp;
			ph[nph].key = strdup(line);
			ph[nph].val = strdup(val);
			if (!ph[nph].key || !ph[nph].val)
				die("out of memory");
			ph[nph].klen = klen;
			ph[nph].vlen = vlen;
			nph++;
			phrasebit[cp] = 1;
		} else {
			if (u != klen)
				die("TSCharacters key of more than one character");
			if (vlen > 127)
				die("character value too long");
			if (charval[cp])
				die("duplicate TSCharacters key");
			charval[cp] = intern(val, vlen) + 1;
			charlen[cp] = (uint8_t)vlen;
			charchg[cp] = klen != vlen || memcmp(line, val, klen) != 0;
		}
		/* the converter reserves 2 output bytes per input byte */
		if (vlen > 2 * klen)
			die("value more than twice as long as its key");
	}
	free(line);
	if (ferror(f))
		die("read error");
	fclose(f);
}

/*
 * OpenCC's t2s is not idempotent: 變徵 gives 变徵, whose 徵 a second run
 * turns into 征 (變徵 is a phrase, 变徵 is not); so with 幺麼 -> 幺麽, 於倫
 * -> 於伦 and the like. For each phrase whose value holds a character that
 * TSCharacters would change again, add the value as a phrase of its own
 * (value = key), so that converting converted text changes nothing. On
 * Traditional input this changes no output (a value holds Simplified
 * characters that Traditional text does not); only text that already has
 * such a value in it keeps it. Returns the number added.
 */
static size_t
protect(void)
{
	size_t i, j, k, u, n0 = nph, added = 0;
	long cp;
	int unstable, dup;

	for (i = 0; i < n0; i++) {
		if (ph[i].klen == ph[i].vlen && memcmp(ph[i].key, ph[i].val, ph[i].klen) == 0)
			continue;
		unstable = 0;
		for (k = 0; k < ph[i].vlen; k += u) {
			if ((cp = dec((unsigned char *)ph[i].val + k, ph[i].vlen - k, &u)) < 0)
				die("invalid UTF-8 in a value");
			if (charval[cp] && charchg[cp])
				unstable = 1;
		}
		if (!unstable)
			continue;
		for (dup = 0, j = 0; j < nph && !dup; j++)
			dup = ph[j].klen == ph[i].vlen && memcmp(ph[j].key, ph[i].val, ph[i].vlen) == 0;
		if (dup)
			continue;
		if (nph == capph)
			ph = xrealloc(ph, (capph = capph * 2 + 256) * sizeof *ph);
		ph[nph].first = (uint32_t)dec((unsigned char *)ph[i].val, ph[i].vlen, &u);
		ph[nph].key = ph[i].val;
		ph[nph].val = ph[i].val;
		ph[nph].klen = ph[nph].vlen = ph[i].vlen;
		phrasebit[ph[nph].first] = 1;
		nph++;
		added++;
	}
	return added;
}

static int
phcmp(const void *a, const void *b)
{
	const struct phrase *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->klen != y->klen)
		return x->klen > y->klen ? -1 : 1;
	return strcmp(x->key, y->key);
}

static void
put(const void *p, size_t n)
{
	if (fwrite(p, 1, n, stdout) != n)
		die("write error");
}

int
main(int argc, char *argv[])
{
	uint32_t hdr[8], *pageidx, *pages, e, *rec;
	uint32_t nbitmap, npages = 1;
	size_t i, j, page;
	long maxcp = 0;

	if (argc != 3)
		die("usage: gen_t2s TSPhrases.txt TSCharacters.txt");
	charval = calloc(MAXCP, sizeof *charval);
	charlen = calloc(MAXCP, 1);
	phrasebit = calloc(MAXCP, 1);
	charchg = calloc(MAXCP, 1);
	needbits = calloc(MAXCP / 32, sizeof *needbits);
	pageidx = calloc(MAXCP >> 8, sizeof *pageidx);
	if (!charval || !charlen || !phrasebit || !charchg || !needbits || !pageidx)
		die("out of memory");
	load(argv[1], 1);
	load(argv[2], 0);
	if (nph == 0 || npool == 0)
		die("empty dictionaries");
	nprotect = protect();
	qsort(ph, nph, sizeof *ph, phcmp);
	for (i = 1; i < nph; i++)
		if (ph[i].klen == ph[i - 1].klen && strcmp(ph[i].key, ph[i - 1].key) == 0)
			die("duplicate TSPhrases key");
	markneed();

	for (i = 0; i < MAXCP; i++)
		if (needbits[i >> 5] & (1u << (i & 31)))
			maxcp = (long)i;
	nbitmap = (uint32_t)(maxcp / 32 + 1);

	/* pages: one per 256 code points that has any entry */
	for (page = 0; page < (MAXCP >> 8); page++)
		for (j = 0; j < 256; j++)
			if (charval[page << 8 | j] || phrasebit[page << 8 | j]) {
				pageidx[page] = npages++;
				break;
			}
	if (!(pages = calloc((size_t)npages * 256, sizeof *pages)))
		die("out of memory");
	for (i = 0; i < MAXCP; i++) {
		if (!charval[i] && !phrasebit[i])
			continue;
		e = phrasebit[i];
		if (charval[i]) {
			if (charval[i] - 1 >= (1u << 23))
				die("pool too large");
			e |= (charval[i] - 1) << 9 | (uint32_t)charchg[i] << 8 |
			    (uint32_t)charlen[i] << 1;
		}
		pages[(size_t)pageidx[i >> 8] * 256 + (i & 255)] = e;
	}
	if (!(rec = calloc(nph * 4, sizeof *rec)))
		die("out of memory");
	for (i = 0; i < nph; i++) {
		rec[4 * i] = ph[i].first;
		rec[4 * i + 1] = intern(ph[i].key, ph[i].klen);
		rec[4 * i + 2] = (uint32_t)(ph[i].klen << 16 | ph[i].vlen);
		rec[4 * i + 3] = intern(ph[i].val, ph[i].vlen);
	}

	memcpy(&hdr[0], "NT2S", 4);
	hdr[1] = 1;
	hdr[2] = nbitmap;
	hdr[3] = npages;
	hdr[4] = (uint32_t)nph;
	hdr[5] = (uint32_t)npool;
	hdr[6] = hdr[7] = 0;
	put(hdr, sizeof hdr);
	put(needbits, nbitmap * sizeof *needbits);
	put(pageidx, (MAXCP >> 8) * sizeof *pageidx);
	put(pages, (size_t)npages * 256 * sizeof *pages);
	put(rec, nph * 4 * sizeof *rec);
	put(pool, npool);
	if (fflush(stdout) != 0)
		die("write error");
	fprintf(stderr, "gen_t2s: %zu phrases (%zu added to keep converted text stable, "
	    "%zu checked by the scan), %u pages, bitmap up to U+%04lX, %zu pool bytes\n",
	    nph, nprotect, nuncovered, npages, maxcp, npool);
	return 0;
}
