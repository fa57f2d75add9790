/*
 * dates.c - where the dates, clock times and durations are (ndate's
 * expressions), so that their numbers are not taken for quantities. The
 * recogniser is the one ndate uses (common/cdate.c), so the two tools
 * agree on what is a date.
 */
#include "nkit.h"
#include "cdate.h"
#include "nnum.h"

size_t
nn_dates(const char *s, size_t n, nn_span **v, size_t *cap)
{
	static nk_cdate_span *sp;
	static size_t spcap;
	size_t m, i;

	if (!spcap) {
		spcap = 64;
		sp = nk_emalloc(spcap * sizeof(*sp));
	}
	while ((m = nk_cdate_spans(s, n, sp, spcap)) > spcap) {
		spcap = m;
		sp = nk_erealloc(sp, spcap * sizeof(*sp));
	}
	if (m > *cap) {
		*cap = m;
		*v = nk_erealloc(*v, *cap * sizeof(**v));
	}
	for (i = 0; i < m; i++) {
		(*v)[i].beg = sp[i].beg;
		(*v)[i].end = sp[i].end;
	}
	return m;
}
