/* nnum.h - what nnum's files share. */
#ifndef NNUM_H
#define NNUM_H
#include <stddef.h>
#include "nkit.h"

extern struct nk_tool nnum_tool;
extern const char nnum_trigger_chars[];	/* what nnum_is_trigger() accepts above U+007F */
int nnum_is_trigger(int32_t cp);		/* can cp start a number? */
extern int nnum_all;		/* --all: dates, versions and IDs too */

/* dates.c: byte spans of dates, times and durations in s[0..n) (cdate) */
typedef struct nn_span {
	size_t beg, end;
} nn_span;
/* Fills v (growing it) and returns the count. */
size_t nn_dates(const char *s, size_t n, nn_span **v, size_t *cap);
#endif
