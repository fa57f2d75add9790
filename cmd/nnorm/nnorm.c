/*
 * nnorm.c - the normalisation pipeline: one pure function of a line.
 *
 *   decode (the record stream: UTF-8, U+FFFD, BOM, CRLF; -E through iconv)
 *   -> Unicode   NFC, full-width ASCII letters/digits, spaces, controls
 *   -> repairs   pinyin annotations, HTML entities, debris (repair.c)
 *   -> markup    Markdown and HTML markers
 *   -> punct     half-width punctuation touching Han, ellipses
 *   -> script    Traditional -> Simplified, OpenCC t2s exactly (t2s.c)
 *   -> space     runs, trimming, Han-digit spaces
 *
 * Each step first asks whether it has anything to do on this line; the
 * common case (clean simplified text) costs a few scans and no copies.
 * Entities are decoded before markup is removed, so that an encoded tag
 * ("&lt;p&gt;") goes too: otherwise a second nnorm would remove it and
 * nnorm | nnorm would not be the identity.
 */
#include <string.h>
#include <utf8proc.h>

#include "nkit.h"
#include "nnorm.h"
#include "repair.h"
#include "t2s.h"

struct nn_opts nn_opts = { .unicode = 1, .markup = 1, .repair = 1, .punct = 1, .script = 1, .space = 1 };

static void on_record(const nk_rec *r, void *ctx);

struct nk_tool nnorm_tool = {
	.name = "nnorm",
	.cols = "text",
	.on_record = on_record,
};

/* ---- Unicode ------------------------------------------------------------------ */

static int
drop_cp(int32_t c)
{
	/* zero-width characters, controls (TAB becomes a space elsewhere) */
	return (c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0) ||
	    c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
	    (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || (c >= 0x2066 && c <= 0x206F);
}

/*
 * Vertical and small presentation forms of punctuation (U+FE10-FE19,
 * U+FE30-FE6B), which Big5-era Hong Kong and Taiwan text is full of:
 * 他答道﹕「…」, 0﹒5. They become what NFKC makes of them (utf8proc), so
 * that the punctuation step treats them like any other mark: ﹕ -> : ->
 * ： next to Han, ﹒ -> . in a number, ﹁ -> 「. One exception: NFKC
 * makes ︰ (U+FE30) a two-dot leader, but that text uses it as a colon
 * (說︰「…」), so it becomes ：.
 */
static int
small_form(int32_t c)
{
	return (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6B);
}

static void
put_small_form(nk_buf *out, int32_t c, const char *s, size_t k)
{
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t len;

	if (c == 0xFE30) {
		nk_buf_puts(out, "：");
		return;
	}
	len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)k, &m,
	    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
	if (len > 0)
		nk_buf_put(out, (const char *)m, (size_t)len);
	else
		nk_buf_put(out, s, k);
	free(m);
}

/* what a line needs, from one scan of it (scan()) */
enum {
	F_NFC = 1,	/* a character NFC might change */
	F_MAP = 2,	/* full-width letters/digits, odd spaces, controls */
	F_MARKUP = 4, F_PUNCT = 8, F_SPACE = 16
};

/*
 * Is c left alone by NFC, whatever surrounds it? True when it has no
 * canonical decomposition, is a starter (combining class 0) and cannot be
 * the second half of a composition (those are combining marks, spacing
 * vowel signs (Mc) or Hangul jamo). Computed once per code point through
 * utf8proc and remembered in two bitmaps.
 */
static int
nfc_inert(int32_t c)
{
	static uint32_t known[0x30000 / 32], inert[0x30000 / 32];
	const utf8proc_property_t *p;
	utf8proc_uint8_t *m = NULL;
	char u[4];
	size_t k;
	int ok;

	if (c >= 0x30000)
		return 0;
	if (known[c >> 5] >> (c & 31) & 1)
		return inert[c >> 5] >> (c & 31) & 1;
	p = utf8proc_get_property(c);
	k = nk_u8_enc(c, u);
	ok = p->combining_class == 0 && p->category != UTF8PROC_CATEGORY_MC &&
	    p->category != UTF8PROC_CATEGORY_MN && !(c >= 0x1100 && c <= 0x11FF) &&
	    !(c >= 0xAC00 && c <= 0xD7A3) &&
	    utf8proc_map((const utf8proc_uint8_t *)u, (utf8proc_ssize_t)k, &m,
		UTF8PROC_STABLE | UTF8PROC_COMPOSE) == (utf8proc_ssize_t)k && memcmp(m, u, k) == 0;
	free(m);
	known[c >> 5] |= 1u << (c & 31);
	if (ok)
		inert[c >> 5] |= 1u << (c & 31);
	return ok;
}


