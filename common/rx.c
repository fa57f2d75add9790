/* rx.c - PCRE2 patterns for -e: UTF mode, JIT when available. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>

#include "nkit.h"

struct nk_rx {
	pcre2_code *code;
	pcre2_match_data *md;
};

nk_rx *
nk_rx_compile(const char *pattern, char **err)
{
	int ec;
	PCRE2_SIZE eo;
	pcre2_code *code;
	nk_rx *rx;

	/* the text is valid UTF-8 by construction: no need to re-check it */
	code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &ec, &eo, NULL);
	if (!code) {
		PCRE2_UCHAR msg[256];
		nk_buf b = {0};

		pcre2_get_error_message(ec, msg, sizeof(msg));
		nk_buf_printf(&b, "bad pattern '%s' at offset %zu: %s", pattern, (size_t)eo, (char *)msg);
		*err = b.p;
		return NULL;
	}
	(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);	/* falls back to the interpreter */
	rx = nk_emalloc(sizeof(*rx));
	rx->code = code;
	rx->md = pcre2_match_data_create_from_pattern(code, NULL);
	if (!rx->md)
		nk_die(NK_EXIT_DATA, "out of memory");
	return rx;
}

int
nk_rx_match(nk_rx *rx, const char *s, size_t n)
{
	return pcre2_match(rx->code, (PCRE2_SPTR)s, n, 0, 0, rx->md, NULL) >= 0;
}

void
nk_rx_free(nk_rx *rx)
{
	if (!rx)
		return;
	pcre2_match_data_free(rx->md);
	pcre2_code_free(rx->code);
	free(rx);
}
