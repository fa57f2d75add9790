/* nnorm.h - the normalisation pipeline of nnorm (nnorm.c). */
#ifndef NNORM_H
#define NNORM_H
#include "nkit.h"

struct nn_opts {
	int unicode, markup, repair, punct, script, space;	/* steps, 1 = on */
	int text_only;						/* --text */
};
extern struct nn_opts nn_opts;
extern struct nk_tool nnorm_tool;

/* Normalise one line s[0..n) (valid UTF-8) into dst (reset first). */
void nn_normalize(nk_buf *dst, const char *s, size_t n);

#endif
