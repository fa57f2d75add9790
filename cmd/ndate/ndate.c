/*
 * ndate.c - the ndate tool: each document's reference date, then every
 * date and time expression of each record, resolved (common/cdate.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "cnum.h"
#include "cdate.h"
#include "ndate.h"

extern const char nk_lexicon_ndate[], nk_lexicon_ndate_end[];

struct ndate_opt ndate_opt;

static const char *kinds[] = { "date", "time", "duration", "set", "range" };

/* the explicit years counted so far, and the most mentioned of them
 * (kept as the counts grow: a count only goes up, so the best is the
 * old best or the year just counted) */
struct years {
	struct {
		int y, n;
	} yc[64];
	size_t ny;
	int best, bestn;	/* on a tie the later year (news looks back) */
};

static void on_record(const nk_rec *r, void *ctx);
static void on_record_guess(const nk_rec *r, void *ctx);
static void on_prescan(const nk_rec *r, void *ctx);

int
ndate_set_ref(const char *s)
{
	if (nk_cdate_parse_ref(s, &ndate_opt.ref) < 0)
		return -1;
	ndate_opt.has_ref = 1;
	ndate_mode();
	return 0;
}

/*
 * Records are independent unless a reference must be guessed from a whole
 * document: then ndate keeps a document's rows until its end
 * (on_record_guess, ndate_flush), else writes each record's at once
 * (on_record).
 */
void
ndate_mode(void)
{
	ndate_tool.on_doc = NULL;
	ndate_tool.prescan = NULL;
	if (ndate_opt.has_ref || ndate_opt.no_guess)
		ndate_tool.on_record = on_record;
	else {
		ndate_tool.on_record = on_record_guess;
		ndate_tool.prescan = on_prescan;
	}
}

/* one section (holidays:, refs:, eras:) of a lexicon: word -> spec */
static void
load_map(const nk_lexsrc *src, const char *section)
{
	nk_yaml *m = nk_yaml_get(src->y, section);
	size_t i;

	if (!m)
		return;
	if (m->kind != NK_Y_MAP) {
		nk_warn("%s: '%s' is not a mapping", src->name, section);
		return;
	}
	for (i = 0; i + 1 < m->n; i += 2) {
		nk_yaml *k = m->kids[i], *v = m->kids[i + 1];
		if (k->kind != NK_Y_SCALAR || v->kind != NK_Y_SCALAR ||
		    nk_cdate_word(k->val, v->val) < 0)
			nk_warn("%s:%ld: bad entry in %s", src->name, k->line, section);
	}
}

void
ndate_load_lexicon(void)
{
	static int done;
	nk_lexsrc *src;
	size_t n, i;

	if (done)
		return;
	done = 1;
	n = nk_lexicon(nk_lexicon_ndate, (size_t)(nk_lexicon_ndate_end - nk_lexicon_ndate), &src);
	for (i = 0; i < n; i++) {
		if (!src[i].y || src[i].y->kind != NK_Y_MAP)
			continue;
		load_map(&src[i], "holidays");
		load_map(&src[i], "refs");
		load_map(&src[i], "eras");
	}
	/* the words are copied into cdate's table: the trees can go */
	for (i = 0; i < n; i++)
		nk_yaml_free(src[i].y);
	free(src);
}

/* results for one text, grown as needed */
static nk_cdate *res;
static size_t rescap;

/* the results of s against ref in res[at..]: from mk on (mk NULL: all),
 * or all with mkout set (nk_cdate_find_dep); returns how many */
