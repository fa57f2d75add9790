/*
 * lex.c - nquote's lexicon: cmd/nquote/lexicon.yaml, embedded at build
 * time, plus every --lexicon FILE (lists are appended; a verb named again
 * takes its new tier, tier "none" removes it). Words are kept as code
 * points, indexed by their first code point for the scanner's hot loop.
 */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nquote.h"

extern const char nk_lexicon_nquote[], nk_lexicon_nquote_end[];
extern const char nq_st_chars[], nq_st_chars_end[];	/* OpenCC STCharacters */

struct slot {
	int32_t key;		/* first code point; -1 empty */
	size_t beg, cnt;	/* into idx[] */
};

struct table {
	struct nq_word *w;	/* words as loaded */
	size_t n, cap;
	uint32_t *idx;		/* into w: by first code point, longest first */
	struct slot *slot;
	size_t nslot;		/* power of two */
	uint32_t *sidx;		/* the same by last code point, longest first */
	struct slot *sslot;
	size_t nsslot;
	unsigned char *first;	/* BMP first code points: a prefilter for hot types */
};

static struct table tab[NQ_W_NTYPES];
static int loaded;
static int32_t *funchars;
static size_t nfunchars;

static size_t
decode(const char *s, int32_t **out)
{
	size_t n = strlen(s), i = 0, k = 0, used;
	int32_t *c = nk_emalloc((n + 1) * sizeof(*c));

	while (i < n) {
		used = nk_u8_dec(s + i, n - i, &c[k]);
		if (c[k] < 0)
			c[k] = 0xFFFD;
		i += used;
		k++;
	}
	*out = c;
	return k;
}

/* words live as long as the program: one arena, not two allocations each */
static char *arena;
static size_t arena_left;

static void *
arena_alloc(size_t n)
{
	void *p;

	n = (n + 7) & ~(size_t)7;
	if (n > arena_left) {
		size_t sz = n > 65536 ? n : 65536;

		arena = nk_emalloc(sz);
		arena_left = sz;
	}
	p = arena;
	arena += n;
	arena_left -= n;
	return p;
}

static struct nq_word *
add(int type, const char *s)
{
	struct table *t = &tab[type];
	struct nq_word *w;
	size_t len = strlen(s), i = 0, used;

	if (!*s)
		return NULL;
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->w = nk_erealloc(t->w, t->cap * sizeof(*t->w));
	}
	w = &t->w[t->n++];
	memset(w, 0, sizeof(*w));
	w->s = arena_alloc(len + 1);
	memcpy(w->s, s, len + 1);
	w->c = arena_alloc((len + 1) * sizeof(*w->c));
	while (i < len) {
		used = nk_u8_dec(s + i, len - i, &w->c[w->n]);
		if (w->c[w->n] < 0)
			w->c[w->n] = 0xFFFD;
		i += used;
		w->n++;
	}
	return w;
}

static void
add_list(int type, const nk_yaml *y, int tier, int flags)
{
	size_t i;
	struct nq_word *w;

	if (!y)
		return;
	if (y->kind == NK_Y_SCALAR) {
		if (y->val && (w = add(type, y->val))) {
			if (tier >= 0) {
				w->tier = tier;
				w->tier_set = 1;
			}
			w->flags |= flags;
		}
		return;
	}
	if (y->kind != NK_Y_SEQ)
		return;
	for (i = 0; i < y->n; i++)
		add_list(type, y->kids[i], tier, flags);
}

