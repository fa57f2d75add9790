/*
 * fuzz_rec: the record stream itself (header detection, TSV splitting,
 * front matter, datelines, U+FFFD replacement, on_doc grouping) with a
 * tool that echoes what it is given, including positions and -C context.
 */
#include <stdint.h>

#include "nkit.h"

static void
echo(const nk_rec *r, void *ctx)
{
	size_t cps = nk_u8_count(r->text, r->len);

	nk_row_begin(r);
	nk_field(r->text, r->len);
	nk_field_context(r, cps / 2, cps);
	nk_row_end();
}

static void
doc(const nk_rec *v, size_t n, void *ctx)
{
	size_t i;

	for (i = 0; i < n; i++)
		echo(&v[i], ctx);
}

static struct nk_tool t1 = { .name = "fuzz", .cols = "text", .on_record = echo };
static struct nk_tool t2 = { .name = "fuzz", .cols = "text", .on_doc = doc };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	nk_out_discard(1);
	nk_cli.context = 3;
	nk_run_mem(&t1, (const char *)data, size, "fuzz");
	nk_run_mem(&t2, (const char *)data, size, "fuzz");
	return 0;
}