static size_t
find_at(const char *s, size_t n, const nk_cdate_ref *ref, size_t at,
    nk_cdate_mark *mkout, const nk_cdate_mark *mk, int *stopped)
{
	size_t cnt = 0;
	int pass;
	nk_cdate_ref fref;

	if (ref && ndate_opt.future) {	/* -f */
		fref = *ref;
		fref.future = 1;
		ref = &fref;
	}
	for (pass = 0; pass < 2; pass++) {
		if (rescap < at + cnt || rescap == 0) {
			rescap = at + cnt > 64 ? at + cnt : 64;
			res = nk_erealloc(res, rescap * sizeof *res);
		}
		if (mkout)
			cnt = nk_cdate_find_dep(s, n, ref, res + at, rescap - at, mkout);
		else
			cnt = nk_cdate_find_from(s, n, ref, res + at, rescap - at, mk, stopped);
		if (at + cnt <= rescap)
			break;
	}
	return cnt;
}

static size_t
find(const char *s, size_t n, const nk_cdate_ref *ref)
{
	return find_at(s, n, ref, 0, NULL, NULL, NULL);
}

/* the value of a digit written at s (ASCII, full-width or Han), its
 * length in *len; -1 if none */
static int
digit_before(const char *t, size_t at, size_t *len)
{
	const unsigned char *u = (const unsigned char *)t;
	int32_t cp;
	int d;

	if (at >= 1 && u[at - 1] >= '0' && u[at - 1] <= '9') {
		*len = 1;
		return u[at - 1] - '0';
	}
	if (at < 3 || (u[at - 3] & 0xF0) != 0xE0)
		return -1;
	nk_u8_get(t + at - 3, 3, &cp);	/* inline for Han */
	if (cp >= 0xFF10 && cp <= 0xFF19)
		d = cp - 0xFF10;
	else if (cp == 0x3007 || cp == 0x96F6)	/* 〇 零 */
		d = 0;
	else if ((d = nk_cnum_digit(cp)) < 0 || cp == 0x4E24 || cp == 0x5169)	/* not 两 */
		return -1;
	*len = 3;
	return d;
}

/* the year written before t[i] (年 or a date's '-' or '/'), counted */
static void
year_at(const char *t, size_t n, size_t i, struct years *ys)
{
	const unsigned char *u = (const unsigned char *)t + i;
	size_t at = i, len, k;
	int y = 0, d, nd = 0, mul = 1;

	if (u[0] == 0xE5 && u[1] == 0xB9 && u[2] == 0xB4) {	/* 年 */
		if (at >= 1 && t[at - 1] == ' ')
			at--;
		if (at >= 3 && (!memcmp(t + at - 3, "财", 3) || !memcmp(t + at - 3, "財", 3))) {
			at -= 3;
			if (at >= 1 && t[at - 1] == ' ')
				at--;
		}
	} else if ((u[0] == '-' || u[0] == '/') && i + 2 < n && u[1] >= '0' && u[1] <= '9') {
		/* YYYY-M(M)-D(D) */
		size_t j = i + 1;
		while (j < n && j < i + 3 && t[j] >= '0' && t[j] <= '9')
			j++;
		if (j >= n || t[j] != t[i] || j + 1 >= n || t[j + 1] < '0' || t[j + 1] > '9')
			return;
	} else
		return;
	while (nd < 5 && (d = digit_before(t, at, &len)) >= 0) {
		y += d * mul;
		mul *= 10;
		nd++;
		at -= len;
	}
	if (nd != 4 || y < 1000 || y > 2999)
		return;
	for (k = 0; k < ys->ny && ys->yc[k].y != y; k++)
		;
	if (k == ys->ny) {
		if (ys->ny == 64)
			return;
		ys->yc[k].y = y;
		ys->yc[k].n = 0;
		ys->ny++;
	}
	if (++ys->yc[k].n > ys->bestn || (ys->yc[k].n == ys->bestn && y > ys->best)) {
		ys->best = y;
		ys->bestn = ys->yc[k].n;
	}
}

/* the next 年 (E5 B9 B4) in [p, end): memchr finds its last byte */
static const char *
next_nian(const char *p, const char *end)
{
	const char *q;

	while (end - p >= 3) {
		if ((q = memchr(p + 2, 0xB4, (size_t)(end - p - 2))) == NULL)
			return NULL;
		if (q[-2] == '\xE5' && q[-1] == '\xB9')
			return q - 2;
		p = q - 1;
	}
	return NULL;
}