/*
 * One pass over a line: which steps have work to do. The common case, a
 * line of Han characters and full-width punctuation, costs a table look-up
 * per ASCII byte and a few compares per Han character.
 */
static unsigned
scan(const char *s, size_t n)
{
	static unsigned char cls[128];
	static int init;
	const unsigned char *u = (const unsigned char *)s;
	unsigned f = 0;
	size_t i = 0;
	int32_t c;

	if (!init) {
		const char *q;

		for (c = 0; c < 0x20; c++)
			cls[c] = F_MAP;
		cls[0x7F] = F_MAP;
		cls['\t'] = F_MAP | F_SPACE;
		cls[' '] = F_SPACE;
		for (q = ",:;!?()\""; *q; q++)
			cls[(unsigned char)*q] = F_PUNCT;
		for (q = "<[*`"; *q; q++)
			cls[(unsigned char)*q] = F_MARKUP;
		init = 1;
	}
	/* line markers: headings, quotes, bullets */
	while (i < n && u[i] == ' ')
		i++;
	if (i < n && strchr("#>-+", u[i]))
		f |= F_MARKUP;
	if (n - i >= 3 && (memcmp(s + i, "•", 3) == 0 || memcmp(s + i, "●", 3) == 0 ||
	    memcmp(s + i, "▪", 3) == 0))
		f |= F_MARKUP;
	for (i = 0; i < n; ) {
		if (u[i] < 0x80) {
			f |= cls[u[i]];
			if (u[i] == '.' && i + 2 < n && u[i + 1] == '.' && u[i + 2] == '.')
				f |= F_PUNCT;
			i++;
			continue;
		}
		/* valid UTF-8 by construction (the record stream) */
		if (u[i] < 0xE0) {
			c = (u[i] & 0x1F) << 6 | (u[i + 1] & 0x3F);
			i += 2;
		} else if (u[i] < 0xF0) {
			c = (u[i] & 0x0F) << 12 | (u[i + 1] & 0x3F) << 6 | (u[i + 2] & 0x3F);
			i += 3;
		} else {
			c = (u[i] & 0x07) << 18 | (u[i + 1] & 0x3F) << 12 | (u[i + 2] & 0x3F) << 6 | (u[i + 3] & 0x3F);
			i += 4;
		}
		if (c >= 0x4E00 && c <= 0x9FFF)
			continue;	/* URO Han: nothing to do */
		if (c == 0x3002) {	/* 。。。 */
			if (i + 6 <= n && memcmp(s + i, "。。", 6) == 0)
				f |= F_PUNCT;
			continue;
		}
		if (c >= 0x3001 && c <= 0x303F)
			continue;	/* CJK punctuation */
		if (c >= 0xFF01 && c <= 0xFF65) {	/* full-width forms */
			if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
			    (c >= 0xFF41 && c <= 0xFF5A))
				f |= F_MAP;
			continue;
		}
		if (drop_cp(c) || nk_is_space(c) || small_form(c))
			f |= F_MAP;
		else if (!nfc_inert(c))
			f |= F_NFC;
	}
	return f;
}

static int unicode_nfc;	/* set by nn_normalize: this line needs NFC */