static void
load_src(const nk_yaml *y)
{
	static const struct {
		const char *key;
		int type;
	} lists[] = {
		{"nouns", NQ_W_NOUN}, {"not_cues", NQ_W_STOP}, {"titles", NQ_W_TITLE},
		{"org_suffixes", NQ_W_ORG}, {"anonymous", NQ_W_ANON},
		{"pronouns", NQ_W_PRON}, {"not_speakers", NQ_W_NOTSPK},
		{"metadata", NQ_W_META}, {"roles", NQ_W_ROLE}, {"lead", NQ_W_LEAD},
		{"trail", NQ_W_TRAIL}, {"locatives", NQ_W_LOC},
		{"surnames", NQ_W_SURNAME}, {"degree", NQ_W_DEGREE},
		{"negations", NQ_W_NEG}, {"attitudes", NQ_W_ATT}, {"sayings", NQ_W_SAYING},
	};
	const nk_yaml *v, *f;
	size_t i;

	if (!y || y->kind != NK_Y_MAP)
		return;
	if ((v = nk_yaml_get(y, "verbs")) && v->kind == NK_Y_MAP)
		for (i = 0; i + 1 < v->n; i += 2) {
			const char *k = v->kids[i]->val ? v->kids[i]->val : "";
			int tier = strcmp(k, "A") == 0 ? NQ_TIER_A :
			    strcmp(k, "B") == 0 ? NQ_TIER_B :
			    strcmp(k, "C") == 0 ? NQ_TIER_C : 0;

			add_list(NQ_W_VERB, v->kids[i + 1], tier, 0);
		}
	add_list(NQ_W_VERB, nk_yaml_get(y, "bare"), -1, NQ_F_BARE);
	add_list(NQ_W_VERB, nk_yaml_get(y, "tell"), -1, NQ_F_TELL);
	add_list(NQ_W_VERB, nk_yaml_get(y, "colon"), -1, NQ_F_COLON);
	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++)
		add_list(lists[i].type, nk_yaml_get(y, lists[i].key), 0, 0);
	if ((f = nk_yaml_get(y, "function_chars")) && f->kind == NK_Y_SCALAR && f->val) {
		int32_t *c;
		size_t n = decode(f->val, &c);

		if (n) {
			funchars = nk_erealloc(funchars, (nfunchars + n) * sizeof(*funchars));
			memcpy(funchars + nfunchars, c, n * sizeof(*c));
			nfunchars += n;
		}
		free(c);
	}
}

static int
cmp_word(const void *a, const void *b)
{
	const struct nq_word *x = *(struct nq_word *const *)a, *y = *(struct nq_word *const *)b;

	if (x->c[0] != y->c[0])
		return x->c[0] < y->c[0] ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->s, y->s);
}

static int
cmp_last(const void *a, const void *b)
{
	const struct nq_word *x = *(struct nq_word *const *)a, *y = *(struct nq_word *const *)b;

	if (x->c[x->n - 1] != y->c[y->n - 1])
		return x->c[x->n - 1] < y->c[y->n - 1] ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->s, y->s);
}

static int
cmp_cp(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;

	return (x > y) - (x < y);
}

static size_t
hash(int32_t c, size_t mask)
{
	return ((uint32_t)c * 2654435761u) & mask;
}

/* key: first (last == 0) or last code point of a word */
static int32_t
key(const struct nq_word *w, int last)
{
	return last ? w->c[w->n - 1] : w->c[0];
}

static struct slot *
index_words(struct table *t, uint32_t *out, int last, size_t *nslot)
{
	size_t i, k, distinct = 0;
	struct slot *slot;
	struct nq_word **idx = nk_emalloc((t->n + 1) * sizeof(*idx));

	for (i = k = 0; i < t->n; i++)
		if (t->w[i].n > 0)
			idx[k++] = &t->w[i];
	qsort(idx, k, sizeof(*idx), last ? cmp_last : cmp_word);
	for (i = 0; i < k; i++)
		out[i] = (uint32_t)(idx[i] - t->w);
	for (i = 0; i < k; i++)
		if (i == 0 || key(idx[i], last) != key(idx[i - 1], last))
			distinct++;
	for (*nslot = 16; *nslot < 2 * distinct; *nslot *= 2)
		;
	slot = nk_ecalloc(*nslot, sizeof(*slot));
	for (i = 0; i < *nslot; i++)
		slot[i].key = -1;
	for (i = 0; i < k; ) {
		size_t j = i, h = hash(key(idx[i], last), *nslot - 1);

		while (j < k && key(idx[j], last) == key(idx[i], last))
			j++;
		while (slot[h].key != -1)
			h = (h + 1) & (*nslot - 1);
		slot[h].key = key(idx[i], last);
		slot[h].beg = i;
		slot[h].cnt = j - i;
		i = j;
	}
	free(idx);
	return slot;
}

