/* nkit_int.h - what the files of libnkit share among themselves only. */
#ifndef NKIT_INT_H
#define NKIT_INT_H
#include "nkit.h"

extern nk_rx **nk_filters;	/* -e patterns */
extern size_t nk_nfilters;

/* err.c: while set, nk_warn and nk_warn_at say nothing (a tool's prescan
 * reads an input whose warnings the real reading gives) */
extern int nk_quiet;



/* io.c: a reader over bytes in memory (nk_run_mem) */
void nk_reader_mem(nk_reader *r, const char *name, const char *data, size_t n);

/* rec.c: a publication date at the start of s ("2023年09月14日 15:43:20",
 * "2024-07-04", "2024/7/4 10:00"), as ISO 8601 in out; 1 if found. */
int nk_dateline(const char *s, size_t n, nk_buf *out);
#endif