/*
 * The explicit years of a text: four digits (Arabic, full-width or Han
 * one by one) before 年 (or 财年), and the year of YYYY-MM-DD / YYYY/MM/DD.
 * A fast scan of its own: the guess must not cost a second full parse.
 * The places to look at (年, '-', '/') are found with memchr, in order
 * (the first 64 years seen are the ones counted).
 */
static void
count_years(const char *t, size_t n, struct years *ys)
{
	const char *end = t + n, *pn, *pd, *ps, *p;

	pn = next_nian(t, end);
	pd = memchr(t, '-', n);
	ps = memchr(t, '/', n);
	for (;;) {
		p = pn;
		if (pd && (!p || pd < p))
			p = pd;
		if (ps && (!p || ps < p))
			p = ps;
		if (!p)
			break;
		if (p == pn)
			pn = next_nian(p + 3, end);
		else if (p == pd)
			pd = memchr(p + 1, '-', (size_t)(end - p - 1));
		else
			ps = memchr(p + 1, '/', (size_t)(end - p - 1));
		if ((size_t)(p - t) + 2 < n)
			year_at(t, n, (size_t)(p - t), ys);
	}
}

int
ndate_doc_year(const nk_rec *recs, size_t n)
{
	struct years ys;
	size_t i;

	memset(&ys, 0, sizeof ys);
	for (i = 0; i < n; i++)
		count_years(recs[i].text, recs[i].len, &ys);
	return ys.best;
}

/* one row: r's expression at code points [bc, ec) */
static void
row(const nk_rec *r, size_t bc, size_t ec, const char *surf, size_t slen,
    const char *value, int kind, const char *mod)
{
	nk_row_begin(r);
	nk_field_long((long)bc);
	nk_field_long((long)ec);
	nk_field(surf, slen);
	nk_field_str(value);
	nk_field_str(kinds[kind]);
	nk_field_str(mod);
	nk_field_context(r, bc, ec);
	nk_row_end();
}

/* the rows of r's results v[0..cnt) */
static void
emit_rows(const nk_rec *r, const nk_cdate *v, size_t cnt)
{
	size_t k, sc = 0, sb = 0;

	for (k = 0; k < cnt; k++) {
		const nk_cdate *d = &v[k];
		size_t bc, ec;

		/* code-point offsets, counted incrementally */
		sc += nk_u8_count(r->text + sb, d->beg - sb);
		sb = d->beg;
		bc = sc;
		ec = bc + nk_u8_count(r->text + d->beg, d->end - d->beg);
		row(r, bc, ec, r->text + d->beg, d->end - d->beg, d->value, d->kind, d->mod);
	}
}

static void
emit(const nk_rec *r, const nk_cdate_ref *ref)
{
	size_t cnt = find(r->text, r->len, ref);	/* first: it may move res */

	emit_rows(r, res, cnt);
}