static int
cmp_text(const void *a, const void *b)
{
	const struct nq_word *x = *(struct nq_word *const *)a, *y = *(struct nq_word *const *)b;
	int r = strcmp(x->s, y->s);

	if (r)
		return r;
	return (x > y) - (x < y);	/* the order they were added in */
}

/*
 * One word per text: a word listed again (by a later list or --lexicon
 * file) takes the last tier given to it and every flag; tier 0 removes
 * a cue. The merged word is the last one added; the others are emptied.
 */
static void
merge(struct table *t)
{
	struct nq_word **v = nk_emalloc((t->n + 1) * sizeof(*v));
	size_t i, j, k;

	for (i = 0; i < t->n; i++)
		v[i] = &t->w[i];
	qsort(v, t->n, sizeof(*v), cmp_text);
	for (i = 0; i < t->n; i = j) {
		struct nq_word *last;
		int tier = 0, flags = 0;

		for (j = i + 1; j < t->n && strcmp(v[j]->s, v[i]->s) == 0; j++)
			;
		if (j == i + 1)
			continue;
		for (k = i; k < j; k++) {
			if (v[k]->tier_set || k == i)
				tier = v[k]->tier;
			flags |= v[k]->flags;
			if (k + 1 < j)
				v[k]->n = 0;
		}
		last = v[j - 1];
		last->tier = tier;
		last->flags = flags;
	}
	free(v);
}

/* the types the scanner tries at every character get a prefilter */
static int
hot(size_t type)
{
	return type == NQ_W_VERB || type == NQ_W_NOUN || type == NQ_W_STOP;
}

static void
set_first(struct table *t)
{
	size_t i;

	t->first = nk_ecalloc(0x10000 / 8, 1);
	for (i = 0; i < t->n; i++)
		if (t->w[i].n > 0) {
			int32_t c = t->w[i].c[0];

			if (c >= 0 && c < 0x10000)
				t->first[c >> 3] |= (unsigned char)(1u << (c & 7));
		}
}

static void
build(struct table *t)
{
	merge(t);
	t->idx = nk_emalloc((t->n + 1) * sizeof(*t->idx));
	t->sidx = nk_emalloc((t->n + 1) * sizeof(*t->sidx));
	t->slot = index_words(t, t->idx, 0, &t->nslot);
	t->sslot = index_words(t, t->sidx, 1, &t->nsslot);
}

/*
 * Traditional forms: for each Simplified character of the lexicon, its
 * Traditional ones from OpenCC's table ("简<TAB>繁 繁…" per line).
 */
struct variant {
	int32_t s;
	int32_t t[4];
	size_t nt;
};
static struct variant *var;
static size_t nvar;

static int
cmp_var(const void *a, const void *b)
{
	int32_t x = ((const struct variant *)a)->s, y = ((const struct variant *)b)->s;

	return (x > y) - (x < y);
}

static const struct variant *
variant_of(int32_t c)
{
	struct variant key;

	key.s = c;
	return nvar ? bsearch(&key, var, nvar, sizeof(*var), cmp_var) : NULL;
}

/* a bit per BMP code point: the characters whose variants are wanted */
static unsigned char *wanted;

static int
is_wanted(int32_t c)
{
	return c >= 0 && c < 0x10000 && (wanted[c >> 3] & (1u << (c & 7)));
}

static void
want(int32_t c)
{
	if (c >= 0 && c < 0x10000)
		wanted[c >> 3] |= (unsigned char)(1u << (c & 7));
}