static void
unicode(nk_buf *out, const char *s, size_t n)
{
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t len = -1;
	size_t i = 0;
	int32_t c;

	/* NFC through utf8proc (STABLE: no unassigned code points changed) */
	if (unicode_nfc)
		len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &nfc,
		    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (len >= 0) {
		s = (const char *)nfc;
		n = (size_t)len;
	}
	while (i < n) {
		size_t k = nk_u8_dec(s + i, n - i, &c);

		if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
		    (c >= 0xFF41 && c <= 0xFF5A))
			nk_buf_putc(out, (char)(c - 0xFEE0));	/* ＡＩ２０２４ -> AI2024 */
		else if (c != '\n' && nk_is_space(c))
			nk_buf_putc(out, ' ');
		else if (small_form(c))
			put_small_form(out, c, s + i, k);
		else if (!drop_cp(c))
			nk_buf_put(out, s + i, k);
		i += k;
	}
	free(nfc);
}

/* ---- markup ------------------------------------------------------------------- */

static int
is_tagname_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* length of an HTML tag or comment at s (which starts with '<'), or 0 */
static size_t
html_tag(const char *s, size_t n)
{
	size_t i = 1;

	if (n >= 4 && memcmp(s, "<!--", 4) == 0) {
		const char *e = memmem(s + 4, n - 4, "-->", 3);

		return e ? (size_t)(e - s) + 3 : 0;
	}
	if (i < n && (s[i] == '/' || s[i] == '!'))
		i++;
	if (i >= n || !is_tagname_start((unsigned char)s[i]))
		return 0;
	while (i < n && (is_tagname_start((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
		i++;
	/* attributes: anything but '<' up to '>', quoted values skipped */
	while (i < n && s[i] != '>' && s[i] != '<') {
		if (s[i] == '"' || s[i] == '\'') {
			const char *e = memchr(s + i + 1, s[i], n - i - 1);

			if (!e)
				return 0;
			i = (size_t)(e - s);
		}
		i++;
	}
	return i < n && s[i] == '>' ? i + 1 : 0;
}

static int32_t cp_before(const char *s, size_t i);
static int32_t cp_at(const char *s, size_t n, size_t i);

/* "](" at s[i] closes "[text"? then the url's end (index of ')') or 0 */
static size_t
link_end(const char *s, size_t n, size_t i)
{
	size_t depth = 0, j;

	if (i + 1 >= n || s[i] != ']' || s[i + 1] != '(')
		return 0;
	for (j = i + 2; j < n; j++) {
		if (s[j] == ' ' && depth == 0 && j + 1 < n && s[j + 1] != '"') {
			/* A URL has no spaces (a title may follow), but a space
			 * the space step may remove (next to full-width
			 * punctuation, between Han and a digit) is taken as gone
			 * already, so that a second nnorm decides the same way. */
			int32_t p = cp_before(s, j), q;
			size_t k = j;

			while (k < n && s[k] == ' ')
				k++;
			q = cp_at(s, n, k);
			if (!(nk_is_cjk_punct(p) || nk_is_cjk_punct(q) ||
			    (nk_is_han(p) && q >= '0' && q <= '9') || (p >= '0' && p <= '9' && nk_is_han(q))))
				return 0;
		}
		if (s[j] == '(')
			depth++;
		else if (s[j] == ')') {
			if (depth == 0)
				return j;
			depth--;
		}
	}
	return 0;
}

static int32_t cp_before(const char *s, size_t i);
static int32_t cp_at(const char *s, size_t n, size_t i);

/* a run of '*' of even length in s[from..n) after some text: one that
 * can close a bold marker */
static int
bold_closes(const char *s, size_t from, size_t n)
{
	size_t k = from + 1, run;

	while (k < n) {
		if (s[k] != '*') {
			k++;
			continue;
		}
		for (run = 0; k + run < n && s[k + run] == '*'; run++)
			;
		if (run % 2 == 0 && s[k - 1] != ' ')
			return 1;
		k += run;
	}
	return 0;
}

/* ASCII or CJK punctuation at s[i] (code point c) */
static int
punct_cp(int32_t c)
{
	return (c < 0x80 && c > ' ' && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9')) ||
	    nk_is_cjk_punct(c);
}

static void
markup(nk_buf *out, const char *s, size_t n)
{
	size_t i = 0, j;
	int bold = 0;

	/* line markers: headings, quotes, bullets, rules */
	while (i < n && s[i] == ' ')
		i++;
	for (;;) {
		if (i < n && s[i] == '#') {
			j = i;
			while (j < n && s[j] == '#')
				j++;
			if (j - i <= 6 && (j == n || s[j] == ' ')) {
				i = j;
				while (i < n && s[i] == ' ')
					i++;
				continue;
			}
		}
		if (i < n && s[i] == '>' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '>')) {
			i++;
			while (i < n && s[i] == ' ')
				i++;
			continue;
		}
		if (i + 1 < n && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ') {
			/* a rule "- - -" / "* * *" is no bullet: handled below */
			i += 2;
			while (i < n && s[i] == ' ')
				i++;
			continue;
		}
		if (n - i >= 3 && (memcmp(s + i, "•", 3) == 0 || memcmp(s + i, "●", 3) == 0 ||
		    memcmp(s + i, "▪", 3) == 0)) {
			i += 3;
			while (i < n && s[i] == ' ')
				i++;
			continue;
		}
		break;
	}
	/* a thematic break: only -, *, _ (three or more) and spaces */
	{
		size_t k, marks = 0;
		char m = 0;

		for (k = i; k < n; k++) {
			if (s[k] == ' ')
				continue;
			if ((s[k] == '-' || s[k] == '*' || s[k] == '_') && (!m || s[k] == m)) {
				m = s[k];
				marks++;
			} else
				break;
		}
		if (k == n && marks >= 3)
			return;
	}
	while (i < n) {
		char c = s[i];

		/* ordinary bytes are copied in runs */
		if (c != '<' && c != '!' && c != '[' && c != '*' && c != '`') {
			j = i + 1;
			while (j < n && s[j] != '<' && s[j] != '!' && s[j] != '[' && s[j] != '*' && s[j] != '`')
				j++;
			nk_buf_put(out, s + i, j - i);
			i = j;
			continue;
		}
		if (c == '<' && (j = html_tag(s + i, n - i)) > 0) {
			i += j;
			continue;
		}
		if (c == '!' && i + 1 < n && s[i + 1] == '[') {
			/* an image: dropped whole */
			const char *e = memchr(s + i + 2, ']', n - i - 2);

			if (e && (j = link_end(s, n, (size_t)(e - s))) > 0) {
				i = j + 1;
				continue;
			}
		}
		if (c == '[') {
			/* a link: its text stays (nested brackets not supported) */
			size_t k;

			for (k = i + 1; k < n && s[k] != ']' && s[k] != '['; k++)
				;
			if (k < n && s[k] == ']' && (j = link_end(s, n, k)) > 0) {
				markup(out, s + i + 1, k - i - 1);
				i = j + 1;
				continue;
			}
		}
		if (c == '*' && i + 1 < n && s[i + 1] == '*') {
			/*
			 * Bold markers go in pairs. Two opening or closing
			 * next to one another (****, ******) are markup; two
			 * alone open only if some later run closes them and,
			 * as CommonMark has it, not before a space or before
			 * punctuation that follows text. Anything else (王**
			 * or 一次**屏, a mask; ***, a rating) is text.
			 */
			size_t run = 2;
			int32_t after, before;

			while (i + run < n && s[i + run] == '*')
				run++;
			if (run % 2 == 0 && run >= 4) {
				if (run / 2 % 2)
					bold = !bold;
				i += run;
				continue;
			}
			if (run == 2) {
				after = i + 2 < n ? cp_at(s, n, i + 2) : ' ';
				before = i > 0 ? cp_before(s, i) : ' ';
				if (bold || (after != ' ' && (!punct_cp(after) || before == ' ' || punct_cp(before)) &&
				    bold_closes(s, i + 2, n))) {
					bold = !bold;
					i += 2;
					continue;
				}
			}
			nk_buf_put(out, s + i, run);
			i += run;
			continue;
		}
		if (c == '`') {
			i++;
			continue;
		}
		nk_buf_putc(out, c);
		i++;
	}
}

/* ---- punctuation ------------------------------------------------------------ */

/* the code point before s[i] (i > 0) and the one at s[i] */
static int32_t
cp_before(const char *s, size_t i)
{
	size_t k = i;
	int32_t c;

	if (i == 0)
		return -1;
	do
		k--;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80);
	nk_u8_dec(s + k, i - k, &c);
	return c;
}

static int32_t
cp_at(const char *s, size_t n, size_t i)
{
	int32_t c;

	if (i >= n)
		return -1;
	nk_u8_dec(s + i, n - i, &c);
	return c;
}

static int
hanish(int32_t c)
{
	return nk_is_han(c) || (nk_is_cjk_punct(c) && c != 0x00B7);
}

static void
punct(nk_buf *out, const char *s, size_t n)
{
	size_t i, k, top = 0, nm = 0, nq = 0;
	size_t *stack, *partner, *marks;
	/* what each ASCII mark becomes: 0 stays, 1 full-width */
	unsigned char *conv;
	int quotes = 0, qopen = 1, changed;

	static unsigned char special[256];

	if (!special[',']) {
		const char *q;

		for (q = ",:;!?()\".\xE3"; *q; q++)
			special[(unsigned char)*q] = 1;
	}
	conv = nk_ecalloc(n + 1, 1);
	stack = nk_emalloc((n + 1) * sizeof(*stack));
	partner = nk_emalloc((n + 1) * sizeof(*partner));
	marks = nk_emalloc((n + 1) * sizeof(*marks));
	/* the marks, and the pairs of parentheses */
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (!c || !strchr(",:;!?()\"", c))
			continue;
		marks[nm++] = i;
		partner[i] = (size_t)-1;
		if (c == '"')
			nq++;
		else if (c == '(')
			stack[top++] = i;
		else if (c == ')' && top > 0) {
			size_t o = stack[--top];

			partner[o] = i;
			partner[i] = o;
			/* a pinyin gloss stays half-width (2: never converts):
			 * 李 (lǐ) kept by the repairs as a real parenthesis must
			 * not become 李（lǐ）, which a second nnorm would remove */
			if (nn_gloss_len(s + o, i + 1 - o) == i + 1 - o) {
				conv[o] = conv[i] = 2;
				continue;
			}
			/* a pair around Chinese converts */
			for (k = o + 1; k < i; k++)
				if ((unsigned char)s[k] >= 0xE3 && nk_is_han(cp_at(s, n, k))) {
					conv[o] = conv[i] = 1;
					break;
				}
		}
	}
	/*
	 * A mark converts when it touches Han or full-width punctuation, or a
	 * mark that converts (》,AI; ::::信; 是((AI))): propagate until
	 * nothing changes, so that a second nnorm finds nothing more to do.
	 * ASCII quotes convert all together, by parity, when any touches.
	 */
#define EFF(j) (((j) == (size_t)-1 || (j) >= n) ? 0 : \
	(s[j] && strchr(",:;!?()", s[j])) ? conv[j] == 1 : \
	s[j] == '"' ? quotes : \
	(s[j] == '.' && (((j) + 2 < n && s[(j) + 1] == '.' && s[(j) + 2] == '.') || \
	    ((j) >= 2 && s[(j) - 1] == '.' && s[(j) - 2] == '.') || \
	    ((j) >= 1 && (j) + 1 < n && s[(j) - 1] == '.' && s[(j) + 1] == '.'))) ? 1 : \
	hanish(cp_at(s, n, (j))))
	do {
		changed = 0;
		for (k = 0; k < nm; k++) {
			size_t j = marks[k], pj, nj = j + 1, m = partner[j];
			int touch;

			if (s[j] == '"' ? quotes : conv[j])
				continue;
			pj = j;
			if (j == 0)
				pj = (size_t)-1;
			else
				do
					pj--;
				while (pj > 0 && ((unsigned char)s[pj] & 0xC0) == 0x80);
			touch = EFF(pj) || EFF(nj);
			switch (s[j]) {
			case '"':
				if (touch && nq % 2 == 0)
					quotes = changed = 1;
				continue;
			case '(':
				if (m == (size_t)-1)
					touch = EFF(nj);
				break;
			case ')':
				if (m == (size_t)-1)
					touch = EFF(pj);
				break;
			default:	/* not inside a clock time or a number: 15:43, 1,500 */
				if (pj != (size_t)-1 && nj < n && s[pj] >= '0' && s[pj] <= '9' &&
				    s[nj] >= '0' && s[nj] <= '9')
					touch = 0;
			}
			if (m != (size_t)-1 && conv[m])
				touch = 1;
			if (touch) {
				conv[j] = 1;
				if (m != (size_t)-1)
					conv[m] = 1;
				changed = 1;
			}
		}
	} while (changed);
#undef EFF
	for (i = 0; i < n; i++) {
		char c = s[i];
		const char *fw = NULL;

		/* ordinary bytes are copied in runs */
		if (!special[(unsigned char)c]) {
			size_t j = i + 1;

			while (j < n && !special[(unsigned char)s[j]])
				j++;
			nk_buf_put(out, s + i, j - i);
			i = j - 1;
			continue;
		}

		switch (c) {
		case ',': fw = "，"; break;
		case ':': fw = "："; break;
		case ';': fw = "；"; break;
		case '!': fw = "！"; break;
		case '?': fw = "？"; break;
		case '(':
		case ')':
			if (conv[i] == 1) {
				nk_buf_puts(out, c == '(' ? "（" : "）");
				continue;
			}
			break;
		case '"':
			/* ASCII quotes pair up by parity when they touch Chinese */
			if (quotes) {
				nk_buf_puts(out, qopen ? "“" : "”");
				qopen = !qopen;
				continue;
			}
			break;
		case '.':
			if (i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
				while (i < n && s[i] == '.')
					i++;
				nk_buf_puts(out, "……");
				i--;
				continue;
			}
			break;
		case '\xE3':
			if (i + 8 < n && memcmp(s + i, "。。。", 9) == 0) {
				while (i + 2 < n && memcmp(s + i, "。", 3) == 0)
					i += 3;
				nk_buf_puts(out, "……");
				i--;
				continue;
			}
			break;
		}
		if (fw && conv[i]) {
			nk_buf_puts(out, fw);
			continue;
		}
		nk_buf_putc(out, c);
	}
	free(conv);
	free(stack);
	free(partner);
	free(marks);
}

/* ---- whitespace -------------------------------------------------------------- */

/* Han characters that follow a number as its unit, counter or magnitude */
static int
unit_cp(int32_t c)
{
	static const char units[] =
	    "年月日号號时時点點分秒刻周週天季度岁歲代届屆期"
	    "十百千万萬亿億兆"
	    "元角块塊美英欧歐港日韩韓"
	    "个個只件家人名位次回种種类類款台臺部辆輛架艘条條张張本册冊篇首项項倍成折"
	    "米厘毫公里斤克吨噸升平方亩畝度码碼层層楼樓所座栋棟场場队隊支枚颗顆粒股手户戶"
	    "多余餘";
	char u[4];
	size_t k;

	if (c < 0x3400)
		return 0;
	k = nk_u8_enc(c, u);
	return memmem(units, sizeof(units) - 1, u, k) != NULL;
}

static int
digitish(int32_t c)
{
	return c >= '0' && c <= '9';
}

/* Does out (from start) end in a plain number: digits, '.' and ',' not
 * glued to a Latin word, a time or a path (GPT-3.5, 15:43, v2)? */
static int
plain_number_before(const nk_buf *out, size_t start)
{
	size_t k = out->n;
	unsigned char c;

	while (k > start && ((out->p[k - 1] >= '0' && out->p[k - 1] <= '9') ||
	    out->p[k - 1] == '.' || out->p[k - 1] == ','))
		k--;
	if (k == out->n)
		return 0;
	if (k == start)
		return 1;
	c = (unsigned char)out->p[k - 1];
	return c >= 0x80 || c == ' ' || c == '(' || c == '[';
}

static void
space(nk_buf *out, const char *s, size_t n)
{
	size_t i = 0, start = out->n;
	int32_t prev = -1;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t') {
			size_t j = i;
			int32_t next;

			while (j < n && (s[j] == ' ' || s[j] == '\t'))
				j++;
			next = cp_at(s, n, j);
			/* no space between Han and a number: 近 17 年 -> 近17年,
			 * 从 0 到 1 -> 从0到1; but a time or a name keeps its space
			 * before Han (15:43:20 来源, GPT-3.5 出来) unless a unit
			 * follows; none around full-width punctuation (你追我赶 。) */
			if (!((nk_is_han(prev) && digitish(next)) ||
			    (digitish(prev) && nk_is_han(next) && (unit_cp(next) || plain_number_before(out, start))) ||
			    (nk_is_cjk_punct(prev) && prev != 0xB7) || (nk_is_cjk_punct(next) && next != 0xB7)))
				nk_buf_putc(out, ' ');
			i = j;
			continue;
		}
		{
			/* a run without spaces is copied whole */
			size_t j = i;

			while (j < n && s[j] != ' ' && s[j] != '\t')
				j++;
			nk_buf_put(out, s + i, j - i);
			prev = cp_before(s, j);
			i = j;
		}
	}
}

