/*
 * tool.c - nquote as an nkit tool: one document (consecutive records with
 * the same doc key) at a time, one row per quotation found.
 */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nquote.h"

/* byte offset k code points after byte offset b (UTF-8, as nk_u8_offset counts) */
static size_t
forward(const char *s, size_t n, size_t b, size_t k)
{
	int32_t c;

	while (k-- > 0 && b < n)
		b += nk_u8_dec(s + b, n - b, &c);
	return b;
}

/* byte offset k code points before byte offset b (valid UTF-8) */
static size_t
backward(const char *s, size_t b, size_t k)
{
	while (k-- > 0 && b > 0) {
		b--;
		while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
			b--;
	}
	return b;
}

/*
 * Rows come sorted by record and start, so offsets are found by walking
 * forward from the previous row's: linear in the record's length however
 * many quotations a long record holds (nk_u8_offset from 0 each time would
 * be quadratic on a 50 MB line).
 */
static void
on_doc(const nk_rec *recs, size_t n, void *ctx)
{
	struct nq_hits h = {0};
	const char **text;
	size_t *len, i, cur = (size_t)-1, cur_cp = 0, cur_b = 0;

	(void)ctx;
	text = nk_emalloc((n ? n : 1) * sizeof(*text));
	len = nk_emalloc((n ? n : 1) * sizeof(*len));
	for (i = 0; i < n; i++) {
		text[i] = recs[i].text;
		len[i] = recs[i].len;
	}
	nq_scan(text, len, n, &h);
	for (i = 0; i < h.n; i++) {
		const struct nq_hit *x = &h.v[i];
		const nk_rec *r = &recs[x->para];
		size_t a, b;

		if (x->para != cur || x->start < cur_cp) {
			cur = x->para;
			cur_cp = 0;
			cur_b = 0;
		}
		a = forward(r->text, r->len, cur_b, x->start - cur_cp);
		b = forward(r->text, r->len, a, x->end - x->start);
		cur_cp = x->start;
		cur_b = a;

		nk_row_begin(r);
		nk_field_long((long)x->start);
		nk_field_long((long)x->end);
		nk_field_str(x->speaker);
		nk_field_str(x->cue);
		nk_field_str(nq_kind_name(x->kind));
		nk_field(r->text + a, b - a);
		nk_field_str(x->desc);
		if (nk_cli.context >= 0) {	/* what nk_field_context gives, in linear time */
			size_t w = (size_t)nk_cli.context;

			nk_field(r->text + backward(r->text, a, w),
			    forward(r->text, r->len, b, w) - backward(r->text, a, w));
		}
		nk_row_end();
	}
	nq_hits_free(&h);
	free(text);
	free(len);
}

struct nk_tool nquote_tool = {
	.name = "nquote",
	.cols = "start\tend\tspeaker\tcue\tkind\tquote\tspeaker_desc",
	.on_doc = on_doc,
};