/* -v: the reference a document used; first_date is its first record's */
static void
tell_ref(const char *doc, const char *first_date, const nk_cdate_ref *dref, const char *how)
{
	const char *src = how;
	nk_cdate_ref show = *dref, rref;

	if (!ndate_opt.has_ref && first_date[0] && nk_cdate_parse_ref(first_date, &rref) == 0) {
		src = "date column";
		show = rref;
	}
	if (show.y > 0 && show.d > 0 && show.hh >= 0 && show.ss >= 0)
		fprintf(stderr, "%s: %s: reference %04d-%02d-%02dT%02d:%02d:%02d (%s)\n", nk_progname,
		    doc, show.y, show.m, show.d, show.hh, show.mi, show.ss, src);
	else if (show.y > 0 && show.d > 0 && show.hh >= 0 && show.mi >= 0)
		fprintf(stderr, "%s: %s: reference %04d-%02d-%02dT%02d:%02d (%s)\n", nk_progname,
		    doc, show.y, show.m, show.d, show.hh, show.mi, src);
	else if (show.y > 0 && show.d > 0 && show.hh >= 0)
		fprintf(stderr, "%s: %s: reference %04d-%02d-%02dT%02d (%s)\n", nk_progname,
		    doc, show.y, show.m, show.d, show.hh, src);
	else if (show.y > 0 && show.d > 0)
		fprintf(stderr, "%s: %s: reference %04d-%02d-%02d (%s)\n", nk_progname,
		    doc, show.y, show.m, show.d, src);
	else if (show.y > 0 && show.m > 0)
		fprintf(stderr, "%s: %s: reference %04d-%02d (%s)\n", nk_progname,
		    doc, show.y, show.m, src);
	else if (show.y > 0)
		fprintf(stderr, "%s: %s: reference %04d (%s)\n", nk_progname,
		    doc, show.y, src);
	else
		fprintf(stderr, "%s: %s: reference X (no date found)\n", nk_progname, doc);
}

static void
unknown_ref(nk_cdate_ref *r)
{
	memset(r, 0, sizeof *r);
	r->hh = r->mi = r->ss = -1;
}

/*
 * The records of one document resolved at once: each against --ref, else
 * its date column, else (unless -G) the year the document mentions most.
 * With --ref or -G a record is a document of its own (on_record).
 */
static void
on_doc(const nk_rec *recs, size_t n, void *ctx)
{
	nk_cdate_ref dref, rref;
	const char *how;
	size_t i;
	int y;

	ndate_load_lexicon();
	if (ndate_opt.has_ref) {
		dref = ndate_opt.ref;
		how = "--ref";
	} else {
		unknown_ref(&dref);
		for (i = 0; i < n; i++)
			if (!recs[i].date[0] || nk_cdate_parse_ref(recs[i].date, &rref) < 0)
				break;
		/* guess only when some record has no usable date */
		if (i < n && !ndate_opt.no_guess && (y = ndate_doc_year(recs, n)) > 0) {
			dref.y = y;
			how = "most-mentioned year";
		} else
			how = "none";
	}
	if (ndate_opt.verbose && n > 0)
		tell_ref(recs[0].doc, recs[0].date, &dref, how);
	for (i = 0; i < n; i++) {
		const nk_cdate_ref *ref = &dref;
		if (!ndate_opt.has_ref && recs[i].date[0] &&
		    nk_cdate_parse_ref(recs[i].date, &rref) == 0)
			ref = &rref;
		emit(&recs[i], ref);
	}
}

/* one record on its own: --ref, its date column, or nothing */
static void
on_record(const nk_rec *r, void *ctx)
{
	on_doc(r, 1, ctx);
}

/*
 * The default mode over a pipe, one pass: the year of a document is known only at
 * its end, so each record is resolved as it comes (against its date
 * column, or against the year the document has mentioned most so far,
 * which is most often already the year it will end with) and its years
 * counted; a record whose results need the year (nk_cdate_find_dep) and
 * were resolved against another year than the document's is resolved
 * again from there when the document ends. What the rows need is kept,
 * compactly (every page touched costs): the keys and the rows of records
 * with results, and the text only of those that may have to be resolved
 * again (all with -C).
 */
struct kept {
	size_t off;		/* in arena: [mark], key lengths, keys, [text], rows */
	uint32_t nkeys, nr;	/* nr rows (see keep_row) */
	uint32_t len;		/* of the text */
	unsigned char dep;	/* a mark (resolve again from there with the year) */
	unsigned char text;	/* the text is kept */
	unsigned short year;	/* the year the rows were resolved against (0 none) */
};