/* the lines of OpenCC's tables whose key is wanted; 1 if any was new */
static int
scan_variants(size_t *cap)
{
	const char *p = nq_st_chars, *end = nq_st_chars_end;
	int added = 0;

	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		size_t used;
		int32_t c;
		struct variant v;

		if (!eol)
			eol = end;
		memset(&v, 0, sizeof(v));
		used = nk_u8_dec(p, (size_t)(eol - p), &v.s);
		p += used;
		if (v.s > 0 && is_wanted(v.s) && p < eol && *p == '\t' && !variant_of(v.s)) {
			for (p++; p < eol; p += used) {
				used = nk_u8_dec(p, (size_t)(eol - p), &c);
				if (c > ' ' && c != v.s && v.nt < 4)
					v.t[v.nt++] = c;
			}
			if (v.nt) {
				if (nvar == *cap) {
					*cap = *cap ? 2 * *cap : 256;
					var = nk_erealloc(var, *cap * sizeof(*var));
				}
				var[nvar++] = v;
				added = 1;
			}
		}
		p = eol + 1;
	}
	if (nvar)
		qsort(var, nvar, sizeof(*var), cmp_var);
	return added;
}

static void
load_variants(void)
{
	size_t cap = 0, t, i, k, n;

	wanted = nk_ecalloc(0x10000 / 8, 1);
	for (t = 0; t < NQ_W_NTYPES; t++)
		for (i = 0; i < tab[t].n; i++)
			for (k = 0; k < tab[t].w[i].n; k++)
				want(tab[t].w[i].c[k]);
	for (i = 0; i < nfunchars; i++)
		want(funchars[i]);
	scan_variants(&cap);
	/* follow the variant tables: 为 → 爲 → 為 */
	n = nvar;
	for (i = 0; i < n; i++)
		for (k = 0; k < var[i].nt; k++)
			want(var[i].t[k]);
	scan_variants(&cap);
	for (i = 0; i < nvar; i++) {
		size_t j, nt0 = var[i].nt;

		for (k = 0; k < nt0; k++) {
			const struct variant *w = variant_of(var[i].t[k]);

			for (j = 0; w && j < w->nt && var[i].nt < 4; j++) {
				size_t m;

				for (m = 0; m < var[i].nt && var[i].t[m] != w->t[j]; m++)
					;
				if (m == var[i].nt && w->t[j] != var[i].s)
					var[i].t[var[i].nt++] = w->t[j];
			}
		}
	}
	free(wanted);
}

/* add the Traditional spellings of every word (at most 8 per word) */
static void
add_traditional(void)
{
	size_t t, i, k, n0, nf = nfunchars;
	nk_buf b = {0};

	load_variants();
	for (t = 0; t < NQ_W_NTYPES; t++) {
		n0 = tab[t].n;
		for (i = 0; i < n0; i++) {
			size_t combos = 1, m;

			for (k = 0; k < tab[t].w[i].n && combos <= 8; k++) {
				const struct variant *v = variant_of(tab[t].w[i].c[k]);

				combos *= v ? v->nt + 1 : 1;
			}
			if (combos == 1 || combos > 8)
				continue;
			for (m = 1; m < combos; m++) {	/* m = 0 is the word itself */
				size_t r = m;
				struct nq_word *w;
				int tier = tab[t].w[i].tier, flags = tab[t].w[i].flags;
				int tier_set = tab[t].w[i].tier_set;

				nk_buf_reset(&b);
				nk_buf_puts(&b, "");
				for (k = 0; k < tab[t].w[i].n; k++) {
					int32_t c = tab[t].w[i].c[k];
					const struct variant *v = variant_of(c);

					if (v) {
						size_t pick = r % (v->nt + 1);

						r /= v->nt + 1;
						if (pick)
							c = v->t[pick - 1];
					}
					nk_buf_put_cp(&b, c);
				}
				if ((w = add((int)t, b.p))) {	/* tab[t].w may move */
					w->tier = tier;
					w->tier_set = tier_set;
					w->flags = flags;
				}
			}
		}
	}
	for (i = 0; i < nf; i++) {
		const struct variant *v = variant_of(funchars[i]);

		if (!v)
			continue;
		funchars = nk_erealloc(funchars, (nfunchars + v->nt) * sizeof(*funchars));
		for (k = 0; k < v->nt; k++)
			funchars[nfunchars++] = v->t[k];
	}
	nk_buf_free(&b);
}

