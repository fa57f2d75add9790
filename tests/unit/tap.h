/* tap.h - minimal TAP output for nkit's C unit tests (counted by tests/run.sh). */
#ifndef NK_TAP_H
#define NK_TAP_H
#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#define ok(cond, ...) do { \
	int ok_ = !!(cond); \
	printf("%sok %d - ", ok_ ? "" : "not ", ++tap_n); \
	printf(__VA_ARGS__); \
	printf("\n"); \
	if (!ok_) { tap_failed++; printf("#   at %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

/* string equality with a diagnostic */
#define is(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	int ok_ = (g_ && w_ && strcmp(g_, w_) == 0) || (!g_ && !w_); \
	printf("%sok %d - ", ok_ ? "" : "not ", ++tap_n); \
	printf(__VA_ARGS__); \
	printf("\n"); \
	if (!ok_) { tap_failed++; printf("#   at %s:%d\n#   got:  '%s'\n#   want: '%s'\n", \
		__FILE__, __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
} while (0)

#define done_testing() (printf("1..%d\n", tap_n), tap_failed ? 1 : 0)
#endif
