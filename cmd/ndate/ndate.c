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

struct yc {
	int y, n;
};

static void on_doc(const nk_rec *recs, size_t n, void *ctx);
static void on_record(const nk_rec *r, void *ctx);

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
 * document: then ndate reads documents (on_doc), else records one by one
 * (on_record, no copies).
 */
void
ndate_mode(void)
{
	if (ndate_opt.has_ref || ndate_opt.no_guess) {
		ndate_tool.on_doc = NULL;
		ndate_tool.on_record = on_record;
	} else {
		ndate_tool.on_doc = on_doc;
		ndate_tool.on_record = NULL;
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

static size_t
find(const char *s, size_t n, const nk_cdate_ref *ref)
{
	size_t cnt;

	if (rescap == 0) {
		rescap = 64;
		res = nk_emalloc(rescap * sizeof *res);
	}
	cnt = nk_cdate_find(s, n, ref, res, rescap);
	if (cnt > rescap) {
		rescap = cnt;
		res = nk_erealloc(res, rescap * sizeof *res);
		cnt = nk_cdate_find(s, n, ref, res, rescap);
	}
	return cnt;
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
	nk_u8_dec(t + at - 3, 3, &cp);
	if (cp >= 0xFF10 && cp <= 0xFF19)
		d = cp - 0xFF10;
	else if (cp == 0x3007 || cp == 0x96F6)	/* 〇 零 */
		d = 0;
	else if ((d = nk_cnum_digit(cp)) < 0 || cp == 0x4E24 || cp == 0x5169)	/* not 两 */
		return -1;
	*len = 3;
	return d;
}

/*
 * The explicit years of a text: four digits (Arabic, full-width or Han
 * one by one) before 年 (or 财年), and the year of YYYY-MM-DD / YYYY/MM/DD.
 * A fast scan of its own: the guess must not cost a second full parse.
 */
static void
count_years(const char *t, size_t n, struct yc *yc, size_t *ny)
{
	size_t i, k;

	for (i = 0; i + 2 < n; i++) {
		const unsigned char *u = (const unsigned char *)t + i;
		size_t at = i, len;
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
				continue;
		} else
			continue;
		while (nd < 5 && (d = digit_before(t, at, &len)) >= 0) {
			y += d * mul;
			mul *= 10;
			nd++;
			at -= len;
		}
		if (nd != 4 || y < 1000 || y > 2999)
			continue;
		for (k = 0; k < *ny && yc[k].y != y; k++)
			;
		if (k == *ny) {
			if (*ny == 64)
				continue;
			yc[k].y = y;
			yc[k].n = 0;
			(*ny)++;
		}
		yc[k].n++;
	}
}

int
ndate_doc_year(const nk_rec *recs, size_t n)
{
	struct yc yc[64];
	size_t i, k, ny = 0;
	int best = 0, bestn = 0;

	for (i = 0; i < n; i++)
		count_years(recs[i].text, recs[i].len, yc, &ny);
	/* the most mentioned; on a tie the later year (news looks back) */
	for (k = 0; k < ny; k++)
		if (yc[k].n > bestn || (yc[k].n == bestn && yc[k].y > best)) {
			best = yc[k].y;
			bestn = yc[k].n;
		}
	return best;
}

static void
emit(const nk_rec *r, const nk_cdate_ref *ref)
{
	size_t cnt, k, sc = 0, sb = 0;

	cnt = find(r->text, r->len, ref);
	for (k = 0; k < cnt; k++) {
		const nk_cdate *d = &res[k];
		size_t bc, ec;

		/* code-point offsets, counted incrementally */
		sc += nk_u8_count(r->text + sb, d->beg - sb);
		sb = d->beg;
		bc = sc;
		ec = bc + nk_u8_count(r->text + d->beg, d->end - d->beg);
		nk_row_begin(r);
		nk_field_long((long)bc);
		nk_field_long((long)ec);
		nk_field(r->text + d->beg, d->end - d->beg);
		nk_field_str(d->value);
		nk_field_str(kinds[d->kind]);
		nk_field_str(d->mod);
		nk_field_context(r, bc, ec);
		nk_row_end();
	}
}

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
		memset(&dref, 0, sizeof dref);
		dref.hh = dref.mi = dref.ss = -1;
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
	if (ndate_opt.verbose && n > 0) {
		const char *src = how;
		nk_cdate_ref show = dref;
		if (!ndate_opt.has_ref && recs[0].date[0] &&
		    nk_cdate_parse_ref(recs[0].date, &rref) == 0) {
			src = "date column";
			show = rref;
		}
		if (show.y > 0 && show.d > 0 && show.hh >= 0 && show.ss >= 0)
			fprintf(stderr, "%s: %s: reference %04d-%02d-%02dT%02d:%02d:%02d (%s)\n", nk_progname,
			    recs[0].doc, show.y, show.m, show.d, show.hh, show.mi, show.ss, src);
		else if (show.y > 0 && show.d > 0 && show.hh >= 0)
			fprintf(stderr, "%s: %s: reference %04d-%02d-%02dT%02d:%02d (%s)\n", nk_progname,
			    recs[0].doc, show.y, show.m, show.d, show.hh, show.mi, src);
		else if (show.y > 0 && show.d > 0)
			fprintf(stderr, "%s: %s: reference %04d-%02d-%02d (%s)\n", nk_progname,
			    recs[0].doc, show.y, show.m, show.d, src);
		else if (show.y > 0 && show.m > 0)
			fprintf(stderr, "%s: %s: reference %04d-%02d (%s)\n", nk_progname,
			    recs[0].doc, show.y, show.m, src);
		else if (show.y > 0)
			fprintf(stderr, "%s: %s: reference %04d (%s)\n", nk_progname,
			    recs[0].doc, show.y, src);
		else
			fprintf(stderr, "%s: %s: reference X (no date found)\n", nk_progname, recs[0].doc);
	}
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

struct nk_tool ndate_tool = {
	.name = "ndate",
	.cols = "start\tend\tsurface\tvalue\tkind\tmod",
	.on_doc = on_doc,
};