/* the built-in lexicon with its Traditional spellings, from the YAML */
static void
build_all(void)
{
	nk_lexsrc *src;
	size_t i, n;

	n = nk_lexicon(nk_lexicon_nquote, (size_t)(nk_lexicon_nquote_end - nk_lexicon_nquote), &src);
	for (i = 0; i < n; i++) {
		load_src(src[i].y);
		nk_yaml_free(src[i].y);
	}
	free(src);
	add_traditional();
	for (i = 0; i < NQ_W_NTYPES; i++)
		build(&tab[i]);
	if (nfunchars)
		qsort(funchars, nfunchars, sizeof(*funchars), cmp_cp);
}

#ifdef NQ_LEX_GEN
/*
 * The build-time half (make compiles lex.c again with -DNQ_LEX_GEN into
 * a generator): the tables build_all() makes from the built-in lexicon,
 * written out as C that lex.c includes, so that a run without --lexicon
 * parses no YAML and scans no OpenCC table at start-up.
 */
#include <stdio.h>

static void
dump_slots(const char *name, size_t t, const struct slot *v, size_t n)
{
	size_t i;

	printf("static const struct slot %s%zu[] = {\n", name, t);
	for (i = 0; i < n; i++)
		printf("\t{%ld, %zu, %zu},\n", (long)v[i].key, v[i].beg, v[i].cnt);
	printf("\t{-1, 0, 0}\n};\n");
}

static void
dump_u32(const char *name, size_t t, const uint32_t *v, size_t n)
{
	size_t i;

	printf("static const uint32_t %s%zu[] = {", name, t);
	for (i = 0; i < n; i++)
		printf("%s%lu,", i % 16 ? " " : "\n\t", (unsigned long)v[i]);
	printf("\n\t0\n};\n");
}

/* a C string literal: bytes >= 0x80 as octal escapes */
static void
dump_str(const char *s)
{
	putchar('"');
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80 || *s == '"' || *s == '\\' || *s < ' ')
			printf("\\%03o", (unsigned char)*s);
		else
			putchar(*s);
	putchar('"');
}

int
main(void)
{
	size_t t, i, k;

	nk_init("gen_nquote_lex");
	build_all();
	for (t = 0; t < NQ_W_NTYPES; t++)	/* what nq_lex_load() does next */
		if (hot(t))
			set_first(&tab[t]);
	loaded = 1;
	printf("/* generated from cmd/nquote/lexicon.yaml by lex.c -DNQ_LEX_GEN: do not edit */\n");
	printf("static const int32_t pre_cp[] = {");
	for (t = 0, k = 0; t < NQ_W_NTYPES; t++)
		for (i = 0; i < tab[t].n; i++) {
			size_t j;

			for (j = 0; j < tab[t].w[i].n; j++, k++)
				printf("%s%ld,", k % 12 ? " " : "\n\t", (long)tab[t].w[i].c[j]);
		}
	printf("\n\t0\n};\n");
	for (t = 0, k = 0; t < NQ_W_NTYPES; t++) {
		printf("static struct nq_word pre_w%zu[] = {\n", t);
		for (i = 0; i < tab[t].n; i++) {
			const struct nq_word *w = &tab[t].w[i];

			printf("\t{(int32_t *)pre_cp + %zu, %zu, %d, %d, %d, ", k, w->n, w->tier,
			    w->flags, w->tier_set);
			dump_str(w->s);
			printf("},\n");
			k += w->n;
		}
		printf("\t{NULL, 0, 0, 0, 0, NULL}\n};\n");
		dump_u32("pre_idx", t, tab[t].idx, tab[t].n);
		dump_u32("pre_sidx", t, tab[t].sidx, tab[t].n);
		dump_slots("pre_slot", t, tab[t].slot, tab[t].nslot);
		dump_slots("pre_sslot", t, tab[t].sslot, tab[t].nsslot);
	}
	printf("static const struct table pre_tab[NQ_W_NTYPES] = {\n");
	for (t = 0; t < NQ_W_NTYPES; t++)
		printf("\t{pre_w%zu, %zu, 0, (uint32_t *)pre_idx%zu, (struct slot *)pre_slot%zu, %zu,\n"
		    "\t    (uint32_t *)pre_sidx%zu, (struct slot *)pre_sslot%zu, %zu, NULL},\n",
		    t, tab[t].n, t, t, tab[t].nslot, t, t, tab[t].nsslot);
	printf("};\n");
	printf("static const int32_t pre_funchars[] = {");
	for (i = 0; i < nfunchars; i++)
		printf("%s%ld,", i % 12 ? " " : "\n\t", (long)funchars[i]);
	printf("\n\t0\n};\n");
	printf("#define PRE_NFUNCHARS %zu\n", nfunchars);
	return ferror(stdout) || fflush(stdout) ? 1 : 0;
}
#else
#include "cmd/nquote/lex_tab.inc"

