/*
 * sent.c - sentence boundaries. A sentence ends after 。！？；… ! ? (a run
 * of them) and the closing quotes and brackets that follow. No boundary:
 * inside 《书名》 and (brackets), inside a URL, before a comma or colon
 * (掉队?,欢迎), after an ellipsis that runs on into the same sentence
 * (第一部分……再看), after ASCII ! ? glued to Latin text, and after a
 * quotation followed by its short attribution (「……。」他说。). Numbers,
 * versions and abbreviations need no rule: the ASCII full stop is never a
 * boundary here.
 */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nseg.h"

#define BRACKET_MAX 200	/* a bracket closed this far on is one piece */
#define ATTRIB_MAX 12	/* longest attribution clause, code points */

struct verb {
	int32_t w[6];
	size_t n;
};
static struct verb *verbs;
static size_t nverbs;

void
nseg_sent_verb(const int32_t *w, size_t n)
{
	if (n == 0 || n > 6)
		return;
	verbs = nk_erealloc(verbs, (nverbs + 1) * sizeof(*verbs));
	memcpy(verbs[nverbs].w, w, n * sizeof(*w));
	verbs[nverbs].n = n;
	nverbs++;
}

static int
is_term(int32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||	/* 。！？； */
	    c == '!' || c == '?' || c == 0x2026 || c == 0x22EF ||	/* … ⋯ */
	    c == 0xFF61 || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

static int
is_closer(int32_t c)
{
	switch (c) {
	case 0x201D: case 0x2019: case 0x300D: case 0x300F:	/* ” ’ 」 』 */
	case 0xFF09: case ')': case 0x3011: case 0x300B:	/* ） ) 】 》 */
	case 0x3009: case 0xFE42: case 0xFE44: case ']':	/* 〉 ﹂ ﹄ ] */
	case '"': case '\'': case 0x00BB:
	case '*':	/* Markdown emphasis closing after the full stop: 。** */
		return 1;
	}
	return 0;
}

static int
is_quote_closer(int32_t c)
{
	return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
	    c == '"' || c == '\'' || c == 0xFE42 || c == 0xFE44 || c == 0x00BB;
}

/* the closing bracket for an opening one, 0 if c opens none */
static int32_t
closer_of(int32_t c)
{
	switch (c) {
	case 0x300A: return 0x300B;	/* 《》 */
	case 0x3008: return 0x3009;	/* 〈〉 */
	case 0xFF08: return 0xFF09;	/* （） */
	case '(': return ')';
	case 0x3010: return 0x3011;	/* 【】 */
	case '[': return ']';
	}
	return 0;
}

static int
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r' ||
	    (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

static int
is_ascii_alnum(int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_comma(int32_t c)
{
	return c == 0xFF0C || c == ',' || c == 0x3001 || c == 0xFF1A || c == ':';	/* ， , 、 ： : */
}

/* a URL starting at s[i]: its end, or i */
static size_t
url_end(const int32_t *s, size_t n, size_t i)
{
	static const char *pre[] = { "http://", "https://", "ftp://", "www." };
	size_t k, j;

	if (i > 0 && is_ascii_alnum(s[i - 1]))
		return i;
	for (k = 0; k < 4; k++) {
		for (j = 0; pre[k][j] && i + j < n && (s[i + j] | 0x20) == (pre[k][j] | 0x20); j++)
			;
		if (pre[k][j] == '\0')
			break;
	}
	if (k == 4)
		return i;
	for (j = i; j < n && s[j] > 0x20 && s[j] < 0x7F && s[j] != '"' && s[j] != '<' && s[j] != '>'; j++)
		;
	return j;
}

/* the matching closer of the bracket at s[i] within BRACKET_MAX, or i */
static size_t
bracket_end(const int32_t *s, size_t n, size_t i)
{
	int32_t open = s[i], close = closer_of(open);
	size_t j, depth = 0;

	for (j = i; j < n && j < i + BRACKET_MAX; j++) {
		if (s[j] == open)
			depth++;
		else if (s[j] == close && --depth == 0)
			return j;
		else if (s[j] == '\n')
			break;
	}
	return i;
}

/* s[b..e) is a short attribution ending in a speech verb: 他说 她回答 */
static int
attribution(const int32_t *s, size_t b, size_t e)
{
	size_t k, j;

	if (e <= b || e - b > ATTRIB_MAX)
		return 0;
	for (j = b; j < e; j++)
		if (is_comma(s[j]) || is_closer(s[j]) || closer_of(s[j]) || s[j] == 0x201C || s[j] == 0x300C)
			return 0;
	for (k = 0; k < nverbs; k++)
		if (verbs[k].n < e - b &&
		    memcmp(s + e - verbs[k].n, verbs[k].w, verbs[k].n * sizeof(*s)) == 0)
			return 1;
	return 0;
}

static size_t
add(struct nseg_span **out, size_t *cap, size_t cnt, const int32_t *s, size_t b, size_t e)
{
	while (b < e && is_space(s[b]))
		b++;
	while (e > b && is_space(s[e - 1]))
		e--;
	if (b == e)
		return cnt;
	if (cnt == *cap) {
		*cap = *cap ? 2 * *cap : 32;
		*out = nk_erealloc(*out, *cap * sizeof(**out));
	}
	(*out)[cnt].beg = (uint32_t)b;
	(*out)[cnt].end = (uint32_t)e;
	return cnt + 1;
}

size_t
nseg_sentences(const int32_t *s, size_t n, struct nseg_span **out, size_t *cap)
{
	size_t cnt = 0, start = 0, i = 0, j, k, t;
	int weak, quoted, dq = 0;

	while (i < n) {
		int32_t c = s[i];

		if (c == '\n') {
			cnt = add(out, cap, cnt, s, start, i);
			start = ++i;
			dq = 0;
			continue;
		}
		if (c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W') {
			if ((j = url_end(s, n, i)) > i) {
				i = j;
				continue;
			}
		}
		if (closer_of(c)) {
			if ((j = bracket_end(s, n, i)) > i) {
				i = j + 1;
				continue;
			}
		}
		if (c == '"')
			dq ^= 1;
		if (!is_term(c)) {
			i++;
			continue;
		}
		/* ASCII ! ? glued to what follows: ![image](url) ?ldquo; Yahoo!Japan */
		if ((c == '!' || c == '?') && i + 1 < n && s[i + 1] > ' ' && s[i + 1] < 0x7F &&
		    !is_term(s[i + 1]) && !is_closer(s[i + 1])) {
			i++;
			continue;
		}
		weak = 1;
		for (j = i; j < n && (is_term(s[j]) || s[j] == '.'); j++)
			if (s[j] != 0x2026 && s[j] != 0x22EF && s[j] != '.')
				weak = 0;
		quoted = 0;
		for (; j < n && is_closer(s[j]); j++) {
			if (s[j] == '"') {
				if (!dq)
					break;
				dq = 0;
			}
			if (is_quote_closer(s[j]))
				quoted = 1;
		}
		for (k = j; k < n && is_space(s[k]); k++)
			;
		if (k < n && is_comma(s[k])) {
			i = k + 1;
			continue;
		}
		if (weak && !quoted && k < n) {
			i = j;
			continue;
		}
		if (quoted && k < n) {
			/* 「……。」他说。 : the attribution belongs to the quotation */
			for (t = k; t < n && t < k + ATTRIB_MAX + 1 && !is_term(s[t]); t++)
				;
			if (t < n && is_term(s[t]) && attribution(s, k, t)) {
				i = t;
				continue;
			}
		}
		cnt = add(out, cap, cnt, s, start, j);
		start = i = j;
		dq = 0;
	}
	return add(out, cap, cnt, s, start, n);
}
