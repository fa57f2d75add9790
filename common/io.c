/*
 * io.c - reading lines of any length from files or stdin (optionally
 * through iconv for -E), and buffered, checked writing to stdout.
 */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nkit.h"
#include "nkit_int.h"

#define CHUNK (256 * 1024)

int
nk_reader_open(nk_reader *r, const char *name, const char *enc)
{
	memset(r, 0, sizeof(*r));
	r->name = name;
	if (strcmp(name, "-") == 0)
		r->fd = 0;
	else if ((r->fd = open(name, O_RDONLY | O_CLOEXEC)) < 0) {
		nk_warn("%s: %s", name, strerror(errno));
		nk_status = NK_EXIT_DATA;
		return -1;
	}
	if (enc && *enc) {
		iconv_t cd = iconv_open("UTF-8", enc);

		if (cd == (iconv_t)-1)
			nk_die(NK_EXIT_USAGE, "unknown encoding '%s' (see iconv -l)", enc);
		r->iconv = cd;
	}
	return 0;
}

/* raw bytes into dst, at most cap; 0 at EOF, -1 on error */
static ssize_t
rawread(nk_reader *r, char *dst, size_t cap)
{
	ssize_t k;

	do
		k = read(r->fd, dst, cap);
	while (k < 0 && errno == EINTR);
	if (k < 0) {
		nk_warn("%s: %s", r->name, strerror(errno));
		nk_status = NK_EXIT_DATA;
		r->err = 1;
	}
	return k;
}

/* convert staged bytes through iconv into r->buf[end..cap) */
static ssize_t
convread(nk_reader *r, size_t room)
{
	char *out = r->buf + r->end, *out0 = out;
	size_t outleft = room;

	if (!r->ibuf)
		r->ibuf = nk_emalloc(r->icap = CHUNK);
	for (;;) {
		char *in = r->ibuf + r->ibeg;
		size_t inleft = r->iend - r->ibeg;

		if (inleft == 0 && !r->ieof) {
			ssize_t k;

			r->ibeg = r->iend = 0;
			k = rawread(r, r->ibuf, r->icap);
			if (k <= 0) {
				r->ieof = 1;
				if (k < 0)
					return -1;
			}
			r->iend = (size_t)(k > 0 ? k : 0);
			continue;
		}
		if (inleft == 0)
			return out - out0;
		if (iconv((iconv_t)r->iconv, &in, &inleft, &out, &outleft) == (size_t)-1) {
			int e = errno;

			r->ibeg = (size_t)(in - r->ibuf);
			if (e == E2BIG)
				return out - out0;
			if (e == EINVAL && !r->ieof && r->ibeg > 0) {
				/* an incomplete sequence at the end: keep it, read more */
				memmove(r->ibuf, r->ibuf + r->ibeg, r->iend - r->ibeg);
				r->iend -= r->ibeg;
				r->ibeg = 0;
				{
					ssize_t k = rawread(r, r->ibuf + r->iend, r->icap - r->iend);

					if (k <= 0)
						r->ieof = 1;
					else
						r->iend += (size_t)k;
				}
				continue;
			}
			/* EILSEQ, or EINVAL at the end: one byte becomes U+FFFD */
			if (outleft < 3)
				return out - out0;
			memcpy(out, "\xEF\xBF\xBD", 3);
			out += 3;
			outleft -= 3;
			r->ibeg++;
			r->ibad++;
			continue;
		}
		r->ibeg = (size_t)(in - r->ibuf);
		if (outleft < 64)
			return out - out0;
	}
}

int
nk_reader_line(nk_reader *r, const char **line, size_t *len)
{
	char *nl;
	size_t scan = r->beg;

	for (;;) {
		nl = r->end > scan ? memchr(r->buf + scan, '\n', r->end - scan) : NULL;
		if (nl)
			break;
		scan = r->end;
		if (r->eof || r->err) {
			if (r->beg == r->end)
				return r->err ? -1 : 0;
			/* a last line with no '\n' */
			if (r->end == r->cap) {
				r->buf = nk_erealloc(r->buf, r->cap + 1);
				r->cap++;
			}
			nl = r->buf + r->end;
			r->end++;	/* count the virtual '\n' */
			break;
		}
		/* make room: move the partial line to the front, grow if full */
		if (r->beg > 0) {
			memmove(r->buf, r->buf + r->beg, r->end - r->beg);
			scan -= r->beg;
			r->end -= r->beg;
			r->beg = 0;
		}
		if (r->cap - r->end < CHUNK / 2) {
			r->cap = r->cap ? r->cap * 2 : CHUNK;
			r->buf = nk_erealloc(r->buf, r->cap);
		}
		{
			ssize_t k = r->iconv ? convread(r, r->cap - r->end - 1) :
			    rawread(r, r->buf + r->end, r->cap - r->end - 1);

			if (k < 0)
				r->err = 1;
			else if (k == 0 && (!r->iconv || r->ieof))
				r->eof = 1;
			else
				r->end += (size_t)k;
		}
	}
	*line = r->buf + r->beg;
	*len = (size_t)(nl - (r->buf + r->beg));
	if (*len > 0 && (*line)[*len - 1] == '\r')
		(*len)--;
	r->buf[r->beg + *len] = '\0';
	r->beg = (size_t)(nl - r->buf) + 1;
	r->lineno++;
	return 1;
}

void
nk_reader_close(nk_reader *r)
{
	if (r->fd > 0)
		close(r->fd);
	if (r->iconv)
		iconv_close((iconv_t)r->iconv);
	free(r->buf);
	free(r->ibuf);
	memset(r, 0, sizeof(*r));
}

/* ---- output ------------------------------------------------------------- */

static char obuf[1 << 17];
static size_t olen;
static int odiscard;

void
nk_out_discard(int on)
{
	odiscard = on;
}

void
nk_out_flush(void)
{
	size_t off = 0;

	if (odiscard) {
		olen = 0;
		return;
	}
	while (off < olen) {
		ssize_t k = write(1, obuf + off, olen - off);

		if (k < 0) {
			if (errno == EINTR)
				continue;
			olen = 0;
			nk_die(NK_EXIT_DATA, "write error: %s", strerror(errno));
		}
		off += (size_t)k;
	}
	olen = 0;
}

void
nk_out(const void *s, size_t n)
{
	if (olen + n > sizeof(obuf)) {
		nk_out_flush();
		if (n > sizeof(obuf)) {
			size_t off = 0;

			if (odiscard)
				return;
			while (off < n) {
				ssize_t k = write(1, (const char *)s + off, n - off);

				if (k < 0) {
					if (errno == EINTR)
						continue;
					nk_die(NK_EXIT_DATA, "write error: %s", strerror(errno));
				}
				off += (size_t)k;
			}
			return;
		}
	}
	memcpy(obuf + olen, s, n);
	olen += n;
}

void
nk_reader_mem(nk_reader *r, const char *name, const char *data, size_t n)
{
	memset(r, 0, sizeof(*r));
	r->name = name;
	r->fd = -1;
	r->buf = nk_emalloc(n + 1);
	memcpy(r->buf, data, n);
	r->cap = n + 1;
	r->end = n;
	r->eof = 1;
}
