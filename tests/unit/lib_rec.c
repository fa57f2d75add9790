/*
 * Unit tests of the record stream (rec.c) through nk_run_mem: header
 * detection, key pass-through, raw input keys, front matter, datelines,
 * field-count repair, documents for on_doc tools.
 */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nkit_int.h"
#include "tap.h"

static nk_buf seen;	/* what the tools saw, one line per record */

static void
rec(const nk_rec *r, void *ctx)
{
	size_t i;

	for (i = 0; i < r->nkeys; i++)
		nk_buf_printf(&seen, "%s|", r->key[i]);
	nk_buf_printf(&seen, "doc=%s date=%s line=%ld text=%s\n", r->doc, r->date, r->line, r->text);
	nk_row_begin(r);
	nk_field(r->text, r->len);
	nk_row_end();
}

static void
doc(const nk_rec *v, size_t n, void *ctx)
{
	nk_buf_printf(&seen, "[%s:%zu:%s..%s]", v[0].doc, n, v[0].text, v[n - 1].text);
}

static struct nk_tool t = { .name = "test", .cols = "out", .on_record = rec };
static struct nk_tool td = { .name = "test", .cols = "out", .on_doc = doc };

static const char *
run(struct nk_tool *tool, const char *in)
{
	nk_buf_reset(&seen);
	nk_run_mem(tool, in, strlen(in), "in.txt");
	return seen.p ? seen.p : "";
}

int
main(void)
{
	nk_buf d = {0};

	nk_out_discard(1);
	is(run(&t, "id\tsource\ttext\n7\tweb\t腾讯称\n"),
	    "7|web|doc= date= line=2 text=腾讯称\n", "a header with text: record input, keys pass through");
	is(run(&t, "text\tdoc\tdate\tline\n你好\ta.md\t2024-11-16\t12\n"),
	    "a.md|2024-11-16|12|doc=a.md date=2024-11-16 line=12 text=你好\n",
	    "doc, date, line columns are found wherever they stand");
	is(run(&t, "Text\tid\n你好\t1\n"),
	    "in.txt||1|doc=in.txt date= line=1 text=Text\tid\nin.txt||2|doc=in.txt date= line=2 text=你好\t1\n",
	    "an upper-case field is no header: raw text (TABs stay in the text)");
	is(run(&t, "id\tname\n1\tx\n"),
	    "in.txt||1|doc=in.txt date= line=1 text=id\tname\nin.txt||2|doc=in.txt date= line=2 text=1\tx\n",
	    "a header without text is raw text");
	is(run(&t, "id\ttext\n1\n2\ta\tb\n"),
	    "1|doc= date= line=2 text=\n2|doc= date= line=3 text=a\tb\n",
	    "missing fields are empty, extra ones stay in the last field");
	is(run(&t, "---\ntitle: x\ndate: 2024-07-04\n---\n\n正文\n"),
	    "in.txt|2024-07-04|6|doc=in.txt date=2024-07-04 line=6 text=正文\n",
	    "front matter is metadata: its date is the doc's, its lines are not text");
	is(run(&t, "---\ndate: 2024-11-16 08:00\n---\nx\n"),
	    "in.txt|2024-11-16T08:00|4|doc=in.txt date=2024-11-16T08:00 line=4 text=x\n",
	    "a front matter date-time becomes ISO 8601");
	is(run(&t, "---\nno end\n正文\n"),
	    "in.txt||1|doc=in.txt date= line=1 text=---\nin.txt||2|doc=in.txt date= line=2 text=no end\n"
	    "in.txt||3|doc=in.txt date= line=3 text=正文\n",
	    "an unclosed front matter is text");
	is(run(&t, "标题\n    2023年09月14日 15:43:20   来源:数字力场\n正文\n"),
	    "in.txt|2023-09-14T15:43:20|1|doc=in.txt date=2023-09-14T15:43:20 line=1 text=标题\n"
	    "in.txt|2023-09-14T15:43:20|2|doc=in.txt date=2023-09-14T15:43:20 line=2 text=    2023年09月14日 15:43:20   来源:数字力场\n"
	    "in.txt|2023-09-14T15:43:20|3|doc=in.txt date=2023-09-14T15:43:20 line=3 text=正文\n",
	    "a dateline near the top dates every line, the first ones too");
	is(run(&t, "\xEF\xBB\xBFx\r\ny\r\n"),
	    "in.txt||1|doc=in.txt date= line=1 text=x\nin.txt||2|doc=in.txt date= line=2 text=y\n",
	    "BOM dropped, CRLF read as LF");
	is(run(&t, "a\xFF" "b"),
	    "in.txt||1|doc=in.txt date= line=1 text=a\xEF\xBF\xBD" "b\n",
	    "a bad byte becomes U+FFFD; a last line without newline is read");
	is(run(&t, ""), "", "empty input: no records");

	is(run(&td, "doc\ttext\na\t1\na\t2\nb\t3\na\t4\n"), "[a:2:1..2][b:1:3..3][a:1:4..4]",
	    "on_doc: runs of consecutive records with the same doc");

	ok(nk_dateline("2024年11月5日", strlen("2024年11月5日"), &d) && strcmp(d.p, "2024-11-05") == 0,
	    "dateline: 2024年11月5日");
	ok(nk_dateline("2024/7/4 9:05", strlen("2024/7/4 9:05"), &d) && strcmp(d.p, "2024-07-04T09:05") == 0,
	    "dateline: 2024/7/4 9:05");
	ok(!nk_dateline("2024年13月5日", strlen("2024年13月5日"), &d), "dateline: no month 13");
	ok(!nk_dateline("20241105", 8, &d), "dateline: digits alone are not a date");
	nk_buf_free(&d);
	return done_testing();
}