/*
 * A regular file is read twice (nk_tool.prescan): first only its years
 * are counted, document by document, then each document is resolved as
 * it is read against the year now known, and nothing is kept. Counting
 * costs little; keeping a long document's rows costs every page they
 * touch. A pipe is read once, as above, and so are the documents after
 * the first PRE_MAX of a file (memory stays bounded; a stream of many
 * documents is one of short ones, which keep little).
 */
#define PRE_MAX 256
static struct {
	struct pre {
		char *doc;
		const char *file;
		int undated, year;
	} *e;
	size_t n, cap, next;	/* next: the one the real reading is at */
	struct years ys;	/* of the last one */
} P;

static void
on_prescan(const nk_rec *r, void *ctx)
{
	struct pre *e = P.n > 0 ? &P.e[P.n - 1] : NULL;
	nk_cdate_ref rref;

	(void)ctx;
	if (e && r->file != e->file) {	/* a new input: the last one is read */
		size_t i;

		for (i = 0; i < P.n; i++)
			free(P.e[i].doc);
		P.n = P.next = 0;
		e = NULL;
	}
	if (!e || strcmp(r->doc, e->doc) != 0) {
		if (P.n == PRE_MAX) {	/* many documents: short ones, see above */
			nk_prescan_stop();
			return;
		}
		if (P.n == P.cap)
			P.e = nk_erealloc(P.e, (P.cap = P.cap ? 2 * P.cap : 16) * sizeof *P.e);
		e = &P.e[P.n++];
		e->doc = nk_estrdup(r->doc);
		e->file = r->file;
		e->undated = 0;
		e->year = 0;
		memset(&P.ys, 0, sizeof P.ys);
	}
	count_years(r->text, r->len, &P.ys);
	e->year = P.ys.best;
	if (!r->date[0] || nk_cdate_parse_ref(r->date, &rref) != 0)
		e->undated = 1;
}

static struct {
	int open;		/* a document is being read */
	int known;		/* its year is known (P): nothing is kept */
	nk_cdate_ref ref;	/* then its reference */
	const char *how;	/* and where it came from (-v) */
	const char *file;	/* its input (records of two inputs are two documents) */
	char *doc, *date;	/* its doc key, its first record's date column */
	int undated;		/* some record had no usable date */
	struct years ys;
	struct kept *k;
	size_t nk, capk;
	char *arena;
	size_t na, capa, start;	/* the document's bytes: arena[start .. na) */
} D;

/* room for n more bytes in the arena: where they go */
static char *
arena_room(size_t n)
{
	if (D.na + n > D.capa) {
		D.capa = D.na + n > 2 * D.capa ? D.na + n + 4096 : 2 * D.capa;
		D.arena = nk_erealloc(D.arena, D.capa);
	}
	return D.arena + D.na;
}

static size_t
arena_put(const void *p, size_t n)
{
	size_t at = D.na;

	memcpy(arena_room(n), p, n);
	D.na += n;
	return at;
}

/* a kept row: start, end, surface length (uint32 each), kind (a byte),
 * then the surface, value and mod, NUL-ended; written in one go */
static void
keep_row(uint32_t bc, uint32_t ec, const char *surf, uint32_t slen, const nk_cdate *d)
{
	size_t vl = strlen(d->value) + 1, ml = strlen(d->mod) + 1;
	size_t n = 13 + (size_t)slen + 1 + vl + ml;
	char *p = arena_room(n);

	memcpy(p, &bc, 4);
	memcpy(p + 4, &ec, 4);
	memcpy(p + 8, &slen, 4);
	p[12] = (char)(unsigned char)d->kind;
	memcpy(p + 13, surf, slen);
	p[13 + slen] = '\0';
	memcpy(p + 14 + slen, d->value, vl);
	memcpy(p + 14 + slen + vl, d->mod, ml);
	D.na += n;
}

