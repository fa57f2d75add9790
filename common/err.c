/*
 * err.c - messages, exit status, die-on-failure allocation, and the
 * checked close of stdout that turns a failed write into a message and a
 * non-zero status (GNU close_stdout, sbase fshut).
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nkit.h"

const char *nk_progname = "nkit";
int nk_status = NK_EXIT_OK;
int nk_quiet;

static void
close_stdout(void)
{
	nk_out_flush();
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		if (errno == EPIPE)
			_exit(NK_EXIT_DATA);
		fprintf(stderr, "%s: write error: %s\n", nk_progname, strerror(errno));
		_exit(NK_EXIT_DATA);
	}
	if (fclose(stderr) != 0)
		_exit(NK_EXIT_DATA);
}

void
nk_init(const char *progname)
{
	nk_progname = progname;
	/* a closed pipe ends us quietly, even if a parent ignored SIGPIPE */
	signal(SIGPIPE, SIG_DFL);
	atexit(close_stdout);
}

static void vwarn(const char *file, long line, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

static void
vwarn(const char *file, long line, const char *fmt, va_list ap)
{
	nk_out_flush();		/* keep stdout and stderr in order on a terminal */
	fprintf(stderr, "%s: ", nk_progname);
	if (file) {
		if (line > 0)
			fprintf(stderr, "%s:%ld: ", file, line);
		else
			fprintf(stderr, "%s: ", file);
	}
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
nk_warn(const char *fmt, ...)
{
	va_list ap;

	if (nk_quiet)
		return;
	va_start(ap, fmt);
	vwarn(NULL, 0, fmt, ap);
	va_end(ap);
}

void
nk_warn_at(const char *file, long line, const char *fmt, ...)
{
	va_list ap;

	if (nk_quiet)
		return;
	va_start(ap, fmt);
	vwarn(file, line, fmt, ap);
	va_end(ap);
}

void
nk_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(NULL, 0, fmt, ap);
	va_end(ap);
	exit(status);
}

void *
nk_emalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		nk_die(NK_EXIT_DATA, "out of memory (%zu bytes)", n);
	return p;
}

void *
nk_ecalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz ? sz : 1);

	if (!p)
		nk_die(NK_EXIT_DATA, "out of memory");
	return p;
}

void *
nk_erealloc(void *p, size_t n)
{
	if (!(p = realloc(p, n ? n : 1)))
		nk_die(NK_EXIT_DATA, "out of memory (%zu bytes)", n);
	return p;
}

char *
nk_estrndup(const char *s, size_t n)
{
	char *p = nk_emalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
nk_estrdup(const char *s)
{
	return nk_estrndup(s, strlen(s));
}
