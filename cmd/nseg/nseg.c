/*
 * nseg.c - the nseg tool: sentences (default), words (-w, -p) or
 * sentences of space-joined words (-j) for each record.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nseg.h"

extern const char nk_lexicon_nseg[], nk_lexicon_nseg_end[];
extern const char nk_nseg_dict[], nk_nseg_dict_end[];
extern const char nk_nseg_hmm[], nk_nseg_hmm_end[];

static void on_record(const nk_rec *r, void *ctx);

struct nseg_opts nseg_opts = { .hmm = 1 };
struct nk_tool nseg_tool = {
	.name = "nseg",
	.cols = "sent\ttext",
	.on_record = on_record,
};

static int ready;
static int32_t *cp;
static uint32_t *off;	/* byte offset of each code point of the record */
static size_t cpcap, offcap;
static struct nseg_span *spans;
static size_t spancap;
static struct nseg_seg seg;
static nk_buf wbuf;

/* UTF-8 to code points; invalid bytes become U+FFFD. Returns the count. */
static size_t
decode(const char *s, size_t len, int32_t **out, size_t *cap)
{
	size_t n = 0, i = 0, k;
	int32_t c;

	if (len + 1 > *cap) {
		*cap = 2 * (len + 1);
		*out = nk_erealloc(*out, *cap * sizeof(**out));
	}
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			(*out)[n++] = (unsigned char)s[i++];
			continue;
		}
		k = nk_u8_dec(s + i, len - i, &c);
		(*out)[n++] = c < 0 ? 0xFFFD : c;
		i += k ? k : 1;
	}
	return n;
}

/* decode the record's text, keeping each code point's byte offset */
static size_t
decode_off(const char *s, size_t len)
{
	size_t n = 0, i = 0, k;
	int32_t c;

	if (len + 1 > cpcap) {
		cpcap = 2 * (len + 1);
		cp = nk_erealloc(cp, cpcap * sizeof(*cp));
	}
	if (len + 1 > offcap) {
		offcap = 2 * (len + 1);
		off = nk_erealloc(off, offcap * sizeof(*off));
	}
	while (i < len) {
		off[n] = (uint32_t)i;
		if ((unsigned char)s[i] < 0x80) {
			cp[n++] = (unsigned char)s[i++];
			continue;
		}
		k = nk_u8_dec(s + i, len - i, &c);
		cp[n++] = c < 0 ? 0xFFFD : c;
		i += k ? k : 1;
	}
	off[n] = (uint32_t)len;
	return n;
}