/* the end of the kept row at arena[at] */
static size_t
kept_end(size_t at)
{
	const char *p = D.arena + at, *value, *mod;
	uint32_t slen;

	memcpy(&slen, p + 8, 4);
	value = p + 13 + slen + 1;
	mod = value + strlen(value) + 1;
	return (size_t)(mod + strlen(mod) + 1 - D.arena);
}

static void
skip_kept(size_t *at, size_t n)
{
	while (n-- > 0)
		*at = kept_end(*at);
}

/* the rows of kept rows at arena[*at], n of them; *at moves past them */
static void
emit_kept(const nk_rec *r, size_t *at, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		const char *p = D.arena + *at, *surf, *value, *mod;
		uint32_t bc, ec, slen;

		memcpy(&bc, p, 4);
		memcpy(&ec, p + 4, 4);
		memcpy(&slen, p + 8, 4);
		surf = p + 13;
		value = surf + slen + 1;
		mod = value + strlen(value) + 1;
		row(r, bc, ec, surf, slen, value, (unsigned char)p[12], mod);
		*at = (size_t)(mod + strlen(mod) + 1 - D.arena);
	}
}

/* the end of the document: its reference, then its rows in order */
void
ndate_flush(void)
{
	nk_cdate_ref dref;
	const char **key = NULL;
	size_t i, j, maxk = 0;
	const char *how = "none";
	int y;

	if (!D.open)
		return;
	D.open = 0;
	if (D.known) {		/* its rows are written */
		D.known = 0;
		if (ndate_opt.verbose)	/* told at the end, as below */
			tell_ref(D.doc, D.date, &D.ref, D.how);
		free(D.doc);
		free(D.date);
		D.doc = D.date = NULL;
		return;
	}
	unknown_ref(&dref);
	if (D.undated && (y = D.ys.best) > 0) {
		dref.y = y;
		how = "most-mentioned year";
	}
	if (ndate_opt.verbose)
		tell_ref(D.doc, D.date, &dref, how);
	for (i = 0; i < D.nk; i++)
		if (D.k[i].nkeys > maxk)
			maxk = D.k[i].nkeys;
	key = nk_emalloc((maxk + 1) * sizeof *key);
	for (i = 0; i < D.nk; i++) {
		const struct kept *k = &D.k[i];
		nk_cdate_mark mk;
		const size_t *kl;
		const char *p;
		size_t at = k->off;
		nk_rec r;

		memset(&mk, 0, sizeof mk);
		if (k->dep) {
			memcpy(&mk, D.arena + at, sizeof mk);
			at += sizeof mk;
		}
		kl = (const size_t *)(D.arena + at);
		p = (const char *)(kl + k->nkeys);
		memset(&r, 0, sizeof r);	/* rows need only the keys and text */
		for (j = 0; j < k->nkeys; j++) {
			key[j] = p;
			p += kl[j] + 1;
		}
		r.nkeys = k->nkeys;
		r.key = key;
		r.keylen = kl;
		if (k->text) {
			r.text = p;
			p += k->len + 1;
		}
		r.len = k->len;
		r.doc = D.doc;
		r.date = "";
		r.file = D.file;
		at = (size_t)(p - D.arena);
		if (mk.dep && k->year != dref.y) {
			/* resolved against another year: the rows before
			 * the year mattered, then the rest */
			int stopped;
			size_t cnt = find_at(r.text, r.len, &dref, 0, NULL, &mk, &stopped);

			emit_kept(&r, &at, mk.cnt);
			emit_rows(&r, res, cnt);
			if (stopped) {	/* then the rest as it was */
				skip_kept(&at, mk.scnt - mk.cnt);
				emit_kept(&r, &at, k->nr - mk.scnt);
			}
		} else
			emit_kept(&r, &at, k->nr);
	}
	free(key);
	free(D.doc);
	free(D.date);
	D.doc = D.date = NULL;
	memset(&D.ys, 0, sizeof D.ys);
	D.undated = 0;
	/* nk_field_context keeps a cursor keyed on a text's address: the
	 * next document's first record must not sit where this one's last
	 * did, so documents take turns at the start of the arena */
	D.start = D.start > 0 || D.nk == 0 ? 0 : D.na;
	D.na = D.start;
	D.nk = 0;
}