/* ---- the pipeline ------------------------------------------------------------ */

/* run one step: f writes the new text into the other buffer, which
 * becomes current; then what the line needs is scanned again */
#define STEP(f) do { nk_buf_reset(nb); f(nb, cur, curn); cur = nb->p ? nb->p : ""; curn = nb->n; \
	{ nk_buf *t_ = cb; cb = nb; nb = t_; } feat = scan(cur, curn); } while (0)

static void
repair(nk_buf *out, const char *s, size_t n)
{
	nn_repair(out, s, n, NN_REPAIR_PINYIN | NN_REPAIR_ENTITY | NN_REPAIR_DEBRIS);
}

void
nn_normalize(nk_buf *dst, const char *s, size_t n)
{
	static nk_buf b1, b2;
	nk_buf *cb = &b1, *nb = &b2;
	const char *cur = s;
	size_t curn = n;
	unsigned feat = scan(s, n);
	int round;

	if (nn_opts.unicode && (feat & (F_NFC | F_MAP))) {
		unicode_nfc = feat & F_NFC;
		STEP(unicode);
	}
	/*
	 * Repairs and markup until neither changes anything: each can uncover
	 * work for the other (&lt;p&gt; becomes a tag, a removed backquote
	 * joins "&#x30`2;" into an entity, <p>• becomes a bullet). Both only
	 * shorten the line, so this ends; the bound is for safety.
	 */
	for (round = 0; round < 64; round++) {
		size_t before = curn;

		if (nn_opts.repair && nn_repair_needed(cur, curn)) {
			STEP(repair);
			/* an entity may decode to a space, a control, a decomposed form */
			if (nn_opts.unicode && (feat & (F_NFC | F_MAP))) {
				unicode_nfc = feat & F_NFC;
				STEP(unicode);
			}
		}
		if (nn_opts.markup && (feat & F_MARKUP))
			STEP(markup);
		if (curn >= before)
			break;
	}
	if (nn_opts.punct && (feat & F_PUNCT))
		STEP(punct);
	if (nn_opts.script && nn_t2s_needed(cur, curn))
		STEP(nn_t2s);
	if (nn_opts.space && (feat & F_SPACE))
		STEP(space);
	/* Removing a space can bring half-width punctuation next to Chinese
	 * (title: "混元" -> title:“混元”): punctuate again until nothing
	 * changes, so that nnorm | nnorm changes nothing. */
	if (nn_opts.punct && nn_opts.space) {
		/* each round converts something or stops */
		for (round = 0; (feat & F_PUNCT); round++) {
			nk_buf_reset(nb);
			punct(nb, cur, curn);
			if (nb->n == curn && memcmp(nb->p, cur, curn) == 0)
				break;
			cur = nb->p;
			curn = nb->n;
			{ nk_buf *t_ = cb; cb = nb; nb = t_; }
			STEP(space);
		}
	}
	(void)cb;
	nk_buf_reset(dst);
	nk_buf_put(dst, cur, curn);
}

static void
on_record(const nk_rec *r, void *ctx)
{
	static nk_buf out;
	static const nk_rec bare = { 0 };

	nn_normalize(&out, r->text, r->len);
	if (out.n == 0 && nn_opts.space)
		return;		/* blank lines are dropped */
	nk_row_begin(nn_opts.text_only ? &bare : r);
	nk_field(out.p, out.n);
	nk_row_end();
}