/* add a user word written as jieba does: "word [freq] [tag]" */
static void
user_line(const char *s, size_t len)
{
	static int32_t *w;
	static size_t wcap;
	const char *e = s + len, *p;
	char tag[32] = "";
	double freq = NAN;
	size_t n;

	while (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	if (s == e || *s == '#')
		return;
	/* ( [a-z]+)?$ */
	for (p = e; p > s && p[-1] >= 'a' && p[-1] <= 'z'; p--)
		;
	if (p < e && p > s + 1 && (p[-1] == ' ' || p[-1] == '\t') && (size_t)(e - p) < sizeof(tag)) {
		memcpy(tag, p, (size_t)(e - p));
		tag[e - p] = '\0';
		e = p - 1;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
	}
	/* ( [0-9]+)? */
	for (p = e; p > s && p[-1] >= '0' && p[-1] <= '9'; p--)
		;
	if (p < e && p > s + 1 && (p[-1] == ' ' || p[-1] == '\t')) {
		freq = strtod(p, NULL);
		e = p - 1;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
	}
	n = decode(s, (size_t)(e - s), &w, &wcap);
	nseg_user_add(w, n, isnan(freq) ? NAN : nseg_freq_logp(freq), nseg_tag_id(*tag ? tag : "x"));
}

static void
user_yaml(const nk_yaml *y)
{
	size_t i;

	if (!y)
		return;
	if (y->kind == NK_Y_MAP)
		y = nk_yaml_get(y, "words");
	if (!y || y->kind != NK_Y_SEQ)
		return;
	for (i = 0; i < y->n; i++) {
		const nk_yaml *it = y->kids[i];

		if (it->kind == NK_Y_SCALAR) {
			user_line(it->val, strlen(it->val));
		} else if (it->kind == NK_Y_MAP) {
			nk_yaml *w = nk_yaml_get(it, "word"), *f = nk_yaml_get(it, "freq"),
			    *t = nk_yaml_get(it, "tag");
			nk_buf b = {0};

			if (!w || w->kind != NK_Y_SCALAR)
				continue;
			nk_buf_puts(&b, w->val);
			if (f && f->kind == NK_Y_SCALAR)
				nk_buf_printf(&b, " %s", f->val);
			if (t && t->kind == NK_Y_SCALAR)
				nk_buf_printf(&b, " %s", t->val);
			user_line(b.p, b.n);
			nk_buf_free(&b);
		}
	}
}

int
nseg_user_file(const char *path)
{
	nk_reader r;
	nk_buf b = {0};
	const char *line;
	size_t len, pl = strlen(path);
	int st, yaml;
	char *err;
	nk_yaml *y;

	yaml = (pl > 5 && strcmp(path + pl - 5, ".yaml") == 0) ||
	    (pl > 4 && strcmp(path + pl - 4, ".yml") == 0);
	if (nk_reader_open(&r, path, NULL) < 0)
		return -1;
	while ((st = nk_reader_line(&r, &line, &len)) > 0) {
		if (yaml) {
			nk_buf_put(&b, line, len);
			nk_buf_putc(&b, '\n');
		} else
			user_line(line, len);
	}
	nk_reader_close(&r);
	if (st < 0) {
		nk_buf_free(&b);
		return -1;
	}
	if (yaml) {
		if (!(y = nk_yaml_parse(b.p ? b.p : "", b.n, &err))) {
			nk_warn("%s: %s", path, err);
			free(err);
			nk_buf_free(&b);
			return -1;
		}
		user_yaml(y);
		nk_yaml_free(y);
	}
	nk_buf_free(&b);
	return 0;
}

/* a list of strings from the lexicon: each passed to fn as code points */
static void
strings(const nk_yaml *y, void (*fn)(const int32_t *, size_t, int), int arg)
{
	static int32_t *w;
	static size_t wcap;
	size_t i, n;

	if (!y || y->kind != NK_Y_SEQ)
		return;
	for (i = 0; i < y->n; i++)
		if (y->kids[i]->kind == NK_Y_SCALAR) {
			n = decode(y->kids[i]->val, strlen(y->kids[i]->val), &w, &wcap);
			fn(w, n, arg);
		}
}

static void
verb(const int32_t *w, size_t n, int unused)
{
	nseg_sent_verb(w, n);
}

void
nseg_setup(void)
{
	nk_lexsrc *src;
	size_t i, k;

	if (ready)
		return;
	ready = 1;
	nseg_dict_load(nk_nseg_dict, (size_t)(nk_nseg_dict_end - nk_nseg_dict));
	nseg_hmm_load(nk_nseg_hmm, (size_t)(nk_nseg_hmm_end - nk_nseg_hmm));
	k = nk_lexicon(nk_lexicon_nseg, (size_t)(nk_lexicon_nseg_end - nk_lexicon_nseg), &src);
	for (i = 0; i < k; i++) {
		const nk_yaml *y = src[i].y;

		if (!y || y->kind != NK_Y_MAP)
			continue;
		strings(nk_yaml_get(y, "units"), nseg_unit_add, 0);
		strings(nk_yaml_get(y, "date_units"), nseg_unit_add, 1);
		strings(nk_yaml_get(y, "verbs"), verb, 0);
		strings(nk_yaml_get(y, "classifiers"), nseg_classifier_add, 0);
		strings(nk_yaml_get(y, "hmm_stop"), nseg_stop_add, 0);
		strings(nk_yaml_get(y, "classifier_keep"), nseg_keep_add, 0);
		if (i > 0 && nk_yaml_get(y, "words")) {
			nseg_dict_clear();
			user_yaml(y);
		}
	}
	for (i = 0; i < k; i++)
		nk_yaml_free(src[i].y);
	free(src);
	for (i = 0; i < nseg_opts.nuser; i++)
		if (nseg_user_file(nseg_opts.user[i]) < 0)
			nk_die(NK_EXIT_USAGE, "cannot load user dictionary '%s'", nseg_opts.user[i]);
	seg.hmm = nseg_opts.hmm;
	nseg_seg_init();
}

/* code points b..e of the record, as its own bytes */
static void
field_span(const nk_rec *r, size_t b, size_t e)
{
	nk_field(r->text + off[b], off[e] - off[b]);
}

static void
on_record(const nk_rec *r, void *ctx)
{
	size_t n, ns, i, t;

	if (!ready)
		nseg_setup();
	if (r->len >= UINT32_MAX) {
		nk_warn_at(r->file, r->lineno, "record of 4 GiB or more skipped");
		nk_status = NK_EXIT_DATA;
		return;
	}
	n = decode_off(r->text, r->len);
	ns = nseg_sentences(cp, n, &spans, &spancap);
	for (i = 0; i < ns; i++) {
		const int32_t *s = cp + spans[i].beg;
		size_t len = spans[i].end - spans[i].beg;

		if (!nseg_opts.words && !nseg_opts.join) {
			nk_row_begin(r);
			nk_field_long((long)(i + 1));
			field_span(r, spans[i].beg, spans[i].end);
			nk_row_end();
			continue;
		}
		nseg_cut(&seg, s, len);
		if (nseg_opts.join) {
			nk_buf_reset(&wbuf);
			for (t = 0; t < seg.ntok; t++) {
				const struct nseg_tok *tk = &seg.tok[t];

				if (tk->kind == TOK_SPACE)
					continue;
				if (wbuf.n)
					nk_buf_putc(&wbuf, ' ');
				nk_buf_put(&wbuf, r->text + off[spans[i].beg + tk->beg],
				    off[spans[i].beg + tk->end] - off[spans[i].beg + tk->beg]);
			}
			nk_row_begin(r);
			nk_field_long((long)(i + 1));
			nk_field(wbuf.p ? wbuf.p : "", wbuf.n);
			nk_row_end();
			continue;
		}
		for (t = 0; t < seg.ntok; t++) {
			const struct nseg_tok *tk = &seg.tok[t];

			nk_row_begin(r);
			nk_field_long((long)(i + 1));
			nk_field_long((long)(t + 1));
			field_span(r, spans[i].beg + tk->beg, spans[i].beg + tk->end);
			if (nseg_opts.tags)
				nk_field_str(nseg_tok_tag(tk));
			nk_row_end();
		}
	}
}
