/*
 * rec.c - the record stream of nkit(7).
 *
 * An input whose first line is a header (every field a lowercase name,
 * one of them the text column) is a TSV record stream: its other columns
 * are keys, passed through in order. Anything else is raw text: each line
 * becomes a record keyed by doc, date and line; YAML front matter is
 * metadata, and the date comes from its date: field or from a dateline
 * near the top. Output rows are built in a buffer so that -e can judge
 * them whole, then written through nk_out.
 */
#include <errno.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nkit.h"
#include "nkit_int.h"

#define DATELINE_LINES 40	/* how far from the top a dateline may stand */
#define FRONT_MAX_LINES 2000	/* a front matter block longer than this is text */

/* the keys of the output, fixed by the first input */
static char **hdr_keys;
static size_t hdr_nkeys;
static int hdr_done;
static int prescanning;	/* the first of two readings: no header */
static nk_reader *prescan_rd;	/* its reader */

/* the row being built */
static nk_buf row;
static size_t row_nfields;

/* per input */
struct input {
	const struct nk_tool *t;
	nk_reader rd;
	const char *name;	/* for messages */
	nk_buf clean;		/* the current line, valid UTF-8 */
	size_t bad;		/* bytes replaced */
	long badline;		/* first line with one */
	size_t hi_pairs, hi_lowtrail;	/* legacy-encoding evidence */
	size_t nul;
};

/* documents, for on_doc tools: owned copies of consecutive records */
struct docrec {
	nk_rec r;
	char **key;
	size_t *keylen;
	char *text;
};
static struct docrec *dq;
static size_t dqn, dqcap;

/* ---- output ------------------------------------------------------------- */

/* s[0..n) at the end of b, TAB, LF and CR as spaces: copied at once,
 * then mended in place (rows are written by the million: no call per
 * byte or per run) */