/*
 * Without --lexicon the tables come ready-made from the build (lex_tab.inc,
 * what build_all() makes); with it, from the YAML sources at start-up.
 */
void
nq_lex_load(void)
{
	size_t i;

	if (loaded)
		return;
	loaded = 1;
	if (nk_cli.nlexicons == 0) {
		memcpy(tab, pre_tab, sizeof(tab));
		funchars = (int32_t *)pre_funchars;
		nfunchars = PRE_NFUNCHARS;
	} else
		build_all();
	for (i = 0; i < NQ_W_NTYPES; i++)
		if (hot(i))
			set_first(&tab[i]);
}
#endif

static const struct slot *
find_slot(const struct slot *slot, size_t nslot, int32_t c)
{
	size_t h;

	if (!nslot)
		return NULL;
	for (h = hash(c, nslot - 1); slot[h].key != -1; h = (h + 1) & (nslot - 1))
		if (slot[h].key == c)
			return &slot[h];
	return NULL;
}

static const struct slot *
lookup(const struct table *t, int32_t c)
{
	return find_slot(t->slot, t->nslot, c);
}

const struct nq_word *
nq_lex_at(int type, const int32_t *c, size_t i, size_t n)
{
	const struct table *t = &tab[type];
	const struct slot *s;
	size_t k;

	if (i >= n)
		return NULL;
	if (t->first && c[i] >= 0 && c[i] < 0x10000 && !(t->first[c[i] >> 3] & (1u << (c[i] & 7))))
		return NULL;
	if (!(s = lookup(t, c[i])))
		return NULL;
	for (k = s->beg; k < s->beg + s->cnt; k++) {
		const struct nq_word *w = &t->w[t->idx[k]];

		if (w->n <= n - i && memcmp(w->c, c + i, w->n * sizeof(*c)) == 0)
			return w;
	}
	return NULL;
}

const struct nq_word *
nq_lex_is(int type, const int32_t *c, size_t n)
{
	const struct table *t = &tab[type];
	const struct slot *s;
	size_t k;

	if (n == 0 || !(s = lookup(t, c[0])))
		return NULL;
	for (k = s->beg; k < s->beg + s->cnt; k++) {
		const struct nq_word *w = &t->w[t->idx[k]];

		if (w->n == n && memcmp(w->c, c, n * sizeof(*c)) == 0)
			return w;
	}
	return NULL;
}

const struct nq_word *
nq_lex_suffix(int type, const int32_t *c, size_t n)
{
	const struct table *t = &tab[type];
	const struct slot *s;
	size_t k;

	if (n == 0 || !(s = find_slot(t->sslot, t->nsslot, c[n - 1])))
		return NULL;
	for (k = s->beg; k < s->beg + s->cnt; k++) {
		const struct nq_word *w = &t->w[t->sidx[k]];

		if (w->n <= n && memcmp(w->c, c + n - w->n, w->n * sizeof(*c)) == 0)
			return w;
	}
	return NULL;
}

int
nq_lex_funchar(int32_t c)
{
	return nfunchars && bsearch(&c, funchars, nfunchars, sizeof(*funchars), cmp_cp) != NULL;
}