static void
on_record_guess(const nk_rec *r, void *ctx)
{
	nk_cdate_ref rref, guess;
	nk_cdate_mark mk;
	struct kept *k;
	size_t cnt, j, al, sc = 0, sb = 0;

	ndate_load_lexicon();
	if (D.open && (r->file != D.file || strcmp(r->doc, D.doc) != 0))
		ndate_flush();
	if (!D.open) {
		D.open = 1;
		D.file = r->file;
		D.doc = nk_estrdup(r->doc);
		D.date = nk_estrdup(r->date);
		if (P.next < P.n && P.e[P.next].file == r->file &&
		    strcmp(P.e[P.next].doc, r->doc) == 0) {
			const struct pre *e = &P.e[P.next++];
			const char *how = "none";

			unknown_ref(&D.ref);
			if (e->undated && e->year > 0) {
				D.ref.y = e->year;
				how = "most-mentioned year";
			}
			D.known = 1;
			D.how = how;
		} else
			P.next = P.n;	/* out of step (the file changed?): guess */
	}
	if (D.known) {
		emit(r, r->date[0] && nk_cdate_parse_ref(r->date, &rref) == 0 ? &rref : &D.ref);
		return;
	}
	count_years(r->text, r->len, &D.ys);
	memset(&mk, 0, sizeof mk);
	if (r->date[0] && nk_cdate_parse_ref(r->date, &rref) == 0)
		cnt = find(r->text, r->len, &rref);
	else {
		D.undated = 1;
		unknown_ref(&guess);
		guess.y = D.ys.best;	/* the best guess so far */
		cnt = find_at(r->text, r->len, &guess, 0, &mk, NULL, NULL);
	}
	if (cnt == 0 && !mk.dep)
		return;
	if (D.nk == D.capk) {
		D.capk = D.capk ? 2 * D.capk : 256;
		D.k = nk_erealloc(D.k, D.capk * sizeof *D.k);
	}
	k = &D.k[D.nk++];
	k->nkeys = (uint32_t)r->nkeys;
	k->len = (uint32_t)(r->len < 0xFFFFFFF0u ? r->len : 0xFFFFFFF0u);	/* as cdate reads */
	k->nr = (uint32_t)cnt;
	k->dep = mk.dep != 0;
	k->year = (unsigned short)D.ys.best;
	k->text = mk.dep || nk_cli.context >= 0;
	/* aligned for the mark and the key lengths */
	if ((al = D.na % sizeof(size_t)) != 0)
		arena_put("\0\0\0\0\0\0\0\0", sizeof(size_t) - al);
	k->off = D.na;
	if (k->dep)
		arena_put(&mk, sizeof mk);
	arena_put(r->keylen, r->nkeys * sizeof(size_t));
	for (j = 0; j < r->nkeys; j++)
		arena_put(r->key[j], r->keylen[j] + 1);
	if (k->text) {
		arena_put(r->text, k->len);
		arena_put("", 1);
	}
	for (j = 0; j < cnt; j++) {
		const nk_cdate *d = &res[j];
		size_t bc;

		/* code-point offsets, counted incrementally while the text is here */
		sc += nk_u8_count(r->text + sb, d->beg - sb);
		sb = d->beg;
		bc = sc;
		keep_row((uint32_t)bc, (uint32_t)(bc + nk_u8_count(r->text + d->beg, d->end - d->beg)),
		    r->text + d->beg, (uint32_t)(d->end - d->beg), d);
	}
}

struct nk_tool ndate_tool = {
	.name = "ndate",
	.cols = "start\tend\tsurface\tvalue\tkind\tmod",
	.on_record = on_record_guess,
	.prescan = on_prescan,
};