static void
put_clean(nk_buf *b, const char *s, size_t n)
{
	char *d;
	size_t i = 0;

	if (b->n + n + 1 > b->cap || b->n + n + 1 < n)
		nk_buf_reserve(b, n);
	d = b->p + b->n;
	memcpy(d, s, n);
	while (i < n) {
		uint64_t w;

		/* skip 8 bytes at a time while none is below 0x10 (TAB, LF, CR are) */
		if (i + 8 <= n) {
			memcpy(&w, d + i, 8);
			if (!((w - 0x1010101010101010ULL) & ~w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		if (d[i] == '\t' || d[i] == '\n' || d[i] == '\r')
			d[i] = ' ';
		i++;
	}
	b->n += n;
	b->p[b->n] = '\0';
}

void
nk_row_begin(const nk_rec *r)
{
	size_t i;

	nk_buf_reset(&row);
	row_nfields = 0;
	for (i = 0; i < r->nkeys; i++)
		nk_field(r->key[i], r->keylen[i]);
}

void
nk_field(const char *s, size_t n)
{
	if (row_nfields++ > 0) {
		if (row.n + 2 > row.cap)
			nk_buf_reserve(&row, 1);
		row.p[row.n++] = '\t';
	}
	put_clean(&row, s, n);
}

void
nk_field_str(const char *s)
{
	nk_field(s, strlen(s));
}

void
nk_field_long(long v)
{
	/* digits from the right, without printf: tools write two or more
	 * of these per row, and snprintf cost ndate 10% of its time */
	char tmp[24], *p = tmp + sizeof(tmp);
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		*--p = '-';
	nk_field(p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * Byte offset of code point cp in r's text. Rows come in order of their
 * positions, so a cursor remembered from the last call makes a record's
 * rows cost linear time in all, not quadratic.
 */
static unsigned long rec_seq;	/* counts records handed to on_record */

static size_t
offset(const nk_rec *r, size_t cp)
{
	static const char *text;
	static size_t len, at_cp, at_byte;
	static unsigned long seq;

	/* the reader reuses its buffer: a new record may sit where the last was */
	if (text != r->text || len != r->len || seq != rec_seq || cp < at_cp) {
		text = r->text;
		len = r->len;
		seq = rec_seq;
		at_cp = at_byte = 0;
	}
	at_byte += nk_u8_offset(text + at_byte, len - at_byte, cp - at_cp);
	at_cp = cp;
	if (at_byte >= len) {	/* past the end: do not keep a clamped cursor */
		at_cp = at_byte = 0;
		return len;
	}
	return at_byte;
}

void
nk_field_context(const nk_rec *r, size_t start, size_t end)
{
	size_t a, b, w = (size_t)nk_cli.context;

	if (nk_cli.context < 0)
		return;
	a = offset(r, start > w ? start - w : 0);
	b = offset(r, end + w);
	nk_field(r->text + a, b - a);
}

static int
row_matches(void)
{
	size_t i, beg = 0, f;

	for (i = 0; i <= row.n; i++)
		if (i == row.n || row.p[i] == '\t') {
			for (f = 0; f < nk_nfilters; f++)
				if (nk_rx_match(nk_filters[f], row.p + beg, i - beg))
					return 1;
			beg = i + 1;
		}
	return 0;
}

void
nk_row_end(void)
{
	if (nk_nfilters && !row_matches())
		return;
	nk_buf_putc(&row, '\n');
	nk_out(row.p, row.n);
	if (nk_cli.line_buffered)
		nk_out_flush();
}

static void
write_header(const struct nk_tool *t, char **keys, size_t nkeys)
{
	size_t i;

	hdr_keys = nk_ecalloc(nkeys + 1, sizeof(*hdr_keys));
	for (i = 0; i < nkeys; i++)
		hdr_keys[i] = nk_estrdup(keys[i]);
	hdr_nkeys = nkeys;
	hdr_done = 1;
	if (nk_cli.no_header)
		return;
	nk_buf_reset(&row);
	for (i = 0; i < nkeys; i++) {
		nk_buf_puts(&row, keys[i]);
		nk_buf_putc(&row, '\t');
	}
	nk_buf_puts(&row, t->cols);
	if (nk_cli.context >= 0)
		nk_buf_puts(&row, "\tcontext");
	nk_buf_putc(&row, '\n');
	nk_out(row.p, row.n);
	if (nk_cli.line_buffered)
		nk_out_flush();
}

/* 1 if this input's keys agree with the output header (writing it first) */
static int
agree(struct input *in, char **keys, size_t nkeys)
{
	size_t i;

	if (!hdr_done) {
		if (!prescanning)
			write_header(in->t, keys, nkeys);
		return 1;
	}
	if (nkeys == hdr_nkeys) {
		for (i = 0; i < nkeys; i++)
			if (strcmp(keys[i], hdr_keys[i]) != 0)
				break;
		if (i == nkeys)
			return 1;
	}
	nk_warn_at(in->name, 1, "its columns differ from the first input's; skipped");
	nk_status = NK_EXIT_DATA;
	return 0;
}

/* ---- documents (on_doc) -------------------------------------------------- */

static void
doc_flush(const struct nk_tool *t)
{
	size_t i, k;
	nk_rec *v;

	if (dqn == 0)
		return;
	v = nk_emalloc(dqn * sizeof(*v));
	for (i = 0; i < dqn; i++)
		v[i] = dq[i].r;
	t->on_doc(v, dqn, t->ctx);
	free(v);
	for (i = 0; i < dqn; i++) {
		for (k = 0; k < dq[i].r.nkeys; k++)
			free(dq[i].key[k]);
		free(dq[i].key);
		free(dq[i].keylen);
		free(dq[i].text);
	}
	dqn = 0;
}

static void
deliver(const struct nk_tool *t, const nk_rec *r)
{
	struct docrec *d;
	size_t k, di = (size_t)-1;

	if (t->on_record) {
		rec_seq++;
		t->on_record(r, t->ctx);
		return;
	}
	/* a new document when the doc key changes */
	if (dqn > 0 && strcmp(dq[0].r.doc, r->doc) != 0)
		doc_flush(t);
	if (dqn == dqcap)
		dq = nk_erealloc(dq, (dqcap = dqcap ? 2 * dqcap : 64) * sizeof(*dq));
	d = &dq[dqn++];
	d->r = *r;
	d->key = nk_emalloc((r->nkeys + 1) * sizeof(*d->key));
	d->keylen = nk_emalloc((r->nkeys + 1) * sizeof(*d->keylen));
	for (k = 0; k < r->nkeys; k++) {
		d->key[k] = nk_estrndup(r->key[k], r->keylen[k]);
		d->keylen[k] = r->keylen[k];
		if (r->key[k] == r->doc)
			di = k;
	}
	d->text = nk_estrndup(r->text, r->len);
	d->r.key = (const char **)d->key;
	d->r.keylen = d->keylen;
	d->r.text = d->text;
	d->r.doc = di != (size_t)-1 ? d->key[di] : "";
	d->r.date = "";
	for (k = 0; k < r->nkeys; k++)
		if (r->key[k] == r->date)
			d->r.date = d->key[k];
	d->r.file = r->file;
}

/* ---- lines ---------------------------------------------------------------- */

/*
 * The current line as valid UTF-8 in in->clean (or the bytes themselves,
 * when they are valid, which is the common case and costs one scan).
 */
static void
clean_line(struct input *in, const char **s, size_t *n)
{
	const char *p = *s;
	size_t i = 0, len, bad = 0;
	int32_t cp;

	if (nk_u8_valid(p, *n))
		return;
	nk_buf_reset(&in->clean);
	nk_buf_reserve(&in->clean, *n);
	while (i < *n) {
		len = nk_u8_dec(p + i, *n - i, &cp);
		if (cp > 0) {
			nk_buf_put(&in->clean, p + i, len);
			i += len;
			continue;
		}
		/* evidence for the encoding hint: NULs (UTF-16), and lead/trail
		 * pairs of a double-byte legacy encoding (Big5 trail bytes are
		 * often 0x40-0x7E, GB2312's never) */
		if (cp == 0)
			in->nul++;
		else if ((unsigned char)p[i] >= 0x81 && i + 1 < *n) {
			unsigned char t = (unsigned char)p[i + 1];

			in->hi_pairs++;
			if (t >= 0x40 && t <= 0x7E)
				in->hi_lowtrail++;
		}
		nk_buf_put(&in->clean, "\xEF\xBF\xBD", 3);
		bad++;
		i++;
	}
	if (!in->bad)
		in->badline = in->rd.lineno;
	in->bad += bad;
	*s = in->clean.p;
	*n = in->clean.n;
}

static void
report_bad(struct input *in)
{
	const char *hint = "";

	in->bad += in->rd.ibad;
	if (!in->bad)
		return;
	if (in->nul * 4 > in->bad && in->nul > 8)
		hint = "; it looks like UTF-16 (convert with nnorm -E UTF-16)";
	else if (in->hi_pairs > 8 && in->hi_pairs * 2 > in->bad)
		hint = in->hi_lowtrail * 5 > in->hi_pairs ?
		    "; it looks like Big5 (convert with nnorm -E BIG5)" :
		    "; it looks like GB18030/GBK (convert with nnorm -E GB18030)";
	nk_warn_at(in->name, in->badline ? in->badline : 1,
	    "invalid UTF-8 (%zu bytes replaced with U+FFFD)%s", in->bad, hint);
}

/* ---- TSV record input --------------------------------------------------- */

static int
is_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
		return 0;
	for (i = 1; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/* Is s a header? Then its number of fields, else 0. */
static size_t
header_fields(const char *s, size_t n, int *has_text)
{
	size_t beg = 0, i, nf = 0, tl = strlen(nk_cli.text_col);

	*has_text = 0;
	for (i = 0; i <= n; i++)
		if (i == n || s[i] == '\t') {
			if (!is_name(s + beg, i - beg))
				return 0;
			if (i - beg == tl && memcmp(s + beg, nk_cli.text_col, tl) == 0)
				*has_text = 1;
			nf++;
			beg = i + 1;
		}
	return *has_text ? nf : 0;
}

static void
records(struct input *in, const char *hline, size_t hn, size_t nf)
{
	static char empty[1];
	char **names = nk_emalloc(nf * sizeof(*names));
	const char **key = nk_emalloc(nf * sizeof(*key));
	size_t *keylen = nk_emalloc(nf * sizeof(*keylen));
	char **fv = nk_emalloc(nf * sizeof(*fv));
	size_t *fl = nk_emalloc(nf * sizeof(*fl));
	size_t i, beg = 0, k = 0, textcol = nf, nkeys = nf - 1, got;
	long doccol = -1, datecol = -1, linecol = -1;
	const char *s;
	size_t n;
	int warned = 0;
	nk_rec r;

	/* the keys: every column but the (first) text column, in order */
	for (i = 0; i <= hn; i++)
		if (i == hn || hline[i] == '\t') {
			char *name = nk_estrndup(hline + beg, i - beg);

			if (textcol == nf && strcmp(name, nk_cli.text_col) == 0) {
				textcol = k++;
				free(name);
			} else {
				if (strcmp(name, "doc") == 0 && doccol < 0)
					doccol = (long)(k - (textcol < nf));
				else if (strcmp(name, "date") == 0 && datecol < 0)
					datecol = (long)(k - (textcol < nf));
				else if (strcmp(name, "line") == 0 && linecol < 0)
					linecol = (long)(k - (textcol < nf));
				names[k++ - (textcol < nf)] = name;
			}
			beg = i + 1;
		}
	if (!agree(in, names, nkeys))
		goto out;
	while (nk_reader_line(&in->rd, &s, &n) > 0) {
		char *w, *t;

		if (n == 0)
			continue;	/* a blank line is no record */
		clean_line(in, &s, &n);
		w = (char *)s;	/* ours until the next line: fields are cut in place */
		got = 1;	/* the tabs found with memchr: a text is long */
		for (i = 0; (t = memchr(w + i, '\t', n - i)) != NULL; i = (size_t)(t - w) + 1)
			got++;
		if (got != nf && !warned++)
			nk_warn_at(in->name, in->rd.lineno, "%zu fields where the header has %zu (%s)",
			    got, nf, got < nf ? "the missing ones are empty" :
			    "the extra ones stay in the last field");
		/* every tab ends a field but in the last, which ends the line */
		beg = 0;
		for (k = 0; k + 1 < nf && (t = memchr(w + beg, '\t', n - beg)) != NULL; k++) {
			i = (size_t)(t - w);
			fv[k] = w + beg;
			fl[k] = i - beg;
			w[i] = '\0';
			beg = i + 1;
		}
		fv[k] = w + beg;
		fl[k] = n - beg;
		w[n] = '\0';
		for (k++; k < nf; k++) {
			fv[k] = empty;
			fl[k] = 0;
		}
		for (i = 0, k = 0; i < nf; i++) {
			if (i == textcol)
				continue;
			key[k] = fv[i];
			keylen[k] = fl[i];
			k++;
		}
		memset(&r, 0, sizeof(r));
		r.nkeys = nkeys;
		r.key = key;
		r.keylen = keylen;
		r.text = fv[textcol];
		r.len = fl[textcol];
		r.doc = doccol >= 0 ? key[doccol] : "";
		r.date = datecol >= 0 ? key[datecol] : "";
		r.file = in->name;
		r.lineno = in->rd.lineno;
		r.line = linecol >= 0 ? atol(key[linecol]) : in->rd.lineno;
		deliver(in->t, &r);
	}
out:
	for (i = 0; i < nkeys; i++)
		free(names[i]);
	free(names);
	free(key);
	free(keylen);
	free(fv);
	free(fl);
}

/* ---- raw text input --------------------------------------------------------- */

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

/* digits at s[*i], at most max of them, into *v; returns count */
static int
digits(const char *s, size_t n, size_t *i, int max, int *v)
{
	int k = 0;

	*v = 0;
	while (*i < n && k < max && isdig((unsigned char)s[*i])) {
		*v = *v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	if (*i < n && isdig((unsigned char)s[*i]))
		return 0;	/* too many digits */
	return k;
}

static int
lit(const char *s, size_t n, size_t *i, const char *w)
{
	size_t l = strlen(w);

	if (*i + l <= n && memcmp(s + *i, w, l) == 0) {
		*i += l;
		return 1;
	}
	return 0;
}

int
nk_dateline(const char *s, size_t n, nk_buf *out)
{
	size_t i = 0;
	int y, mo, d, h = -1, mi = -1, se = -1, cjk = 0;

	if (digits(s, n, &i, 4, &y) != 4 || y < 1900 || y > 2100)
		return 0;
	if (lit(s, n, &i, "年"))
		cjk = 1;
	else if (!lit(s, n, &i, "-") && !lit(s, n, &i, "/") && !lit(s, n, &i, "."))
		return 0;
	if (digits(s, n, &i, 2, &mo) < 1 || mo < 1 || mo > 12)
		return 0;
	if (cjk ? !lit(s, n, &i, "月") : !(lit(s, n, &i, "-") || lit(s, n, &i, "/") || lit(s, n, &i, ".")))
		return 0;
	if (digits(s, n, &i, 2, &d) < 1 || d < 1 || d > 31)
		return 0;
	if (cjk && !lit(s, n, &i, "日") && !lit(s, n, &i, "号"))
		return 0;
	/* an optional clock time after spaces or 'T' */
	{
		size_t j = i;
		int hh, mm, ss;

		while (j < n && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (j < n && s[j] == 'T' && j == i)
			j++;
		if (digits(s, n, &j, 2, &hh) >= 1 && hh < 24 && lit(s, n, &j, ":") &&
		    digits(s, n, &j, 2, &mm) == 2 && mm < 60) {
			h = hh;
			mi = mm;
			if (lit(s, n, &j, ":") && digits(s, n, &j, 2, &ss) == 2 && ss < 61)
				se = ss;
		}
	}
	nk_buf_reset(out);
	nk_buf_printf(out, "%04d-%02d-%02d", y, mo, d);
	if (h >= 0) {
		nk_buf_printf(out, "T%02d:%02d", h, mi);
		if (se >= 0)
			nk_buf_printf(out, ":%02d", se);
	}
	return 1;
}

/*
 * A dateline: a date that opens the line (after spaces and an optional
 * label such as 发布时间：), and either carries a clock time or is most of
 * the line. A date inside a sentence is news, not a dateline.
 */
static int
find_dateline(const char *s, size_t n, nk_buf *out)
{
	static const char *labels[] = {
		"发布时间", "發佈時間", "发布日期", "發布日期", "发表时间", "发表于", "发布于",
		"时间", "時間", "日期", "Date", "date", "Published", "published", NULL
	};
	size_t i = 0, j, rest;
	int k;

	nk_buf_reset(out);
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (lit(s, n, &i, "\xC2\xA0") || lit(s, n, &i, "\xE3\x80\x80"))	/* NBSP, U+3000 */
		while (i < n && s[i] == ' ')
			i++;
	for (k = 0; labels[k]; k++) {
		j = i;
		if (lit(s, n, &j, labels[k])) {
			while (j < n && s[j] == ' ')
				j++;
			if (lit(s, n, &j, ":") || lit(s, n, &j, "：")) {
				while (j < n && s[j] == ' ')
					j++;
				i = j;
				break;
			}
		}
	}
	if (!nk_dateline(s + i, n - i, out))
		return 0;
	if (strchr(out->p, 'T'))
		return 1;
	/* no time: the line must be short (the date, a source, an author),
	 * not a sentence that opens with a date */
	rest = nk_u8_count(s + i, n - i);
	if (rest <= 40 && !memmem(s + i, n - i, "，", 3) && !memmem(s + i, n - i, "。", 3) &&
	    !memmem(s + i, n - i, ",", 1))
		return 1;
	nk_buf_reset(out);
	return 0;
}

/* a line that only holds "---" (a YAML document marker) */
static int
is_marker(const char *s, size_t n, const char *m)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return n == 3 && memcmp(s, m, 3) == 0;
}

struct held {
	nk_buf bytes;		/* the held lines, each followed by its length */
	size_t *off, *len;
	long *lineno;
	size_t n, cap;
};

static void
hold(struct held *h, const char *s, size_t n, long lineno)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 64;
		h->off = nk_erealloc(h->off, h->cap * sizeof(*h->off));
		h->len = nk_erealloc(h->len, h->cap * sizeof(*h->len));
		h->lineno = nk_erealloc(h->lineno, h->cap * sizeof(*h->lineno));
	}
	h->off[h->n] = h->bytes.n;
	h->len[h->n] = n;
	h->lineno[h->n] = lineno;
	h->n++;
	nk_buf_put(&h->bytes, s, n);
	nk_buf_putc(&h->bytes, '\0');
}

static void
held_free(struct held *h)
{
	nk_buf_free(&h->bytes);
	free(h->off);
	free(h->len);
	free(h->lineno);
	memset(h, 0, sizeof(*h));
}

/* the YAML date as ISO 8601 */
static void
meta_date(const char *v, nk_buf *out)
{
	if (nk_dateline(v, strlen(v), out))
		return;
	nk_buf_reset(out);
}

static void
raw(struct input *in, const char *first, size_t firstn)
{
	const struct nk_tool *t = in->t;
	struct held h = {0};
	nk_yaml *fm = NULL;
	nk_buf date = {0}, lbuf = {0};
	const char *doc = nk_cli.doc ? nk_cli.doc : in->name;
	char **names;
	const char **key;
	size_t *keylen;
	size_t nkeys = 3 + nk_cli.nmeta, i, k, n;
	const char *s;
	int st = 1, nonblank = 0;
	nk_rec r;

	/* the first line is already read; it may open front matter */
	hold(&h, first, firstn, in->rd.lineno);
	if (is_marker(first, firstn, "---")) {
		int closed = 0;

		while (h.n < FRONT_MAX_LINES && (st = nk_reader_line(&in->rd, &s, &n)) > 0) {
			clean_line(in, &s, &n);
			hold(&h, s, n, in->rd.lineno);
			if (is_marker(s, n, "---") || is_marker(s, n, "...")) {
				closed = 1;
				break;
			}
		}
		if (closed) {
			nk_buf y = {0};
			char *err = NULL;

			for (i = 1; i + 1 < h.n; i++) {
				nk_buf_put(&y, h.bytes.p + h.off[i], h.len[i]);
				nk_buf_putc(&y, '\n');
			}
			fm = nk_yaml_parse(y.p ? y.p : "", y.n, &err);
			if (fm && fm->kind != NK_Y_MAP) {
				nk_yaml_free(fm);
				fm = NULL;
				err = nk_estrdup("not a mapping");
			}
			if (!fm) {
				nk_warn_at(in->name, 1, "malformed front matter (%s); read as text", err);
				free(err);
			} else {
				h.n = 0;	/* the block is metadata, not text */
				nk_buf_reset(&h.bytes);
			}
			nk_buf_free(&y);
		}
	}
	if (fm) {
		nk_yaml *d = nk_yaml_get(fm, "date");

		if (d && d->kind == NK_Y_SCALAR)
			meta_date(d->val, &date);
	}
	/* no date yet: look for a dateline near the top, holding the lines */
	if (date.n == 0) {
		for (i = 0; i < h.n && !date.n; i++)
			if (find_dateline(h.bytes.p + h.off[i], h.len[i], &date))
				break;
		while (!date.n && nonblank < DATELINE_LINES && st > 0 &&
		    (st = nk_reader_line(&in->rd, &s, &n)) > 0) {
			clean_line(in, &s, &n);
			hold(&h, s, n, in->rd.lineno);
			if (n > 0)
				nonblank++;
			if (find_dateline(s, n, &date))
				break;
		}
	}

	/* the keys */
	names = nk_emalloc(nkeys * sizeof(*names));
	names[0] = "doc";
	names[1] = "date";
	names[2] = "line";
	for (i = 0; i < nk_cli.nmeta; i++)
		names[3 + i] = (char *)nk_cli.meta[i];
	key = nk_emalloc(nkeys * sizeof(*key));
	keylen = nk_emalloc(nkeys * sizeof(*keylen));
	if (!agree(in, names, nkeys))
		goto out;
	key[0] = doc;
	keylen[0] = strlen(doc);
	key[1] = date.p ? date.p : "";
	keylen[1] = date.n;
	for (i = 0; i < nk_cli.nmeta; i++) {
		nk_yaml *v = nk_yaml_get(fm, nk_cli.meta[i]);

		if (v && v->kind == NK_Y_SCALAR) {
			nk_buf m = {0};

			nk_u8_clean(&m, v->val, strlen(v->val));
			key[3 + i] = m.p ? m.p : "";
			keylen[3 + i] = m.n;
		} else {
			key[3 + i] = "";
			keylen[3 + i] = 0;
		}
	}
	memset(&r, 0, sizeof(r));
	r.nkeys = nkeys;
	r.key = key;
	r.keylen = keylen;
	r.doc = key[0];
	r.date = key[1];
	r.file = in->name;
	k = 0;
	for (;;) {
		long ln;

		if (k < h.n) {
			s = h.bytes.p + h.off[k];
			n = h.len[k];
			ln = h.lineno[k];
			k++;
		} else {
			if (st <= 0 || (st = nk_reader_line(&in->rd, &s, &n)) <= 0)
				break;
			clean_line(in, &s, &n);
			ln = in->rd.lineno;
		}
		if (n == 0 && !t->keep_blank)
			continue;
		{
			char num[24], *q = num + sizeof(num);
			unsigned long v = (unsigned long)ln;

			do
				*--q = (char)('0' + v % 10);
			while (v /= 10);
			nk_buf_reset(&lbuf);
			nk_buf_put(&lbuf, q, (size_t)(num + sizeof(num) - q));
		}
		key[2] = lbuf.p;
		keylen[2] = lbuf.n;
		r.text = s;
		r.len = n;
		r.lineno = ln;
		r.line = ln;
		deliver(t, &r);
	}
out:
	for (i = 0; i < nk_cli.nmeta; i++)
		if (keylen && key && 3 + i < nkeys && key[3 + i] && keylen[3 + i])
			free((char *)key[3 + i]);
	free(names);
	free(key);
	free(keylen);
	nk_buf_free(&date);
	nk_buf_free(&lbuf);
	nk_yaml_free(fm);
	held_free(&h);
}

/* ---- driver -------------------------------------------------------------- */

static void
run_input(const struct nk_tool *t, struct input *in)
{
	const char *s;
	size_t n, nf;
	int st, has_text;

	in->t = t;
	in->name = in->rd.name;
	st = nk_reader_line(&in->rd, &s, &n);
	if (st <= 0) {		/* empty input: header only */
		if (!hdr_done && !prescanning) {
			char *keys[3] = { "doc", "date", "line" };

			write_header(t, keys, 3);
		}
		return;
	}
	/* a BOM is no text */
	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	} else if (n >= 2 && ((unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE)) {
		nk_warn_at(in->name, 1, "the input starts with a UTF-16 byte order mark (convert with nnorm -E UTF-16)");
	}
	clean_line(in, &s, &n);
	if ((nf = header_fields(s, n, &has_text)) > 0) {
		char *copy = nk_estrndup(s, n);

		records(in, copy, n, nf);
		free(copy);
	} else
		raw(in, s, n);
	if (t->on_doc)
		doc_flush(t);
	report_bad(in);
}

void
nk_prescan_stop(void)
{
	if (prescan_rd) {	/* as at the end of the input */
		prescan_rd->beg = prescan_rd->end;
		prescan_rd->eof = 1;
	}
}

/*
 * The tool's prescan over an input that can be read twice, then back to
 * where it started; 0 if it cannot (a pipe, a terminal, -E), and then
 * the input is read once.
 */
static int
prescan(const struct nk_tool *t, struct input *in)
{
	struct nk_tool pt = *t;
	struct stat st;
	off_t at;
	int status = nk_status;

	if (!t->prescan || !t->on_record || in->rd.fd < 0 || in->rd.iconv ||
	    fstat(in->rd.fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (at = lseek(in->rd.fd, 0, SEEK_CUR)) < 0)
		return 0;
	pt.on_record = t->prescan;
	pt.on_doc = NULL;
	prescanning = 1;
	prescan_rd = &in->rd;
	nk_quiet++;
	run_input(&pt, in);
	nk_quiet--;
	prescanning = 0;
	prescan_rd = NULL;
	nk_status = status;	/* the real reading sets it again */
	if (lseek(in->rd.fd, at, SEEK_SET) != at)
		nk_die(NK_EXIT_DATA, "%s: cannot read it again: %s", in->rd.name, strerror(errno));
	/* the reader and the input as just opened, the buffer kept */
	in->rd.beg = in->rd.end = 0;
	in->rd.eof = in->rd.err = 0;
	in->rd.lineno = 0;
	nk_buf_reset(&in->clean);
	in->bad = in->hi_pairs = in->hi_lowtrail = in->nul = 0;
	in->badline = 0;
	return 1;
}

static void
finish(const struct nk_tool *t)
{
	if (!hdr_done) {
		char *keys[3] = { "doc", "date", "line" };

		write_header(t, keys, 3);
	}
	nk_out_flush();
}

int
nk_run(int argc, char **argv, const struct nk_tool *t)
{
	static char *stdin_only[] = { "-", NULL };
	int i;

	if (argc == 0) {
		argc = 1;
		argv = stdin_only;
	}
	for (i = 0; i < argc; i++) {
		struct input in;

		memset(&in, 0, sizeof(in));
		if (nk_reader_open(&in.rd, argv[i], nk_cli.encoding) < 0)
			continue;
		prescan(t, &in);
		run_input(t, &in);
		nk_reader_close(&in.rd);
		nk_buf_free(&in.clean);
	}
	finish(t);
	return nk_status;
}

int
nk_run_mem(const struct nk_tool *t, const char *data, size_t n, const char *name)
{
	struct input in;
	size_t i;

	memset(&in, 0, sizeof(in));
	nk_reader_mem(&in.rd, name, data, n);
	run_input(t, &in);
	nk_reader_close(&in.rd);
	nk_buf_free(&in.clean);
	finish(t);
	/* forget the header so the next call starts afresh */
	for (i = 0; i < hdr_nkeys; i++)
		free(hdr_keys[i]);
	free(hdr_keys);
	hdr_keys = NULL;
	hdr_nkeys = 0;
	hdr_done = 0;
	return nk_status;
}
