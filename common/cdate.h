/*
 * cdate.h - Chinese date and time expressions: recognition, resolution
 * against a reference date, and the calendar arithmetic behind them
 * (libnkit; used by ndate, and by nnum to keep dates out of quantities).
 *
 * Pure functions over a byte string: no locale, no I/O, no read past
 * s + n. Input should be UTF-8; invalid bytes are skipped, never fatal.
 * Word lists that are data rather than grammar (holidays, vague
 * references such as 目前 or 未来) are registered at run time with
 * nk_cdate_word(); ndate loads them from its lexicon.
 */
#ifndef NK_CDATE_H
#define NK_CDATE_H

#include <stddef.h>

/* kind of an expression (ndate's kind column) */
enum nk_cdate_kind {
	NK_CD_DATE, NK_CD_TIME, NK_CD_DURATION, NK_CD_SET, NK_CD_RANGE
};

/* a span of s: bytes [beg, end) */
typedef struct nk_cdate_span {
	size_t beg, end;
	int kind;		/* enum nk_cdate_kind */
} nk_cdate_span;

/*
 * Find the date and time expressions of s[0..n) (left to right, longest
 * match, not overlapping) and store up to max of them in out. Returns
 * how many there are (which may exceed max: then only max are stored).
 * This is the cheap entry point for tools that only need to know where
 * dates are (nnum): it does no resolution.
 */
size_t nk_cdate_spans(const char *s, size_t n, nk_cdate_span *out, size_t max);

/*
 * The reference date against which 去年, 昨天, 11月5日 ... resolve. A zero
 * field is unknown: {2024,0,0} knows only the year; all zero knows
 * nothing (values then carry X). hour < 0 means no time of day.
 */
typedef struct nk_cdate_ref {
	int y, m, d;
	int hh, mi, ss;		/* -1 when no time is known */
	/* 1: a date or time that leaves its year, month, week or day open
	 * (3月8号, 8号, 周一, 妇女节, 下午三点) is the next one at or after
	 * the reference, not the one of the reference's year, month, week
	 * or day (schedules, announcements); needs a reference day */
	int future;
} nk_cdate_ref;

/*
 * Parse a reference: YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by
 * T or a space and HH[:MM[:SS]] (trailing zone or fraction ignored; a
 * reference told to the hour has mi and ss -1).
 * Returns 0, or -1 if s is not such a date.
 */
int nk_cdate_parse_ref(const char *s, nk_cdate_ref *ref);

#define NK_CDATE_VMAX 64

/* One resolved expression. */
typedef struct nk_cdate {
	size_t beg, end;	/* bytes of s */
	int kind;		/* enum nk_cdate_kind */
	char value[NK_CDATE_VMAX];	/* TIMEX3-style: 2024-11-05, 2024-Q3, P2Y, XXXX-09-07 ... */
	char mod[16];		/* "", START, MID, END, APPROX, BEFORE, AFTER */
} nk_cdate;

/*
 * As nk_cdate_spans, and resolve each expression against ref (NULL: all
 * unknown). Returns the number found; stores up to max.
 */
size_t nk_cdate_find(const char *s, size_t n, const nk_cdate_ref *ref,
    nk_cdate *out, size_t max);

/*
 * Where a text's results depend on the reference year: for a ref that
 * knows no month (NULL, all unknown, or a year only), the results before
 * the mark, and (stop) those from the stop on, are the same in every
 * year; only those between must be found again once the year is known
 * (ndate resolves a text before its document's year is known).
 */
typedef struct nk_cdate_mark {
	int dep;		/* 0: no result depends on the year */
	size_t cnt;		/* results before the mark */
	size_t i, pend;		/* the scanner there (code points) */
	int py, pm;
	int stop;		/* 1: the scanner's state after the last */
	size_t scnt;		/* expression that asked for the year: */
	size_t si, spend;	/* results before it, and the state */
	int spy, spm;		/* (0 when no list goes on there) */
	int ay, am, ad;		/* the last date told, at the mark and */
	int say, sam, sad;	/* at the stop (当天 次日 refer to it) */
} nk_cdate_mark;

/* As nk_cdate_find, and set *mk (dep is 1, with no stop, for a ref that
 * knows more than a year). */
size_t nk_cdate_find_dep(const char *s, size_t n, const nk_cdate_ref *ref,
    nk_cdate *out, size_t max, nk_cdate_mark *mk);
/*
 * The results of s from mk on, against ref (a year, now known): stores
 * them in out[0..max) and returns their number. If the scan gets back in
 * step with the one that made mk (at its stop), it ends there and sets
 * *stopped: the results from mk->scnt on of that scan follow. So the
 * mk->cnt results before the mark, these, and (if *stopped) those from
 * mk->scnt on are nk_cdate_find's against ref. With mk->dep 0 it starts
 * at the start: it is nk_cdate_find.
 */
size_t nk_cdate_find_from(const char *s, size_t n, const nk_cdate_ref *ref,
    nk_cdate *out, size_t max, const nk_cdate_mark *mk, int *stopped);

/*
 * Register a word (a holiday or a vague reference). spec is one of
 *   "MM-DD"          fixed Gregorian date           元旦 01-01, 国庆节 10-01
 *   "lunar MM-DD"    Chinese calendar date          春节 lunar 01-01
 *   "lunar eve"      the last day of the lunar year 除夕
 *   "term DEG"       the day the sun reaches DEG°   清明 term 15
 *   "nth MM N WD"    N-th weekday WD (1 Mon..7 Sun) of month MM, N = -1 last
 *   "PAST_REF" | "PRESENT_REF" | "FUTURE_REF"
 * A later registration of the same word replaces the earlier one.
 * Returns 0, or -1 for a malformed spec. Not thread-safe (call at start).
 */
int nk_cdate_word(const char *word, const char *spec);

/* ---- calendar arithmetic (proleptic Gregorian) ------------------------ */

long nk_cal_days(int y, int m, int d);	/* days since 1970-01-01 */
void nk_cal_civil(long days, int *y, int *m, int *d);
int nk_cal_mdays(int y, int m);		/* days in month */
int nk_cal_wday(int y, int m, int d);	/* ISO weekday 1 Mon .. 7 Sun */
/* ISO 8601 week: returns the week number 1..53, *wy the week-year. */
int nk_cal_isoweek(int y, int m, int d, int *wy);
/* Chinese calendar (China time, UTC+8), computed from astronomy. */
/* Gregorian date of lunar month lm (1..12), day ld of the Chinese year
 * that starts in Gregorian year y. Returns 0, or -1 if out of range. */
int nk_cal_lunar(int y, int lm, int ld, int *gm, int *gd);
/* The same as a day number (days since 1970-01-01): months 11 and 12
 * usually fall in January or February of y + 1. NK_CAL_NODAY if none. */
#define NK_CAL_NODAY (-2147483647L - 1)
long nk_cal_lunar_day(int y, int lm, int ld);
/* Gregorian date (in year y) when the sun's apparent longitude reaches deg. */
int nk_cal_term(int y, int deg, int *gm, int *gd);

#endif
