/* buf.c - growable byte buffers, always NUL-terminated. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nkit.h"

void
nk_buf_reserve(nk_buf *b, size_t extra)
{
	size_t need = b->n + extra + 1;

	if (need < extra)
		nk_die(NK_EXIT_DATA, "out of memory");
	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 256;
	while (b->cap < need)
		b->cap = b->cap * 2 > b->cap ? b->cap * 2 : need;
	b->p = nk_erealloc(b->p, b->cap);
}

void
nk_buf_put(nk_buf *b, const void *s, size_t n)
{
	if (b->n + n + 1 > b->cap || b->n + n + 1 < n)
		nk_buf_reserve(b, n);
	if (n)
		memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

void
nk_buf_puts(nk_buf *b, const char *s)
{
	nk_buf_put(b, s, strlen(s));
}

void
nk_buf_putc(nk_buf *b, int c)
{
	if (b->n + 2 > b->cap)
		nk_buf_reserve(b, 1);
	b->p[b->n++] = (char)c;
	b->p[b->n] = '\0';
}

void
nk_buf_put_cp(nk_buf *b, int32_t cp)
{
	char u[4];

	nk_buf_put(b, u, nk_u8_enc(cp, u));
}

void
nk_buf_printf(nk_buf *b, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0)
		return;
	nk_buf_reserve(b, (size_t)len);
	va_start(ap, fmt);
	vsnprintf(b->p + b->n, (size_t)len + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)len;
}

void
nk_buf_reset(nk_buf *b)
{
	b->n = 0;
	if (b->p)
		b->p[0] = '\0';
}

void
nk_buf_free(nk_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
}
