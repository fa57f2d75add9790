/*
 * scan.c - nquote's recogniser: who said what, over one document.
 *
 * A document is a run of records (paragraphs). Each paragraph is decoded
 * to code points; its outer quotations are paired (“” ‘’ 「」 『』 and
 * ASCII "; nesting allowed, an unclosed mark runs to the paragraph's end;
 * a reported one goes on into the next paragraphs only when they open with
 * a mark, or hold none up to its closing one). Then, in order:
 *
 *   1. interview transcripts: paragraphs opening with "name：" (or 问：,
 *      答：, 记者：, Q：, A：) when the document has two speakers or more
 *      doing so; unlabelled prose paragraphs after a turn belong to its
 *      speaker until a heading or caption intervenes;
 *   2. left to right through each other paragraph:
 *      quote first   “…”，S V  /  “…，”S V，“…”   (direct, any tier)
 *      cue first     S V：“…”  /  S V，“…”  /  S V“…”  /  S V记者：“…”
 *                    (direct, A and B; C only before ：); S V： at the end
 *                    of a paragraph takes the quotation opening the next
 *                    S V，…  /  S Vbare…  (indirect, A and B, to the end of
 *                    the sentence, to a clause opening with 而, or to a
 *                    quotation, which is then direct: the same speaker's,
 *                    or another's when a verb of its own comes before it)
 *      frames        在S看来，…  据S介绍，…  正如S所言，…  S的判断是，…
 *                    S的回应中，…  S公布的数据是，…
 *      no cue        title+S…：“…”  title+S…，…，“…”。  (direct, when no verb
 *                    claims the quotation)
 *   3. with -a, quotations left over are "unattributed".
 *
 * A quotation (as opposed to a scare quote, a name or a slogan) has a
 * clause or sentence mark inside, and is not used as a noun (“…”的说法).
 * Speakers lose their titles (腾讯集团副总裁蒋杰 → 蒋杰, the title goes to
 * desc); pronouns take the nearest named speaker before them.
 */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nquote.h"

enum spk_kind { SPK_NONE, SPK_PERSON, SPK_ORG, SPK_ANON, SPK_PRON };

struct quote {
	size_t open, close;	/* mark positions; close == n when unclosed */
	int closed;
	int sentence;		/* has a clause or sentence mark inside */
	int noun;		/* used as a noun: “…”的, “…”之类 */
	int used;		/* reported, or inside a reported span */
};

struct para {
	const char *s;
	size_t len;
	int32_t *c;
	size_t n;
	struct quote *q;
	size_t nq;
	size_t from;		/* scanning starts here (quote chains) */
	int turn;		/* interview: 1 turn, 2 continuation */
	size_t label_beg, label_end, body;	/* turn label and text start */
};

struct spk {
	enum spk_kind kind;
	int generic;		/* an organisation known by nothing but its place */
	nk_buf name, desc;
};

struct doc {
	struct para *p;
	size_t np;
	struct nq_hits *out;
	struct spk last_person, last_any;	/* for pronouns */
	int named_after;	/* emitting a quotation whose speaker follows it */
	size_t cur;		/* the paragraph being scanned */
	size_t last_person_at;	/* the paragraph of last_person */
	size_t last_any_at;	/* the paragraph of last_any */
	int far;		/* the pronoun just resolved took a person of another paragraph */
	struct spk *seen;	/* named speakers with a title, for later mentions */
	size_t nseen;
};

struct nq_opts nq_opts;

/* ---- characters ----------------------------------------------------------- */

static int
is_open(int32_t c)
{
	return c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E;
}

static int
close_of(int32_t c)
{
	switch (c) {
	case 0x201C: return 0x201D;
	case 0x2018: return 0x2019;
	case 0x300C: return 0x300D;
	case 0x300E: return 0x300F;
	case '"': return '"';
	}
	return -1;
}

static int
is_close(int32_t c)
{
	return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F;
}

/* sentence end: 。！？；… and ASCII ! ? ; */
static int
is_term(int32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
	    c == 0x2026 || c == '!' || c == '?' || c == ';' || c == 0xFF61;
}

static int
is_comma(const int32_t *c, size_t i, size_t n)
{
	if (c[i] == 0xFF0C)
		return 1;
	if (c[i] == ',')	/* not a digit group: 1,500 */
		return !(i > 0 && i + 1 < n && c[i - 1] >= '0' && c[i - 1] <= '9' &&
		    c[i + 1] >= '0' && c[i + 1] <= '9');
	return 0;
}

static int
is_colon(const int32_t *c, size_t i, size_t n)
{
	if (c[i] == 0xFF1A)
		return 1;
	if (c[i] == ':')	/* not https:// nor 15:43 */
		return !(i + 1 < n && (c[i + 1] == '/' || (c[i + 1] >= '0' && c[i + 1] <= '9')));
	return 0;
}

static int
is_space(int32_t c)
{
	return nk_is_space(c);
}

/* a mark that ends a speaker phrase when scanning back */
static int
is_boundary(int32_t c)
{
	if (c == 0x00B7 || c == 0x30FB || c == 0x3001 || c == '-' || c == '.' ||
	    c == '&' || c == '\'' || is_space(c))
		return 0;
	if (c < 0x80)
		return !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
	return nk_is_cjk_punct(c) || c == 0xFFFD || c == 0xFF5C || c == 0x2014;
}

static int
is_latin(int32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int
is_dot(int32_t c)
{
	return c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == 0x2027;
}

static int
at(const int32_t *c, size_t n, size_t i, const char *s)
{
	size_t k = 0, used, len = strlen(s);
	int32_t w;

	while (len) {
		used = nk_u8_get(s, len, &w);
		if (i + k >= n || c[i + k] != w)
			return 0;
		s += used;
		len -= used;
		k++;
	}
	return (int)k;
}

/* ---- paragraphs and their quotations ------------------------------------------ */

/*
 * Small form variants, as Hong Kong text writes its colons (张文光说﹕「…」),
 * in records that did not pass through a normaliser mapping them: read as
 * the full-width marks (the output is cut from the record's own bytes, so
 * it keeps them).
 */
static int32_t
small_form(int32_t c)
{
	static const int32_t full[] = {
		0xFF0C /* ﹐ */, 0x3001 /* ﹑ */, '.' /* ﹒: a decimal point (０﹒５) */, 0xFE53, 0xFF1B /* ﹔ */,
		0xFF1A /* ﹕ */, 0xFF1F /* ﹖ */, 0xFF01 /* ﹗ */, 0x2014 /* ﹘ */,
		0xFF08 /* ﹙ */, 0xFF09 /* ﹚ */
	};

	return full[c - 0xFE50];
}

static void
decode(struct para *p)
{
	size_t i = 0, k = 0, used;

	const unsigned char *u = (const unsigned char *)p->s;

	p->c = nk_emalloc((p->len + 1) * sizeof(*p->c));
	while (i < p->len) {
		/* fast paths for ASCII and well-formed 3-byte sequences (Han) */
		if (u[i] < 0x80) {
			p->c[k++] = u[i++];
			continue;
		}
		if ((u[i] & 0xF0) == 0xE0 && i + 2 < p->len && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80) {
			int32_t c = ((int32_t)(u[i] & 0x0F) << 12) | ((int32_t)(u[i + 1] & 0x3F) << 6) |
			    (u[i + 2] & 0x3F);

			if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
				if (c >= 0xFE50 && c <= 0xFE5A)
					c = small_form(c);
				p->c[k++] = c;
				i += 3;
				continue;
			}
		}
		used = nk_u8_dec(p->s + i, p->len - i, &p->c[k]);
		if (p->c[k] < 0)
			p->c[k] = 0xFFFD;
		i += used;
		k++;
	}
	p->n = k;
	/* room was made for a code point a byte; Chinese takes three bytes a
	 * code point, and a document of megabytes holds all its paragraphs */
	if (k + 1 < p->len / 2)
		p->c = nk_erealloc(p->c, (k + 1) * sizeof(*p->c));
}

static int in_set(const char *set, int32_t x);

/* c[a..b) ends in the head noun of a named law, plan or line */
static int
term_head(const int32_t *c, size_t a, size_t b)
{
	static const char *const head[] = {"法案", "条例", "草案", "计划", "倡议", "口号", "方案",
	    "工程", "战略", "协议", "协定", "论述", "叙事", "理念", "框架", "路线图", "纲要",
	    "行动计划", "政策"};
	size_t m, l;

	if (b <= a || !in_set("案例划议号程略定述事念架图要策", c[b - 1]))
		return 0;
	for (m = 0; m < sizeof(head) / sizeof(head[0]); m++)
		if ((l = strlen(head[m]) / 3) < b - a && at(c, b, b - l, head[m]))
			return 1;
	return 0;
}

static void
add_quote(struct para *p, size_t open, size_t close, int closed)
{
	struct quote *q;
	size_t i, j;

	if ((p->nq & (p->nq - 1)) == 0)
		p->q = nk_erealloc(p->q, (p->nq ? 2 * p->nq : 1) * sizeof(*p->q));
	q = &p->q[p->nq++];
	memset(q, 0, sizeof(*q));
	q->open = open;
	q->close = close;
	q->closed = closed;
	for (i = open + 1; i < close; i++)
		if (is_term(p->c[i]) || is_comma(p->c, i, p->n) || is_colon(p->c, i, p->n) ||
		    p->c[i] == 0x3002) {
			q->sentence = 1;
			break;
		}
	if (close - open > 15)	/* a long quoted clause without marks */
		q->sentence = 1;
	/* 「透过金融制裁吓阻中共对台侵略法案」, 「紧扣民主阵营…论述」: a name
	 * of a law, plan or line, with no mark inside, not words said */
	if (closed && i >= close && close - open > 4 && term_head(p->c, open + 1, close))
		q->noun = 1;
	/* 题目是“新年快乐！”, 叫“…”: a name or title given, not speech */
	for (j = open; j > 0 && is_space(p->c[j - 1]); j--)
		;
	if (j > 0 && (p->c[j - 1] == 0x662F /* 是 */ || p->c[j - 1] == 0x53EB /* 叫 */))
		q->noun = 1;
	if (closed) {
		for (j = close + 1; j < p->n && is_space(p->c[j]); j++)
			;
		/* 在著作「…」中指出: a title inside a noun phrase, the place of
		 * what is said */
		if (j < p->n && (p->c[j] == 0x4E2D /* 中 */ || p->c[j] == 0x91CC /* 里 */) &&
		    open > 0 && nk_is_han(p->c[open - 1]))
			q->noun = 1;
		if (j < p->n && (p->c[j] == 0x7684 /* 的 */ || at(p->c, p->n, j, "之类") ||
		    at(p->c, p->n, j, "之一") || at(p->c, p->n, j, "一词") ||
		    /* (「这样合理吗？这要讲道理。」这就是…: after a full stop
		     * inside, 这 opens the next sentence) */
		    (p->c[j] == 0x8FD9 /* 这 */ && !(close > open + 1 && (is_term(p->c[close - 1]) ||
		    p->c[close - 1] == 0x3002))) || at(p->c, p->n, j, "那样") ||
		    at(p->c, p->n, j, "等") || at(p->c, p->n, j, "式") ||
		    at(p->c, p->n, j, "中的") || at(p->c, p->n, j, "般")))
			q->noun = 1;
	}
}

/*
 * Pair the quotation marks of a paragraph; keep the outermost pairs.
 * Unmatched closing marks are ignored; an unclosed outer mark runs to the
 * end of the paragraph.
 */
static void
find_quotes(struct para *p)
{
	struct {
		int32_t close;
		size_t pos;
	} *st = NULL;
	size_t depth = 0, cap = 0, i, k;

	for (i = 0; i < p->n; i++) {
		int32_t c = p->c[i];

		if (c == '"') {
			for (k = depth; k > 0 && st[k - 1].close != '"'; k--)
				;
			if (k == 0)
				goto push;
			depth = k - 1;
			if (depth == 0)
				add_quote(p, st[0].pos, i, 1);
			continue;
		}
		if (is_open(c)) {
push:
			if (depth == cap) {
				cap = cap ? 2 * cap : 8;
				st = nk_erealloc(st, cap * sizeof(*st));
			}
			st[depth].close = close_of(c);
			st[depth].pos = i;
			depth++;
			continue;
		}
		if (is_close(c)) {
			for (k = depth; k > 0 && st[k - 1].close != c; k--)
				;
			if (k == 0)
				continue;
			depth = k - 1;
			if (depth == 0)
				add_quote(p, st[0].pos, i, 1);
		}
	}
	if (depth > 0)
		add_quote(p, st[0].pos, p->n, 0);
	free(st);
}

/* outer quotations do not overlap: they are in order of open and of close */
static struct quote *
quote_at(struct para *p, size_t open)
{
	size_t lo = 0, hi = p->nq;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p->q[mid].open < open)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nq && p->q[lo].open == open ? &p->q[lo] : NULL;
}

static struct quote *
quote_closing_at(struct para *p, size_t close)
{
	size_t lo = 0, hi = p->nq;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (p->q[mid].close < close)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nq && p->q[lo].closed && p->q[lo].close == close ? &p->q[lo] : NULL;
}

/* ---- output ------------------------------------------------------------------- */

static char *
str(const int32_t *c, size_t n)
{
	nk_buf b = {0};
	size_t i;

	nk_buf_puts(&b, "");
	for (i = 0; i < n; i++)
		nk_buf_put_cp(&b, c[i]);
	return b.p;
}

static int hk_name(const struct doc *d, size_t pi, const struct spk *s, int32_t *x);

static void
emit(struct doc *d, size_t para, size_t start, size_t end, enum nq_kind kind,
    const struct spk *s, const char *cue)
{
	struct nq_hits *h = d->out;
	struct nq_hit *x;
	int32_t more;

	if (end <= start)
		return;
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 16;
		h->v = nk_erealloc(h->v, h->cap * sizeof(*h->v));
	}
	x = &h->v[h->n];
	x->seq = h->n++;
	x->para = para;
	x->start = start;
	x->end = end;
	x->kind = kind;
	x->speaker = nk_estrdup(s && s->name.p ? s->name.p : "");
	if (s && hk_name(d, para, s, &more)) {	/* 林郑月娥, not 林郑月 */
		char u[4];
		size_t l = nk_u8_enc(more, u), ln = strlen(x->speaker);

		x->speaker = nk_erealloc(x->speaker, ln + l + 1);
		memcpy(x->speaker + ln, u, l);
		x->speaker[ln + l] = 0;
	}
	x->desc = nk_estrdup(s && s->desc.p ? s->desc.p : "");
	x->cue = nk_estrdup(cue ? cue : "");
	x->person = s && s->kind == SPK_PERSON ? 1 + d->named_after : 0;
	if (s && s->kind == SPK_ORG && s->generic && d->named_after)
		x->person = 2;	/* “…”，强巴说: a name without a known surname */
	x->far = s && d->far;
}

/* ---- speakers ----------------------------------------------------------------- */

static void
spk_set(struct spk *s, enum spk_kind k, const int32_t *name, size_t nn,
    const int32_t *desc, size_t nd)
{
	size_t i;

	s->kind = k;
	s->generic = 0;
	nk_buf_reset(&s->name);
	nk_buf_reset(&s->desc);
	nk_buf_puts(&s->name, "");
	nk_buf_puts(&s->desc, "");
	for (i = 0; i < nn; i++)
		nk_buf_put_cp(&s->name, name[i]);
	for (i = 0; i < nd; i++)
		nk_buf_put_cp(&s->desc, desc[i]);
}

static void
spk_copy(struct spk *dst, const struct spk *src)
{
	dst->kind = src->kind;
	dst->generic = src->generic;
	nk_buf_reset(&dst->name);
	nk_buf_reset(&dst->desc);
	nk_buf_puts(&dst->name, src->name.p ? src->name.p : "");
	nk_buf_puts(&dst->desc, src->desc.p ? src->desc.p : "");
}

static void
spk_free(struct spk *s)
{
	nk_buf_free(&s->name);
	nk_buf_free(&s->desc);
}

static void
trim(const int32_t *c, size_t *a, size_t *b)
{
	while (*a < *b && (is_space(c[*a]) || c[*a] == '*'))
		(*a)++;
	while (*b > *a && (is_space(c[*b - 1]) || c[*b - 1] == '*'))
		(*b)--;
}

static int in_set(const char *set, int32_t x);

static int
has_funchar(const int32_t *c, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		/* (the 地 of 当地, 本地, 各地, 外地 is a place's: 当地警方) */
		if (nq_lex_funchar(c[i]) && !(c[i] == 0x5730 /* 地 */ && i > a &&
		    in_set("当本各外该两", c[i - 1])))
			return 1;
	return 0;
}

/* is x one of the characters of the UTF-8 string set? (UTF-8 is
 * self-synchronising: a byte search finds only whole characters) */
static int
in_set(const char *set, int32_t x)
{
	char u[5];

	if (x <= 0)
		return 0;
	u[nk_u8_enc(x, u)] = '\0';
	return strstr(set, u) != NULL;
}

/* characters of transliterated foreign names (克林顿, 斯特凡, 卡斯特罗) */
static const char translit[] =
    "阿埃艾爱安奥巴拜班邦贝本比彼毕波伯博布查达戴丹德迪蒂丁东杜多厄恩尔法菲斐费芬夫"
    "福冈戈格哥贡古哈海汉赫亨胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷"
    "里利丽莉连林琳隆卢鲁路伦罗洛马玛麦曼梅门蒙米明莫姆穆娜纳奈南内尼妮宁纽努诺欧帕"
    "潘佩皮珀普奇齐乔切琴丘萨塞桑瑟森沙莎舍什施史斯松苏索塔泰坦汤唐特滕提图托瓦万旺"
    "威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐顿丝娃黛茨赛白嘉";

/* a foreign name without a surname of the list: every character one of
 * a transliteration (斯特凡, not 大石块) */
static int
is_translit(const int32_t *c, size_t a, size_t b)
{
	if (b < a + 2)
		return 0;
	for (; a < b; a++)
		if (!is_dot(c[a]) && !in_set(translit, c[a]))
			return 0;
	return 1;
}

/* last characters of nouns for people (小伙计, 专家们, 老教授) */
static const char person_final[] = "人者员家师生工民计友士长官兵手匠娘嫂婆爷叔姨哥姐妹弟夫妇子翁客众们授";

/* a name after a title: 蒋杰, 凯文·凯利, Sam Altman */
static int
is_name(const int32_t *c, size_t a, size_t b)
{
	size_t i, han = 0, lat = 0, dot = 0, other = 0;

	if (b <= a)
		return 0;
	for (i = a; i < b; i++) {
		if (nk_is_han(c[i]))
			han++;
		else if (is_latin(c[i]))
			lat++;
		else if (is_dot(c[i]))
			dot++;
		else if (!(c[i] == ' ' || c[i] == '-' || c[i] == '.' || c[i] == '\''))
			other++;
	}
	if (other || (dot && (is_dot(c[a]) || is_dot(c[b - 1]))))
		return 0;
	if (lat && han)
		return 0;
	if (lat)
		return b - a <= 32 && (c[a] >= 'A' && c[a] <= 'Z');
	if (dot)
		return han >= 2 && han <= 12;
	if (han > 4)	/* 詹姆斯嘉纳: a foreign name without a dot */
		return han <= 8 && is_translit(c, a, b);
	if (han < 2)
		return 0;
	if (nq_lex_at(NQ_W_SURNAME, c, a, b))
		return 1;
	return !has_funchar(c, a, b);
}

static int
is_numeral(int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) ||
	    c == 0x4E00 || c == 0x4E8C || c == 0x4E09 ||
	    c == 0x56DB || c == 0x4E94 || c == 0x516D || c == 0x4E03 || c == 0x516B ||
	    c == 0x4E5D || c == 0x5341 || c == 0x3007 || c == 0x96F6;
}

/*
 * c[a..b), a surname and one or two characters, is a common word in
 * jieba's dictionary, not a name: 高声, 轻声 (adverbs), 高度 (a noun
 * in wide use), 施工队 (an organisation). Its tags of rare words are
 * noisy (范晓萱 n, 安南 ns, 金正日 nz): only a word of a part of speech
 * no name has, or a noun common enough, counts.
 */
static int
dict_not_name(const int32_t *c, size_t a, size_t b)
{
	double f;
	const char *t = nq_dict_word(c + a, b - a, &f);

	/* (names: nr, nrfg, nrt; places and others: ns, nz, and "x") */
	if (!t || (t[0] == 'n' && t[1] != '\0' && t[1] != 't') || strcmp(t, "x") == 0)
		return 0;
	if (b - a == 3)
		return strcmp(t, "nt") == 0 && f >= 50;
	if (t[0] == 'n')	/* (n, nt: 高度, 高声; not 高峰, 金星) */
		return f >= 500;
	/* (verbs, adverbs, adjectives, numerals, time words...: 应该, 轻声) */
	return f >= 50;
}

/* c[a..b) is an organisation's name in jieba's dictionary (tag nt) */
static int
dict_org(const int32_t *c, size_t a, size_t b)
{
	const char *t = nq_dict_word(c + a, b - a, NULL);

	return t && strcmp(t, "nt") == 0;
}

static int
is_person(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;
	size_t han = b - a;

	if (b <= a)
		return 0;
	if ((w = nq_lex_at(NQ_W_SURNAME, c, a, b)) && han > w->n && han <= w->n + 2) {
		size_t i;

		for (i = a; i < b; i++)
			if (!nk_is_han(c[i]))
				return 0;
		/* 应该, 向来: a two-character word that starts like a surname;
		 * 游人, 古巴, 江苏: one that ends like a group, side or place */
		if (han == 2 && w->n == 1 && ((nq_lex_funchar(c[a + 1]) && !is_numeral(c[a + 1])) ||
		    in_set("人们方面家者员界省市县区乡村镇州岛港湾部局厂队众巴尔斯洲苏", c[a + 1])))
			return 0;
		/* 柳市公(安分局), 江县长: a town, county or province, not a
		 * given name */
		if (han == 3 && w->n == 1 && in_set("市县省", c[a + 1]))
			return 0;
		/* 周某 is a whole name (周某满脸…) */
		if (han == w->n + 2 && c[a + w->n] == 0x67D0 /* 某 */)
			return 0;
		return !dict_not_name(c, a, b);
	}
	for (; a < b; a++)
		if (is_dot(c[a]))
			return 1;
	return 0;
}

static int
memchr32(const int32_t *c, size_t a, size_t b, int32_t x)
{
	for (; a < b; a++)
		if (c[a] == x)
			return 1;
	return 0;
}

/* a phrase naming people by what they are (专家, 社会学家, 与会学者): the
 * length of the noun it ends with, else 0 */
static size_t
person_noun(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;

	if (b <= a || nq_lex_is(NQ_W_PRON, c + a, b - a))
		return 0;
	if (!((w = nq_lex_suffix(NQ_W_ANON, c + a, b - a)) && w->n >= 2) &&
	    !((w = nq_lex_suffix(NQ_W_TITLE, c + a, b - a)) && w->n >= 2))
		return 0;
	/* 张先生, 邓小平同志: a person with an honorific */
	if (b - w->n > a && (is_person(c, a, b - w->n) ||
	    nq_lex_is(NQ_W_SURNAME, c + a, b - w->n - a)))
		return 0;
	return w->n;
}

/*
 * A pinyin annotation flattened into raw text, 產(chǎn): "(" letters with
 * at least one tone mark ")". Returns its length if one ends at e (the
 * position after ")"), else 0.
 */
static size_t
pinyin_before(const int32_t *c, size_t lo, size_t e)
{
	size_t i, tone = 0;

	if (e < lo + 3 || (c[e - 1] != ')' && c[e - 1] != 0xFF09))
		return 0;
	for (i = e - 1; i > lo && e - i <= 9; i--) {
		int32_t x = c[i - 1];

		if (x == '(' || x == 0xFF08)
			return tone && e - i >= 2 ? e - i + 1 : 0;
		if ((x >= 0xC0 && x <= 0x24F) || (x >= 0x1E00 && x <= 0x1EFF))
			tone++;
		else if (!is_latin(x))
			return 0;
	}
	return 0;
}


/*
 * A name in Latin letters in parentheses after its Chinese form,
 * 萨姆·奥尔特曼(Sam Altman): its length if one ends at e, else 0.
 */
static size_t
latin_paren_before(const int32_t *c, size_t lo, size_t e)
{
	size_t i, lat = 0;

	if (e < lo + 3 || (c[e - 1] != ')' && c[e - 1] != 0xFF09))
		return 0;
	for (i = e - 1; i > lo && e - i <= 40; i--) {
		int32_t x = c[i - 1];

		if (x == '(' || x == 0xFF08)
			return lat >= 2 && i - 1 > lo && nk_is_han(c[i - 2]) ? e - i + 1 : 0;
		if (is_latin(x))
			lat++;
		/* (digits: a stock code, 顺丰控股（002352.SZ）, 腾讯（0700.HK）) */
		else if (!(x == ' ' || x == '.' || x == '-' || x == '\'' || is_dot(x) ||
		    (x >= '0' && x <= '9') || x == ':' || x == 0xFF1A))
			return 0;
	}
	return 0;
}

/*
 * A note in brackets between a speaker and the verb: a date, 今（19）日,
 * 今日（八月二十七日）, 周五（20日）, or a name's, 陈先生（化名）, 李杰
 * （音译）. Its length if one ends at e (after the closing bracket, or
 * the 日 after it), else 0.
 */
static size_t
note_paren_before(const int32_t *c, size_t lo, size_t e)
{
	static const char *const notes[] = {"化名", "化姓", "假名", "音译", "译音", "音"};
	size_t i, k, day = 0;

	/* (今（19）日, 上（4）月: Taiwan's dates, the number in brackets) */
	if (e > lo + 1 && (c[e - 1] == 0x65E5 /* 日 */ || c[e - 1] == 0x6708 /* 月 */) &&
	    (c[e - 2] == ')' || c[e - 2] == 0xFF09))
		day = 1;
	if (e < lo + 3 + day || (c[e - 1 - day] != ')' && c[e - 1 - day] != 0xFF09))
		return 0;
	for (i = e - 1 - day; i > lo && e - i <= 14; i--)
		if (c[i - 1] == '(' || c[i - 1] == 0xFF08)
			break;
	if (i <= lo || e - i > 14 || i + 1 >= e - day)
		return 0;
	for (k = 0; k < sizeof(notes) / sizeof(notes[0]); k++)
		if (at(c, e - 1 - day, i, notes[k]) == (int)(e - 1 - day - i))
			return day ? 0 : e - i + 1;
	for (k = i; k < e - 1 - day; k++)
		if (!is_numeral(c[k]) && !in_set("年月日号时点分 ", c[k]))
			return 0;
	/* (上（4）月, 本（12）月: the word of the month before it too) */
	if (day && c[e - 1] == 0x6708 && i >= lo + 2 && in_set("上本下去今前", c[i - 2]))
		return e - i + 2;
	return e - i + 1;
}

/* c[a..b) names no title, organisation, cue or 的: an action, not a noun */
static int
plain_rest(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;

	for (; a < b; a++)
		if (c[a] == 0x7684 /* 的 */ || nq_lex_at(NQ_W_TITLE, c, a, b) ||
		    nq_lex_at(NQ_W_ORG, c, a, b) || ((w = nq_lex_at(NQ_W_VERB, c, a, b)) && w->tier))
			return 0;
	return 1;
}

/*
 * c[a..b) a name followed by the title w (江泽民总书记, 克林顿总统, 李鹏总理),
 * not a field or an organisation before a noun for people (金融专家, 房屋署
 * 发言人): the name holds no organisation ending, and one of two
 * characters comes before no noun for a group or trade.
 */
static int
name_title(const int32_t *c, size_t a, size_t b, const struct nq_word *w)
{
	size_t e = b - w->n;

	if (e < a + 2 || has_funchar(c, a, e) || nq_lex_suffix(NQ_W_ORG, c + a, e - a))
		return 0;
	if (e == a + 2 && (nq_lex_is(NQ_W_ANON, w->c, w->n) || in_set("家者员民户友", w->c[w->n - 1])))
		return 0;
	return is_person(c, a, e) || (is_translit(c, a, e) && e >= a + 3);
}

static int
has_title(const int32_t *c, size_t a, size_t b)
{
	for (; a < b; a++)
		if (nq_lex_at(NQ_W_TITLE, c, a, b))
			return 1;
	return 0;
}

static int
is_place_end(int32_t c)
{
	return c == 0x65F6 /* 时 */ || c == 0x540E /* 后 */ || c == 0x524D /* 前 */ ||
	    c == 0x521D /* 初 */ || c == 0x5E95 /* 底 */ || c == 0x672B /* 末 */ ||
	    c == 0x4E0A /* 上 */ || c == 0x4E2D /* 中 */ || c == 0x91CC /* 里 */ ||
	    c == 0x4E0B /* 下 */ || c == 0x5185 /* 内 */ || c == 0x5916 /* 外 */;
}



static size_t name_at(const int32_t *c, size_t a, size_t n);

/*
 * The speaker in the phrase c[a..b) before a cue: strip connectives,
 * adverbs, time and place words, then split title and name.
 */
/* a gesture that goes with speaking, c[i..b): 摇头, 点头, 摆手 */
static int
gesture_at(const int32_t *c, size_t i, size_t b)
{
	static const char *const g[] = { "摇头", "点头", "摆手", "挥手", "叹气", "苦笑", "微笑",
		"皱眉", "耸肩" };
	size_t k;

	for (k = 0; k < sizeof(g) / sizeof(g[0]); k++)
		if (at(c, b, i, g[k]))
			return 1;
	return 0;
}

/*
 * A verb of bringing up a topic at c[i] opening a clause of time that ends
 * in 时 before any mark (张外龙谈到比赛时直言…, 说起这件事时): the time of
 * the speech, not the speech. The index after 时, or 0.
 */
static size_t
topic_time(const int32_t *c, size_t i, size_t n)
{
	static const char *const open[] = {"谈到", "谈及", "谈起", "提到", "提及", "提起", "说起",
	    "说到", "聊到", "聊起"};
	size_t m, k = 0, x;

	for (m = 0; m < sizeof(open) / sizeof(open[0]) && !k; m++)
		k = at(c, n, i, open[m]);
	if (!k)
		return 0;
	for (x = i + k; x < n && x - i <= 16 && !is_boundary(c[x]); x++)
		if (x > i + k && c[x] == 0x65F6 /* 时 */ && c[x - 1] != 0x5C0F /* 小时 */)
			return x + 1;
	return 0;
}

/*
 * A description not known as a title, then a full name ending c[a..b):
 * 职工盟李卓人, 茶商杨德余, 唐太宗李世民, 中国队前锋王钰栋 (a team or body,
 * then a role of one or two), 新民党叶刘淑仪 (a married name of Hong Kong:
 * her husband's surname, her own, two given). Where the name starts, or 0
 * (not 付款时|总少, 有关|领导).
 */
static size_t
described_name(const int32_t *c, size_t a, size_t b)
{
	static const char body[] = "盟会社党部局处厅院所署委办商户宗帝队联";
	const struct nq_word *w1, *w2;
	size_t x, j;

	if (b < a + 5)
		return 0;
	for (x = b - 4 < a + 2 ? a + 2 : b - 4; x + 2 < b; x++) {
		if (b - x == 4) {
			if (!(w1 = nq_lex_at(NQ_W_SURNAME, c, x, b)) || w1->n != 1 ||
			    !(w2 = nq_lex_at(NQ_W_SURNAME, c, x + 1, b)) || w2->n != 1 ||
			    !nk_is_han(c[x + 2]) || !nk_is_han(c[x + 3]) || has_funchar(c, x + 2, b) ||
			    in_set(person_final, c[b - 1]) || in_set("方面界", c[b - 1]))
				continue;
		} else if (!(is_person(c, x, b) && name_at(c, x, b) == 3))
			continue;
		/* 有关领导: a noun for people that starts like a surname */
		if (((w1 = nq_lex_suffix(NQ_W_TITLE, c + x, b - x)) && w1->n >= 2) ||
		    ((w1 = nq_lex_suffix(NQ_W_ANON, c + x, b - x)) && w1->n >= 2))
			continue;
		if (in_set(person_final, c[x - 1]) || in_set(body, c[x - 1]))
			return x;
		/* 中国队前锋, 工会代表: a body, then a role of two (not 科委有|关领导) */
		j = x - 2;
		if (j > a + 1 && in_set(body, c[j - 1]) && c[j - 1] != 0x5546 /* 商 */)
			return x;
	}
	return 0;
}

/*
 * 高雄大寮区大寮里长|萧清翔, 高市府工务局公园处主秘|陈锦宏: a role the
 * lexicon does not know ends the description before the name at i: a noun
 * for people (里长, 站长; not the 夫 of 外长拉夫|罗夫), or a role of two
 * right after a body (公园处|主秘).
 */
static int
role_before(const int32_t *c, size_t a, size_t i)
{
	return (i >= a + 2 && in_set(person_final, c[i - 1]) && !in_set(translit, c[i - 1])) ||
	    (i >= a + 3 && in_set("盟会社党部局处厅院所署委办队联", c[i - 3]));
}

/*
 * 教练|上场, 议员|必须: two characters after a title that are no name: no
 * surname opens them, nor 小, 阿 or 老 (主持人小丽), and no character
 * of a foreign name is in them (总统|普京).
 */
static int
bare_two(const int32_t *c, size_t a, size_t b)
{
	return b == a + 2 && nk_is_han(c[a]) && nk_is_han(c[a + 1]) && !in_set("小阿老", c[a]) &&
	    !nq_lex_at(NQ_W_SURNAME, c, a, b) && !in_set(translit, c[a]) && !in_set(translit, c[a + 1]);
}

/* c[a..b) is a noun for people (村民, 大寮里长, 学生家长), no name in it */
static int
people_word(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;

	if (b < a + 2 || b > a + 8 || has_funchar(c, a, b) || is_person(c, a, b))
		return 0;
	return (((w = nq_lex_suffix(NQ_W_TITLE, c + a, b - a)) || (w = nq_lex_suffix(NQ_W_ANON, c + a, b - a))) &&
	    w->n >= 2 && (w->n == b - a || !is_person(c, a, b - w->n))) ||
	    (in_set("民生众工友", c[b - 1]) && b == a + 2);
}

/* 里长及里民, 学生和家长, 村民与游客: two nouns for people joined by 及, 和
 * or 与; where the joining character is, else 0 */
static size_t
people_pair(const int32_t *c, size_t a, size_t b)
{
	size_t i;

	for (i = a + 2; i + 2 <= b; i++)
		if (in_set("及和与", c[i]))
			return people_word(c, a, i) && people_word(c, i + 1, b) ? i : 0;
	return 0;
}

/*
 * 建制派「班长」廖长江, 工会“老黄牛”王德明: a nickname in marks inside
 * c[a..b), after a description with no 的, right before a person's name
 * that ends it. Where the name starts, else 0.
 */
static size_t
marked_nickname(const int32_t *c, size_t a, size_t b)
{
	size_t i, k, l;

	for (i = b; i > a && !is_close(c[i - 1]) && c[i - 1] != '"'; i--)
		if (is_boundary(c[i - 1]) || b - i > 4)
			return 0;
	if (i <= a + 2 || (l = b - i) < 2)
		return 0;
	for (k = i - 1; k > a && !is_open(c[k - 1]) && c[k - 1] != '"'; k--)
		;
	if (k <= a || i - k > 10 || !is_person(c, i, b) || name_at(c, i, b) != l ||
	    memchr32(c, a, k, 0x88AB /* 被 */) || memchr32(c, a, k, 0x628A /* 把 */) ||
	    memchr32(c, a, k, 0x7684 /* 的 */))	/* (not 被康文署「诈型」|严厉警告) */
		return 0;
	return i;
}

/*
 * 陈姓男子, 林姓民众, 王姓女子: a surname, 姓, then a noun for people
 * ending c[a..b). Where the surname is, else 0.
 */
static size_t
surname_person(const int32_t *c, size_t a, size_t b)
{
	size_t i;

	for (i = b - 2; i > a && b - i <= 6; i--)
		if (c[i] == 0x59D3 /* 姓 */ && nq_lex_is(NQ_W_SURNAME, c + i - 1, 1) &&
		    (person_noun(c, i + 1, b) || (b - i - 1 == 2 && in_set(person_final, c[b - 1]))) &&
		    !has_funchar(c, i + 1, b))
			return i - 1;
	return 0;
}

/* s's name ends c[..b) and is a person's name (not 杜马|议员…) */
static int
nq_name_is_person(const struct spk *s, const int32_t *c, size_t b)
{
	int32_t x[12];
	size_t n = 0, i = 0;
	const struct nq_word *w;

	while (i < s->name.n && n < 12)
		i += nk_u8_dec(s->name.p + i, s->name.n - i, &x[n++]);
	if (i < s->name.n || n > b || memcmp(c + b - n, x, n * sizeof(*x)) != 0 ||
	    ((w = nq_lex_suffix(NQ_W_TITLE, x, n)) && w->n >= 2))
		return 0;
	return is_person(x, 0, n) || memchr32(x, 0, n, 0x00B7 /* · */);
}

static int told(const int32_t *c, size_t a, size_t b);

/* the one told, c[a..b): a noun phrase with no clause mark in it */
static int
told_phrase(const int32_t *c, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (is_boundary(c[i]))
			return 0;
	return told(c, a, b);
}

/*
 * c[a..b) describes a person by the name given, …名叫X的N (名叫, 叫做,
 * 名为; N a noun for people, 男士, 女子, 护士): where X starts, its end in
 * *e; else 0.
 */
static size_t
called_name(const int32_t *c, size_t a, size_t b, size_t *e)
{
	size_t i, j;

	for (i = a; i + 2 < b; i++) {
		size_t k = 2;

		if (c[i] != 0x540D /* 名 */ && c[i] != 0x53EB /* 叫 */)
			continue;
		/* (一名叫张强的男子: 一名 is stripped as a count, 叫 left) */
		if (i == a && c[i] == 0x53EB /* 叫 */ && c[i + 1] != 0x505A /* 叫做 */)
			k = 1;
		else if (!(at(c, b, i, "名叫") || at(c, b, i, "叫做") || at(c, b, i, "名为")))
			continue;
		for (j = i + k; j < b && j - i <= 8 && c[j] != 0x7684 /* 的 */; j++)
			;
		if (j >= b || c[j] != 0x7684 || b - j - 1 < 1 || b - j - 1 > 4 ||
		    !in_set(person_final, c[b - 1]))
			return 0;
		if (is_person(c, i + k, j) || (j - i - k >= 2 && is_translit(c, i + k, j))) {
			*e = j;
			return i + k;
		}
		return 0;
	}
	return 0;
}

/* the word w occurs in c[a..b) */
static int
word_in(const int32_t *c, size_t a, size_t b, const char *w)
{
	for (; a < b; a++)
		if (at(c, b, a, w))
			return 1;
	return 0;
}

/* c[a..b) ends in a social media account: its length, else 0 */
static size_t
platform_end(const int32_t *c, size_t a, size_t b)
{
	static const char *const acct[] = {"官方微博", "官方微信", "微信公众号", "公众号", "推特",
	    "脸书", "微博", "官网", "Twitter", "Facebook", "X平台"};
	size_t m, l;

	if (b < a + 3 || !in_set("特书博号网信rk台", c[b - 1]))
		return 0;
	for (m = 0; m < sizeof(acct) / sizeof(acct[0]); m++)
		if ((l = nk_u8_count(acct[m], strlen(acct[m]))) < b - a && at(c, b, b - l, acct[m]))
			return l;
	return 0;
}

/* c[a..b) ends in a paper issued or a report made: 公告, 通报, 声明 */
static int
paper_end(const int32_t *c, size_t a, size_t b)
{
	/* (not 公报: 大公报 is a newspaper) */
	static const char *const paper[] = {"公告", "通告", "通报", "声明", "举报"};
	size_t m;

	if (b < a + 2 || !in_set("告报明", c[b - 1]))
		return 0;
	for (m = 0; m < sizeof(paper) / sizeof(paper[0]); m++)
		if (b >= a + 2 && at(c, b, b - 2, paper[m]))
			return 1;
	return 0;
}

/* a company's name in Latin letters, before its staff (Roadstar 一名投资人) */
static int
latin_name(const int32_t *c, size_t a, size_t b)
{
	size_t n = 0;

	while (b > a && c[b - 1] == ' ')
		b--;
	for (; a < b; a++, n++)
		if (!is_latin(c[a]) && !(c[a] >= '0' && c[a] <= '9') && c[a] != ' ' && c[a] != '-' &&
		    c[a] != '.')
			return 0;
	return n >= 2;
}

/* c[a..b) is a side (检方, 辩方: two ending in 方) or an anonymous source
 * of the lexicon, then a common verb of two in jieba's dictionary */
static int
source_then_verb(const int32_t *c, size_t a, size_t b)
{
	const char *t;
	double f;
	size_t e = b - 2;

	if (!(t = nq_dict_word(c + e, 2, &f)) || strcmp(t, "v") != 0 || f < 100 ||
	    nq_lex_at(NQ_W_VERB, c, e, b) || !nk_is_han(c[e - 1]))
		return 0;
	/* (not 非政府|组织, 两国政府|联合: an organisation's name may end
	 * in what the dictionary calls a verb) */
	return (e - a == 2 && c[e - 1] == 0x65B9 /* 方 */ && !in_set("对双各", c[a])) ||
	    nq_lex_is(NQ_W_ANON, c + a, e - a);
}

/* 居民邵某|连声称赞, 被告李某某|当庭: an anonymised name (a surname and
 * 某 or 某某) ends at its last 某; where c[a..b)'s name ends */
static size_t
anon_name_end(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w = nq_lex_at(NQ_W_SURNAME, c, a, b);
	size_t m;

	if (!w || a + w->n >= b || c[a + w->n] != 0x67D0 /* 某 */)
		return b;
	for (m = a + w->n; m < b && c[m] == 0x67D0; m++)
		;
	return m;
}

static int
parse_speaker(const int32_t *c, size_t a, size_t b, struct spk *out)
{
	const struct nq_word *w;
	size_t i, e, qa = a, qb = a, pn;
	int changed = 1, loc = 0, zai = 0;

	trim(c, &a, &b);
	/* 不等主任回答, 没等他说完: before the speech, not a speaker of it */
	if (b - a > 2 && in_set("不没未", c[a]) && c[a + 1] == 0x7B49 /* 等 */)
		return 0;
	/* 发出第二封电报(表示): issuing a paper, with its subject before */
	if (b - a > 3 && c[a] == 0x53D1 /* 发 */ && in_set("出布表来", c[a + 1]))
		return 0;
	while (changed && a < b) {
		changed = 0;
		if ((w = nq_lex_at(NQ_W_LEAD, c, a, b)) && w->n < b - a) {
			/* 日前在慕尼黑安全会议上指称: a place, no speaker */
			if (w->n == 1 && c[a] == 0x5728 /* 在 */) {
				if ((is_place_end(c[b - 1]) || loc) && !nq_lex_suffix(NQ_W_TRAIL, c + a, b - a) &&
				    !memchr32(c, a, b, 0x7684 /* 在加沙城的巴勒斯坦记者 */))
					return 0;
				zai = 1;	/* 在…召开的股东大会上: see below */
			}
			a += w->n;
			changed = 1;
		}
		/* 微博中警方, 声明中该公司: where it was said, before the speaker */
		{
			static const char *const media[] = {"微博", "推特", "脸书", "声明", "通报",
			    "公告", "报告", "节目", "视频", "直播", "文章", "信"};
			size_t m, ml;

			for (m = 0; m < sizeof(media) / sizeof(media[0]); m++) {
				ml = strlen(media[m]) / 3;	/* three bytes a character */
				if (b - a > ml + 2 && at(c, b, a, media[m]) && in_set("中上里", c[a + ml]) &&
				    nk_is_han(c[a + ml + 1])) {
					a += ml + 1;
					changed = 1;
					break;
				}
			}
		}
		/* 我外交部, 我国驻日代表处 (Taiwan's and official usage): "our" before a body */
		if (b - a >= 4 && c[a] == 0x6211 /* 我 */ && (c[a + 1] == 0x56FD /* 国 */ ||
		    (c[a + 1] != 0x4EEC /* 们 */ && nq_lex_suffix(NQ_W_ORG, c + a, b - a)))) {
			a += c[a + 1] == 0x56FD ? 2 : 1;
			changed = 1;
		}
		/* 那位传染病专家, 这名男子: a demonstrative before a noun for people */
		if (b - a > 3 && in_set("这那", c[a]) && in_set("位名", c[a + 1]) &&
		    person_noun(c, a + 2, b)) {
			a += 2;
			changed = 1;
		}
		/* 当地多名村民, 现场一位市民, 附近两名店主: a place, then a count
		 * of people described (not 两名工人 alone: the count opens it) */
		for (i = a + 1; i + 2 < b && i <= a + 4; i++) {
			size_t j = i;

			if (is_numeral(c[i]) || in_set("多几数两", c[i])) {
				while (j < b && (is_numeral(c[j]) || in_set("多几数两", c[j])))
					j++;
				if (j < b && in_set("名位个", c[j]))
					j++;
				else
					j = i;
			} else if ((c[i] == 0x4E0D || c[i] == 0x90E8 || c[i] == 0x8BB8 || c[i] == 0x4E00 ||
			    c[i] == 0x4F17) && (at(c, b, i, "不少") || at(c, b, i, "部分") ||
			    at(c, b, i, "许多") || at(c, b, i, "一些") || at(c, b, i, "众多")))
				j = i + 2;
			/* (附近一名社区工作人员: a word of a place or body may come
			 * before the noun) */
			if (j > i && j < b && !has_funchar(c, a, i) && !is_numeral(c[i - 1]) &&
			    (pn = person_noun(c, j, b)) && (pn == b - j || (b - j <= pn + 4 && !has_funchar(c, j, b)))) {
				a = j;
				changed = 1;
				break;
			}
		}
		/* 负责出警的派出所一名值班民警, 涉事公司两位员工: a body or a
		 * phrase in 的 of any length, a count, then people described */
		for (i = a + 2; i + 3 < b && !changed; i++) {
			size_t j = i;

			while (j < b && (is_numeral(c[j]) || in_set("多几数两", c[j])))
				j++;
			if (j == i || j >= b || !in_set("名位", c[j]))
				continue;
			j++;
			if ((memchr32(c, a, i, 0x7684 /* 的 */) || nq_lex_suffix(NQ_W_ORG, c + a, i - a) ||
			    latin_name(c, a, i)) &&
			    b - j <= 6 && !has_funchar(c, j, b) && ((w = nq_lex_suffix(NQ_W_TITLE, c + j, b - j)) ||
			    (w = nq_lex_suffix(NQ_W_ANON, c + j, b - j))) && w->n >= 2) {
				a = j;
				changed = 1;
			}
		}
		/* (均 "all" wants a plural subject: after a surname and one
		 * character it ends a name, 董平均说) */
		if ((w = nq_lex_suffix(NQ_W_TRAIL, c + a, b - a)) && w->n < b - a &&
		    !(w->n == 1 && c[b - 1] == 0x5747 /* 均 */ && b - a >= 3 && is_person(c, b - 3, b))) {
			b -= w->n;
			changed = 1;
		}
		/* 官兵们分别列队, 吐逊江当时就: an adverb or time word inside,
		 * before a verb phrase (not 特别顾问, 首次提出…说) */
		for (i = a + 2; i + 1 < b; i++)
			if ((w = nq_lex_at(NQ_W_TRAIL, c, i, b)) && w->n >= 2 && i + w->n < b &&
			    plain_rest(c, i + w->n, b)) {
				b = i;
				changed = 1;
				break;
			}
		if ((w = nq_lex_suffix(NQ_W_LOC, c + a, b - a)) && w->n < b - a) {
			b -= w->n;
			changed = 1;
			loc = 1;
		}
		/* 奥尔特曼(Sam Altman): the name in Latin letters after it */
		if ((i = latin_paren_before(c, a, b)) && i < b - a) {
			b -= i;
			changed = 1;
		}
		/* 他态度强硬地(评价), 李明语气平静地(说): a manner in 地 after a
		 * pronoun or a name */
		if (b - a >= 4 && c[b - 1] == 0x5730 /* 地 */) {
			size_t l = in_set("他她", c[a]) ? 1 : name_at(c, a, b);

			if (l && b - 1 - (a + l) >= 2 && b - 1 - (a + l) <= 6 &&
			    !has_funchar(c, a + l, b - 1) && nk_is_han(c[a + l])) {
				b = a + l;
				changed = 1;
			}
		}
		/* 周校长摇头, 他点头: a gesture before speaking (not 他摇摇头,
		 * which the repeated-verb rule below reads) */
		if (b - a >= 3 && c[b - 3] != c[b - 2] && gesture_at(c, b - 2, b)) {
			b -= 2;
			changed = 1;
		}
		/* 李克强两次强调, 每次…都强调: how often, not who */
		if (b - a >= 2 && c[b - 1] == 0x6B21 /* 次 */ && (is_numeral(c[b - 2]) ||
		    in_set("每多几数屡两", c[b - 2]))) {
			for (b -= 2; b > a && (is_numeral(c[b - 1]) || in_set("多几数两", c[b - 1])); b--)
				;
			if (b > a && c[b - 1] == 0x7B2C /* 第一次 */)
				b--;
			changed = 1;
		}
		/* 外交部今（19）日, 陈先生（化名）: a note in brackets */
		if ((i = note_paren_before(c, a, b)) && i < b - a) {
			b -= i;
			changed = 1;
		}
		/* 富恩斯特13日, 顾立雄三月: a date after the speaker */
		if (b - a > 2 && (c[b - 1] == 0x65E5 /* 日 */ || c[b - 1] == 0x53F7 /* 号 */ ||
		    c[b - 1] == 0x6708 /* 月 */) && is_numeral(c[b - 2])) {
			for (b--; b > a && is_numeral(c[b - 1]); b--)
				;
			changed = 1;
		}
		/* 派出所接到市民李先生报警称, 小王报案称: the one who called the
		 * police speaks, not the station that took the call */
		if (b - a > 3 && c[b - 2] == 0x62A5 /* 报 */ && in_set("警案", c[b - 1])) {
			b -= 2;
			/* 小王（化名）报警: a note in brackets after the name */
			if (c[b - 1] == 0xFF09 /* ） */)
				for (i = b - 1; i > a + 1; i--)
					if (c[i - 1] == 0xFF08 /* （ */) {
						b = i - 1;
						break;
					}
			for (i = b; i > a + 1; i--)
				if (c[i - 2] == 0x63A5 /* 接到, 接获 */ && in_set("到获", c[i - 1]) && i < b) {
					a = i;
					break;
				}
			changed = 1;
		}
		/* 比亚迪发布(声明称), 警方发出(通告): a verb of issuing a paper */
		if (b - a > 3 && c[b - 2] == 0x53D1 /* 发 */ && in_set("布出表文", c[b - 1])) {
			b -= 2;
			changed = 1;
		}
		/* 英国广播公司BBC, 世界卫生组织WHO: a body, then its initials */
		for (i = b; i > a && c[i - 1] >= 'A' && c[i - 1] <= 'Z'; i--)
			;
		if (b - i >= 2 && b - i <= 6 && i - a >= 2 && nk_is_han(c[i - 1]) &&
		    (nq_lex_suffix(NQ_W_ORG, c + a, i - a) || at(c, i, i - 2, "组织"))) {
			b = i;
			changed = 1;
		}
		/* 自称名叫曾贤龙的男士, 一位名叫玛丽的护士: the name given */
		if ((i = called_name(c, a, b, &e)) > 0) {
			a = i;
			b = e;
			changed = 1;
		}
		/* 王刚推特介绍, 某公司官方微博称: the account's owner */
		if ((i = platform_end(c, a, b)) && b - i >= a + 2) {
			b -= i;
			changed = 1;
		}
		/* 顺丰控股公告称, 警方通报称: the author of a paper or a report
		 * named by it speaks (not 该公告称: a demonstrative alone) */
		if (b - a >= 4 && paper_end(c, a, b) && !in_set("该此本这其", c[b - 3])) {
			b -= 2;
			changed = 1;
		}
		/* 他叮嘱镇村干部(说), 王明告诉记者(说): a verb of telling and the
		 * one told before the cue */
		for (i = a + 1; i + 2 < b && !changed; i++)
			if ((w = nq_lex_at(NQ_W_VERB, c, i, b)) && (w->flags & NQ_F_TELL) && i + w->n < b &&
			    b - i - w->n <= 10 && told_phrase(c, i + w->n, b)) {
				b = i;
				changed = 1;
			}
		/* 检方起诉(指出), 辩方求情(指), 警方调查(发现): a verb of jieba's
		 * dictionary after a side or a source */
		if (b - a >= 4 && source_then_verb(c, a, b)) {
			b -= 2;
			changed = 1;
		}
		/* 他强调说, 酒楼回应称: a verb before the cue is not the speaker */
		if ((w = nq_lex_suffix(NQ_W_VERB, c + a, b - a)) && w->tier && w->n < b - a &&
		    w->n >= 2) {
			b -= w->n;
			changed = 1;
		}
		/* 发言人答(称), 记者问(道): answering or asking, then the cue */
		if (b - a >= 3 && in_set("答问", c[b - 1]) && nk_is_han(c[b - 2]) &&
		    !in_set("提发询追反", c[b - 2]) && !nq_lex_suffix(NQ_W_TITLE, c + a, b - a) &&
		    !nq_lex_suffix(NQ_W_STOP, c + a, b - a)) {	/* not 顾问, 学问 */
			b--;
			changed = 1;
		}
		/* 社会学家的观点则认为: the holder of the view speaks */
		for (i = b; i > a + 1 && b - i < 4; i--)
			if (c[i - 1] == 0x7684 /* 的 */ && i < b && nq_lex_is(NQ_W_NOUN, c + i, b - i)) {
				b = i - 1;
				changed = 1;
				break;
			}
		/* 宁士敏非常自信地, 梁伦沮丧地, 吉梅不无遗憾地 (兴奋的, 的 its slip): an adverbial in 地
		 * before the verb, from a degree word or after the longest name
		 * that leaves it two or four characters, or three as in 乐呵呵 */
		if (b - a > 3 && (c[b - 1] == 0x5730 /* 地 */ || c[b - 1] == 0x7684 /* 的, its slip */)) {
			for (i = a + 1; i + 1 < b; i++)
				if (nq_lex_at(NQ_W_DEGREE, c, i, b))
					break;
			if (i + 1 >= b)
				for (i = a + 4; i > a + 1; i--) {
					size_t t = i;	/* 范晓萱也乐观地: an adverb of one between */

					if (i < b && (w = nq_lex_at(NQ_W_TRAIL, c, i, b)) && w->n == 1)
						t = i + 1;
					if (t + 1 < b && (b - 1 - t == 2 || b - 1 - t == 4 ||
					    (b - 1 - t == 3 && c[t + 1] == c[t + 2])) && is_person(c, a, i))
						break;
				}
			/* 一位老教授忧心忡忡地, 副主席罗涵先兴奋地, 有人自我炫耀地,
			 * 伊丽莎白泰勒则感伤地: after a noun for a person, a name ending
			 * a longer phrase, or a foreign name */
			if (i <= a + 1) {
				size_t len;

				for (len = 4; len >= 2; len -= 2) {
					if (b < a + len + 3)
						continue;
					i = b - 1 - len;
					if (((w = nq_lex_suffix(NQ_W_TITLE, c + a, i - a)) && w->n >= 2) ||
					    ((w = nq_lex_suffix(NQ_W_ANON, c + a, i - a)) && w->n >= 2) ||
					    (i >= a + 3 && is_person(c, i - 3, i) && name_at(c, i - 3, b) == 3) ||
					    (is_person(c, i - 2, i) && name_at(c, i - 2, b) == 2) ||
					    (is_translit(c, a, i - (nq_lex_is(NQ_W_TRAIL, c + i - 1, 1) ? 1 : 0)) &&
					    !in_set(translit, c[i])))
						break;
				}
				if (len < 2)
					i = a;
			}
			if (i > a + 1 && i + 1 < b && b - i <= 8) {
				b = i;
				changed = 1;
			}
		}
		/* 李大伟十分(坦率地): a degree word left before the verb */
		if ((w = nq_lex_suffix(NQ_W_DEGREE, c + a, b - a)) && w->n < b - a) {
			b -= w->n;
			changed = 1;
		}
		/* 中新网6月20日电中国石油…公司: a dateline before the speaker */
		for (i = b; i > a + 3; i--)
			if (c[i - 1] == 0x7535 /* 电 */ && c[i - 2] == 0x65E5 /* 日 */ && is_numeral(c[i - 3]) &&
			    i < b) {
				a = i;
				changed = 1;
				break;
			}
		/* 中新网5月24日电据日本共同社报道: the source follows 据 */
		for (i = b; i > a + 1; i--)
			if (c[i - 1] == 0x636E /* 据 */ && i < b) {
				a = i;
				changed = 1;
				break;
			}
		/* "X在…上", "X对媒体", "X向记者", "X接受采访时", "X发表讲话": the
		 * speaker is X (but 守护在此的交警: people in a clause of 的) */
		for (i = b; i > a && c[i - 1] != 0x7684 /* 的 */; i--)
			;
		if (i > a + 1 && b - i >= 2 && (person_noun(c, i, b) == b - i ||
		    /* 联合国在华盛顿的发言人德博拉·德扬: a title and a name (杜加里克:
		     * a foreign one without a dot) */
		    ((w = nq_lex_at(NQ_W_TITLE, c, i, b)) && w->n >= 2 && b - i - w->n >= 2 &&
		    !has_funchar(c, i + w->n, b) && (is_person(c, i + w->n, b) ||
		    (b - i - w->n >= 3 && is_translit(c, i + w->n, b)) ||
		    memchr32(c, i + w->n, b, 0x00B7) || memchr32(c, i + w->n, b, 0x2022)))) &&
		    !memchr32(c, a, i, 0x5BF9) &&
		    !memchr32(c, a, i, 0x5411) && !memchr32(c, a, i, 0x8DDF))	/* 对, 向, 跟: the one told */
			i = b;
		else
			i = a + 1;
		for (; i < b; i++)
			if ((c[i] == 0x5728 /* 在, not 正在, 现在 */ && !in_set("正现实存所自", c[i - 1])) ||
			    /* 警方于例行记者会中 (not 记者于嘉, 买家均独立于: a place or
			     * time ends it, or a body or person comes before it) */
			    (c[i] == 0x4E8E /* 于 */ && b - i >= 3 && (in_set("中上时后前内", c[b - 1]) ||
			    nq_lex_suffix(NQ_W_ORG, c + a, i - a) || nq_lex_suffix(NQ_W_ANON, c + a, i - a) ||
			    is_person(c, a, i) || c[i - 1] == 0x65B9 /* 警方, 校方 */) &&
			    !in_set("关对由至属终等位处基", c[i - 1])) ||
			    /* (not the 对 of 反对派, 绝对, 相对, 核对, 应对) */
			    (c[i] == 0x5BF9 /* 对 */ && !in_set("反绝相核应", c[i - 1])) ||
			    /* 小胡跟指挥员说 (not 跟进, 跟踪, 紧跟) */
			    (c[i] == 0x8DDF /* 跟 */ && i + 1 < b && !in_set("进踪随帖", c[i + 1]) &&
			    !in_set("紧", c[i - 1])) ||
			    c[i] == 0x5411 /* 向 */ || at(c, b, i, "接受采访") || at(c, b, i, "接受记者") ||
			    (c[i] == 0x53D1 /* 发表 */ && i + 1 < b && c[i + 1] == 0x8868 && i - a >= 2) ||
			    /* 比亚迪发布声明, 警方发出通告, 发文: the paper's author */
			    (c[i] == 0x53D1 /* 发 */ && i - a >= 2 && i + 2 < b && (at(c, b, i, "发布") ||
			    at(c, b, i, "发出") || at(c, b, i, "发文")) && !at(c, b, i, "发布会")) ||
			    at(c, b, i, "接受专访") || at(c, b, i, "针对") || at(c, b, i, "关于") ||
			    /* 史考特透过新闻稿, 碧咸透过发言人: the means, not the speaker */
			    at(c, b, i, "透过") ||
			    /* 接受本报记者专访时, 接受新华社记者采访: an interview given */
			    (at(c, b, i, "接受") && i - a >= 2 && (memchr32(c, i + 2, b, 0x8BBF /* 访 */) ||
			    word_in(c, i + 2, b, "记者") || word_in(c, i + 2, b, "媒体"))) ||
			    /* 杨晓光接受BBC(访问时): who interviewed, before the time */
			    (loc && at(c, b, i, "接受") && b - i <= 10) ||
			    topic_time(c, i, b) == b) {
				if (i - a >= 2 || !nq_lex_at(NQ_W_SURNAME, c, a, b)) {
					b = i;
					changed = 1;
					break;
				}
			}
		trim(c, &a, &b);
	}
	/* 并透过发言人表示, 借助翻译: the means, the speaker is elsewhere */
	if (at(c, b, a, "透过") || at(c, b, a, "通过") || at(c, b, a, "经由") || at(c, b, a, "借助"))
		return 0;
	/* 国家科委的抽样调查表明: evidence of a body, not its words */
	if ((w = nq_lex_suffix(NQ_W_NOTSPK, c + a, b - a)) && w->n >= 2 && b - w->n > a &&
	    memchr32(c, a, b - w->n, 0x7684 /* 的 */))
		return 0;
	/* 日前在总部召开的股东大会上承诺: a place ending in a locative, no speaker */
	if (zai && loc)
		return 0;
	/* 立法会主席梁君彦离开会议厅时(指), 李明走出法院时: a name, then what
	 * was going on when the speaker spoke, ending in 时 */
	if (b - a >= 6 && c[b - 1] == 0x65F6 /* 时 */ && !in_set("小同当此届按及准适临", c[b - 2]))
		for (i = b - 5; i + 1 > a; i--) {
			size_t l = name_at(c, i, b), m;

			/* 哈尼亚当天与…通电话时: a foreign name opening the phrase */
			for (m = 3; !l && i == a && m <= 8 && i + m + 3 <= b && is_translit(c, i, i + m); m++)
				if (!in_set(translit, c[i + m]))
					l = m;
			if (!l || i + l + 3 > b || (has_funchar(c, i + l, i + l + 1) &&
			    !in_set("与对向跟同和从", c[i + l])))	/* 王明与…通电话时 */
				continue;
			/* 李明|走出法院时, 刘淇|调研…时, 秦刚|举行…时: after a name
			 * of two, a verb opening the clause of time */
			if (l == 3 && in_set("离走来去出进到回返抵赶调视考察访参会接举看听主慰检前率应答与谈赴",
			    c[i + 2]) && is_person(c, i, i + 2))
				l = 2;
			/* (not 欧盟|委员会主席…: a body or title goes on after a name at
			 * the start) */
			if (i == a ? !(nq_lex_at(NQ_W_TITLE, c, a + l, b) || nq_lex_at(NQ_W_ORG, c, a + l, b) ||
			    nq_lex_at(NQ_W_ORG, c, a + l + 1, b) || nq_lex_at(NQ_W_ORG, c, a + l + 2, b)) : (((w = nq_lex_suffix(NQ_W_TITLE, c + a, i - a)) &&
			    w->n >= 2) || described_name(c, a, i + l) == i)) {
				/* 主席冯德莱恩|出席…时: a foreign name after a title */
				if (i > a && is_translit(c, i + 1, i + l))
					for (m = l + 1; m <= 8 && i + m + 2 <= b && is_translit(c, i + 1, i + m); m++)
						l = m;
				b = i + l;
				break;
			}
		}
	/* 建制派「班长」廖长江: a description, a nickname in marks, then the
	 * name ending the phrase */
	if (b > a + 4 && !is_open(c[a]) && c[a] != '"' && (i = marked_nickname(c, a, b))) {
		spk_set(out, SPK_PERSON, c + i, b - i, c + a, i - a);
		return 1;
	}
	/* a nickname in quotation marks before the name: “中国巴菲特”段永平 */
	if (a < b && (is_open(c[a]) || c[a] == '"')) {
		int32_t cl = close_of(c[a]);

		for (i = a + 1; i < b && c[i] != cl; i++)
			;
		if (i >= b)
			return 0;
		qa = a;
		qb = i + 1;
		a = i + 1;
		trim(c, &a, &b);
	}
	/* 有专家认为: "there is an expert who…" */
	if (b - a > 2 && c[a] == 0x6709 /* 有 */ && person_noun(c, a + 1, b))
		a++;
	if (a >= b || b - a > 60)
		return 0;
	/* 对哥哥说, 向记者介绍: the one spoken to, no speaker */
	if (in_set("对向跟", c[a]))
		return 0;
	/* 《通知》说, 据《人民日报》报道: a paper or document speaks */
	if (b - a > 2 && c[a] == 0x300A /* 《 */ && c[b - 1] == 0x300B /* 》 */ &&
	    !memchr32(c, a + 1, b - 1, 0x300A) && !memchr32(c, a + 1, b - 1, 0x300B)) {
		spk_set(out, SPK_ORG, c + a + 1, b - a - 2, NULL, 0);
		return 1;
	}
	for (i = b; i > a; i--) {
		size_t py = pinyin_before(c, a, i);

		if (py) {
			i -= py - 1;
			continue;
		}
		if (is_boundary(c[i - 1]) && c[i - 1] != 0x3001)
			return 0;
	}
	if (nq_lex_is(NQ_W_NOTSPK, c + a, b - a))
		return 0;
	/* 首先承认…, 同时指出…: an adverb alone is no speaker */
	if (nq_lex_is(NQ_W_TRAIL, c + a, b - a) || nq_lex_is(NQ_W_LEAD, c + a, b - a))
		return 0;
	if (nq_lex_is(NQ_W_PRON, c + a, b - a)) {
		spk_set(out, SPK_PRON, c + a, b - a, NULL, 0);
		return 1;
	}
	if (nq_lex_is(NQ_W_ANON, c + a, b - a)) {
		spk_set(out, SPK_ANON, c + a, b - a, NULL, 0);
		return 1;
	}
	/* title and name: the title word ending furthest right */
	for (e = b - 1; e > a; e--) {
		size_t na = e, nb = b, da = qb > qa ? qa : a, db = e;

		if (!(w = nq_lex_suffix(NQ_W_TITLE, c + a, e - a)))
			continue;
		trim(c, &na, &nb);
		/* 董事长王强众代表, 村民李金莲代表: a title after the name too */
		if (!is_name(c, na, nb) && (w = nq_lex_suffix(NQ_W_TITLE, c + na, nb - na)) && w->n >= 2 &&
		    nb - w->n > na + 1 && is_person(c, na, nb - w->n) && name_at(c, na, nb) == nb - w->n - na)
			nb -= w->n;
		/* 发言人艾尔达•萨比罗格鲁中校: a foreign name, then a rank */
		else if ((w = nq_lex_suffix(NQ_W_TITLE, c + na, nb - na)) && w->n >= 2 && nb - w->n > na + 3 &&
		    !is_dot(c[nb - w->n - 1]) && (memchr32(c, na, nb - w->n, 0x00B7) ||
		    memchr32(c, na, nb - w->n, 0x2022) || memchr32(c, na, nb - w->n, 0x30FB)))
			nb -= w->n;
		/* 干事|长吴思瑶, 处|长王明: the title's last character is 长 or
		 * another of a noun for people, a full name after it */
		if (nb - na == 4 && in_set(person_final, c[na]) && !is_person(c, na, nb) &&
		    is_person(c, na + 1, nb) && name_at(c, na + 1, nb) == 3)
			db = ++na;
		nb = anon_name_end(c, na, nb);
		if (!is_name(c, na, nb))
			continue;
		if (nq_lex_is(NQ_W_PRON, c + na, nb - na) || nq_lex_is(NQ_W_NOTSPK, c + na, nb - na) ||
		    nq_lex_is(NQ_W_TITLE, c + na, nb - na))	/* not 书记 of 江泽民总书记 */
			continue;
		/* 局长|淡淡(道), 父亲|慷慨(允诺): a manner after the one who speaks */
		if (bare_two(c, na, nb)) {
			if (nq_lex_is(NQ_W_ANON, c + na, nb - na))
				continue;	/* (学者|专家) */
			if (e - a >= 2 && e - a <= 8 && !has_funchar(c, a, e) && parse_speaker(c, a, e, out) &&
			    (out->kind == SPK_PERSON || out->kind == SPK_ANON) && !out->generic)
				return 1;
			spk_free(out);
			memset(out, 0, sizeof(*out));
			continue;
		}
		/* 特首|办发言人: a name ends with no noun for a person (but 市民|王女士,
		 * 车主|李先生: a surname and an honorific is a name) */
		if (nb - na > 2 && (((w = nq_lex_suffix(NQ_W_TITLE, c + na, nb - na)) && w->n >= 2) ||
		    ((w = nq_lex_suffix(NQ_W_ANON, c + na, nb - na)) && w->n >= 2)) &&
		    !nq_lex_is(NQ_W_SURNAME, c + na, nb - na - w->n))
			continue;
		trim(c, &da, &db);
		spk_set(out, SPK_PERSON, c + na, nb - na, c + da, db - da);
		return 1;
	}
	/* name and title: 江泽民总书记, 克林顿总统 */
	if ((w = nq_lex_suffix(NQ_W_TITLE, c + a, b - a)) && name_title(c, a, b, w)) {
		spk_set(out, SPK_PERSON, c + a, b - a - w->n, c + b - w->n, w->n);
		return 1;
	}
	/* 周某满脸愁容, 李某某当即: an anonymised name, then what the speaker
	 * does */
	if ((w = nq_lex_at(NQ_W_SURNAME, c, a, b)) && a + w->n < b && c[a + w->n] == 0x67D0 /* 某 */) {
		for (i = a + w->n; i < b && c[i] == 0x67D0; i++)
			;
		if (i < b && !has_title(c, i, b) && !nq_lex_suffix(NQ_W_TITLE, c + a, b - a)) {
			spk_set(out, SPK_PERSON, c + a, i - a, NULL, 0);
			return 1;
		}
	}
	/* 老周找到驻村民警(说), 王明拉着记者的手(说): a name, or 老 or 小 and
	 * a surname, then what the speaker does before speaking */
	for (i = 3; i >= 2; i--) {
		int who = is_person(c, a, a + i) && name_at(c, a, b) == i;

		if (i == 2 && !who && in_set("老小", c[a]) && nq_lex_is(NQ_W_SURNAME, c + a + 1, 1))
			who = 1;
		size_t x = a + i;

		if (x < b && in_set("又也还就便则都再亦", c[x]))	/* 老周又跑到… */
			x++;
		if (who && x + 2 < b && in_set("找跑见拉握抱递走来到", c[x])) {
			spk_set(out, SPK_PERSON, c + a, i, NULL, 0);
			return 1;
		}
	}
	/* 陈飞指着…告诉记者, 他笑着: a name, then what the speaker does meanwhile */
	for (i = 3; i >= 2; i--)
		if (a + i + 3 < b && is_person(c, a, a + i) &&
		    (c[a + i + 1] == 0x7740 /* 着 */ || c[a + i + 2] == 0x7740) && !has_title(c, a + i, b)) {
			spk_set(out, SPK_PERSON, c + a, i, NULL, 0);
			return 1;
		}
	/* (全国劳模竺士杰指着…: after a title) */
	for (e = a + 2; e + 6 < b && e <= a + 12; e++)
		if ((w = nq_lex_suffix(NQ_W_TITLE, c + a, e - a)) && w->n >= 2 && !has_funchar(c, a, e) &&
		    is_person(c, e, e + 3) && name_at(c, e, b) == 3 && c[e + 4] == 0x7740 /* 着 */ &&
		    !has_title(c, e + 3, b)) {
			spk_set(out, SPK_PERSON, c + e, 3, c + a, e - a);
			return 1;
		}
	/* 他摇摇头, 王明笑了笑, 她想了想: a pronoun or name, then a repeated
	 * verb (what the speaker does before speaking) */
	for (i = 3; i >= 1; i--) {
		size_t k;

		if (b - a < i + 2 || b - a > i + 5 ||
		    !(i == 1 ? in_set("他她", c[a]) : is_person(c, a, a + i)) ||
		    has_title(c, a + i, b) || memchr32(c, a + i, b, 0x7684 /* 的 */))
			continue;
		for (k = a + i; k + 1 < b; k++)
			if (nk_is_han(c[k]) && (c[k] == c[k + 1] || (k + 2 < b && c[k] == c[k + 2] &&
			    in_set("了一", c[k + 1]))))
				break;
		/* 王明笑了|笑说: the repeated verb is the cue's (笑说, 想说) */
		if (k + 1 < b || (b - a - i == 2 && in_set("了一", c[b - 1]))) {
			if (i == 1) {
				spk_set(out, SPK_PRON, c + a, 1, NULL, 0);
				return 1;
			}
			spk_set(out, SPK_PERSON, c + a, i, NULL, 0);
			return 1;
		}
	}
	/* 美国某公司能源研究部门的凯文·萨维尔: a name after the last 的 */
	for (e = b - 1; e > a + 1; e--)
		if (c[e - 1] == 0x7684 /* 的 */) {
			size_t na = e, nb = b, da = qb > qa ? qa : a, db = e, de = e - 1;

			trim(c, &na, &nb);
			trim(c, &da, &de);
			if (nq_lex_is(NQ_W_PRON, c + na, nb - na))
				break;
			/* …的凌青先生, …的约翰·斯汤海勒教授: name and title */
			if ((w = nq_lex_suffix(NQ_W_TITLE, c + na, nb - na)) && name_title(c, na, nb, w)) {
				spk_set(out, SPK_PERSON, c + na, nb - na - w->n, c + nb - w->n, w->n);
				return 1;
			}
			/* 凯文·萨维尔, 斯特凡, 中国水科院的匡尚富 (a member of an
			 * organisation), not …的大石块 */
			if (is_person(c, na, nb) || (is_name(c, na, nb) && nb - na >= 3 &&
			    (is_translit(c, na, nb) || (de > da && nq_lex_suffix(NQ_W_ORG, c + da, de - da))))) {
				spk_set(out, SPK_PERSON, c + na, nb - na, c + da, db - da);
				return 1;
			}
			/* 研究过这份预算的专家, 与妻子同行的中年人, 卖糖葫芦的小伙计,
			 * 领导小组的专家们: a source described */
			if (nb - na <= 6 && !has_funchar(c, na, nb) && (person_noun(c, na, nb) ||
			    (nb - na >= 2 && in_set(person_final, c[nb - 1])) ||
			    (nb - na >= 2 && nq_lex_is(NQ_W_TITLE, c + na, nb - na)))) {	/* 造纸厂的经理 */
				spk_set(out, SPK_ANON, c + na, nb - na, c + da, db - da);
				return 1;
			}
			/* 这家公司发布的新闻公报: an organisation or its paper */
			if (nb - na <= 8 && !has_funchar(c, na, nb) && nq_lex_suffix(NQ_W_ORG, c + na, nb - na)) {
				spk_set(out, SPK_ORG, c + na, nb - na, c + da, db - da);
				return 1;
			}
			break;
		}
	if (qb > qa) {		/* nickname and name */
		if (!is_name(c, a, b))
			return 0;
		spk_set(out, SPK_PERSON, c + a, b - a, c + qa, qb - qa);
		return 1;
	}
	/* 社福界议员、新思维狄志远: descriptions in a list, the last with the
	 * name (not 张三、李四: a list of people) */
	for (e = b; e > a + 2 && c[e - 1] != 0x3001 && c[e - 1] != 0x7684 /* 的 */; e--)
		;
	if (e > a + 2 && c[e - 1] == 0x3001 && b - e >= 4) {
		struct spk t = {0};
		size_t s0;

		for (s0 = e - 1; s0 > a && c[s0 - 1] != 0x3001 && c[s0 - 1] != 0x7684; s0--)
			;
		/* the last: a party or body, then a full name of three (新思维|狄志远) */
		if (b - e >= 5 && b - e <= 10 && is_person(c, b - 3, b) && name_at(c, b - 3, b) == 3 &&
		    !has_funchar(c, b - 3, b) && !memchr32(c, e, b, 0x7684 /* 的 */) &&
		    !((w = nq_lex_suffix(NQ_W_TITLE, c + b - 3, 3)) && w->n >= 2) &&
		    !((w = nq_lex_suffix(NQ_W_ANON, c + b - 3, 3)) && w->n >= 2))
			spk_set(&t, SPK_PERSON, c + b - 3, 3, c + e, b - 3 - e);
		else if (!parse_speaker(c, e, b, &t) || t.name.n < 6 || t.name.n > 32 ||
		    !nq_name_is_person(&t, c, b))
			t.kind = SPK_NONE;
		if (t.kind == SPK_PERSON && t.desc.n > 0 && e - 1 - s0 >= 2 &&
		    (((w = nq_lex_suffix(NQ_W_TITLE, c + s0, e - 1 - s0)) && w->n >= 2 &&
		    !name_title(c, s0, e - 1, w)) || in_set(person_final, c[e - 2])) &&
		    !is_person(c, e - 4 < s0 ? s0 : e - 4, e - 1) && !is_person(c, e - 3, e - 1)) {
			spk_copy(out, &t);
			spk_free(&t);
			return 1;
		}
		spk_free(&t);
	}
	/* 大寮里长及里民(抗议), 学生和家长: two kinds of people together */
	if (b - a <= 14 && (i = people_pair(c, a, b))) {
		spk_set(out, SPK_ANON, c + a, b - a, NULL, 0);
		return 1;
	}
	for (i = a; i < b; i++)
		if (c[i] == 0x3001)	/* 、: a list is not one speaker */
			return 0;
	if (nq_lex_suffix(NQ_W_ANON, c + a, b - a) && b - a <= 10 && !has_funchar(c, a, b)) {
		spk_set(out, SPK_ANON, c + a, b - a, NULL, 0);
		return 1;
	}
	/* 社会学家, 与会学者: people named by what they are (a short word before
	 * the noun may hold a function character: 经济学家, 与会学者) */
	if (b - a <= 8 && (pn = person_noun(c, a, b)) && (!has_funchar(c, a, b) ||
	    (b - a <= pn + 2 && !memchr32(c, a, b, 0x7684 /* 的 */)))) {
		spk_set(out, SPK_ANON, c + a, b - a, NULL, 0);
		return 1;
	}
	/* 某国自然资源部专家, 机场安全部门负责人: a person of an organisation,
	 * which goes to speaker_desc */
	if ((pn = person_noun(c, a, b)) && b - pn > a + 1 && b - a <= 20 &&
	    !memchr32(c, a, b, 0x7684 /* 的 */) && nq_lex_suffix(NQ_W_ORG, c + a, b - pn - a)) {
		spk_set(out, SPK_ANON, c + b - pn, pn, c + a, b - pn - a);
		return 1;
	}
	if ((w = nq_lex_suffix(NQ_W_ORG, c + a, b - a)) && b - a <= 24 &&
	    !has_funchar(c, a, b - w->n)) {
		size_t nb = b;

		if (b - a > 2 && at(c, b, b - 2, "方面"))
			nb -= 2;
		spk_set(out, SPK_ORG, c + a, nb - a, NULL, 0);
		return 1;
	}
	/* 安理会, 施工队, 新华社: an organisation by jieba's dictionary */
	if (b - a >= 2 && dict_org(c, a, b)) {
		spk_set(out, SPK_ORG, c + a, b - a, NULL, 0);
		return 1;
	}
	if (is_person(c, a, b)) {
		spk_set(out, SPK_PERSON, c + a, b - a, NULL, 0);
		return 1;
	}
	/* 爱因斯坦, 斯托尔滕贝格: a foreign name of transliteration characters
	 * (function characters among them: 因, 尔), not a country (乌克兰,
	 * 坦桑尼亚, 印度尼西亚) */
	if (b - a >= 3 && b - a <= 8 && is_translit(c, a, b) && !in_set("亚兰", c[b - 1])) {
		spk_set(out, SPK_PERSON, c + a, b - a, NULL, 0);
		return 1;
	}
	/* 住光复乡林森路陈姓男子, 王姓女子: a person known by surname and what
	 * they are */
	if (b - a >= 4 && (i = surname_person(c, a, b))) {
		spk_set(out, SPK_ANON, c + i, b - i, c + a, i - a);
		return 1;
	}
	/* 芯来科技首席战略官马越, 肖庄村包村干部李佳: a name of two after a
	 * longer description ending in a role */
	if (b - a > 8 && b - a <= 20 && !memchr32(c, a, b, 0x7684 /* 的 */) && nq_lex_is(NQ_W_SURNAME, c + b - 2, 1) &&
	    is_person(c, b - 2, b) && !is_person(c, b - 3, b) && !has_funchar(c, a, b) &&
	    (role_before(c, a, b - 2) || in_set("盟会社党部局处厅院所署委办队联", c[b - 3])) &&
	    !nq_lex_suffix(NQ_W_TITLE, c + b - 2, 2) && !nq_lex_suffix(NQ_W_ANON, c + b - 2, 2)) {
		for (e = a; e < b && nk_is_han(c[e]); e++)
			;
		if (e == b && !nq_lex_at(NQ_W_LEAD, c, a, b) && !nq_lex_suffix(NQ_W_NOTSPK, c + a, b - 2 - a)) {
			spk_set(out, SPK_PERSON, c + b - 2, 2, c + a, b - 2 - a);
			return 1;
		}
	}
	/* 中国驻英使馆临时代办杨晓光: a longer description ending in a body */
	if (b - a > 8 && b - a <= 20 && !memchr32(c, a, b, 0x7684 /* 的 */) && (i = described_name(c, a, b)) &&
	    b - i == 3 && !nq_lex_suffix(NQ_W_ORG, c + a, b - a) && !nq_lex_at(NQ_W_ORG, c, i + 1, b) &&
	    (nq_lex_suffix(NQ_W_ORG, c + a, i - a) || nq_lex_suffix(NQ_W_TITLE, c + a, i - a) ||
	    in_set("盟会社党部局处厅院所署委办队联", c[i - 1]) || role_before(c, a, i))) {	/* (not 外长拉夫|罗夫星) */
		for (e = a; e < b && nk_is_han(c[e]); e++)
			;
		if (e == b && !nq_lex_at(NQ_W_LEAD, c, a, b) && !nq_lex_suffix(NQ_W_NOTSPK, c + a, i - a)) {
			spk_set(out, SPK_PERSON, c + i, b - i, c + a, i - a);
			return 1;
		}
	}
	if (b - a <= 8 && !has_funchar(c, a, b)) {
		size_t lat = 0;

		/* 他们座谈, 大家纷纷: people in general and what they do, no name */
		for (i = a + 2; i < b; i++)
			if ((c[i - 1] == 0x4EEC /* 们 */ || at(c, i, a, "大家")) &&
			    nq_lex_is(NQ_W_NOTSPK, c + a, i - a))
				return 0;

		/* a time or place, not a speaker: 首次亮相时, 客观上, 七月三十;
		 * an item, 问卷第12条 */
		if (is_place_end(c[b - 1]) || is_numeral(c[b - 1]))
			return 0;
		for (i = a; i + 1 < b; i++)
			if (c[i] == 0x7B2C /* 第 */ && is_numeral(c[i + 1]))
				return 0;
		/* 职工盟李卓人, 茶商杨德余, 唐太宗李世民: a description not known
		 * as a title, ending like a noun for people or a body, and a full
		 * name of three (not 付款时|总少, 有关|领导) */
		if ((i = described_name(c, a, b))) {
			spk_set(out, SPK_PERSON, c + i, b - i, c + a, i - a);
			return 1;
		}
		/* 现代科学研究表明: evidence, not a speaker */
		if ((w = nq_lex_suffix(NQ_W_NOTSPK, c + a, b - a)) && w->n >= 2)
			return 0;
		for (i = a + 1; i < b; i++)
			if ((c[i] == 0x6708 /* 月 */ || c[i] == 0x5E74 /* 年 */) && is_numeral(c[i - 1]))
				return 0;

		for (i = a; i < b; i++) {
			if (is_latin(c[i]))
				lat++;
			else if (!nk_is_han(c[i]) && !(c[i] >= '0' && c[i] <= '9') && c[i] != ' ')
				return 0;
		}
		if (b - a < 2 && !lat)
			return 0;
		spk_set(out, SPK_ORG, c + a, b - a, NULL, 0);
		out->generic = 1;
		return 1;
	}
	return 0;
}

static size_t zone_start(struct para *p, size_t v, size_t lo);
static int titled_in(const struct para *p, size_t b, size_t x, struct spk *out);
static int person_ending(const int32_t *c, size_t a, size_t e, size_t n, struct spk *s);
static size_t sentence_start(struct para *p, size_t a);
static int source_phrase(const int32_t *c, size_t a, size_t b, size_t tail, size_t *sa, size_t *sb);
static int source_named(const int32_t *c, size_t a, size_t b, struct spk *s);
static int stopped(struct para *p, size_t v, const struct nq_word *w);

/* 总统, 值班民警, 一位老人: a speaker that is a person named by what he
 * or she is (not 外媒, 官方) */
static int
described_person(const struct spk *s)
{
	int32_t c[16];
	size_t n = 0, i = 0, len;
	const struct nq_word *w;

	if (s->kind != SPK_ANON || !s->name.p)
		return 0;
	len = strlen(s->name.p);
	while (i < len && n < 16)
		i += nk_u8_dec(s->name.p + i, len - i, &c[n++]);
	if (i < len || n < 2)
		return 0;
	if ((w = nq_lex_suffix(NQ_W_TITLE, c, n)) && w->n >= 2)
		return 1;
	return in_set("人者士", c[n - 1]) && c[n - 2] != 0x65B9 /* 方 */;
}

/* pronouns: the nearest named speaker before; named speakers are remembered */
static int
resolve(struct doc *d, struct spk *s)
{
	if (s->kind == SPK_PRON) {
		const char *p = s->name.p;
		const struct spk *ante;

		ante = (strcmp(p, "他") == 0 || strcmp(p, "她") == 0) ? &d->last_person : &d->last_any;
		/* 总统表示，…。她说，…: a person named by a title alone, speaking
		 * in this paragraph, and no named person here */
		/* (not 记者, who asks: 记者问，“…？”她回应：“…”) */
		if (ante == &d->last_person && described_person(&d->last_any) &&
		    strcmp(d->last_any.name.p, "记者") != 0 &&
		    ((d->last_any_at == d->cur && (d->last_person.kind == SPK_NONE ||
		    d->last_person_at != d->cur)) ||
		    /* 发言人答称，…。⏎他表示，…: no person named in the document */
		    d->last_person.kind == SPK_NONE))
			ante = &d->last_any;
		d->far = ante == &d->last_person && ante->kind != SPK_NONE && d->last_person_at != d->cur;
		if (ante->kind != SPK_NONE)
			spk_copy(s, ante);
		return 1;
	}
	d->far = 0;
	if (s->kind == SPK_PERSON && s->desc.n == 0) {	/* 汤道生 after 腾讯…CEO汤道生 */
		size_t i;

		for (i = 0; i < d->nseen; i++) {
			const char *f = d->seen[i].name.p;
			size_t fl = strlen(f), sl = s->name.n;

			if (strcmp(f, s->name.p) == 0) {
				nk_buf_puts(&s->desc, d->seen[i].desc.p);
				break;
			}
			/* 莫兰 after 国防部长埃尔维·莫兰: a foreign name's last part */
			if (fl > sl + 2 && strcmp(f + fl - sl, s->name.p) == 0 &&
			    strncmp(f + fl - sl - 2, "·", 2) == 0) {
				spk_copy(s, &d->seen[i]);
				break;
			}
		}
	} else if (s->kind == SPK_PERSON && d->nseen < 64) {
		d->seen = nk_erealloc(d->seen, (d->nseen + 1) * sizeof(*d->seen));
		memset(&d->seen[d->nseen], 0, sizeof(*d->seen));
		spk_copy(&d->seen[d->nseen++], s);
	}
	if (s->kind == SPK_PERSON) {
		spk_copy(&d->last_person, s);
		d->last_person_at = d->cur;
	}
	if (s->kind == SPK_PERSON || s->kind == SPK_ORG || s->kind == SPK_ANON) {
		spk_copy(&d->last_any, s);
		d->last_any_at = d->cur;
	}
	return 1;
}

/* characters that end no given name but often follow one: 王坚在, 李明是 */
static int
not_name_end(int32_t x)
{
	return in_set("的了着是在把被将也都就又还曾却对向和与说称笑", x);
}

/*
 * 王博|来到…, 邵某|连声…: the third character of what looks like a name of
 * three opens, with what follows, a common verb or adverb of jieba's
 * dictionary, and the name is of two (not 王建发|表示: a cue follows the
 * third character, which then ends the name).
 */
static int
verb_after_two(const int32_t *c, size_t a, size_t n)
{
	const struct nq_word *w;
	const char *t;
	double f;
	size_t k;

	if (a + 4 > n || !nk_is_han(c[a + 3]) || ((w = nq_lex_at(NQ_W_VERB, c, a + 3, n)) && w->tier))
		return 0;
	/* (the longest word there decides: not 贾庄|派出所) */
	for (k = 4; k >= 2; k--)
		if (a + 2 + k <= n && (t = nq_dict_word(c + a + 2, k, &f)))
			return f >= 500 && (strcmp(t, "v") == 0 || strcmp(t, "d") == 0 ||
			    strcmp(t, "vd") == 0 || strcmp(t, "ad") == 0 || strcmp(t, "p") == 0);
	return 0;
}

/* a person's name opening c[a..n): 傅全有转达了…, 王坚当时… (not 王坚当) */
static size_t
name_at(const int32_t *c, size_t a, size_t n)
{
	size_t l;

	for (l = 4; l >= 2; l--) {
		if (a + l > n || !is_person(c, a, a + l))
			continue;
		if (a + l < n && l > 2 && (not_name_end(c[a + l - 1]) || (l == 3 && verb_after_two(c, a, n)) ||
		    nq_lex_at(NQ_W_TITLE, c, a + l - 1, n) ||
		    nq_lex_at(NQ_W_TRAIL, c, a + l - 1, n) || nq_lex_at(NQ_W_LOC, c, a + l - 1, n) ||
		    nq_lex_at(NQ_W_VERB, c, a + l - 1, n)))
			continue;
		/* (王国庆1日接受…: a date may follow the name) */
		if (a + l < n && (nk_is_han(c[a + l]) ? 0 : !is_boundary(c[a + l]) &&
		    !(c[a + l] >= '0' && c[a + l] <= '9')))
			continue;
		return l;
	}
	return 0;
}

/*
 * Does c[a..a+l) occur in paragraphs lo..pi outside [a, a+l) of pi? Within
 * NEAR code points of a in pi, and the last NEAR of the others: the cost
 * stays bounded on a paragraph of megabytes.
 */
#define NEAR 3000
/*
 * And a name is looked for at most BACK paragraphs back: more than a long
 * article has, while megabytes read as one document (raw text with no
 * document breaks) stay linear, not quadratic.
 */
#define BACK 400
#define BACK_FROM(pi) ((pi) > BACK ? (pi) - BACK : 0)

/*
 * The occurrences of c[a..a+l) in paragraphs lo..pi (at most BACK back,
 * within NEAR of a in pi and the last NEAR of the others; a itself in pi
 * only when self): 1 as soon as ok(paragraph, position) says so.
 */
static int
occurs(struct doc *d, size_t lo, size_t pi, const int32_t *c, size_t a, size_t l, int self,
    int (*ok)(const struct para *q, size_t i, size_t l))
{
	size_t k, i, from, to;

	if (lo < BACK_FROM(pi))
		lo = BACK_FROM(pi);
	for (k = lo; k <= pi; k++) {
		const struct para *q = &d->p[k];

		from = k == pi ? (a > NEAR ? a - NEAR : 0) : (q->n > NEAR ? q->n - NEAR : 0);
		to = k == pi && a + NEAR < q->n ? a + NEAR : q->n;
		for (i = from; i + l <= to; i++)
			if (q->c[i] == c[a] && (self || !(k == pi && i == a)) &&
			    memcmp(q->c + i, c + a, l * sizeof(*c)) == 0 && ok(q, i, l))
				return 1;
	}
	return 0;
}

static int
any_place(const struct para *q, size_t i, size_t l)
{
	(void)q, (void)i, (void)l;
	return 1;
}

static int
mentioned(struct doc *d, size_t lo, size_t pi, const int32_t *c, size_t a, size_t l)
{
	return occurs(d, lo, pi, c, a, l, 0, any_place);
}

/*
 * c[a..a+l), a word that looks like a name, is seen in paragraphs lo..pi
 * right before a title and a name (荣耀CEO赵明, 荣光集团董事长高天明): a
 * company or a body that employs the person, not a person itself.
 */
static int
before_title_name(const struct para *q, size_t i, size_t l)
{
	const struct nq_word *w;
	size_t t = i + l, m;

	/* (荣光集团董事长高天明: an organisation's suffix between) */
	if ((w = nq_lex_at(NQ_W_ORG, q->c, t, q->n)))
		t += w->n;
	if (!(w = nq_lex_at(NQ_W_TITLE, q->c, t, q->n)) || w->n < 2)
		return 0;
	t += w->n;
	for (m = 3; m >= 2; m--)
		if (t + m <= q->n && is_person(q->c, t, t + m) &&
		    (t + m == q->n || !nk_is_han(q->c[t + m]) || name_at(q->c, t, q->n) == m ||
		    not_name_end(q->c[t + m]) || nq_lex_at(NQ_W_VERB, q->c, t + m, q->n)))
			return 1;
	return 0;
}

static int
employer(struct doc *d, size_t lo, size_t pi, const int32_t *c, size_t a, size_t l)
{
	return occurs(d, lo, pi, c, a, l, 1, before_title_name);
}

static int parse_speaker(const int32_t *c, size_t a, size_t b, struct spk *out);

static int
is_prep(int32_t x)
{
	return x == 0x5728 /* 在 */ || x == 0x5BF9 /* 对 */ || x == 0x5411 /* 向 */;
}

/* characters a predicate after a subject opens with: adverbs, prepositions,
 * verbs of speech and of what a speaker does (李鹏最后希望, 王建国接过话头) */
static const char pred_open[] =
    "最首还也又都在对向于听致说讲表指强认希曾已将则便就随率亲专特今昨明近来到出参视考接发回看称谈答问"
    "一放拿握拉站坐走望笑是被";

/*
 * A Hong Kong name of two surnames and two given characters, 林郑月娥,
 * 叶刘淑仪, cut to three after a title (行政长官林郑月娥从北京返港后…):
 * the name of three s of paragraph pi runs on by one character when the
 * paragraph has it after a title, the second character is a common
 * surname, and the two surnames stand alone as the short form nearby
 * (林郑称…, ，叶刘指…). The fourth character in *x, else 0. (Not
 * 委员长乔石视察: no short form 乔石 that stands apart from a full name
 * of four, and 视 opens a predicate.)
 */
static const char hk_second[] =
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范方";

static int
hk_name(const struct doc *d, size_t pi, const struct spk *s, int32_t *x)
{
	int32_t u[4];
	size_t n = 0, i = 0, len, k, j, lo, hi;
	const struct para *p = &d->p[pi];
	const struct nq_word *w;

	if (s->kind != SPK_PERSON || !s->name.p || s->desc.n == 0)
		return 0;
	len = strlen(s->name.p);
	while (i < len && n < 4)
		i += nk_u8_dec(s->name.p + i, len - i, &u[n++]);
	if (i < len || n != 3 || !nk_is_han(u[2]) || !in_set(hk_second, u[1]) ||
	    !(w = nq_lex_at(NQ_W_SURNAME, u, 0, 3)) || w->n != 1)
		return 0;
	for (k = 2; k + 3 < p->n; k++)
		if (p->c[k] == u[0] && p->c[k + 1] == u[1] && p->c[k + 2] == u[2] &&
		    nk_is_han(p->c[k + 3]) && !not_name_end(p->c[k + 3]) &&
		    !nq_lex_funchar(p->c[k + 3]) && !in_set(pred_open, p->c[k + 3]) &&
		    (w = nq_lex_suffix(NQ_W_TITLE, p->c, k)) && w->n >= 2)
			break;
	if (k + 3 >= p->n)
		return 0;
	lo = pi >= 3 ? pi - 3 : 0;
	hi = pi + 3 < d->np ? pi + 3 : d->np - 1;
	for (j = lo; j <= hi; j++) {
		const struct para *q = &d->p[j];
		size_t m = q->n < NEAR ? q->n : NEAR;

		for (i = 0; i + 2 < m; i++)
			if (q->c[i] == u[0] && q->c[i + 1] == u[1] && q->c[i + 2] != u[2] &&
			    (i == 0 || !nk_is_han(q->c[i - 1])) &&
			    (!nk_is_han(q->c[i + 2]) || in_set(pred_open, q->c[i + 2]) ||
			    in_set("形称说指", q->c[i + 2]) || nq_lex_at(NQ_W_VERB, q->c, i + 2, q->n) ||
			    nq_lex_at(NQ_W_TRAIL, q->c, i + 2, q->n))) {
				*x = p->c[k + 3];
				return 1;
			}
	}
	return 0;
}

/* kin and people close to one, who can follow a name with no 的 (李先生儿子) */
static const char *const kin[] = {"儿子", "女儿", "丈夫", "妻子", "父亲", "母亲", "爸爸", "妈妈",
    "老伴", "家属", "家人", "孙子", "孙女", "哥哥", "姐姐", "弟弟", "妹妹", "同事", "邻居"};

/*
 * 李先生的儿子赶到现场后…, 王女士的丈夫随后…, 李先生儿子见到…: a clause
 * opening with a person's relative, colleague or the like (a noun for a
 * person after a named person and 的, or a word for kin right after the
 * name), then its predicate: that noun is the subject, the person its
 * description.
 */
static int
possessed_subject(const int32_t *c, size_t b, size_t e, struct spk *out)
{
	const struct nq_word *w;
	struct spk t = {0};
	size_t de, k, m, n = 0;
	int ok;

	for (de = b + 2; de < e && de - b <= 8 && c[de] != 0x7684 /* 的 */ && !is_boundary(c[de]); de++) {
		for (m = 0; m < sizeof(kin) / sizeof(kin[0]) && !(n = at(c, e, de, kin[m])); m++)
			;
		if (n)
			break;
	}
	/* (not 林太与女儿: two people) */
	if (de >= e || (c[de] != 0x7684 && !n) || in_set("与和及同跟、", c[de - 1]))
		return 0;
	k = n ? de : de + 1;
	if (!n && !((w = nq_lex_at(NQ_W_TITLE, c, k, e)) && (n = w->n) >= 2) &&
	    !((w = nq_lex_at(NQ_W_ANON, c, k, e)) && (n = w->n) >= 2))
		return 0;
	k += n;
	/* (a predicate after the noun, not 的 nor another noun: 李先生的儿子们) */
	if (k >= e || is_boundary(c[k]) || c[k] == 0x7684 || in_set(person_final, c[k]))
		return 0;
	ok = parse_speaker(c, b, de, &t) && t.kind == SPK_PERSON;
	spk_free(&t);
	memset(&t, 0, sizeof(t));
	if (ok && c[de] != 0x7684) {	/* (read alone, 儿子 would be 李先生's title) */
		spk_set(out, SPK_ANON, c + de, n, c + b, de - b);
		return 1;
	}
	if (!ok || !parse_speaker(c, b, k, &t) || t.kind == SPK_PRON) {
		spk_free(&t);
		return 0;
	}
	spk_copy(out, &t);
	spk_free(&t);
	return 1;
}

/*
 * The person opening the sentence c[b..e) of paragraph pi: a name, or a
 * title and name, right before 在/对/向 (国务委员彭珮云在…, 张全景在会上讲话), or
 * a name mentioned again in the paragraph or the three before it (a
 * repeated name is a name, not a word that starts like one: 傅全有转达了…).
 */
/* c[b..x) holds a clause of time ending in 时 (姜春云致辞时代表…): a
 * clause, not a title */
static int
time_clause_in(const int32_t *c, size_t b, size_t x)
{
	size_t k;

	for (k = b + 2; k + 1 < x; k++)
		if (c[k] == 0x65F6 /* 时 */ && !in_set("小同当此届按及准适临", c[k - 1]))
			return 1;
	return 0;
}

static int
clause_subject(struct doc *d, size_t pi, size_t b, size_t e, struct spk *out)
{
	const struct para *p = &d->p[pi];
	const struct nq_word *w;
	size_t x, l, lo = pi >= 3 ? pi - 3 : 0;
	int bnd;

	while (b < e && is_space(p->c[b]))
		b++;
	while (b < e && (w = nq_lex_at(NQ_W_LEAD, p->c, b, e)) && w->n < e - b)
		b += w->n;
	/* (然而，发言人李平…: not ，发言人) */
	while (b + 1 < e && (is_comma(p->c, b, p->n) || is_space(p->c[b])))
		b++;
	for (x = b + 1; x < e && x - b <= 30 && !is_boundary(p->c[x]) && !is_prep(p->c[x]); x++)
		;
	if (x < e && x - b <= 30 && is_prep(p->c[x])) {
		struct spk t = {0};
		int ok = parse_speaker(p->c, b, x, &t) && t.kind == SPK_PERSON;

		/* a title is a noun phrase: no name or 的 in it (not 姜春云致辞时代表) */
		if (ok && t.desc.n > 0) {
			size_t k;

			size_t kd = x, l2;

			for (k = b; k < x && p->c[k] != 0x7684 /* 的 */; k++)
				;
			for (kd = x; kd > b && p->c[kd - 1] != 0x7684; kd--)
				;
			ok = k == x && !is_person(p->c, b, b + 2) && !is_person(p->c, b, b + 3) &&
			    !at(p->c, x, b, "记者") &&	/* (the narrator, see below) */
			    !time_clause_in(p->c, b, x);
			/* 同为发言人的新闻司司长华春莹向…: after the last 的, a
			 * title and a full name */
			for (l2 = 0, k = 0; k < t.name.n; k++)
				l2 += ((unsigned char)t.name.p[k] & 0xC0) != 0x80;
			if (!ok && kd > b && l2 >= 2 && l2 <= 3 && x >= kd + l2 + 2 &&
			    !has_funchar(p->c, x - l2, x))
				ok = nq_lex_suffix(NQ_W_TITLE, p->c + kd, x - l2 - kd) != NULL;
		} else if (ok)	/* (莎拉波娃在…: a foreign name, said once; not
				 * 荣耀在… after 荣耀CEO赵明) */
			ok = (is_person(p->c, b, x) && !employer(d, lo, pi, p->c, b, x - b)) || (x - b >= 3 && x - b <= 8 && is_translit(p->c, b, x) &&
			    !in_set("亚兰", p->c[x - 1]));

		if (ok) {
			spk_copy(out, &t);
			out->kind = SPK_PERSON;
		}
		spk_free(&t);
		if (ok)
			return 1;
	}
	if (possessed_subject(p->c, b, e, out))
		return 1;
	for (l = name_at(p->c, b, e); l >= 2; l--) {	/* 傅全有, or 王坚 of 王坚当 */
		if (is_person(p->c, b, b + l) && mentioned(d, lo, pi, p->c, b, l)) {
			/* (not 荣耀 of 荣耀CEO赵明, nor 文建 of 文建会主委陈郁秀) */
			if (employer(d, lo, pi, p->c, b, l))
				break;
			spk_set(out, SPK_PERSON, p->c + b, l, NULL, 0);
			return 1;
		}
	}
	/* 拉法兰称赞…: a foreign name mentioned before */
	for (x = b; x < e && x - b < 8 && (in_set(translit, p->c[x]) || is_dot(p->c[x])); x++)
		;
	for (l = x - b; l >= 3; l--)
		if (is_translit(p->c, b, b + l) && mentioned(d, lo, pi, p->c, b, l)) {
			spk_set(out, SPK_PERSON, p->c + b, l, NULL, 0);
			return 1;
		}
	/* 姜春云致辞时…, 李鹏最后希望…, 回良玉听了…: a name said once, right
	 * before a word that opens a predicate (an adverb, a preposition or a
	 * verb a subject's sentence starts with) */
	for (x = b, bnd = 0; x < e && x - b <= 24; x++) {
		if (x > b && (is_boundary(p->c[x - 1]) || in_set("把被将给让使", p->c[x - 1])))
			bnd = 1;
		/* (after a title: 农业部部长姜春云致辞时…; after a description
		 * in 的 with no clause mark nor 把 in it: 住在青山区的马慧兰已退休,
		 * not 吐逊江把兄弟的祝福送到) */
		if (x > b && !((w = nq_lex_suffix(NQ_W_TITLE, p->c + b, x - b)) && w->n >= 2 && x - b <= 12) &&
		    !(p->c[x - 1] == 0x7684 /* 的 */ && x - b >= 3 && !bnd))
			continue;
		/* (记者 alone opening the clause is the narrator: 记者碰到正在
		 * 巡查的…, not a title before a name) */
		if (x == b + 2 && at(p->c, x, b, "记者"))
			continue;
		for (l = 3; l >= 2; l--) {
			size_t t = x + l;

			/* 李振生代表来自…, 王芳教授是…: a title after the name */
			if (x == b && t < e && (w = nq_lex_at(NQ_W_TITLE, p->c, t, e)) && w->n >= 2 &&
			    t + w->n < e)
				t += w->n;
			if (t < e && is_person(p->c, x, x + l) && !is_boundary(p->c[t]) &&
			    !(l == 3 && (not_name_end(p->c[x + 2]) || verb_after_two(p->c, x, p->n))) &&
			    !(x == b && t == x + l && employer(d, lo, pi, p->c, x, l)) &&
			    in_set(pred_open,
			    p->c[t])) {
				spk_set(out, SPK_PERSON, p->c + x, l, x > b ? p->c + b : (t > x + l ? p->c + x + l : NULL),
				    x > b ? x - b : t - x - l);
				return 1;
			}
		}
	}
	/* 某县某村姑娘姚铜梅，…: a clause that ends with a name mentioned again */
	for (x = b; x < e && x - b <= 30 && !is_boundary(p->c[x]); x++)
		;
	if (x < e && x - b <= 30 && is_comma(p->c, x, p->n))
		for (l = 3; l >= 2; l--)
			if (x >= b + l && is_person(p->c, x - l, x) && (x == b + l ||
			    !nq_lex_suffix(NQ_W_SURNAME, p->c + b, x - l - b)) &&
			    (l == 3 || nq_lex_suffix(NQ_W_TITLE, p->c + b, x - l - b)) &&
			    mentioned(d, lo, pi, p->c, x - l, l)) {
				spk_set(out, SPK_PERSON, p->c + x - l, l, p->c + b, x - l - b);
				return 1;
			}
	return 0;
}

/* a clause that sets the scene: 在…之前，, 当…时，, 随着…， */
static int
adverbial(const int32_t *c, size_t b, size_t x)
{
	static const char *const open[] = {"在", "当", "随着", "为了", "从", "自", "经过", "通过",
	    "对于", "关于", "面对", "由于", "早在", "去年", "今年",
	    /* 这一次，肖丽铁了心。, 后来，… */
	    "这一次", "这次", "那次", "这时", "那时", "当时", "此后", "此前", "后来", "如今",
	    "最终", "最后", "目前", "日前", "近日", "近年来", "昨天", "今天", "明年"};
	size_t i;

	if (x <= b)
		return 0;
	for (i = 0; i < sizeof(open) / sizeof(open[0]); i++)
		if (at(c, x, b, open[i]))
			return 1;
	/* 12日零时17分， */
	if (x >= b + 2 && in_set("分秒日月年点", c[x - 1]) && is_numeral(c[x - 2]))
		return 1;
	return is_place_end(c[x - 1]) || at(c, x, x - 2, "之际") || at(c, x, x - 2, "以来");
}

/* the person opening a sentence, past a clause that sets the scene */
static int
sentence_subject(struct doc *d, size_t pi, size_t b, size_t e, struct spk *out)
{
	const struct para *p = &d->p[pi];
	size_t x;

	if (clause_subject(d, pi, b, e, out))
		return 1;
	while (b < e && is_space(p->c[b]))
		b++;
	for (x = b; x < e && x - b <= 40 && !is_boundary(p->c[x]); x++)
		;
	/* (然而，, 此外，: a connective alone before the comma) */
	if (x < e && x - b <= 40 && is_comma(p->c, x, p->n) && (adverbial(p->c, b, x) ||
	    nq_lex_is(NQ_W_LEAD, p->c + b, x - b)))
		return clause_subject(d, pi, x + 1, e, out);
	return 0;
}

/* a person named (a surname and a given name, mentioned again, or a
 * title) anywhere in c[b..e) of paragraph pi */
static int
has_person(struct doc *d, size_t pi, size_t b, size_t e)
{
	const struct para *p = &d->p[pi];
	const struct nq_word *w;
	size_t i;

	size_t l, lo = pi >= 3 ? pi - 3 : 0;

	for (i = b; i < e; i++)
		if (((l = name_at(p->c, i, e)) && mentioned(d, lo, pi, p->c, i, l)) ||
		    is_dot(p->c[i]) || in_set("他她", p->c[i]) ||
		    ((w = nq_lex_at(NQ_W_TITLE, p->c, i, e)) && w->n >= 2) ||
		    ((w = nq_lex_at(NQ_W_ANON, p->c, i, e)) && w->n >= 2))
			return 1;
	return 0;
}

static int clause_ends_titled(const struct para *p, size_t e, struct spk *t);
/*
 * 傅全有转达了…。他表示，…: a 他 or 她 opening a sentence is the person
 * opening the sentence before it, back over sentences that open with a
 * pronoun too and into the two paragraphs before (张全景在会上讲话。⏎
 * 他要求…。⏎ 他说，…); else resolve() decides.
 */
static void
subject_antecedent(struct doc *d, size_t pi, size_t a, struct spk *s)
{
	size_t qi = pi, pos = a, b, e, k, steps, inside = 0;
	int bare = 0;

	/* (其 too, in its own sentence: 创始人罗永浩借…回到公众视野，其在会上宣布) */
	int qi_ = s->kind == SPK_PRON && strcmp(s->name.p, "其") == 0;

	if (s->kind != SPK_PRON || !(strcmp(s->name.p, "他") == 0 || strcmp(s->name.p, "她") == 0 || qi_))
		return;
	{
		const struct para *p = &d->p[pi];
		size_t j = a;

		while (j > 0 && is_space(p->c[j - 1]))
			j--;
		/* “…！”他说: the quotation opens the sentence */
		if (j > 0 && (is_close(p->c[j - 1]) || p->c[j - 1] == '"')) {
			struct quote *q0 = quote_closing_at(&d->p[pi], j - 1);

			if (q0)
				for (j = q0->open; j > 0 && is_space(p->c[j - 1]); j--)
					;
		}
		/* 强纳森回顾那段日子：“…，”他写道: the person opening the
		 * sentence the colon ends */
		if (j > 0 && is_colon(p->c, j - 1, p->n) && !qi_ && j < a) {
			struct spk t = {0};
			size_t sb = j - 1;

			while (sb > 0 && j - sb < 80 && !is_term(p->c[sb - 1]) && !is_close(p->c[sb - 1]) &&
			    !is_colon(p->c, sb - 1, p->n))
				sb--;
			if ((sb == 0 || is_term(p->c[sb - 1])) && sentence_subject(d, pi, sb, j - 1, &t) &&
			    t.kind == SPK_PERSON)
				spk_copy(s, &t);
			spk_free(&t);
			return;
		}
		/* 李长春对…表示感谢，他说，…: the person opening the sentence */
		if (j > 0 && is_comma(p->c, j - 1, p->n)) {
			struct spk t = {0};
			size_t sb = sentence_start(&d->p[pi], j);
			int ok = sb && sentence_subject(d, pi, sb - 1, j - 1, &t) && t.kind == SPK_PERSON;

			/* 其: else the clause right before, past a quoted name */
			if (!ok && qi_) {
				size_t c0 = j - 1;

				while (c0 > 0 && j - 1 - c0 < 80 && !is_comma(p->c, c0 - 1, p->n) &&
				    !is_term(p->c[c0 - 1]))
					c0--;
				spk_free(&t);
				memset(&t, 0, sizeof(t));
				ok = c0 + 2 < j - 1 && ((sentence_subject(d, pi, c0, j - 1, &t) &&
				    t.kind == SPK_PERSON && t.desc.n > 0) || titled_in(p, c0, j - 1, &t));
			}
			if (ok)
				spk_copy(s, &t);
			spk_free(&t);
			if (qi_)
				return;
			/* 记者找到了项目副主任孙志禹，他告诉记者: no person opens
			 * the sentence, and its clause ends with a titled name */
			if (!ok && (ok = clause_ends_titled(p, j - 1, &t))) {
				spk_copy(s, &t);
				spk_free(&t);
				return;
			}
			/* 记者在东坝站采访到一位市民，他说: no person opens the
			 * sentence, and its clause ends with one just brought in */
			if (!ok) {
				size_t e0 = j - 1, k0, l0, s0;

				/* (not after a pronoun in the sentence: in
				 * 他遇到一位老人，他说 it is ambiguous) */
				for (s0 = e0; s0 > 0 && e0 - s0 < 80 && !is_term(p->c[s0 - 1]); s0--)
					;
				for (k0 = e0 > 3 ? e0 - 3 : 0; k0 > s0 && e0 - k0 <= 12; k0--)
					if (p->c[k0] == 0x4E00 /* 一 */ && in_set("位名个", p->c[k0 + 1]) &&
					    !memchr32(p->c, s0, k0, 0x4ED6 /* 他 */) &&
					    !memchr32(p->c, s0, k0, 0x5979 /* 她 */) &&
					    (l0 = person_noun(p->c, k0 + 2, e0)) &&
					    !memchr32(p->c, k0 + 2, e0, 0xFF0C)) {
						spk_set(s, SPK_ANON, p->c + e0 - l0, l0, NULL, 0);
						return;
					}
			}
			/* 记者问他…，他摇摇头说: the same pronoun as the object
			 * of the clause before, whose antecedent is further back */
			/* (临走前，他…; 如今，地铁开到家门口，她…: clauses with no
			 * person in them are passed over the same way) */
			if (ok || !sb || (d->last_person.kind != SPK_NONE && d->last_person_at == pi) ||
			    (!memchr32(p->c, sb - 1, j - 1, p->c[a]) && has_person(d, pi, sb - 1, j - 1)))
				return;
			j = sb - 1;
			if (j > 0 && !is_term(p->c[j - 1]) && p->c[j - 1] != 0x3002)
				return;
		}
		if (qi_ || (j > 0 && !is_term(p->c[j - 1])))
			return;
		pos = j;
	}
	for (steps = 0; steps < 6; steps++) {
		const struct para *p;

		if (pos == 0) {		/* the paragraph before */
			if (qi == 0 || pi - (qi - 1) > 2 || d->p[qi - 1].turn)
				return;
			qi--;
			pos = d->p[qi].n;
		}
		p = &d->p[qi];
		e = pos;
		while (e > 0 && is_space(p->c[e - 1]))
			e--;
		if (e > 0 && is_term(p->c[e - 1]))
			e--;
		for (b = e; b > 0 && e - b < 400 && !is_term(p->c[b - 1]); b--)
			;
		if (b > 0 && !is_term(p->c[b - 1]))
			return;		/* no sentence: a run of 400 without a stop */
		/* …清楚，也采取措施来改善。」: a sentence inside a quotation is
		 * not the narrative; back to the one that opens it */
		for (k = pos; k > b; k--)	/* backwards, as the search goes */
			if (is_close(p->c[k - 1]))
				inside++;
			else if (is_open(p->c[k - 1]) && inside > 0)
				inside--;
		pos = b;
		while (b < e && is_space(p->c[b]))
			b++;
		if (b >= e || inside > 0)
			continue;
		if (p->c[b] == 0x4ED6 /* 他 */ || p->c[b] == 0x5979 /* 她 */)
			continue;	/* 他要求…。 他说: further back */
		if (sentence_subject(d, qi, b, e, s))
			return;
		/* 张明是村里的老党员。今年夏天，村里遭了水灾。他说，…: past one
		 * sentence with no person in it, to the one before */
		if (++bare > 1 || has_person(d, qi, b, e))
			return;
	}
}

/*
 * The clause ending at e (a comma) ends with a name after its title
 * (…找到了项目副主任孙志禹，): that person in *t.
 */
static int
clause_ends_titled(const struct para *p, size_t e, struct spk *t)
{
	size_t c0 = e, l;

	while (c0 > 0 && e - c0 < 40 && !is_boundary(p->c[c0 - 1]))
		c0--;
	for (l = 3; l >= 2; l--) {
		const struct nq_word *w;

		if (e < c0 + l + 2 || !is_person(p->c, e - l, e))
			continue;
		if ((w = nq_lex_suffix(NQ_W_TITLE, p->c + c0, e - l - c0)) && w->n >= 2) {
			spk_set(t, SPK_PERSON, p->c + e - l, l, p->c + e - l - w->n, w->n);
			return 1;
		}
	}
	return 0;
}

/* a noun for a person soon after c[i]: 叫斯特凡的法国青年 (not 叫…的小城镇) */
static int
person_after(const struct para *p, size_t i)
{
	const struct nq_word *w;
	size_t k;

	for (k = i; k < p->n && k - i < 8 && !is_boundary(p->c[k]); k++)
		if (((w = nq_lex_at(NQ_W_ANON, p->c, k, p->n)) && w->n >= 2) ||
		    ((w = nq_lex_at(NQ_W_TITLE, p->c, k, p->n)) && w->n >= 2) ||
		    in_set(person_final, p->c[k]))
			return 1;
	return 0;
}

/*
 * A 他 or 她 nothing resolved: the nearest person introduced by name before
 * it in the paragraph or the two before, as the object of a sentence may
 * be (记者问一位叫斯特凡的法国青年…，他说).
 */
static int
named_before(struct doc *d, size_t pi, size_t a, struct spk *s)
{
	size_t k = pi, pos = a, steps = 0, j, e;

	if (s->kind != SPK_PRON || !(strcmp(s->name.p, "他") == 0 || strcmp(s->name.p, "她") == 0))
		return 0;
	for (;;) {
		const struct para *p = &d->p[k];

		for (j = pos; j-- > 0 && steps++ < 400; ) {
			/* 叫X的, 名叫X， */
			if (p->c[j] == 0x53EB /* 叫 */) {
				for (e = j + 1; e < p->n && e - j <= 7 && p->c[e] != 0x7684 &&
				    !is_boundary(p->c[e]); e++)
					;
				if (e < p->n && e - j - 1 >= 2 && e - j - 1 <= 6 &&
				    (p->c[e] == 0x7684 || is_comma(p->c, e, p->n)) &&
				    is_name(p->c, j + 1, e) && !has_funchar(p->c, j + 1, e) &&
				    (p->c[e] != 0x7684 || person_after(p, e + 1))) {
					spk_set(s, SPK_PERSON, p->c + j + 1, e - j - 1, NULL, 0);
					return 1;
				}
			}
		}
		if (k == 0 || pi - k >= 2 || d->p[k - 1].turn)
			return 0;
		k--;
		pos = d->p[k].n;
	}
}

/*
 * A person's name opens c[j..]: a surname and one or two characters
 * (施明德无奈表示), or a foreign name of three to five characters of
 * transliteration (莎拉波娃得知…). Its length, else 0.
 */
static size_t
opening_name(const struct para *p, size_t j)
{
	const struct nq_word *w;
	size_t l, x;

	/* (a name of three seen once may be a word, 马建国察看了…: only
	 * one that speaks in its clause, 施明德无奈表示) */
	if ((l = name_at(p->c, j, p->n)) == 3 && !nq_lex_at(NQ_W_NOTSPK, p->c, j, p->n)) {
		for (x = j + 3; x < p->n && x - j <= 20 && !is_boundary(p->c[x]); x++)
			if ((w = nq_lex_at(NQ_W_VERB, p->c, x, p->n)) && w->tier == NQ_TIER_A &&
			    !stopped((struct para *)p, x, w))
				return l;
		return 0;
	}
	for (l = 5; l >= 4; l--)
		if (j + l < p->n && is_translit(p->c, j, j + l) && !in_set(translit, p->c[j + l]) &&
		    nk_is_han(p->c[j + l]))
			return l;
	return 0;
}

/*
 * Position j is inside a bracket opened just before it (a byline,
 * （中央社记者戴雅真伦敦31日专电）) or before a byline's 报道 or 摄.
 */
static int
in_byline(const struct para *p, size_t j)
{
	size_t i;

	for (i = j; i > 0 && j - i < 12; i--) {
		if (p->c[i - 1] == 0xFF09 || p->c[i - 1] == ')')
			break;
		if (p->c[i - 1] == 0xFF08 || p->c[i - 1] == '(')
			return 1;
	}
	for (i = j + 2; i < p->n && i <= j + 4; i++)
		if (at(p->c, p->n, i, "报道") || at(p->c, p->n, i, "摄"))
			return 1;
	return 0;
}

/*
 * 他 or 她 left with no antecedent (no person has spoken before it): the
 * nearest name after a title before a (主席梁君彦今日…回应争议。他指，…;
 * BBC记者麦笛文（…）…。⏎他直言，…), in this paragraph or the two before.
 */
static int
titled_before(struct doc *d, size_t pi, size_t a, struct spk *s)
{
	size_t k = pi, pos = a, steps = 0, j, l;
	const struct nq_word *w;

	if (s->kind != SPK_PRON || !(strcmp(s->name.p, "他") == 0 || strcmp(s->name.p, "她") == 0))
		return 0;
	for (;;) {
		const struct para *p = &d->p[k];

		for (j = pos; j-- > 0 && steps++ < 600; ) {
			/* 施明德无奈表示，…: a name opening a sentence or paragraph */
			if ((j == 0 || is_term(p->c[j - 1])) && (l = opening_name(p, j)) > 0) {
				spk_set(s, SPK_PERSON, p->c + j, l, NULL, 0);
				return 1;
			}
			if (j < 2 || !(w = nq_lex_suffix(NQ_W_TITLE, p->c, j)) || w->n < 2 || in_byline(p, j))
				continue;
			for (l = 3; l >= 2; l--)
				if (j + l <= p->n && is_person(p->c, j, j + l) &&
				    (j + l == p->n || !nk_is_han(p->c[j + l]) || not_name_end(p->c[j + l]) ||
				    name_at(p->c, j, p->n) == l)) {
					spk_set(s, SPK_PERSON, p->c + j, l, p->c + j - w->n, w->n);
					return 1;
				}
		}
		if (k == 0 || pi - k >= 2 || d->p[k - 1].turn)
			return 0;
		k--;
		pos = d->p[k].n;
	}
}

/*
 * The speaker of a cue whose phrase is at a: the pronoun's antecedent,
 * the nearest speaker, or a person named before.
 */
static void
resolve_at(struct doc *d, size_t pi, size_t a, struct spk *s)
{
	subject_antecedent(d, pi, a, s);
	resolve(d, s);
	if (named_before(d, pi, a, s) || titled_before(d, pi, a, s))
		resolve(d, s);
}

/*
 * No speaker in the phrase before a cue at v: 信中说 (a letter's or a
 * speech's words: its author, the person of the sentence before, *author
 * set), or a cue opening a clause, X谴责…，称… (the subject of the clause
 * before, when a verb of speech follows it).
 */
/* the speaker s is a news outlet: 周日电讯报, 路透社, 美联社, BBC */
static int
outlet(const struct spk *s)
{
	static const char *const end[] = {"报", "社", "台", "网", "新闻", "媒体", "杂志", "周刊", "频道"};
	size_t m, l, k;

	for (k = 0; k < s->name.n && s->name.p[k] >= 'A' && s->name.p[k] <= 'Z'; k++)
		;
	if (k >= 2 && k == s->name.n)
		return 1;	/* BBC, CNN */
	for (m = 0; m < sizeof(end) / sizeof(end[0]); m++)
		if ((l = strlen(end[m])) < s->name.n && strcmp(s->name.p + s->name.n - l, end[m]) == 0)
			return 1;
	return 0;
}

/*
 * A newspaper named in 《》 before a, in this paragraph or the two before
 * (据《中国青年报》引述…。⏎报道称，…): in *s.
 */
static int
outlet_named(struct doc *d, size_t pi, size_t a, struct spk *s)
{
	size_t k = pi, pos = a, steps = 0, j, o;
	struct spk t = {0};

	for (;;) {
		const struct para *p = &d->p[k];

		for (j = pos; j-- > 1 && steps++ < 400; ) {
			if (p->c[j] != 0x300B /* 》 */)
				continue;
			for (o = j; o > 0 && j - o < 12 && p->c[o - 1] != 0x300A; o--)
				;
			if (o == 0 || p->c[o - 1] != 0x300A || o == j)
				continue;
			spk_set(&t, SPK_ORG, p->c + o, j - o, NULL, 0);
			if (outlet(&t)) {
				spk_free(s);
				spk_copy(s, &t);
				spk_free(&t);
				return 1;
			}
			spk_free(&t);
			memset(&t, 0, sizeof(t));
		}
		if (k == 0 || pi - k >= 2 || d->p[k - 1].turn)
			return 0;
		k--;
		pos = d->p[k].n;
	}
}

static int
implied_speaker(struct doc *d, size_t pi, size_t a, size_t v, const struct nq_word *cue,
    struct spk *s, int *author)
{
	struct para *p = &d->p[pi];
	const struct nq_word *w;
	size_t b = v, a0, k;

	*author = 0;
	trim(p->c, &a, &b);
	if (b > a && nq_lex_is(NQ_W_LOC, p->c + a, b - a)) {
		spk_set(s, SPK_PRON, NULL, 0, NULL, 0);
		nk_buf_reset(&s->name);
		nk_buf_puts(&s->name, "他");
		*author = 1;
		return 1;
	}
	/* BBC今天报导，…。⏎报导称，…: the report of the body that spoke last */
	if (b == a && (a == 0 || is_term(p->c[a - 1])) && cue->n == 2 && cue->c[0] == 0x62A5 /* 报 */ &&
	    in_set("导道", cue->c[1]) && v + 2 < p->n && in_set("称指", p->c[v + 2]) &&
	    ((d->last_any.kind == SPK_ORG && d->last_any_at + 2 >= pi && outlet(&d->last_any)) ||
	    outlet_named(d, pi, a, s))) {
		if (d->last_any.kind == SPK_ORG && d->last_any_at + 2 >= pi && outlet(&d->last_any))
			spk_copy(s, &d->last_any);
		return 1;
	}
	if (b > a || a == 0 || !is_comma(p->c, a - 1, p->n) || cue->tier != NQ_TIER_A)
		return 0;
	a0 = zone_start(p, a - 1, 0);
	/* 派出所接到小王（化名）报警，称…: the caller speaks */
	if (a >= 4 && p->c[a - 3] == 0x62A5 /* 报 */ && in_set("警案", p->c[a - 2])) {
		if (a0 == a - 3 && a0 > 0 && p->c[a0 - 1] == 0xFF09 /* ） */)
			for (k = a0 - 1; k > 0 && a0 - k <= 8; k--)
				if (p->c[k - 1] == 0xFF08 /* （ */) {
					a0 = zone_start(p, k - 1, 0);
					break;
				}
		return a0 + 3 < a && parse_speaker(p->c, a0, a - 1, s) && s->kind != SPK_PRON;
	}
	for (k = a0 + 2; k + 1 < a; k++)
		if (at(p->c, a - 1, k, "发表") ||
		    ((w = nq_lex_at(NQ_W_VERB, p->c, k, a - 1)) && w->tier == NQ_TIER_A && !stopped(p, k, w)))
			return parse_speaker(p->c, a0, k, s) && s->kind != SPK_PRON;
	return 0;
}

/*
 * c[a..b) holds no subject, only what a speaker does meanwhile: adverbs
 * (接着, 又), 一边/一面, a verb in 着 (笑着, 指着图纸), the one spoken to
 * (对记者, 向来访的客人).
 */
static int
no_subject(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;
	size_t i;
	int changed = 1;

	trim(c, &a, &b);
	while (changed && a < b) {
		changed = 0;
		if (c[a] == 0x5728 /* 在 */ && b - a <= 24 && ((!memchr32(c, a, b, 0x7684 /* 的 */) &&
		    is_place_end(c[b - 1])) || nq_lex_suffix(NQ_W_LOC, c + a, b - a))) {
			a = b;	/* 在慕尼黑安全会议上: a place */
		} else if ((w = nq_lex_at(NQ_W_LEAD, c, a, b)) || (w = nq_lex_at(NQ_W_TRAIL, c, a, b))) {
			a += w->n;
			changed = 1;
		} else if (at(c, b, a, "一边") || at(c, b, a, "一面")) {
			a += 2;
			changed = 1;
		} else if (c[a] == 0x8FB9 /* 边 */) {
			a++;
			changed = 1;
		} else if ((at(c, b, a, "透过") || at(c, b, a, "通过") || at(c, b, a, "经由") ||
		    at(c, b, a, "借助")) && b - a <= 10 && b - a >= 3) {
			a = b;	/* 透过发言人, 通过律师: a means, to the end */
		} else if (in_set("对向跟给朝", c[a])) {
			/* 对记者, 向前来采访的记者们: to the end, a noun phrase */
			for (i = a + 1; i < b && i - a <= 10 && c[i] != 0x7740 /* 着 */; i++)
				;
			if (i < b || b - a > 10 || b - a < 2)
				return 0;
			a = b;
		} else {
			/* 笑着, 指着图纸: a verb in 着 and its object */
			for (i = a + 1; i < b && i - a <= 2 && c[i] != 0x7740; i++)
				;
			if (i >= b || c[i] != 0x7740)
				return 0;
			for (a = i + 1; a < b && a - i <= 6 && !in_set("对向跟给朝", c[a]) &&
			    !nq_lex_at(NQ_W_TRAIL, c, a, b); a++)
				;
			changed = 1;
		}
		trim(c, &a, &b);
	}
	return a >= b;
}

/*
 * The start of the sentence whose second or third clause opens at a (after
 * a comma), plus 1; 0 when a opens no such clause, or a quotation or a
 * colon comes between.
 */
static size_t
sentence_start(struct para *p, size_t a)
{
	size_t sb, x;

	if (a == 0 || !is_comma(p->c, a - 1, p->n))
		return 0;
	for (sb = a - 1, x = 0; sb > p->from && a - sb < 120 && !is_term(p->c[sb - 1]) &&
	    p->c[sb - 1] != 0x3002; sb--) {
		if (is_close(p->c[sb - 1]) || p->c[sb - 1] == '"' || is_colon(p->c, sb - 1, p->n))
			return 0;	/* another quotation, or a colon's list */
		if (is_comma(p->c, sb - 1, p->n) && ++x >= 2)
			return 0;	/* the clause before or the one before it */
	}
	if (sb > p->from && !is_term(p->c[sb - 1]) && p->c[sb - 1] != 0x3002)
		return 0;
	return sb + 1;
}

/*
 * No speaker in the phrase before a cue at v, which opens a clause: the
 * person opening the sentence speaks (王建国接过话头，笑着说：; 村支书王德明
 * 一边带着记者参观，一边介绍说：; 张华放下文件，对记者说，).
 */
/*
 * …，提抗告争取法庭直播的柯文哲，当庭得知…，脱口表示…: one of the three
 * clauses of c[sb..e) right before e is all a description in 的 and a
 * full name, the topic the clauses after it go on about (the nearest;
 * none when a clause between holds a title).
 */
static int
topic_clause(struct para *p, size_t sb, size_t e, struct spk *s)
{
	size_t x = e, k, n;

	for (n = 0; n < 3 && x > sb; n++) {
		for (k = x; k > sb && !is_comma(p->c, k - 1, p->n); k--)
			;
		if (x >= k + 6 && x - k <= 30 && p->c[x - 4] == 0x7684 /* 的 */ && is_person(p->c, x - 3, x) &&
		    name_at(p->c, x - 3, x) == 3 && !memchr32(p->c, k, x, 0x3001 /* 、 */)) {
			spk_set(s, SPK_PERSON, p->c + x - 3, 3, p->c + k, x - 3 - k);
			return 1;
		}
		if (has_title(p->c, k, x))
			return 0;
		x = k > sb ? k - 1 : sb;
	}
	return 0;
}

/*
 * 国民党团书记长罗智强…。罗回应，…: a surname alone before the cue (Taiwan's
 * and Hong Kong's papers) is the person of that surname named with a title
 * last, in this paragraph before it or in the two before.
 */
static int
surname_speaker(struct doc *d, size_t pi, size_t a, size_t v, struct spk *s)
{
	const struct para *p = &d->p[pi];
	size_t k, i, to, lo = pi >= 2 ? pi - 2 : 0;

	trim(p->c, &a, &v);
	if (v != a + 1 || !nq_lex_is(NQ_W_SURNAME, p->c + a, 1))
		return 0;
	for (k = pi + 1; k-- > lo; ) {
		const struct para *q = &d->p[k];

		to = k == pi ? a : q->n;
		for (i = to; i-- > (to > NEAR ? to - NEAR : 0); )
			if (q->c[i] == p->c[a] && i + 3 <= q->n && is_person(q->c, i, i + 3) &&
			    name_at(q->c, i, q->n) == 3 && i >= 2 && (nq_lex_suffix(NQ_W_TITLE, q->c, i) ||
			    role_before(q->c, i - 2, i))) {
				spk_free(s);
				memset(s, 0, sizeof(*s));
				spk_set(s, SPK_PERSON, q->c + i, 3, NULL, 0);
				return 1;
			}
	}
	return 0;
}

static int
clause_speaker(struct doc *d, size_t pi, size_t a, size_t v, struct spk *s)
{
	struct para *p = &d->p[pi];
	size_t sb, e, x;

	trim(p->c, &a, &v);
	if (!no_subject(p->c, a, v))
		return 0;
	if (!(sb = sentence_start(p, a))) {
		/* (a longer sentence: the topic in the three clauses before) */
		if (a == 0 || !is_comma(p->c, a - 1, p->n))
			return 0;
		for (sb = a - 1; sb > p->from && a - sb < 120 && !is_term(p->c[sb - 1]) &&
		    p->c[sb - 1] != 0x3002 && !is_close(p->c[sb - 1]) && p->c[sb - 1] != '"' &&
		    !is_colon(p->c, sb - 1, p->n); sb--)
			;
		spk_free(s);
		memset(s, 0, sizeof(*s));
		return topic_clause(p, sb, a - 1, s);
	}
	sb--;
	for (e = sb; e < a - 1 && !is_comma(p->c, e, p->n); e++)
		;
	spk_free(s);
	memset(s, 0, sizeof(*s));
	if (sentence_subject(d, pi, sb, a - 1, s) && s->kind == SPK_PERSON)
		return 1;
	spk_free(s);
	memset(s, 0, sizeof(*s));
	/* 李先生的儿子赶到后…，当即表示: the relative, not the person */
	for (x = sb; x < a - 1 && is_space(p->c[x]); x++)
		;
	if (possessed_subject(p->c, x, e, s))
		return 1;
	/* 村支书王德明一边…: a title and name opening the first clause (the
	 * whole clause when it is a long title and a name: 中共中央…办公室主任
	 * 兼外交部长王毅，日前在…上指称) */
	if (e > sb + 16 && e <= sb + 32 && e < a && !memchr32(p->c, sb, e, 0x7684) &&
	    person_ending(p->c, sb, e, e, s))
		return 1;
	for (x = e < sb + 16 ? e : sb + 16; x >= sb + 2; x--)
		if (!memchr32(p->c, sb, x, 0x7684 /* 的 */) && person_ending(p->c, sb, x, e, s))
			return 1;

	/* 前沿指挥员一边…, 一位老农放下锄头: a source described, before its
	 * predicate */
	for (x = e < sb + 10 ? e : sb + 10; x >= sb + 2; x--)
		if ((x == e || in_set(pred_open, p->c[x])) && !memchr32(p->c, sb, x, 0x7684) &&
		    parse_speaker(p->c, sb, x, s) && s->kind == SPK_ANON && person_noun(p->c, sb, x))
			return 1;
	/* 美国再度加征关税，发言人何咏前未有正面回应…，但强调…: the clause
	 * right before, when the sentence opens with a scene (a person with
	 * a title, not 管理会|计) */
	if (e + 1 < a - 1) {
		for (x = a - 1; x > e + 1 && !is_comma(p->c, x - 1, p->n); x--)
			;
		spk_free(s);
		memset(s, 0, sizeof(*s));
		if (x > e && sentence_subject(d, pi, x, a - 1, s) && s->kind == SPK_PERSON && s->desc.n > 0)
			return 1;
	}
	spk_free(s);
	memset(s, 0, sizeof(*s));
	return topic_clause(p, sb, a - 1, s);
}

static int listener(const int32_t *c, size_t a, size_t b);
static int told(const int32_t *c, size_t a, size_t b);

/*
 * c[x..b) opens with what a subject does before it speaks: 2 for an
 * adverb of the lexicon's trail list (随即, 当场), a manner adverbial in 地
 * (匆匆忙忙地, 高兴地) or a verb in 着 (拉着记者的手, 指着地图); 1 for a
 * adverb or preposition a predicate often opens with (又, 在, 对); else 0.
 */
static int
predicate_opens(const int32_t *c, size_t x, size_t b)
{
	const struct nq_word *w;
	size_t i;

	if (x >= b || is_boundary(c[x]))
		return 0;
	if (((w = nq_lex_at(NQ_W_TRAIL, c, x, b)) && w->n >= 2) ||
	    (x + 1 < b && c[x + 1] == 0x7740 /* 着 */) || (x + 2 < b && c[x + 2] == 0x7740))
		return 2;
	/* (two characters at least before 地: 语重心长地 is not 语重心 + 长地) */
	for (i = x + 2; i < b && i - x <= 5 && c[i] != 0x7684 /* 的 */; i++)
		if (c[i] == 0x5730 /* 地 */)
			return 2;
	/* (adverbs and prepositions only: verbs such as 希, 发, 来 begin
	 * words in names too, 希拉克) */
	return in_set("最首还也又都在对向于曾已将则便就随亲专正今昨", c[x]);
}

/*
 * The name of t is a whole name where it ends c[a..e), not one running on
 * into the words after it (美国总统布希以…: not 统布; 全奕颖代表…: not
 * 全奕颖代); 老周, 小王: a surname after 老, 小 or 阿.
 */
static int
whole_name(const struct para *p, size_t a, size_t e, size_t v, const struct spk *t)
{
	int32_t u[8];
	size_t n = 0, i = 0, len = t->name.n;

	while (i < len && n < 8)
		i += nk_u8_dec(t->name.p + i, len - i, &u[n++]);
	if (i < len || n < 2 || e < a + n)
		return 0;
	for (i = 0; i < n; i++)
		if (p->c[e - n + i] != u[i])
			return 1;	/* a title after the name: 王芳教授 */
	if (n == 2 && in_set("老小阿", u[0]) && nq_lex_is(NQ_W_SURNAME, u + 1, 1))
		return 1;	/* 老周, 小王 */
	return name_at(p->c, e - n, v) == n;
}

/*
 * The phrase c[a..v) before a cue is a clause: 老周又是匆匆忙忙地跑到派出所
 * 找到驻村民警说, 村支书李德明拉着记者的手说, 一位老人颤巍巍地走上前说. Its
 * subject, a person (or one described) opening it, speaks; the rest is what
 * that person does on the way (serial verbs share their subject). Not
 * when the phrase hands the word to another (请王教授说, 让孩子们说, 听邻居
 * 说) or is passive.
 */
static int title_at(const int32_t *c, size_t x, size_t n, const struct nq_word *w);

/*
 * A dateline or byline opening c[a..v) and set off by a space, 新华网北京7月
 * 22日电 外交部发言人…, 记者王超群∕台北报导 总统…: where the text after it
 * starts, else a.
 */
static size_t
dateline_end(const int32_t *c, size_t a, size_t v)
{
	size_t i;

	for (i = a + 2; i < v && i - a <= 30; i++)
		if (c[i] == ' ' && (at(c, v, i - 2, "日电") || at(c, v, i - 2, "专电") ||
		    at(c, v, i - 2, "报导") || at(c, v, i - 2, "报道"))) {
			while (i < v && c[i] == ' ')
				i++;
			return i;
		}
	return a;
}

static int
serial_speaker(struct doc *d, size_t pi, size_t a, size_t v, struct spk *s)
{
	struct para *p = &d->p[pi];
	const struct nq_word *w;
	struct spk t = {0};
	size_t x, l;
	int strong;

	trim(p->c, &a, &v);
	a = dateline_end(p->c, a, v);
	while (a < v && (w = nq_lex_at(NQ_W_LEAD, p->c, a, v)) && w->n < v - a && p->c[a] != 0x5728 /* 在 */)
		a += w->n;
	if (v <= a + 4 || v - a > 40)
		return 0;
	for (x = a; x < v; x++) {
		struct quote *q;

		/* 接见「美国某州州长访问团」时: a name in marks, in a clause of 时 */
		if (is_open(p->c[x]) && p->c[v - 1] == 0x65F6 /* 时 */ && (q = quote_at(p, x)) &&
		    q->closed && !q->sentence && q->close < v) {
			x = q->close;
			continue;
		}
		/* 就伐木人员被判刑答记者问时: a passive inside the topic of 就 */
		if (p->c[x] == 0x88AB /* 被 */ && x >= a + 3 && memchr32(p->c, a, x - 2, 0x5C31 /* 就 */))
			continue;
		if (in_set("让叫请使令被据求", p->c[x]) || is_open(p->c[x]) || is_close(p->c[x]) ||
		    p->c[x] == '"' || (p->c[x] == 0x542C /* 听 */ && x + 1 < v &&
		    !in_set("到完了罢后见取", p->c[x + 1])))
			return 0;
		/* 不再透露, 未就…发表评论: nothing said; 一定会以…总结历史: an
		 * intention, not a report; 首次提出奴隶制说: a verb of speech
		 * before, the cue a noun */
		if (in_set("不没未", p->c[x]) || at(p->c, v, x, "一定") || at(p->c, v, x, "必须") ||
		    at(p->c, v, x, "应该") || at(p->c, v, x, "应当") || at(p->c, v, x, "将会") ||
		    ((w = nq_lex_at(NQ_W_VERB, p->c, x, v)) && w->tier && w->tier != NQ_TIER_C &&
		    !stopped(p, x, w) && !title_at(p->c, x, v, w)))
			return 0;
	}
	/* 册封他以承认…: a purpose, not speech; 欧美也已有几个国家承认: 有
	 * brings in another subject */
	if (p->c[v - 1] == 0x4EE5 /* 以 */)
		return 0;
	/* 对…进行批评: a noun; 用这个词指…, 把它称…: naming, not speech */
	if (at(p->c, v, v - 2, "进行") || (v < p->n && in_set("指称", p->c[v]) &&
	    (memchr32(p->c, a, v, 0x7528 /* 用 */) || memchr32(p->c, a, v, 0x628A /* 把 */))))
		return 0;
	for (x = a; x + 1 < v; x++)
		if (p->c[x] == 0x6709 /* 有 */ && (is_numeral(p->c[x + 1]) || in_set("几些人的位名", p->c[x + 1])))
			return 0;
	/* 电话交谈，讨论…: 谈 of a compound */
	if (in_set("交会座商洽面恳访畅", p->c[v - 1]) && v < p->n && p->c[v] == 0x8C08 /* 谈 */)
		return 0;
	for (l = v - a - 2 < 12 ? v - a - 2 : 12; l >= 2; l--) {
		if (!(strong = predicate_opens(p->c, a + l, v)))
			continue;
		spk_free(&t);
		memset(&t, 0, sizeof(t));
		if (!parse_speaker(p->c, a, a + l, &t))
			continue;
		/* 老周, 小王: a person known by surname (read alone as a name
		 * of no kind) */
		if (l == 2 && in_set("老小阿", p->c[a]) && nq_lex_is(NQ_W_SURNAME, p->c + a + 1, 1))
			t.kind = SPK_PERSON;
		/* (a character that opens a predicate may end a name too:
		 * 全奕颖代表… is not 全奕颖代; before 地 or 着 it may not) */
		if ((t.kind == SPK_PERSON && (strong == 2 || whole_name(p, a, a + l, v, &t))) ||
		    (t.kind == SPK_ANON && !t.generic && person_noun(p->c, a, a + l) &&
		    !name_at(p->c, a + l, v))) {	/* (法国总统希拉克…: the name is his) */
			spk_free(s);
			spk_copy(s, &t);
			spk_free(&t);
			return !listener(p->c, a, a + l);
		}
	}
	spk_free(&t);
	return 0;
}

/* the phrase before position v: back to a clause mark, at most 60 code points */
static size_t
zone_start(struct para *p, size_t v, size_t lo)
{
	size_t i = v;
	struct quote *q;

	while (i > lo && v - i < 60) {
		int32_t c = p->c[i - 1];

		if (is_close(c) || c == '"') {
			/* a short name in quotation marks belongs to the phrase */
			/* (a longer one, 接见「美国某州州长访问团」时, in a clause of 时) */
			if ((q = quote_closing_at(p, i - 1)) && !q->sentence &&
			    q->close - q->open <= (v > 0 && p->c[v - 1] == 0x65F6 /* 时 */ ? 24 : 10) &&
			    q->open >= lo) {
				i = q->open;
				continue;
			}
			break;
		}
		if (c == ')' || c == 0xFF09) {
			size_t py = pinyin_before(p->c, lo, i);

			if (py || (py = latin_paren_before(p->c, lo, i)) || (py = note_paren_before(p->c, lo, i))) {
				i -= py;
				continue;
			}
		}
		/* 《通知》说: a title in marks names a document */
		if (c == 0x300B /* 》 */) {
			size_t o = i - 1;

			while (o > lo && v - o < 40 && p->c[o - 1] != 0x300A && p->c[o - 1] != 0x300B)
				o--;
			if (o > lo && p->c[o - 1] == 0x300A) {
				i = o - 1;
				continue;
			}
			break;
		}
		if (is_boundary(c) && c != 0x3001)
			break;
		i--;
	}
	return i;
}

/* ---- quotations --------------------------------------------------------------- */

static void emit_chain(struct doc *d, size_t pi, struct quote *q, const struct spk *s, const char *cue);
static size_t trim_end(struct para *p, size_t a, size_t b);
static size_t verb_end(struct para *p, size_t v, const struct nq_word *w);

/* report quotation q of paragraph pi, and its continuation paragraphs */
static void
emit_direct(struct doc *d, size_t pi, struct quote *q, const struct spk *s, const char *cue)
{
	q->used = 1;
	emit(d, pi, q->open + 1, q->close, NQ_DIRECT, s, cue);
	if (!q->closed)
		emit_chain(d, pi, q, s, cue);
}

/*
 * The paragraph where a quotation left open before pi + 1 closes, when
 * the paragraphs up to it hold no quotation mark and it closes with the
 * mark wanted before any other (sentence-split text: “…。⏎…。⏎…。”);
 * *at the closing mark. 0 if none within MAXRUN paragraphs.
 */
enum { MAXRUN = 6 };

static size_t
closes_later(struct doc *d, size_t pi, int32_t want, size_t *at_)
{
	size_t k, j;

	for (k = pi + 1; k < d->np && k - pi <= MAXRUN && !d->p[k].turn; k++) {
		const struct para *n = &d->p[k];

		for (j = 0; j < n->n; j++) {
			int32_t c = n->c[j];

			if (c == want) {
				*at_ = j;
				return k;
			}
			if (is_open(c) || is_close(c) || c == '"')
				return 0;
		}
	}
	return 0;
}

/* a quotation over several paragraphs: each opens with a mark, the last
 * closes; or the paragraphs after it hold no mark up to its closing one */
static void
emit_chain(struct doc *d, size_t pi, struct quote *q, const struct spk *s, const char *cue)
{
	size_t k, j, m, e;

	for (k = pi + 1; k < d->np && !q->closed; k++) {
		struct para *n = &d->p[k];

		if (n->turn)
			break;
		for (j = 0; j < n->n && is_space(n->c[j]); j++)
			;
		if (j < n->n && !quote_at(n, j) && q->open < d->p[k - 1].n &&
		    close_of(d->p[k - 1].c[q->open]) != '"' &&
		    (m = closes_later(d, k - 1, close_of(d->p[k - 1].c[q->open]), &e))) {
			for (; k < m; k++) {
				emit(d, k, 0, trim_end(&d->p[k], 0, d->p[k].n), NQ_DIRECT, s, cue);
				d->p[k].from = d->p[k].n;
			}
			emit(d, m, 0, e, NQ_DIRECT, s, cue);
			d->p[m].from = e + 1;
			break;
		}
		if (!(q = quote_at(n, j)) || j >= n->n)
			break;
		q->used = 1;
		emit(d, k, q->open + 1, q->close, NQ_DIRECT, s, cue);
		n->from = q->closed ? q->close + 1 : n->n;
	}
}

/* a clause from i opening with a cue of its own: ；官兵们形容，… */
static int
cue_clause(struct para *p, size_t i)
{
	const struct nq_word *w;
	size_t e, k;

	for (e = i; e < p->n && e - i <= 20 && !is_boundary(p->c[e]); e++)
		;
	if (e >= p->n || !(is_comma(p->c, e, p->n) || is_colon(p->c, e, p->n)))
		return 0;
	for (k = i; k < e; k++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, k, e)) && w->tier && w->tier != NQ_TIER_C &&
		    verb_end(p, k, w) == e && !stopped(p, k, w))
			return 1;
	return 0;
}

/* the verb w at c[x] opens a longer title: 发言 of 发言人 */
static int
title_at(const int32_t *c, size_t x, size_t n, const struct nq_word *w)
{
	const struct nq_word *t = nq_lex_at(NQ_W_TITLE, c, x, n);

	return t && t->n > w->n;
}

/* the speaker is a body known by its initials, BBC, CNN, WHO */
static int
initials(const struct spk *s)
{
	size_t k;

	if (s->name.n < 2 || s->name.n > 8)
		return 0;
	for (k = 0; k < s->name.n; k++)
		if (!(s->name.p[k] >= 'A' && s->name.p[k] <= 'Z'))
			return 0;
	return 1;
}

/*
 * The name of s (two to four characters) stands after a title earlier in
 * the paragraph, before i: 外交部发言人华春莹 names a person whose surname
 * is not in the lexicon's list.
 */
static int
titled_earlier(const struct para *p, size_t i, const struct spk *s)
{
	int32_t u[5];
	size_t n = 0, k = 0, x;

	while (k < s->name.n && n < 5)
		k += nk_u8_dec(s->name.p + k, s->name.n - k, &u[n++]);
	if (k < s->name.n || n < 2 || n > 4)
		return 0;
	for (x = 2; x + n <= i; x++)
		if (memcmp(p->c + x, u, n * sizeof(*u)) == 0 && nq_lex_suffix(NQ_W_TITLE, p->c, x))
			return 1;
	return 0;
}

/*
 * A clause from i opening with a speaker of its own, named (not a pronoun)
 * and followed by a verb of tier A or B that takes a clause: 不少超额教师也
 * 表示会…, 李四则认为，….
 */
static int
other_speaker(struct para *p, size_t i)
{
	const struct nq_word *w = NULL;
	struct spk s = {0};
	size_t v, k;
	int ok = 0;

	for (v = i; v < p->n && v - i <= 16 && !is_boundary(p->c[v]); v++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, v, p->n)) && w->tier && w->tier != NQ_TIER_C &&
		    !stopped(p, v, w) && !title_at(p->c, v, p->n, w))
			break;
	if (!w || v >= p->n || v - i > 16 || is_boundary(p->c[v]) || v < i + 2)
		return 0;
	/* 但被公署批评，: the passive, no speaker */
	for (k = i; k < v; k++)
		if (in_set("被遭受让", p->c[k]))
			return 0;
	k = verb_end(p, v, w);
	if (!(k < p->n && (is_comma(p->c, k, p->n) || is_colon(p->c, k, p->n) ||
	    ((w->flags & NQ_F_BARE) && !is_boundary(p->c[k])))))
		return 0;
	/* (承诺，: a verb that reports only before a colon) */
	if ((w->flags & NQ_F_COLON) && !is_colon(p->c, k, p->n))
		return 0;
	if (parse_speaker(p->c, i, v, &s) && s.kind != SPK_PRON && s.name.n > 0) {
		size_t e = s.name.n - 1;
		int32_t last;

		while (e > 0 && ((unsigned char)s.name.p[e] & 0xC0) == 0x80)
			e--;
		nk_u8_dec(s.name.p + e, s.name.n - e, &last);
		ok = !s.generic || in_set(person_final, last) ||	/* 超额教师 */
		    titled_earlier(p, i, &s) ||	/* 发言人华春莹说…，不过华春莹宣称， */
		    initials(&s);	/* …，BBC则说， */
	}
	spk_free(&s);
	return ok;
}

/*
 * End of an indirect quotation starting at k; *qq the quotation that ends
 * it. whole: a source frame (据X报道，…), which reports the whole sentence.
 */
/* a date stamp at i: 2007－05－17 or 2007-05-17 */
static int
stamp_at(const struct para *p, size_t i)
{
	static const char shape[] = "dddd-dd-dd";
	size_t m;

	if (i > 0 && p->c[i - 1] >= '0' && p->c[i - 1] <= '9')
		return 0;
	for (m = 0; shape[m]; m++) {
		int32_t c = i + m < p->n ? p->c[i + m] : 0;

		if (shape[m] == 'd' ? !(c >= '0' && c <= '9') : !(c == '-' || c == 0xFF0D))
			return 0;
	}
	return 1;
}

static size_t skip_space(struct para *p, size_t i);
static int punct_after(struct para *p, size_t *k, int *colon);

/* a clause from i of a verb of speech, after a lead word at most, and a
 * quotation in marks right after it: 但称“…”, 并强调：“…”; the quotation,
 * or NULL */
static struct quote *
cue_then_quote(struct para *p, size_t i, const struct nq_word **verb)
{
	const struct nq_word *w;
	struct quote *q;
	size_t j = skip_space(p, i), k;
	int colon;

	if (j < p->n && (w = nq_lex_at(NQ_W_LEAD, p->c, j, p->n)) && w->n <= 2)
		j += w->n;
	/* 祝贺道「…」, 打趣道：“…”: a verb and 道 before the marks */
	if (j + 3 < p->n && nk_is_han(p->c[j]) && nk_is_han(p->c[j + 1]) && p->c[j + 2] == 0x9053 /* 道 */ &&
	    !nq_lex_funchar(p->c[j]) && !nq_lex_funchar(p->c[j + 1]) &&
	    (w = nq_lex_at(NQ_W_VERB, p->c, j + 2, p->n)) && w->n == 1 && !stopped(p, j + 2, w) &&
	    !nq_lex_at(NQ_W_STOP, p->c, j + 1, p->n) && !nq_lex_at(NQ_W_STOP, p->c, j, p->n)) {
		k = j + 3;
		punct_after(p, &k, &colon);
		if (k < p->n && (is_open(p->c[k]) || p->c[k] == '"') && (q = quote_at(p, k)) && q->closed &&
		    q->sentence && !q->noun && !q->used) {
			if (verb)
				*verb = w;
			return q;
		}
	}
	if (j >= p->n || !(w = nq_lex_at(NQ_W_VERB, p->c, j, p->n)) || w->tier != NQ_TIER_A ||
	    stopped(p, j, w))
		return NULL;
	k = verb_end(p, j, w);
	punct_after(p, &k, &colon);
	if (k < p->n && (is_open(p->c[k]) || p->c[k] == '"') && (q = quote_at(p, k)) && q->closed &&
	    (q->sentence || q->close > q->open + 6) && !q->noun && !q->used) {
		if (verb)
			*verb = w;
		return q;
	}
	return NULL;
}

/*
 * 但称“可能是下面的农民工（所为）”。: a shorter quotation in marks that is
 * the whole clause of a cue opening a clause (after a comma and a lead
 * word at most) and ends the sentence.
 */
static int
clause_quote(struct para *p, size_t v, const struct quote *q)
{
	size_t j = v, x;

	if (!q->closed || q->close < q->open + 7)
		return 0;
	x = skip_space(p, q->close + 1);
	if (x < p->n && !is_term(p->c[x]) && p->c[x] != 0x3002)
		return 0;
	while (j > 0 && v - j < 2 && in_set("但并还又也则却", p->c[j - 1]))
		j--;
	while (j > 0 && is_space(p->c[j - 1]))
		j--;
	return j > 0 && is_comma(p->c, j - 1, p->n);
}

/*
 * The clause after ，而 at i is the author's (而据…, 而从…来看, 而数据显示),
 * not the speaker's contrast (而今年有些品牌…, 而且, 而是).
 */
static int
author_after(struct para *p, size_t k, size_t i)
{
	const struct nq_word *w;
	size_t x;

	if (i >= p->n || at(p->c, p->n, i, "且") || at(p->c, p->n, i, "是") ||
	    at(p->c, p->n, i, "非") || at(p->c, p->n, i, "不是"))
		return 0;
	if (at(p->c, p->n, i, "据") || at(p->c, p->n, i, "根据") || at(p->c, p->n, i, "从") ||
	    at(p->c, p->n, i, "记者") || at(p->c, p->n, i, "在此之前") || at(p->c, p->n, i, "此前"))
		return 1;
	/* 百度在…。李彦宏的判断是，…，而百度将于…: a subject the narrative
	 * has named earlier in the paragraph, before the speech at k (not
	 * …，美国联准会已经降息，而美国232条款…: the speaker's own) */
	if (i + 2 < p->n && nk_is_han(p->c[i]) && nk_is_han(p->c[i + 1]) &&
	    !has_funchar(p->c, i, i + 2))
		for (x = i > 2000 ? i - 2000 : 0; x + 2 < i - 1 && x + 2 <= k; x++)
			if (p->c[x] == p->c[i] && p->c[x + 1] == p->c[i + 1] &&
			    (x == 0 || is_boundary(p->c[x - 1])))
				return 1;
	for (x = i; x + 1 < p->n && x - i < 30 && !is_boundary(p->c[x]); x++)
		if (at(p->c, p->n, x, "显示") || at(p->c, p->n, x, "表明") || at(p->c, p->n, x, "来看") ||
		    at(p->c, p->n, x, "报道") || ((w = nq_lex_at(NQ_W_VERB, p->c, x, p->n)) &&
		    w->tier == NQ_TIER_A && !stopped(p, x, w)))
			return 1;	/* (…，而怀特则回敬说: another speaker) */
	return 0;
}

/*
 * The words in marks q at i, inside an indirect clause that opened at k,
 * go on the clause: they follow a copula or a preposition with no mark
 * between (是在「…」, 形容为「…」, 是「…」), no verb of speech ends there,
 * and the sentence ends right after them. (照片“…”, 但“…”: the
 * speaker's own words, a row of their own.)
 */
static int
embedded_quote(struct para *p, size_t k, size_t i, const struct quote *q)
{
	size_t x;
	const struct nq_word *w;

	if (i < k + 2 || !q->closed || !in_set("是在为成", p->c[i - 1]))
		return 0;
	for (x = i > k + 4 ? i - 4 : k; x < i; x++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, x, p->n)) && x + w->n == i && w->tier)
			return 0;
	x = skip_space(p, q->close + 1);
	return x >= p->n || is_term(p->c[x]) || p->c[x] == 0x3002;
}

static size_t cue_before(struct para *p, size_t i);

/*
 * The words in marks q at i are woven into the indirect clause that opened
 * at k: right after a word that is no verb of speech (但就像「…」, 有部分是
 * 「…」), and the sentence goes on after them past a comma (…，虽要…).
 * Marks in the middle of the sentence; the indirect row holds them.
 */
static int
woven_quote(struct para *p, size_t k, size_t i, const struct quote *q)
{
	size_t x;

	if (!q->closed || i < k + 2 || !nk_is_han(p->c[i - 1]) || cue_before(p, i))
		return 0;
	x = q->close + 1;
	while (x < p->n && is_space(p->c[x]))
		x++;
	if (x >= p->n || !is_comma(p->c, x, p->n))
		return 0;
	for (x++; x < p->n && is_space(p->c[x]); x++)
		;
	return x < p->n && !is_term(p->c[x]) && !is_open(p->c[x]) && p->c[x] != '"';
}

/*
 * Does the clause after the comma at i belong to the author, though no
 * 而 or 但 opens it? The reporter at work (门卫称，…，记者多次拨打…,
 * 本报记者, 笔者), or the speaker's next act told with 了 (…，并分享了
 * 小米的抉择, …，他还介绍了…): a verb of speech with 了 and its object,
 * after 并, 还, 也, 又, 另, 亦, 同时, 随后 or 接着 (the speaker's name or
 * 他/她 before them or not), reports an act, not words.
 */
static int
narration_after(struct para *p, const struct spk *s, size_t i)
{
	const struct nq_word *w;
	size_t j = skip_space(p, i), n;
	int lead = 0, m;

	if (j >= p->n)
		return 0;
	if (at(p->c, p->n, j, "记者") || at(p->c, p->n, j, "本报记者") || at(p->c, p->n, j, "笔者"))
		return 1;
	if (s && s->kind != SPK_PRON && s->name.n > 0 && (m = at(p->c, p->n, j, s->name.p)) > 0)
		j += (size_t)m;
	else if (in_set("他她", p->c[j]) && j + 1 < p->n && nk_is_han(p->c[j + 1]))
		j++;
	for (n = 0; n < 2 && j < p->n; n++) {
		if (at(p->c, p->n, j, "同时") || at(p->c, p->n, j, "随后") || at(p->c, p->n, j, "接着"))
			j += 2;
		else if (in_set("并还也又另亦", p->c[j]) && !nq_lex_at(NQ_W_VERB, p->c, j, p->n))
			j++;
		else
			break;
		lead = 1;
	}
	if (!lead || j >= p->n || !(w = nq_lex_at(NQ_W_VERB, p->c, j, p->n)) || w->n < 2)
		return 0;
	return j + w->n + 1 < p->n && p->c[j + w->n] == 0x4E86 /* 了 */ && nk_is_han(p->c[j + w->n + 1]);
}

static size_t
indirect_end(struct para *p, size_t k, struct quote **qq, int whole, const struct spk *s)
{
	size_t i = k;
	struct quote *q;
	int list = 0;

	while (i > 0 && is_space(p->c[i - 1]))
		i--;
	if (i > 0 && (is_colon(p->c, i - 1, p->n) || is_comma(p->c, i - 1, p->n)))
		i--;	/* the cue's own */
	for (; i > 0 && k - i < 200 && !is_term(p->c[i - 1]); i--)
		if (is_colon(p->c, i - 1, p->n))
			list = 1;
	i = k;
	*qq = NULL;
	while (i < p->n) {
		int32_t c = p->c[i];

		if ((is_open(c) || c == '"') && (q = quote_at(p, i))) {
			/* (中国政府的决定是在「剥夺新闻自由，完全无法接受」: words in
			 * marks that are the object of the clause, after a word
			 * that is no verb of speech, belong to it) */
			if (q->sentence && !q->noun && i > k && !embedded_quote(p, k, i, q) &&
			    !woven_quote(p, k, i, q)) {
				*qq = q;
				break;
			}
			i = q->closed ? q->close + 1 : p->n;
			continue;
		}
		/* ；: the next clause is reported too (X指出，A；B。), unless the
		 * cue's clause is an item of a list after a colon (…路径：外媒
		 *披露，A；B公司…；C公司…) */
		if (is_term(c) && (!(c == 0xFF1B || c == ';') || list || cue_clause(p, i + 1)))
			break;
		/* …接受火炬接力计划2007－05－1704：24：23来源：北京晨报: a headline
		 * run into a scraped page's date stamp or source label */
		if (i > k && (stamp_at(p, i) || at(p->c, p->n, i, "来源：") || at(p->c, p->n, i, "日期：")))
			break;
		/* "，记者多次拨打…", "，并分享了…": the author's narration */
		if (i > k && is_comma(p->c, i, p->n) && narration_after(p, s, i + 1))
			break;
		/* "，不少超额教师也表示…": another speaker takes over */
		if (!whole && is_comma(p->c, i, p->n) && other_speaker(p, i + 1))
			break;
		/* "，但称“…”": the speaker goes on in marks, a row of its own */
		if (!whole && is_comma(p->c, i, p->n) && cue_then_quote(p, i + 1, NULL))
			break;
		/* "，而…": the author takes over (而据, 而从…来看, 而Y显示; not 而且, 而是,
		 * 而非, 而不是: the speaker's contrast) */
		if (!whole && (is_comma(p->c, i, p->n) || c == 0xFF1B) && i + 1 < p->n &&
		    p->c[i + 1] == 0x800C && author_after(p, k, i + 2))
			break;
		i++;
	}
	return i;
}

/* trim spaces and clause marks (，：、；) at the end of a span */
static size_t
trim_end(struct para *p, size_t a, size_t b)
{
	while (b > a && (is_space(p->c[b - 1]) || is_comma(p->c, b - 1, p->n) ||
	    is_colon(p->c, b - 1, p->n) || p->c[b - 1] == 0x3001 || p->c[b - 1] == '*' ||
	    p->c[b - 1] == 0xFF1B || p->c[b - 1] == ';'))
		b--;
	return b;
}

static void
mark_used(struct para *p, size_t a, size_t b)
{
	size_t i;

	for (i = 0; i < p->nq; i++)
		if (p->q[i].open >= a && p->q[i].open < b)
			p->q[i].used = 1;
}

static size_t
skip_space(struct para *p, size_t i)
{
	while (i < p->n && is_space(p->c[i]))
		i++;
	return i;
}

/* the verb's end, with 道/了/过 after it */
static size_t
verb_end(struct para *p, size_t v, const struct nq_word *w)
{
	size_t k = v + w->n;

	/* 解释说, 回应称, 补充道, 说过, 表示了 (and 說, 稱, 過) */
	if (k < p->n && w->n >= 2 && (p->c[k] == 0x8BF4 || p->c[k] == 0x79F0 ||
	    p->c[k] == 0x8AAA || p->c[k] == 0x7A31))
		k++;
	/* (not the 过 of 过去, 过往, 过程: 表示过去两年…) */
	if (k < p->n && (p->c[k] == 0x9053 || p->c[k] == 0x4E86 || ((p->c[k] == 0x8FC7 ||
	    p->c[k] == 0x904E) && !(k + 1 < p->n && in_set("去往程后年渡多", p->c[k + 1])))))
		k++;
	/* 介绍到，… 强调到：… (a common slip for 道), only before the comma or
	 * colon: not 说到这里 */
	else if (k + 1 < p->n && w->n >= 2 && p->c[k] == 0x5230 /* 到 */ &&
	    (is_comma(p->c, k + 1, p->n) || is_colon(p->c, k + 1, p->n)))
		k++;
	return k;
}

/*
 * The cue or saying c[v..v+l) opens a noun for people in jieba's
 * dictionary (发言|人, 评论|员, 讲话|者): a title, not a speech
 * (联合国在华盛顿的发言人德扬说).
 */
static int
noun_for_people(const int32_t *c, size_t v, size_t l, size_t n)
{
	const char *t;

	if (l < 2 || v + l >= n || !in_set("人者员家", c[v + l]))
		return 0;
	t = nq_dict_word(c + v, l + 1, NULL);
	return t && (strcmp(t, "n") == 0 || strcmp(t, "l") == 0);
}

static int
cue_in_noun(const struct para *p, size_t v, const struct nq_word *w)
{
	return noun_for_people(p->c, v, w->n, p->n);
}

/* is the cue at v inside a word that reports nothing (说到底, 来说)? */
static int
stopped(struct para *p, size_t v, const struct nq_word *w)
{
	const struct nq_word *s2;
	size_t back;

	if (topic_time(p->c, v, p->n) || cue_in_noun(p, v, w))
		return 1;
	/* 人民日报称, 警方通报称: a word ending in 报, then the cue 称 (not
	 * 2日报称: a date, then 报称) */
	if (w->n == 2 && w->c[0] == 0x62A5 /* 报 */ && (w->c[1] == 0x79F0 /* 称 */ || w->c[1] == 0x7A31) &&
	    v > 0 && in_set("日晚早晨时商导周画快学公通情电简汇举年季月捷警预", p->c[v - 1]) &&
	    !(v > 1 && p->c[v - 1] == 0x65E5 /* 日 */ && is_numeral(p->c[v - 2])))
		return 1;
	/* 当记者表示…时，他说: the time of what follows, not speech */
	{
		size_t s0 = v, e = v + w->n;

		while (s0 > 0 && !is_boundary(p->c[s0 - 1]))
			s0--;
		while (s0 < v && is_space(p->c[s0]))
			s0++;
		if (s0 + 1 < v && p->c[s0] == 0x6BCF /* 每当 */ && p->c[s0 + 1] == 0x5F53)
			s0++;
		if (s0 + 1 < v && p->c[s0] == 0x5F53 /* 当 */ &&
		    !in_set("地事局天日年时前初场面代今然下即选众中", p->c[s0 + 1])) {
			while (e < p->n && !is_boundary(p->c[e]))
				e++;
			if (e < p->n && e > v + w->n + 1 && p->c[e - 1] == 0x65F6 /* 时 */ &&
			    p->c[e - 2] != 0x5C0F /* 小时 */)
				return 1;
		}
	}
	/* 值班民警告诉记者: a title ending in the verb's first character (民警),
	 * then a verb opening on its last (告诉): the title and that verb */
	if (w->n == 2 && v + 2 < p->n && (s2 = nq_lex_at(NQ_W_VERB, p->c, v + 1, p->n)) &&
	    s2->tier && s2->n >= 2 && (s2 = nq_lex_suffix(NQ_W_TITLE, p->c, v + 1)) && s2->n >= 2)
		return 1;
	for (back = 0; back <= 4 && back <= v; back++) {
		const struct nq_word *s = nq_lex_at(NQ_W_STOP, p->c, v - back, p->n);

		/* 人称“小诸葛” (known as), but 发言人称, 负责人称, 当事人称: a noun
		 * for a person ending in 人, then the cue */
		if (s && back == 1 && s->n == 2 && p->c[v - 1] == 0x4EBA /* 人 */ && v >= 2 &&
		    nk_is_han(p->c[v - 2]) && !in_set("被有为", p->c[v - 2]))
			continue;
		/* 又称 (also known as), but 王毅又称，…: an adverb and the cue,
		 * then its comma or colon */
		if (s && back == 1 && s->n == 1 + w->n && in_set("又也并", p->c[v - 1]) &&
		    v + w->n < p->n && (is_comma(p->c, v + w->n, p->n) || is_colon(p->c, v + w->n, p->n)))
			continue;
		if (s && s->n > back && (s->n > back + w->n || back > 0 || s->n > w->n))
			return 1;
	}
	return 0;
}

/*
 * "X的那番话，为此提供了解释：“…”": when the phrase before a colon's cue
 * has no speaker, the sentence's first clause may name one.
 */
static int
sentence_speaker(struct para *p, size_t v, struct spk *s)
{
	size_t a = v, e;

	while (a > 0 && v - a < 200 && !is_term(p->c[a - 1]))
		a--;
	for (e = a; e < v && !is_comma(p->c, e, p->n); e++)
		;
	if (e >= v)
		return 0;
	/* strip 的(那|这|一)?(番|句|段)?(话|讲话|发言|表态|说法) */
	{
		static const char *tail[] = {"话", "讲话", "发言", "表态", "说法",
		    "話", "講話", "發言", "表態", "說法"};
		static const char *mid[] = {"那番", "这番", "一番", "那句", "这句", "那段", "这段", "",
		    "這番", "那句", "這句", "這段"};
		size_t t, m;

		for (t = 0; t < sizeof(tail) / sizeof(tail[0]); t++)
			for (m = 0; m < sizeof(mid) / sizeof(mid[0]); m++) {
				nk_buf b = {0};
				int k;

				nk_buf_printf(&b, "的%s%s", mid[m], tail[t]);
				k = (int)nk_u8_count(b.p, b.n);
				if ((size_t)k < e - a && at(p->c, e, e - (size_t)k, b.p)) {
					nk_buf_free(&b);
					return parse_speaker(p->c, a, e - (size_t)k, s);
				}
				nk_buf_free(&b);
			}
	}
	return 0;
}

static int
punct_after(struct para *p, size_t *k, int *colon)
{
	*colon = 0;
	*k = skip_space(p, *k);
	if (*k < p->n && is_colon(p->c, *k, p->n)) {
		*colon = 1;
		(*k)++;
	} else if (*k < p->n && is_comma(p->c, *k, p->n))
		(*k)++;
	else
		return 0;
	*k = skip_space(p, *k);
	return 1;
}

/* a reporting verb (and ：or ，) right before position i: X说，“…”; 1 + its start */
static size_t
cue_before(struct para *p, size_t i)
{
	size_t e = i, k;
	const struct nq_word *w;

	while (e > 0 && is_space(p->c[e - 1]))
		e--;
	if (e > 0 && (is_comma(p->c, e - 1, p->n) || is_colon(p->c, e - 1, p->n)))
		e--;
	while (e > 0 && is_space(p->c[e - 1]))
		e--;
	if (e > 0 && (p->c[e - 1] == 0x9053 || p->c[e - 1] == 0x4E86 || p->c[e - 1] == 0x8FC7 ||
	    p->c[e - 1] == 0x904E))
		e--;	/* 道 了 过 過 */
	for (k = 1; k <= 4 && k <= e; k++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, e - k, e)) && w->tier && w->n == k)
			return e - k + 1;
	return 0;
}

/*
 * A quotation that comes first: “…”，S V  or  “…，”S V (，“…”).
 * Returns where scanning resumes, or 0 when this is not one.
 */
/*
 * A date or time and its comma at i (6月11日中午，  2月21日，  昨天下午，
 * 当天，): the index after the comma, or i. Digits or numerals with
 * 年月日号时点分, then a part of the day; or a word of time alone.
 */
static size_t
time_phrase(struct para *p, size_t i)
{
	static const char *const word[] = {"昨天", "昨日", "今天", "今日", "当天", "当日", "当晚",
	    "日前", "近日", "前日", "次日", "随后", "此前", "赛后", "会后", "事后", "当时", "目前"};
	static const char *const part[] = {"上午", "中午", "下午", "晚上", "凌晨", "早上", "傍晚",
	    "夜间", "深夜", "晚间", "早晨", "清晨", "晚", "许", "左右", "前后", "起", "以来"};
	size_t k = i, m, x, unit = 0;

	for (m = 0; m < sizeof(word) / sizeof(word[0]) && !unit; m++)
		if ((x = at(p->c, p->n, k, word[m]))) {
			k += x;
			unit = 1;
		}
	while (!unit || (k < p->n && is_numeral(p->c[k]))) {
		for (x = k; x < p->n && is_numeral(p->c[x]); x++)
			;
		if (x == k || x >= p->n || !in_set("年月日号时点分", p->c[x]))
			break;
		k = x + 1;
		unit = 1;
	}
	if (!unit)
		return i;
	for (m = 0; m < sizeof(part) / sizeof(part[0]); m++)
		if ((x = at(p->c, p->n, k, part[m]))) {
			k += x;
			m = (size_t)-1;	/* 下午3时许: again */
			while (k < p->n && is_numeral(p->c[k])) {
				for (x = k; x < p->n && is_numeral(p->c[x]); x++)
					;
				if (x >= p->n || !in_set("时点分", p->c[x]))
					return i;
				k = x + 1;
			}
		}
	k = skip_space(p, k);
	if (k >= p->n || !is_comma(p->c, k, p->n))
		return i;
	return skip_space(p, k + 1);
}

/*
 * A short clause of the speaker's reaction and its comma at i (看到这一幕，
 * 听到这里，说起这事，): a verb of seeing, hearing or bringing up, then a
 * few characters with no mark or name in them. The index after the
 * comma, or i.
 */
static size_t
reaction_phrase(struct para *p, size_t i)
{
	static const char *const open[] = {"看到", "看着", "见到", "见此", "见状", "听到", "听了", "听完",
	    "听罢", "说到", "说起", "谈到", "谈起", "提到", "提起", "想起", "回忆起", "眼看", "望着"};
	size_t m, x, k = 0;

	for (m = 0; m < sizeof(open) / sizeof(open[0]) && !k; m++)
		k = at(p->c, p->n, i, open[m]);
	if (!k)
		return i;
	for (x = i + k; x < p->n && x - i <= 10 && !is_boundary(p->c[x]); x++)
		if (name_at(p->c, x, p->n) || in_set("他她说", p->c[x]))
			return i;
	if (x >= p->n || x - i > 10 || !is_comma(p->c, x, p->n))
		return i;
	return skip_space(p, x + 1);
}

/*
 * A short clause of the scene the speaker is in and its comma at i
 * (交流环节中，, 座谈会上，, 离开时，): a few characters ending in a word of
 * place or time within an event, with no mark or pronoun in them.
 * The index after the comma, or i.
 */
static size_t
scene_phrase(struct para *p, size_t i)
{
	size_t x;

	for (x = i; x < p->n && x - i <= 8 && !is_boundary(p->c[x]) && !is_open(p->c[x]) &&
	    p->c[x] != '"'; x++)
		if (in_set("他她我你说", p->c[x]))
			return i;
	if (x >= p->n || x < i + 3 || x - i > 8 || !is_comma(p->c, x, p->n) ||
	    !in_set("中上时里后间", p->c[x - 1]))
		return i;
	return skip_space(p, x + 1);
}

static int no_subject(const int32_t *c, size_t a, size_t b);

/*
 * “…”辅警卢鹏凑近，指着宣传册上的案例提醒。: after the quotation, a clause
 * of a person named with a title (or a name mentioned before) and what
 * that person does, then a clause of nothing but what the person does
 * meanwhile and a verb of speech ending the sentence. The quotation is the
 * person's. j is where the clause after the quotation opens.
 */
static size_t
quote_then_clauses(struct doc *d, size_t pi, struct quote *q, size_t j)
{
	struct para *p = &d->p[pi];
	const struct nq_word *w = NULL;
	struct spk s = {0};
	size_t c1, e, v, x, res = 0;
	char *cue;

	for (c1 = j; c1 < p->n && c1 - j <= 20 && !is_boundary(p->c[c1]) && !is_open(p->c[c1]) &&
	    p->c[c1] != '"'; c1++)
		;
	if (c1 >= p->n || c1 - j > 20 || c1 < j + 3 || !is_comma(p->c, c1, p->n))
		return 0;
	for (e = c1 + 1; e < p->n && e - c1 <= 24 && !is_boundary(p->c[e]) && !is_open(p->c[e]) &&
	    p->c[e] != '"'; e++)
		;
	if (e >= p->n || e - c1 > 24 || !is_term(p->c[e]))
		return 0;
	/* the verb ends the sentence (提醒。, 说道。) */
	for (v = e; v > c1 + 1; v--)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, v - 1, e)) && w->tier && w->tier != NQ_TIER_B &&
		    v - 1 + w->n == e && !stopped(p, v - 1, w))
			break;
	if (v <= c1 + 1)
		return 0;
	v--;
	/* (or a verb in 着 and a longer object: 指着宣传册上的案例) */
	if (!no_subject(p->c, c1 + 1, v) && !(predicate_opens(p->c, c1 + 1, v) == 2 &&
	    !memchr32(p->c, c1 + 1, v, 0x4ED6 /* 他 */) && !memchr32(p->c, c1 + 1, v, 0x5979 /* 她 */)))
		return 0;
	/* the subject: the longest person with a title or a known name
	 * opening the first clause */
	for (x = c1; x >= j + 2; x--) {
		if (!person_ending(p->c, j, x, x, &s))
			continue;
		/* (not a name of three whose last character makes a word with
		 * the next, 卢鹏凑近, 刘洋走到, or is a verb of the body rarely
		 * given in names, 韩冬走上前) */
		if (nk_u8_count(s.name.p, s.name.n) == 3 && x < c1 && (in_set("近出来到发回看参视考接", p->c[x]) ||
		    in_set("走跑赶凑站坐拿举拉握递掏抱挥摆拍扶", p->c[x - 1])))
			continue;
		break;
	}
	if (x < j + 2) {
		spk_free(&s);
		return 0;
	}
	resolve_at(d, pi, j, &s);
	cue = str(w->c, w->n);
	d->named_after = 1;
	emit_direct(d, pi, q, &s, cue);
	d->named_after = 0;
	free(cue);
	res = e;
	spk_free(&s);
	return res;
}

static size_t indirect(struct doc *d, size_t pi, size_t k, const struct spk *s, const char *cue,
    size_t minlen, int whole);

/* “…，”他说，“…”: after q, a speaker and a verb of at most 12 before a
 * comma and the second half in marks */
static int
split_after(struct para *p, const struct quote *q)
{
	size_t j = skip_space(p, q->close + 1), k, v;
	const struct nq_word *w;

	for (v = j; v < p->n && v - j <= 12 && !is_boundary(p->c[v]); v++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, v, p->n)) && w->tier && !stopped(p, v, w)) {
			k = verb_end(p, v, w);
			if (v > j && k < p->n && punct_after(p, &k, &(int){0}) && k < p->n && quote_at(p, k))
				return 1;
		}
	return 0;
}

static size_t
quote_first(struct doc *d, size_t pi, struct quote *q)
{
	struct para *p = &d->p[pi];
	const struct nq_word *w = NULL;
	struct spk s = {0};
	size_t j = q->close + 1, v, k, res = 0;
	int comma = 0, colon, scene = 0;
	char *cue;

	if (!q->closed || !q->sentence || q->noun || cue_before(p, q->open))
		return 0;
	/* 我问周校长：“…？”她说：… : a quotation a colon introduces is not
	 * the next speaker's (but the first half of a split quotation is:
	 * 他回顾那段日子：“…，”他写道，“…”) */
	for (k = q->open; k > 0 && is_space(p->c[k - 1]); k--)
		;
	if (k > 0 && is_colon(p->c, k - 1, p->n)) {
		size_t x;

		if (q->used || !is_comma(p->c, q->close - 1, p->n) || !split_after(p, q))
			return 0;
		for (x = k - 1; x > 0 && k - 1 - x < 40 && !is_boundary(p->c[x - 1]); x--)
			if ((w = nq_lex_at(NQ_W_VERB, p->c, x - 1, k - 1)) && w->tier && !stopped(p, x - 1, w))
				return 0;	/* (the colon's own cue: 我问他：“…，”) */
		w = NULL;
	}
	j = skip_space(p, j);
	if (j < p->n && is_comma(p->c, j, p->n)) {
		comma = 1;
		j = skip_space(p, j + 1);
	}
	/* “…”6月11日中午，张奶奶激动地说: a date or time after the quotation
	 * sets the scene of its speaker's sentence */
	if ((k = time_phrase(p, j)) > j) {
		comma = 1;
		j = k;
	}
	/* “…！”看到这一幕，一些网友惊呼。: the speaker's reaction, then
	 * the speaker and a verb ending the sentence (not one who answers:
	 * 听到这里，他说：“…”) */
	if ((k = reaction_phrase(p, j)) > j) {
		comma = 1;
		j = k;
		scene = 1;
	} else if ((k = scene_phrase(p, j)) > j) {
		/* “…。”交流环节中，居民们纷纷反映身边的难题。: a scene, then the
		 * speaker and a verb with at most what was spoken of */
		comma = 1;
		j = k;
		scene = 2;
	}
	if (!comma && !(q->close > q->open + 1 && (is_comma(p->c, q->close - 1, p->n) ||
	    is_term(p->c[q->close - 1]) || p->c[q->close - 1] == 0x3002)))
		return 0;
	/* “…”，孙中山的这句名言昭示我们: the source of the saying */
	for (v = j; v < p->n && v - j <= 30 && !is_boundary(p->c[v]); v++)
		;
	{
		size_t sa, sb;

		if (v > j && source_phrase(p->c, j, v, 12, &sa, &sb) && source_named(p->c, sa, sb, &s)) {
			for (k = sb + 1; k < v && !(w = nq_lex_at(NQ_W_SAYING, p->c, k, v)); k++)
				;
			resolve(d, &s);
			cue = k < v ? str(w->c, w->n) : str(p->c + sb, 1);
			d->named_after = 1;
			emit_direct(d, pi, q, &s, cue);
			d->named_after = 0;
			free(cue);
			res = v;
			goto out;
		}
		spk_free(&s);
		memset(&s, 0, sizeof(s));
		w = NULL;
	}
	/* the speaker phrase may hold a time or place: 市长张新起在展望…时认为 */
	for (v = j; v < p->n && v - j <= 30 && !is_boundary(p->c[v]); v++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, v, p->n)) && w->tier && !stopped(p, v, w))
			break;
	/* 理想汽车CEO李想在接受采访时表示: a weak verb (想, 道, 写) is more
	 * likely part of a name or phrase than a stronger verb after it */
	if (w && w->tier == NQ_TIER_C && v < p->n && !is_boundary(p->c[v])) {
		const struct nq_word *w2 = NULL;
		size_t v2;

		for (v2 = v + w->n; v2 < p->n && v2 - j <= 30 && !is_boundary(p->c[v2]); v2++)
			if ((w2 = nq_lex_at(NQ_W_VERB, p->c, v2, p->n)) && w2->tier &&
			    w2->tier != NQ_TIER_C && !stopped(p, v2, w2))
				break;
		if (w2 && w2->tier && w2->tier != NQ_TIER_C && v2 < p->n && !is_boundary(p->c[v2]) &&
		    v2 - j <= 30) {
			v = v2;
			w = w2;
		}
	}
	if ((!w || !w->tier || v >= p->n || is_boundary(p->c[v]) || v - j > 30 || v == j) && !scene)
		return quote_then_clauses(d, pi, q, j);
	if (!w || !w->tier || v >= p->n || is_boundary(p->c[v]) || v - j > 30 || v == j)
		return 0;
	if (scene) {
		k = skip_space(p, verb_end(p, v, w));
		/* (after a scene: an object of up to 12 to the sentence's end) */
		if (scene == 2) {
			size_t o;

			for (o = k; o < p->n && o - k <= 12 && !is_boundary(p->c[o]) && !is_open(p->c[o]); o++)
				if (p->c[o] == 0x7740 /* 着 */ || p->c[o] == 0x4E86 /* 了 */)
					break;
			if (o < p->n && o - k <= 12 && is_term(p->c[o]))
				k = o;
		}
		if (k < p->n && !is_term(p->c[k]))
			return 0;
	}
	if (!parse_speaker(p->c, j, v, &s))
		goto out;
	resolve_at(d, pi, j, &s);
	cue = str(w->c, w->n);
	d->named_after = 1;
	emit_direct(d, pi, q, &s, cue);
	d->named_after = 0;
	k = verb_end(p, v, w);
	res = k;
	/* “…。”村民曾某告诉记者，…: the one told, then the speaker goes on */
	if (w->flags & NQ_F_TELL) {
		size_t o = k, kk;
		int colon2;

		while (o < p->n && o - k < 10 && !is_boundary(p->c[o]) && !is_open(p->c[o]))
			o++;
		kk = o;
		if (o > k && (listener(p->c, k, o) || told(p->c, k, o)) && punct_after(p, &kk, &colon2))
			k = o;
	}
	/* split quotation: “…，”她说，“…” */
	if (punct_after(p, &k, &colon) && k < p->n) {
		struct quote *q2 = quote_at(p, k);

		if (q2 && !q2->noun) {
			emit_direct(d, pi, q2, &s, cue);
			res = q2->closed ? q2->close + 1 : p->n;
		} else if (!q2 && w->tier != NQ_TIER_C) {
			/* “…”黄先生反映称，1月30日晚上，…: the speaker goes on
			 * without marks */
			size_t r = indirect(d, pi, k, &s, cue, 6, 0);

			if (r > k)
				res = r;
		}
	}
	free(cue);
out:
	spk_free(&s);
	return res;
}

/* the person named with a title whose name ends c[a..e) exactly (厂长王义芳,
 * not 王义芳并; 宋省长) */
static int
person_ending(const int32_t *c, size_t a, size_t e, size_t n, struct spk *s)
{
	size_t l;

	if (!parse_speaker(c, a, e, s) || s->kind != SPK_PERSON)
		return 0;
	l = nk_u8_count(s->name.p, s->name.n);
	return l >= 2 && l <= e - a && name_at(c, e - l, n) == l &&
	    (s->desc.n > 0 || nq_lex_suffix(NQ_W_TITLE, c + e - l, l));
}

/*
 * c[a..j) labels the quotation q that fills the rest of the paragraph:
 * a name (陈志全, 马克·吕特), a noun for a person (警员, 村民, 消息人士),
 * or either after a description and a space (民警 常辉).
 */
static int
label_quote(struct para *p, size_t a, size_t j, struct quote *q, struct spk *s)
{
	size_t k, b = j;

	if (!q->closed)
		return 0;
	for (k = q->close + 1; k < p->n; k++)
		if (!is_space(p->c[k]) && !is_term(p->c[k]) && p->c[k] != 0x3002)
			return 0;
	trim(p->c, &a, &b);
	for (k = b; k > a && !is_space(p->c[k - 1]); k--)
		;
	if (k > a && b - k >= 2)	/* 民警 常辉: the name after the space */
		a = k;
	if (b <= a || b - a > 10 || nq_lex_is(NQ_W_META, p->c + a, b - a) ||
	    nq_lex_suffix(NQ_W_META, p->c + a, b - a))
		return 0;
	if (!is_person(p->c, a, b) && !person_noun(p->c, a, b))
		return 0;
	spk_free(s);
	return parse_speaker(p->c, a, b, s) && (s->kind == SPK_PERSON || s->kind == SPK_ANON);
}

/*
 * A quotation after a colon with no cue before it, of a person opening the
 * clause or, when the clause is short, the clause before: 但厂长王义芳并
 * 不轻松：“…”; 全国政协委员朱树豪，显得十分兴奋：“…” (and a quotation right
 * before that names no one of its own: “…！”委员朱树豪，显得…：“…”).
 * Returns where scanning resumes, or 0.
 */
/* A quotation opening after a colon (X：“…”, spaces between allowed):
 * where the text before it ends, just after the colon; 0 if no colon */
static size_t
colon_before(const struct para *p, const struct quote *q)
{
	size_t j = q->open;

	while (j > 0 && is_space(p->c[j - 1]))
		j--;
	return j > 0 && is_colon(p->c, j - 1, p->n) ? j : 0;
}

/* a title and a person's name found at the start of c[a..j), as
 * colon_quote reads them */
static int
person_ending_at(const int32_t *c, size_t a, size_t j)
{
	struct spk t = {0};
	size_t e;
	int ok = 0;

	for (e = j < a + 16 ? j : a + 16; e >= a + 2 && !ok; e--) {
		ok = person_ending(c, a, e, j, &t) && j - e <= 12;
		spk_free(&t);
		memset(&t, 0, sizeof(t));
	}
	return ok;
}

static size_t
colon_quote(struct doc *d, size_t pi, struct quote *q)
{
	struct para *p = &d->p[pi];
	struct spk s = {0};
	const struct nq_word *w;
	size_t j = q->open, a0, a, e, k, de, from = 0, res = 0;
	int found = 0;

	if (!q->sentence || q->noun || q->used || (j = colon_before(p, q)) == 0)
		return 0;
	j--;
	for (a0 = j; a0 > p->from && j - a0 < 40 && !is_boundary(p->c[a0 - 1]); a0--)
		;
	if (a0 > p->from && !is_boundary(p->c[a0 - 1]))
		return 0;
	for (k = a0, de = 0; k < j; k++)	/* a cue of its own was tried, and failed */
		if ((w = nq_lex_at(NQ_W_VERB, p->c, k, j)) && w->tier && w->tier != NQ_TIER_C &&
		    !stopped(p, k, w))
			return 0;
		else if (p->c[k] == 0x7684 /* 的 */)
			de = k + 1;
	/* 一旁遛弯的村民肖志法忍不住搭起话来：: a description in 的, then
	 * a title and the name (not 他的回答是：) */
	if (de && !(de + 2 < j && (w = nq_lex_at(NQ_W_TITLE, p->c, de, j)) && w->n >= 2 &&
	    person_ending_at(p->c, de, j)))
		return 0;
	a = skip_space(p, de ? de : a0);
	while (a < j && (w = nq_lex_at(NQ_W_LEAD, p->c, a, j)) && w->n < j - a)
		a += w->n;
	for (e = j < a + 16 ? j : a + 16; e >= a + 2 && !found; e--)
		if (person_ending(p->c, a, e, j, &s) && j - e <= 12)
			found = 1, from = a0;
	/*
	 * A label opening the paragraph, as broadcast transcripts and
	 * 同期声 are written: 陈志全：「…」, 警员：「…」, 民警 常辉：“…”. A
	 * bare name or a noun for a person is enough when the quotation
	 * is all the rest of the paragraph.
	 */
	if (!found && a0 == 0 && label_quote(p, a, j, q, &s))
		found = 1, from = a0;
	if (!found && j - a0 <= 10 && a0 > p->from + 1 && is_comma(p->c, a0 - 1, p->n)) {
		size_t a1 = zone_start(p, a0 - 1, p->from);

		if (person_ending(p->c, a1, a0 - 1, a0 - 1, &s))
			found = 1, from = a1;
	}
	/* 她格外激动：“…”: a pronoun and a short clause of how she feels */
	if (!found && a + 2 < j && j - a <= 10 && in_set("他她", p->c[a]) && !in_set("们的", p->c[a + 1])) {
		spk_free(&s);
		memset(&s, 0, sizeof(s));
		spk_set(&s, SPK_PRON, p->c + a, 1, NULL, 0);
		resolve_at(d, pi, a, &s);
		if (s.kind == SPK_PRON)
			goto out;
		from = a0;
		found = 2;
	}
	/* 宋省长显得很兴奋：“…”, 老人格外激动：“…”: a person, then a short
	 * clause of how he feels (显得, or a degree word) */
	if (!found && j - a <= 16 && j - a >= 4) {
		size_t x;

		for (x = a + 2; x + 1 < j; x++)
			if (at(p->c, j, x, "显得") || nq_lex_at(NQ_W_DEGREE, p->c, x, j))
				break;
		spk_free(&s);
		memset(&s, 0, sizeof(s));
		for (k = x; x + 1 < j && k < j && !in_set("的把被了着是让使在对向给", p->c[k]); k++)
			;
		if (x + 1 < j && k == j && j - x <= 8 && (clause_subject(d, pi, a, x, &s) ||
		    (spk_free(&s), memset(&s, 0, sizeof(s)), parse_speaker(p->c, a, x, &s))) &&
		    (s.kind == SPK_PERSON || (x > a + 2 && nq_lex_is(NQ_W_SURNAME, p->c + a, 1) &&
		    nq_lex_is(NQ_W_TITLE, p->c + a + 1, x - a - 1))))	/* (宋省长) */
			found = 1, from = a0;
	}
	if (!found)
		goto out;
	if (found == 1)
		resolve(d, &s);
	emit_direct(d, pi, q, &s, "：");
	res = q->closed ? q->close + 1 : p->n;
	/* “…！”朱树豪，…：“…”: the quotation before the speaker is his too */
	for (k = from; k > 0 && is_space(p->c[k - 1]); k--)
		;
	if (k > 0 && (is_close(p->c[k - 1]) || p->c[k - 1] == '"')) {
		struct quote *q0 = quote_closing_at(p, k - 1);
		size_t o;

		if (q0 && !q0->used && q0->sentence && !q0->noun) {
			for (o = q0->open; o > 0 && is_space(p->c[o - 1]); o--)
				;
			if (o == 0 || is_term(p->c[o - 1]) || p->c[o - 1] == 0x3002) {
				d->named_after = 1;
				emit_direct(d, pi, q0, &s, "：");
				d->named_after = 0;
			}
		}
	}
out:
	spk_free(&s);
	return res;
}

/*
 * A quotation after a colon that a noun of saying introduces, in a clause
 * whose subject is a person or a pronoun: 他留下一句话：“…”, 她向记者发出了
 * 这样的“请求”：“…”, 他的回答是：“…” is noun_cue's. Returns where
 * scanning resumes, or 0.
 */
static size_t
noun_quote(struct doc *d, size_t pi, struct quote *q)
{
	struct para *p = &d->p[pi];
	struct spk s = {0};
	const struct nq_word *w;
	size_t j = q->open, n, a, k, res = 0;

	if (!q->sentence || q->noun || q->used || (j = colon_before(p, q)) == 0)
		return 0;
	n = --j;
	if (n > 0 && is_close(p->c[n - 1])) {	/* 这样的“请求” */
		struct quote *q0 = quote_closing_at(p, n - 1);

		if (!q0 || q0->sentence || q0->close - q0->open > 5 || q0->open < 2 ||
		    p->c[q0->open - 1] != 0x7684 /* 的 */)
			return 0;
		n = q0->open;
	} else if (!((w = nq_lex_suffix(NQ_W_SAYING, p->c + p->from, n - p->from)) ||
	    (w = nq_lex_suffix(NQ_W_NOUN, p->c + p->from, n - p->from))) ||
	    !(n - w->n > 0 && (in_set("句番段的", p->c[n - w->n - 1]) ||
	    /* 撂下狠话：, 发表讲话：, 留下遗言：: a saying of two or more after a verb */
	    (w->n >= 2 && nq_lex_is(NQ_W_SAYING, w->c, w->n) && nk_is_han(p->c[n - w->n - 1]) &&
	    !nq_lex_funchar(p->c[n - w->n - 1])))))
		return 0;	/* 一句话, 这番话, 这样的话 (not 电话, 笑话) */
	for (a = n; a > p->from && n - a < 30 && !is_boundary(p->c[a - 1]); a--)
		;
	if (a > p->from && !is_boundary(p->c[a - 1]))
		return 0;
	a = skip_space(p, a);
	while (a < n && (w = nq_lex_at(NQ_W_LEAD, p->c, a, n)) && w->n < n - a)
		a += w->n;
	if (a < n && (in_set("他她", p->c[a]) || ((w = nq_lex_at(NQ_W_PRON, p->c, a, n)) && w->n >= 3))) {
		/* (该负责人还气焰嚣张地撂下狠话：: a pronoun phrase of the lexicon) */
		size_t pl = in_set("他她", p->c[a]) ? 1 : w->n;

		spk_set(&s, SPK_PRON, p->c + a, pl, NULL, 0);
		resolve_at(d, pi, a, &s);
		if (s.kind == SPK_PRON)
			goto out;
	} else if (!clause_subject(d, pi, a, n, &s) || s.kind != SPK_PERSON) {
		goto out;
	} else
		resolve(d, &s);
	for (k = a; k < n; k++)		/* a cue of its own was tried, and failed */
		if ((w = nq_lex_at(NQ_W_VERB, p->c, k, n)) && w->tier && w->tier != NQ_TIER_C && !stopped(p, k, w))
			goto out;
	emit_direct(d, pi, q, &s, "：");
	res = q->closed ? q->close + 1 : p->n;
out:
	spk_free(&s);
	return res;
}

/*
 * 鲁迅先生的这句名言, 引用爱因斯坦的话, 父亲临终前的嘱托让他难忘: a phrase
 * c[a..b) naming what a source said, ending at most tail characters after
 * the saying. 1 and the source's span [*sa, *sb) (past a verb of quoting
 * or recalling: 引用, 想起), else 0.
 */
static int
source_phrase(const int32_t *c, size_t a, size_t b, size_t tail, size_t *sa, size_t *sb)
{
	static const char *const quoting[] = {"引用", "援引", "借用", "套用", "想起", "记起",
	    "牢记", "铭记", "记住", "想到", "回想起", "用"};
	const struct nq_word *w;
	size_t i, k, m, x;

	for (i = a + 1; i < b; i++) {
		if (c[i] != 0x7684 /* 的 */)
			continue;
		/* (这|那|一|几)?(句|番|段|些)? */
		for (k = i + 1, m = 0; k < b && m < 2 && in_set("这那一几句番段些", c[k]); k++, m++)
			;
		if (!(w = nq_lex_at(NQ_W_SAYING, c, k, b)) || b - (k + w->n) > tail ||
		    noun_for_people(c, k, w->n, b))	/* (…的发言|人德扬说) */
			continue;
		/* 他说的话, 大会的讲话: a verb or a generic noun before 的 is no source */
		*sa = a;
		*sb = i;
		for (x = a; x + 1 < i; x++) {
			size_t q;

			for (q = 0; q < sizeof(quoting) / sizeof(quoting[0]); q++) {
				int l = at(c, i, x, quoting[q]);

				if (l && x + (size_t)l < i) {
					*sa = x + (size_t)l;
					break;
				}
			}
			if (*sa > a)
				break;
		}
		return *sb > *sa;
	}
	return 0;
}

/* the source of a saying: a speaker, a foreign name (爱因斯坦) or a noun
 * for a person (哲人, 老农), not just any phrase */
static int
source_named(const int32_t *c, size_t a, size_t b, struct spk *s)
{
	size_t l;

	if (!parse_speaker(c, a, b, s))
		return 0;
	if (!s->generic)
		return 1;
	l = nk_u8_count(s->name.p, s->name.n);
	/* 革命先驱孙中山: a description unknown as a title, and a name */
	if (l <= b - a && l >= 5 && is_person(c, b - 3, b) && name_at(c, b - 3, b) == 3) {
		spk_set(s, SPK_PERSON, c + b - 3, 3, c + b - l, l - 3);
		return 1;
	}
	if (l <= b - a && (is_translit(c, b - l, b) || in_set(person_final, c[b - 1]))) {
		s->kind = is_translit(c, b - l, b) ? SPK_PERSON : SPK_ANON;
		s->generic = 0;
		return 1;
	}
	return 0;
}

/*
 * A quotation after a colon introduced by its source, not by a verb:
 * 孙中山的这句名言：“…”, 老校长的话：“…”, 父亲的嘱托让他至今难忘：“…”.
 * Returns where scanning resumes, or 0.
 */
static size_t
source_quote(struct doc *d, size_t pi, struct quote *q)
{
	struct para *p = &d->p[pi];
	struct spk s = {0};
	const struct nq_word *w = NULL;
	size_t j = q->open, a0, sa, sb, k, res = 0;
	char *cue;

	if (!q->sentence || q->noun || q->used || (j = colon_before(p, q)) == 0)
		return 0;
	j--;
	for (a0 = j; a0 > p->from && j - a0 < 40 && !is_boundary(p->c[a0 - 1]); a0--)
		;
	if (a0 > p->from && !is_boundary(p->c[a0 - 1]))
		return 0;
	if (!source_phrase(p->c, a0, j, 12, &sa, &sb) || !source_named(p->c, sa, sb, &s))
		goto out;
	resolve_at(d, pi, sa, &s);
	for (k = sb + 1; k < j && !(w = nq_lex_at(NQ_W_SAYING, p->c, k, j)); k++)
		;
	cue = k < j ? str(w->c, w->n) : str(p->c + sb, 1);
	emit_direct(d, pi, q, &s, cue);
	free(cue);
	res = q->closed ? q->close + 1 : p->n;
out:
	spk_free(&s);
	return res;
}

/*
 * A quotation ending a sentence after a comma, with no cue in the
 * sentence: the words of the person named with a title opening it (past a
 * clause that sets the scene): 元宝发布之后，腾讯混元大模型负责人刘煜宏收到
 * 一些反馈，让他感到惊喜，「…」。 Returns where scanning resumes, or 0.
 */
/* c[a..b) describes a person: in 的 or after 一/这/那/该 (报警的, 一名中年),
 * with no mark of a clause of its own (记者采访了…) */
static int
described(const int32_t *c, size_t a, size_t b)
{
	size_t i;
	int of = 0;

	for (i = a; i < b; i++) {
		if (in_set("了着过把被将对向给和与在", c[i]) || is_boundary(c[i]))
			return 0;
		of |= c[i] == 0x7684;
	}
	return of || in_set("一这那该", c[a]);
}

static size_t
comma_quote(struct doc *d, size_t pi, struct quote *q)
{
	struct para *p = &d->p[pi];
	struct spk s = {0};
	const struct nq_word *w;
	size_t j = q->open, sb, a, x, e, k, res = 0, clauses = 0;
	struct quote *prev = NULL;
	int found = 0, of = 0, lead = 0;

	if (!q->sentence || q->noun || q->used || !q->closed)
		return 0;
	k = skip_space(p, q->close + 1);
	/* (the sentence ends after the marks, or inside them: “…？”不等…) */
	if (k < p->n && !is_term(p->c[k]) && p->c[k] != 0x3002 &&
	    !is_term(p->c[q->close - 1]) && p->c[q->close - 1] != 0x3002)
		return 0;
	while (j > 0 && is_space(p->c[j - 1]))
		j--;
	if (j == 0 || !is_comma(p->c, j - 1, p->n))
		return 0;
	j--;
	for (sb = j; sb > p->from && j - sb < 200 && !is_term(p->c[sb - 1]) && p->c[sb - 1] != 0x3002;
	    sb--) {
		/* “…。”报警的中年妇女情绪激动，“…”: a quotation of sentences
		 * with no speaker opens the clause */
		if (is_close(p->c[sb - 1]) && !clauses && (prev = quote_closing_at(p, sb - 1)) &&
		    !prev->used && !prev->noun && prev->sentence && prev->close > prev->open + 1 &&
		    (is_term(p->c[prev->close - 1]) || p->c[prev->close - 1] == 0x3002))
			break;
		prev = NULL;
		if (p->c[sb - 1] == 0x7684 /* 的 */) {
			of = 1;
			continue;
		}
		/* (“…？”不等…回答，…: a reported quotation ending its sentence
		 * inside its marks opens this one) */
		if (is_close(p->c[sb - 1]) && (prev = quote_closing_at(p, sb - 1)) && prev->used &&
		    prev->close > prev->open + 1 && (is_term(p->c[prev->close - 1]) ||
		    p->c[prev->close - 1] == 0x3002)) {
			prev = NULL;
			lead = 1;
			break;
		}
		prev = NULL;
		if (is_close(p->c[sb - 1]) || p->c[sb - 1] == '"')
			return 0;	/* another quotation */
		if (is_comma(p->c, sb - 1, p->n) && ++clauses > 4)
			return 0;
	}
	if (sb > p->from && j - sb >= 200 && !prev)
		return 0;
	if (of && !prev)
		return 0;	/* a noun phrase */
	/* a cue of its own was tried, and failed (after a quotation, in the
	 * clause before this one: 不等杨德兵回答，其他村民…，“…？”) */
	for (k = j; lead && k > sb && !is_comma(p->c, k - 1, p->n); k--)
		;
	for (k = lead ? k : sb; k < j; k++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, k, j)) && w->tier && w->tier != NQ_TIER_C &&
		    !stopped(p, k, w))
			return 0;
	a = skip_space(p, sb);
	for (x = a; x < j && !is_comma(p->c, x, p->n); x++)
		;
	if (x < j && adverbial(p->c, a, x))
		a = skip_space(p, x + 1);
	while (a < j && (w = nq_lex_at(NQ_W_LEAD, p->c, a, j)) && w->n < j - a)
		a += w->n;
	for (x = a; x < j && !is_comma(p->c, x, p->n); x++)
		;
	for (e = x < a + 16 ? x : a + 16; e >= a + 2 && !found; e--)
		if (person_ending(p->c, a, e, x, &s) && e < x)
			found = 1;
	/* (after such a quotation, a noun for a person and its description
	 * in 的, in one short clause: 报警的中年妇女情绪激动) */
	for (e = x < a + 16 ? x : a + 16; prev && !found && x == j && e >= a + 2; e--)
		if ((w = nq_lex_suffix(NQ_W_ANON, p->c + a, e - a)) && w->n >= 2 && e < x &&
		    p->c[e] != 0x7684 && e - w->n > a && described(p->c, a, e - w->n) &&
		    parse_speaker(p->c, a, e, &s) && s.kind == SPK_ANON)
			found = 1;
	/* 不等杨德兵回答，其他村民也争先恐后抛出问题，“…？”: people described
	 * opening the clause right before the quotation, before an adverb */
	for (k = j; lead && !found && k > sb && !is_comma(p->c, k - 1, p->n); k--)
		;
	for (e = j < k + 8 ? j : k + 8; lead && !found && k > sb && e >= k + 2; e--)
		if (person_noun(p->c, k, e) && e < j && nq_lex_at(NQ_W_TRAIL, p->c, e, j) &&
		    parse_speaker(p->c, k, e, &s) && s.kind == SPK_ANON && !s.generic)
			found = 1;
	for (k = e; found && of && k < x; k++)	/* 的 in the description only */
		if (p->c[k] == 0x7684)
			found = 0;
	if (!found)
		goto out;
	resolve(d, &s);
	if (prev) {
		emit_direct(d, pi, prev, &s, "");
		prev->used = 1;
	}
	emit_direct(d, pi, q, &s, "");
	res = q->close + 1;
out:
	spk_free(&s);
	return res;
}

/* an indirect quotation from k; returns where scanning resumes */
/* the speaker's own voice in c[a..b): 我, 我们, 咱们 outside marks */
static int
first_person(struct para *p, size_t a, size_t b)
{
	size_t i;
	struct quote *q;

	for (i = a; i < b; i++) {
		if ((is_open(p->c[i]) || p->c[i] == '"') && (q = quote_at(p, i))) {
			i = q->closed ? q->close : b;
			continue;
		}
		/* (我国, 我省, 我市: the author's too, in Chinese news) */
		if (p->c[i] == 0x6211 /* 我 */ && i + 1 < b && in_set("国省市县区军", p->c[i + 1]))
			continue;
		if (p->c[i] == 0x6211 /* 我 */ || (p->c[i] == 0x54B1 && at(p->c, b, i, "咱们")))
			return 1;
	}
	return 0;
}

/*
 * 梁稳根说，我看到了…。从这一方面看，…。: an indirect quotation after a
 * verb of saying (说, 表示, 答道, 介绍; not one of opinion, 认为) in the
 * speaker's own voice (我, 我们) is speech set without marks, and the
 * sentences after it in the paragraph are his too, up to one that opens
 * with a speaker and verb of its own, holds a quotation mark, or opens
 * with a source (据) or a reporter (记者). Returns the new end.
 */
static size_t
speech_goes_on(struct para *p, size_t k, size_t e)
{
	size_t i, x;

	if (e >= p->n || !(p->c[e] == 0x3002 || p->c[e] == 0xFF01 || p->c[e] == 0xFF1F || p->c[e] == '!' ||
	    p->c[e] == '?') || !first_person(p, k, e))
		return e;
	for (;;) {		/* e: the mark ending the sentences taken so far */
		i = e;
		while (i < p->n && (is_term(p->c[i]) || is_space(p->c[i])))
			i++;
		if (i >= p->n)
			return e;
		if (p->c[i] == 0x636E /* 据 */ || at(p->c, p->n, i, "记者") || cue_clause(p, i) ||
		    other_speaker(p, i))
			return e;
		for (x = i; x < p->n && !is_term(p->c[x]); x++)
			if (is_open(p->c[x]) || p->c[x] == '"' || is_close(p->c[x]) ||
			    (is_comma(p->c, x, p->n) && other_speaker(p, x + 1)))
				return e;
		e = x;
	}
}

/*
 * The object c[k..o) of a verb of speech, before a comma, names the words
 * said next: 问下一个问题，“…”, 说了一句话，“…”, 提出一个问题，“…” (a count or
 * 下, then 问题 or a word for a saying), with no verb of speech in it.
 */
static int
words_said(struct para *p, size_t k, size_t o)
{
	const struct nq_word *w;
	size_t x, e;

	if (o >= p->n || !is_comma(p->c, o, p->n) || o - k > 10)
		return 0;
	if (o >= k + 2 && at(p->c, o, o - 2, "问题"))
		e = o - 2;
	else if ((w = nq_lex_suffix(NQ_W_SAYING, p->c + k, o - k)) && w->n < o - k)
		e = o - w->n;
	else
		return 0;
	if (e == k || !in_set("个句番段下", p->c[e - 1]))
		return 0;
	for (x = k; x < e; x++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, x, e)) && w->tier)
			return 0;
	return 1;
}

static size_t listed_quotes(struct para *p, size_t o, size_t te);

/*
 * 称“云发布会是趋势”“通过弹幕互动，更有科技感觉”。: q opens a list of
 * quotations (listed_quotes) that ends the sentence: what several people
 * said, each a quotation of its own.
 */
static int
quote_list(struct para *p, const struct quote *q)
{
	const struct quote *r;
	size_t x = q->open;

	while (x < p->n && (r = quote_at(p, x)) && r->closed) {
		x = r->close + 1;
		while (x < p->n && (is_space(p->c[x]) || p->c[x] == 0x3001 || is_comma(p->c, x, p->n)))
			x++;
	}
	if (x < p->n && !is_term(p->c[x]) && p->c[x] != 0x3002)
		return 0;
	return listed_quotes(p, q->open, x) >= 2;
}

/*
 * Does the clause of the verb at v (after k) name a speaker of its own?
 * Not when it opens with a scene and no one (，在开放式思维下认为…，「…」:
 * the same speaker goes on).
 */
static int
own_speaker(struct para *p, size_t k, size_t v)
{
	struct spk t = {0};
	size_t m;
	int own;

	for (m = v; m > k && !is_comma(p->c, m - 1, p->n) && !is_colon(p->c, m - 1, p->n); m--)
		;
	m = skip_space(p, m);
	if (m >= v || p->c[m] != 0x5728 /* 在 */)
		return 1;
	own = parse_speaker(p->c, m, v, &t) && !t.generic;
	spk_free(&t);
	return own;
}

static int standalone(struct para *p, const struct quote *q);

/*
 * Does the clause of the verb at v (after k) go on with no subject of its
 * own: an adverb or connective opening it (于是, 接着, 随即, 又), then no
 * person, no pronoun and no mark before the verb?
 */
static int
subjectless(struct para *p, size_t k, size_t v)
{
	const struct nq_word *w;
	size_t m, x;

	for (m = v; m > k && !is_comma(p->c, m - 1, p->n); m--)
		if (is_colon(p->c, m - 1, p->n) || is_close(p->c[m - 1]) || p->c[m - 1] == '"')
			return 0;
	m = skip_space(p, m);
	if (m <= k || m >= v || !((w = nq_lex_at(NQ_W_LEAD, p->c, m, v)) || (w = nq_lex_at(NQ_W_TRAIL, p->c, m, v))) ||
	    w->n < 2)
		return 0;
	for (x = m + w->n; x < v; x++)
		if (in_set("他她其我", p->c[x]) || name_at(p->c, x, v) || nq_lex_at(NQ_W_TITLE, p->c, x, v))
			return 0;
	return 1;
}

/* the quotation qq right after te, past spaces and clause marks only, is
 * a direct row of the same speaker; where scanning resumes, or 0 */
static size_t
direct_after(struct doc *d, size_t pi, size_t te, struct quote *qq, const struct spk *s, const char *cue)
{
	struct para *p = &d->p[pi];
	size_t g;

	for (g = te; g < qq->open && (is_space(p->c[g]) || is_comma(p->c, g, p->n) ||
	    is_colon(p->c, g, p->n)); g++)
		;
	if (g != qq->open)
		return 0;
	emit_direct(d, pi, qq, s, cue);
	return qq->closed ? qq->close + 1 : p->n;
}

/*
 * A new cue of the same speaker s opening the clause at i, after a comma
 * of an indirect quotation: 又指…, 并强调，…, 他还说…, 梁耀忠斥…: the
 * speaker's name or 他/她/其, or adverbs (又, 并, 还, 亦, 同时), or both,
 * then a verb of speech and its clause. Sets *k2 to the clause and *w2 to the
 * verb; 0 when the clause goes on the same speech (…，并表示欢迎).
 */
/*
 * Does a clause of c[k..m) open with a person named (南云对此则不认同, 法官
 * 张举能听毕…) other than the speaker s? Then 并重申 after it is theirs.
 */
static int
named_between(struct para *p, size_t k, size_t m, const struct spk *s)
{
	const struct nq_word *t;
	size_t x, l, y;

	for (x = k; x < m; x++) {
		if (x > k && !is_comma(p->c, x - 1, p->n))
			continue;
		y = skip_space(p, x);
		if ((t = nq_lex_at(NQ_W_TITLE, p->c, y, m)))
			y += t->n;
		if ((l = name_at(p->c, y, m)) > 0 && !(s->name.n > 0 && at(p->c, m, y, s->name.p) == (int)l))
			return 1;
	}
	return 0;
}

static int opinion_bare(struct para *p, size_t v, const struct nq_word *w, size_t k);

/* the clause at k right after a verb (no mark between) opens on a word
 * of its own: not 了, 过, 的 …, nor a stance (表示欢迎) */
static int
chain_bare(struct para *p, size_t k)
{
	return k < p->n && nk_is_han(p->c[k]) &&
	    !in_set("了过着些到出明服话法起完得的地个道给成是吧呢啊", p->c[k]) &&
	    !nq_lex_at(NQ_W_ATT, p->c, k, p->n);
}

static int
chain_cue(struct para *p, size_t i, const struct spk *s, size_t *k2, const struct nq_word **w2)
{
	const struct nq_word *w, *t;
	size_t j = skip_space(p, i), k, e, n;
	int colon, lead = 0, m, who = 0;

	if (j >= p->n)
		return 0;
	if (s->kind != SPK_PRON && s->name.n > 0 && (m = at(p->c, p->n, j, s->name.p)) > 0) {
		j += (size_t)m;
		lead = who = 1;
	} else if (in_set("他她其", p->c[j]) && j + 1 < p->n && nk_is_han(p->c[j + 1])) {
		j++;
		lead = who = 1;
	}
	for (n = 0; n < 2 && j < p->n; n++) {
		if ((t = nq_lex_at(NQ_W_TRAIL, p->c, j, p->n)) && t->n <= 2 &&
		    !nq_lex_at(NQ_W_VERB, p->c, j, p->n))
			j += t->n;
		else if (in_set("并另再", p->c[j]) && !nq_lex_at(NQ_W_VERB, p->c, j, p->n))
			j++;
		else
			break;
		lead = 1;
	}
	/* (…，强调…, …，指…: a bare verb goes on the same speech, as the
	 * annotators of sets 8 to 10 read Hong Kong news) */
	if (!lead || j >= p->n || !(w = nq_lex_at(NQ_W_VERB, p->c, j, p->n)) || !w->tier ||
	    w->tier == NQ_TIER_C || stopped(p, j, w) || title_at(p->c, j, p->n, w))
		return 0;
	k = verb_end(p, j, w);
	if (!punct_after(p, &k, &colon)) {
		/* …，他认为武汉肺炎不只是天灾, …，他批评港府…: the speaker named
		 * again, or 他/她, makes any verb of speech or 认为 a cue bare */
		if (who && (w->tier == NQ_TIER_A || opinion_bare(p, j, w, k)) && chain_bare(p, k))
			goto found;
		if (w->tier != NQ_TIER_A || k >= p->n || !nk_is_han(p->c[k]) ||
		    !((w->flags & NQ_F_BARE) || (lead && w->n == 1 && w->c[0] == 0x8BF4 /* 说 */)) ||
		    in_set("了过着些到出明服话法起完得的地个道给成是吧呢啊", p->c[k]) ||
		    nq_lex_at(NQ_W_ATT, p->c, k, p->n))
			return 0;
	} else if ((w->flags & NQ_F_COLON) && !colon)
		return 0;
	/* (他说：「…: the words in marks are the direct row's) */
	if (k < p->n && (is_open(p->c[k]) || p->c[k] == '"'))
		return 0;
found:
	for (e = k; e < p->n && !is_term(p->c[e]) && !is_comma(p->c, e, p->n); e++)
		;
	if (e < k + 4)
		return 0;
	*k2 = k;
	*w2 = w;
	return 1;
}

/*
 * How many closed quotations in marks make up the whole of c[o..te), with
 * nothing but spaces, 、 or ， between them (「…」「…」, “…”、“…”); 0
 * when anything else is there, or one is a name or term (six characters
 * at least each: not 「新质生产力」、「高质量发展」).
 */
static size_t
listed_quotes(struct para *p, size_t o, size_t te)
{
	struct quote *q;
	size_t x = o, n = 0;

	while (x < te) {
		if (!(is_open(p->c[x]) || p->c[x] == '"') || !(q = quote_at(p, x)) || !q->closed ||
		    q->used || q->noun || q->close >= te || q->close < q->open + 7)
			return 0;
		n++;
		x = q->close + 1;
		while (x < te && (is_space(p->c[x]) || p->c[x] == 0x3001 || is_comma(p->c, x, p->n)))
			x++;
	}
	return n;
}

/*
 * A closed quotation in marks ending c[k..te) right after a comma, a clause
 * of its own (not a term: four characters at least, not a name): where
 * its mark opens, else 0.
 */
static size_t
tail_quote(struct para *p, size_t k, size_t te)
{
	struct quote *n;
	size_t o;

	if (te < k + 8 || !is_close(p->c[te - 1]) || !(n = quote_closing_at(p, te - 1)) ||
	    !n->closed || n->noun || n->used || n->open <= k + 2 || n->close - n->open < 5)
		return 0;
	for (o = n->open; o > k && is_space(p->c[o - 1]); o--)
		;
	return o > k && is_comma(p->c, o - 1, p->n) ? n->open : 0;
}

/*
 * The end of the questions that follow a question ending at e, up to three
 * sentences each ending in ？ with no mark, cue or source of its own.
 */
static size_t
more_questions(struct para *p, size_t e)
{
	size_t i, x, n;

	for (n = 0; n < 3; n++) {
		i = skip_space(p, e);
		if (i >= p->n || p->c[i] == 0x636E /* 据 */ || cue_clause(p, i) || other_speaker(p, i))
			return e;
		for (x = i; x < p->n && x - i < 200 && !is_term(p->c[x]) && p->c[x] != 0x3002; x++)
			if (is_open(p->c[x]) || p->c[x] == '"' || is_close(p->c[x]))
				return e;
		if (x >= p->n || p->c[x] != 0xFF1F)
			return e;
		e = x + 1;
	}
	return e;
}

/*
 * The verb at v before the marks at o is a cue there: a weak one (tier C:
 * 打招呼, 问候, 喊) only with a colon between (…，跟他打招呼，「…」 is an
 * act in the clause, not the words' cue).
 */
static int
strong_cue(struct para *p, size_t v, size_t o)
{
	const struct nq_word *w = nq_lex_at(NQ_W_VERB, p->c, v, p->n);
	size_t x;

	if (!w || w->tier != NQ_TIER_C)
		return 1;
	for (x = v + w->n; x < o; x++)
		if (is_colon(p->c, x, p->n))
			return 1;
	return 0;
}

/* an indirect quotation from k; returns where scanning resumes */
static size_t
indirect(struct doc *d, size_t pi, size_t k, const struct spk *s, const char *cue, size_t minlen,
    int whole)
{
	struct para *p = &d->p[pi];
	struct quote *qq;
	size_t e = indirect_end(p, k, &qq, whole, s), te, vs, m, k2 = 0;
	const struct nq_word *w2 = NULL;

	/* 林郑指…，又指…: a new cue of the same speaker starts a new row */
	if (!whole && s)
		for (m = k; m < e; m++) {
			struct quote *n;

			if ((is_open(p->c[m]) || p->c[m] == '"') && (n = quote_at(p, m))) {
				if (!n->closed)
					break;
				m = n->close;
				continue;
			}
			if (m > k + 1 && is_comma(p->c, m, p->n) && chain_cue(p, m + 1, s, &k2, &w2)) {
				if (named_between(p, k, m, s)) {
					w2 = NULL;
					break;
				}
				e = m;
				qq = NULL;
				break;
			}
		}
	if (!w2)
		k2 = 0;
	if (!qq && !whole && cue && (strstr(cue, "说") || strstr(cue, "道") || strstr(cue, "答") ||
	    strstr(cue, "表示") || strstr(cue, "介绍") || strstr(cue, "坦言") || strstr(cue, "直言")))
		e = speech_goes_on(p, k, e);
	te = trim_end(p, k, e);

	/*
	 * A quotation with its own reporting verb ends the indirect one at
	 * the clause before that verb: 周永康说，…，江泽民在报告中强调：“…”
	 */
	/* 她说，…，于是拉开门缝递出一件棉袄说：“…”: the speaker goes on
	 * with no subject of its own; the indirect row ends before the verb */
	if (qq && (vs = cue_before(p, qq->open)) && subjectless(p, k, vs - 1)) {
		const struct nq_word *v2 = nq_lex_at(NQ_W_VERB, p->c, vs - 1, p->n);

		te = trim_end(p, k, vs - 1);
		if (v2 && te >= k + minlen) {
			char *c2 = str(v2->c, v2->n);

			emit(d, pi, k, te, NQ_INDIRECT, s, cue);
			mark_used(p, k, te);
			emit_direct(d, pi, qq, s, c2);
			free(c2);
			return qq->closed ? qq->close + 1 : p->n;
		}
		te = trim_end(p, k, e);
	}
	if (qq && (vs = cue_before(p, qq->open)) && strong_cue(p, vs - 1, qq->open) && own_speaker(p, k, vs)) {
		for (m = vs - 1; m > k && !is_comma(p->c, m - 1, p->n) && !is_colon(p->c, m - 1, p->n); m--)
			;
		if (m <= k)
			return k;	/* the clause is the other speaker's */
		te = trim_end(p, k, m - 1);
		if (te < k + minlen)
			return k;
		emit(d, pi, k, te, NQ_INDIRECT, s, cue);
		mark_used(p, k, te);
		return m;
	}
	/* 江泽民指出，…乘势前进（附图片1张）: an editor's note ending the paragraph */
	if (!qq && te > k && (p->c[te - 1] == 0xFF09 || p->c[te - 1] == ')') &&
	    skip_space(p, e) >= p->n) {
		for (m = te - 1; m > k && p->c[m - 1] != 0xFF08 && p->c[m - 1] != '('; m--)
			;
		if (m > k + 1)
			te = trim_end(p, k, m - 1);
	}
	if (te < k + minlen)
		return 0;
	/* 直言：输球原因？, 说，…我做到了！感谢大家的支持！, 质疑，…是因为他
	 * 害怕小米SU7吗？: indirect speech keeps its closing question or
	 * exclamation mark, as every annotator of the news sets since set 7
	 * has it (held-out set 3 once dropped it) */
	if (te == e && e < p->n && (p->c[e] == 0xFF1F || p->c[e] == 0xFF01))
		te = e + 1;
	/* 记者提问，…如何？…是否考虑过裁员？: a question asked goes on over
	 * the questions right after it */
	if (!qq && te == e + 1 && p->c[e] == 0xFF1F && cue && (strstr(cue, "问") || strstr(cue, "质询")))
		e = te = more_questions(p, te);
	/* ，而她的…: the author's clause, not the speaker's */
	if (skip_space(p, k) < p->n && p->c[skip_space(p, k)] == 0x800C /* 而 */)
		return 0;
	/* 老学者认为，“海合会仍在初创期”。: the clause is a quotation, direct */
	{
		size_t o = skip_space(p, k);
		struct quote *w = o < te ? quote_at(p, o) : NULL;

		if (w && w->closed && !w->noun && !w->used && w->close + 1 == te) {
			emit_direct(d, pi, w, s, cue);
			goto chained;
		}
		/* 有网友评论，「…」「…」。: quotations listed after one cue, one
		 * direct row each */
		if (w && w->closed && !w->used && listed_quotes(p, o, te) >= 2) {
			for (m = o; m < te; m++)
				if ((w = quote_at(p, m))) {
					emit_direct(d, pi, w, s, cue);
					m = w->close;
				}
			goto chained;
		}
		/* 任正非表示，“见媒体是…逼的”，接受采访实则是…: a clause in marks
		 * opening it is direct, the clauses after it indirect */
		if (w && w->closed && !w->noun && !w->used && w->close + 2 < te && w->close - w->open > 4 &&
		    is_comma(p->c, w->close + 1, p->n)) {
			size_t r = skip_space(p, w->close + 2);

			emit_direct(d, pi, w, s, cue);
			if (te >= r + minlen) {
				emit(d, pi, r, te, NQ_INDIRECT, s, cue);
				mark_used(p, r, te);
			}
			goto chained;
		}
	}
	/* 钟永盛表示，声明稿中，「…」: where the words are, not words */
	if (qq && te <= k + 6 && in_set("中里上内", p->c[te - 1]) && !has_funchar(p->c, k, te) &&
	    (m = direct_after(d, pi, te, qq, s, cue)) > 0)
		return m;
	/* 杨金龙说，…，高科技产业也掉下来，「货币政策必须要做些因应」。: the
	 * speaker's words in marks ending the sentence after a comma are a
	 * direct row, the clauses before them the indirect one (not before
	 * another speaker's clause: …，「每星期都绝食」，不少教师也表示…) */
	if (!qq && (m = tail_quote(p, k, te)) > 0 && ((vs = skip_space(p, e)) >= p->n ||
	    in_set("。！？!?", p->c[vs]))) {
		struct quote *n = quote_closing_at(p, te - 1);
		size_t t2 = trim_end(p, k, m);

		if (n && t2 >= k + minlen) {
			emit(d, pi, k, t2, NQ_INDIRECT, s, cue);
			mark_used(p, k, t2);
			emit_direct(d, pi, n, s, cue);
			goto chained;
		}
	}
	emit(d, pi, k, te, NQ_INDIRECT, s, cue);
	/* 总统认为，菊姐…亲切感，「这是我们要创造的感觉」，总统府…: a clause
	 * of the speaker's in marks inside the indirect speech is direct too */
	for (m = 0; m < p->nq; m++) {
		struct quote *n = &p->q[m];

		if (n->open > k && n->close < te && n->closed && !n->used && !n->noun &&
		    n->close - n->open > 6 && standalone(p, n) && is_comma(p->c, n->open - 1, p->n) &&
		    !cue_before(p, n->open))
			emit_direct(d, pi, n, s, cue);
	}
	mark_used(p, k, te);
	/* …，但称“…”: the same speaker's words in marks after a cue of
	 * their own */
	if (!qq && e < p->n && is_comma(p->c, e, p->n)) {
		const struct nq_word *v2 = NULL;
		struct quote *q2 = cue_then_quote(p, e + 1, &v2);

		if (q2) {
			char *c2 = str(v2->c, v2->n);

			emit_direct(d, pi, q2, s, c2);
			free(c2);
			return q2->close + 1;
		}
	}
	if (qq && (m = direct_after(d, pi, te, qq, s, cue)) > 0)
		return m;
chained:
	if (k2) {	/* the chained cue's own row */
		char *c2 = str(w2->c, w2->n);

		m = indirect(d, pi, k2, s, c2, 2, 0);
		free(c2);
		return m > e ? m : e;
	}
	return e;
}

/* the one a speaker talks to, the whole of what is between verb and clause:
 * 记者, 本报记者, 我们 (not 交警告诉记者's 诉记者) */
static int
listener(const int32_t *c, size_t a, size_t b)
{
	static const char *const who[] = {"记者", "本报记者", "媒体", "笔者", "記者",
	    "本報記者", "媒體", "筆者"};
	size_t i;

	for (i = 0; i < sizeof(who) / sizeof(who[0]); i++)
		if (at(c, b, a, who[i]) == (int)(b - a))
			return 1;
	return nq_lex_is(NQ_W_NOTSPK, c + a, b - a) || nq_lex_is(NQ_W_PRON, c + a, b - a);
}

/* the one told, c[a..b): a noun phrase (前来采访的记者们), not a clause
 * (他患上心脏病的噩耗后: a time) */
static int
told(const int32_t *c, size_t a, size_t b)
{
	size_t i;

	if (is_place_end(c[b - 1]))
		return 0;
	for (i = a; i < b; i++)
		if (c[i] != 0x7684 /* 的 */ && nq_lex_funchar(c[i]) && !(i == a && in_set("我你您", c[i])))
			return 0;
	return 1;
}

/* 引用爱因斯坦的话说, 用他的话说: the source whose words the phrase before
 * the cue names */
static int
source_speaker(struct para *p, size_t a, size_t v, struct spk *s)
{
	size_t sa, sb;

	return source_phrase(p->c, a, v, 0, &sa, &sb) && source_named(p->c, sa, sb, s);
}

/* 在 or 于 opening the verb's clause before v (在回应中, 于讲话时) */
static int
zai_before(struct para *p, size_t v)
{
	size_t i;

	for (i = v; i > 0 && !is_boundary(p->c[i - 1]); i--)
		if (p->c[i - 1] == 0x5728 /* 在 */ || p->c[i - 1] == 0x4E8E /* 于 */)
			return 1;
	return 0;
}

/*
 * Does the speaker s's name (a person's, or 他, 她) end the phrase c[a..v),
 * an adverb of one (又, 也, 还, 就, 则) aside (not 找他, 和他, 其他)? Its
 * length if so, else 0.
 */
static size_t
name_before(struct para *p, size_t a, size_t v, const struct spk *s)
{
	int32_t c[16];
	size_t n = 0, i = 0, len = s->name.n, e = v;

	while (i < len && n < 16)
		i += nk_u8_dec(s->name.p + i, len - i, &c[n++]);
	if (i < len || !n)
		return 0;
	if (e > a && in_set("又也还就则便亦都", p->c[e - 1]))
		e--;
	if (e < a + n || memcmp(p->c + e - n, c, n * sizeof(*c)) != 0)
		return 0;
	if (s->kind == SPK_PRON)
		return n == 1 && in_set("他她", c[0]) && skip_space(p, a) == e - n;
	return n;
}

/*
 * 哈尼亚呼吁和谈据美国有线新闻网报道，…: a headline run into its story, the
 * clause after a bare verb at k holding a source frame (据…报道) of its
 * own before its comma.
 */
static int
source_frame_in(struct para *p, size_t k)
{
	const struct nq_word *w;
	size_t e, j;

	for (e = k; e < p->n && e - k < 40 && !is_boundary(p->c[e]); e++)
		if (p->c[e] == 0x636E /* 据 */ && e > k)
			for (j = e + 2; j < p->n && j - e <= 14 && !is_boundary(p->c[j]); j++)
				if ((w = nq_lex_at(NQ_W_VERB, p->c, j, p->n)) && w->tier == NQ_TIER_A &&
				    j + w->n < p->n && is_comma(p->c, j + w->n, p->n))
					return 1;
	return 0;
}

/* a reporting verb at v; returns where scanning resumes, or 0 */
/*
 * 提醒广大群众在…要…, 提醒市民注意…: the public told (群众, 市民, 大家 …,
 * after 广大 or 各位 at most) right after k, and a clause of advice after
 * them; where the clause starts, or k.
 */
static size_t
public_end(struct para *p, size_t k)
{
	static const char *const who[] = {"群众", "市民", "民众", "公众", "大家", "家长", "游客", "居民",
	    "车主", "网友", "消费者", "旅客", "乘客", "师生", "学生", "村民", "用户", "投资者"};
	size_t j = k, i, e;

	if (at(p->c, p->n, j, "广大") || at(p->c, p->n, j, "各位"))
		j += 2;
	for (i = 0; i < sizeof(who) / sizeof(who[0]); i++)
		if (at(p->c, p->n, j, who[i])) {
			size_t m = j + (size_t)at(p->c, p->n, j, who[i]);

			if (m >= p->n || !nk_is_han(p->c[m]) || in_set("的们和及与等", p->c[m]))
				return k;
			for (e = m; e < p->n && !is_boundary(p->c[e]); e++)
				;
			return e - m >= 4 ? m : k;
		}
	return k;
}

/*
 * Does c[k..e) end in a verb of saying in 称, 说 or 道, or 表示 (回复称,
 * 回应说)? (Not a noun of speech: 考虑各方的建议, 对…的担忧.)
 */
static int
said_at_end(struct para *p, size_t k, size_t e)
{
	const struct nq_word *w;
	size_t x;

	for (x = e > k + 5 ? e - 5 : k; x < e; x++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, x, e)) && w->tier == NQ_TIER_A &&
		    verb_end(p, x, w) == e && !stopped(p, x, w) && x > k && p->c[x - 1] != 0x7684 /* 的 */ &&
		    (in_set("称说道", p->c[e - 1]) || at(p->c, e, x, "表示")))
			return 1;
	return 0;
}

/*
 * 要求 and 说明 report a demand or an explanation only from someone who can
 * make one (县长许淑华要求，…, 市府说明，…, 会议要求，…), not after a
 * preposition (按照要求，…, 应广大设计师要求，…) nor a noun they
 * name a list of (讲话要求：…, 服用说明：…).
 */
static int
weak_cue(struct para *p, size_t a, size_t v, const struct nq_word *w, const struct spk *s)
{
	static const char *const prep[] = {"按照", "根据", "依照", "遵照", "依据", "应", "按", "依", "据",
	    "经", "照"};
	int32_t u[8];
	size_t i, n = 0, k = 0, x = skip_space(p, a);

	if (!(w->n == 2 && ((w->c[0] == 0x8981 /* 要求 */ && w->c[1] == 0x6C42) ||
	    (w->c[0] == 0x8BF4 /* 说明 */ && w->c[1] == 0x660E))))
		return 0;
	for (i = 0; i < sizeof(prep) / sizeof(prep[0]); i++)
		if (at(p->c, v, x, prep[i]))
			return 1;
	if (s->kind == SPK_PRON || (s->kind == SPK_ORG && !s->generic) ||
	    (s->kind == SPK_PERSON && s->desc.n > 0))
		return 0;
	if (s->kind != SPK_PERSON && s->kind != SPK_ORG)
		return 1;
	while (k < s->name.n && n < 8)
		k += nk_u8_dec(s->name.p + k, s->name.n - k, &u[n++]);
	if (k < s->name.n || !n)
		return 1;
	/* (市府, 县府: an office known by its place; not 通知, 讲话) */
	if (s->kind == SPK_ORG)
		return !(nq_lex_suffix(NQ_W_ORG, u, n) || in_set("府署局处厅委", u[n - 1]));
	return !is_person(u, 0, n);
}

/*
 * 提醒县府消防局等有关单位要加强…, 要求各乡镇务必…: the ones told (a noun
 * phrase of two to fourteen characters, no verb of speech in it), then a
 * modal (要, 应, 务必, 必须, 一定要, 不要, 切勿) opening a clause of four
 * characters at least.
 */
static int
modal_object(struct para *p, size_t k)
{
	static const char *const modal[] = {"一定要", "务必", "必须", "应当", "应该", "不要", "切勿",
	    "千万", "要", "应"};
	const struct nq_word *w;
	size_t m, i, e;

	for (m = k + 2; m < p->n && m - k <= 14 && !is_boundary(p->c[m]); m++)
		for (i = 0; i < sizeof(modal) / sizeof(modal[0]); i++)
			if (at(p->c, p->n, m, modal[i])) {
				size_t x;

				/* (要求 itself, 需要, 只要, 主要: not a modal) */
				if (in_set("需只主重想必", p->c[m - 1]) || at(p->c, p->n, m, "要求") ||
				    at(p->c, p->n, m, "应对") || at(p->c, p->n, m, "应用"))
					return 0;
				for (x = k; x < m; x++)
					if (p->c[x] == 0x7684 /* 的 */ ||
					    ((w = nq_lex_at(NQ_W_VERB, p->c, x, m)) && w->tier))
						return 0;
				for (e = m; e < p->n && !is_boundary(p->c[e]); e++)
					;
				return e >= m + (size_t)at(p->c, p->n, m, modal[i]) + 4;
			}
	return 0;
}

/*
 * 议员李明问局长，新院区何时启用？: 问 before the one asked (a person's
 * name, title or noun, up to six characters) and a comma, when the
 * sentence after it is a question.
 */
static int
asked_whom(struct para *p, const struct nq_word *w, size_t k, size_t o, size_t kk)
{
	size_t x;

	if (w->n != 1 || w->c[0] != 0x95EE /* 问 */ || o - k > 6 || has_funchar(p->c, k, o) ||
	    !(person_noun(p->c, k, o) == o - k || nq_lex_suffix(NQ_W_TITLE, p->c + k, o - k) ||
	    is_person(p->c, k, o)))
		return 0;
	for (x = kk; x < p->n && x - kk < 200 && !is_term(p->c[x]) && p->c[x] != 0x3002; x++)
		if (is_open(p->c[x]) || p->c[x] == '"')
			return 0;
	return x < p->n && (p->c[x] == 0xFF1F || p->c[x] == '?');
}

/*
 * 认为 at v, its clause bare from k (麦柏伦认为球员已付出所有): a view
 * given as speech in news, when the clause opens on a word of its own
 * (not 认为是, 认为的, 认为了).
 */
static int
opinion_bare(struct para *p, size_t v, const struct nq_word *w, size_t k)
{
	if (w->n != 2 || w->c[0] != 0x8BA4 /* 认为 */ || w->c[1] != 0x4E3A || k != v + 2 ||
	    k + 4 >= p->n || !nk_is_han(p->c[k]) || in_set("是的了过着地得", p->c[k]))
		return 0;
	return !(v > 0 && in_set("被所", p->c[v - 1]));
}

static size_t
verb_cue(struct doc *d, size_t pi, size_t v, const struct nq_word *w, size_t lo)
{
	struct para *p = &d->p[pi];
	struct spk s = {0};
	size_t k = verb_end(p, v, w), a, res = 0;
	int punct, colon, author = 0, soft = 0;
	struct quote *q;
	char *cue = NULL;

	/* 很好的补充: a noun (but 兴奋的说：, 乐观的表示：「…」, the common slip
	 * for 地) */
	if (v > 0 && p->c[v - 1] == 0x7684 && !(w->n == 1 && (w->c[0] == 0x8BF4 /* 说 */ ||
	    w->c[0] == 0x9053 /* 道 */) && v + 1 < p->n && (is_colon(p->c, v + 1, p->n) ||
	    is_comma(p->c, v + 1, p->n))) && !(w->tier == NQ_TIER_A && v + w->n + 1 < p->n &&
	    is_colon(p->c, v + w->n, p->n) && is_open(p->c[v + w->n + 1])))
		return 0;
	/* 很多建议，…: counted, a noun (but 提出了四条要求：“…” opens a quotation) */
	if (w->n >= 2 && v > 0 && in_set("多些少项条点个种份", p->c[v - 1]) &&
	    !(skip_space(p, k) < p->n && is_colon(p->c, skip_space(p, k), p->n)))
		return 0;
	/* 谈谈, 说说, 问问: a suggestion, not a report */
	if (w->n == 1 && ((v + 1 < p->n && p->c[v + 1] == p->c[v]) || (v > 0 && p->c[v - 1] == p->c[v])))
		return 0;
	/* 指了指, 问了问: a gesture or a try, not a report */
	if (w->n == 1 && ((v + 2 < p->n && p->c[v + 1] == 0x4E86 && p->c[v + 2] == p->c[v]) ||
	    (v > 1 && p->c[v - 1] == 0x4E86 && p->c[v - 2] == p->c[v])))
		return 0;
	punct = punct_after(p, &k, &colon);
	/* 李明在会上发言，强调…: a verb of speech that takes its clause bare
	 * opens the clause after the comma; it is the cue */
	if (punct && !colon && k < p->n) {
		const struct nq_word *w2 = nq_lex_at(NQ_W_VERB, p->c, k, p->n);

		if (w2 && w2->tier == NQ_TIER_A && (w2->flags & NQ_F_BARE) && !stopped(p, k, w2))
			return 0;
	}
	/* 回应了质疑，…, 作了回应，…: the object of a verb before it, a noun */
	if (w->n == 2 && v > 1 && p->c[v - 1] == 0x4E86 /* 了 */ && nk_is_han(p->c[v - 2]) && !colon)
		return 0;
	q = k < p->n ? quote_at(p, k) : NULL;
	/* an object between the verb and the quotation: 他告诉记者：“…” */
	if (!punct && w->tier == NQ_TIER_A && k < p->n && (!is_boundary(p->c[k]) ||
	    (p->c[k] == 0x300A /* 《 */ && (w->flags & NQ_F_TELL)))) {
		size_t o = k, kk;
		int colon2;
		struct quote *q2;

		/* 告诉县长，…, 告诉前来采访的记者们：: a verb of telling takes any
		 * noun phrase as the one told */
		size_t tl = 0;	/* the length of a title told: 告诉《环球时报》记者 */
		const struct nq_word *w2;

		while (o < p->n && o - k < ((w->flags & NQ_F_TELL) ? 10 + tl : 16) && !is_open(p->c[o])) {
			if (p->c[o] == 0x300A /* 《 */ && (w->flags & NQ_F_TELL) && o == k) {
				size_t t = o + 1;

				while (t < p->n && t - o < 20 && p->c[t] != 0x300B && !is_boundary(p->c[t]))
					t++;
				if (t >= p->n || p->c[t] != 0x300B)
					break;
				tl = t + 1 - o;
				o = t + 1;
				continue;
			}
			if (is_boundary(p->c[o]))
				break;
			o++;
		}
		kk = o;
		if (!(w->flags & NQ_F_TELL) && (o - k > 4 || (o < p->n && is_colon(p->c, o, p->n) &&
		    has_funchar(p->c, k, o)) || words_said(p, k, o))) {
			/* 回忆初次见到他的情形：「…」, 提到了哈葛德的小说：「…」: a
			 * longer object, when a colon and a quotation follow it and
			 * no other verb of speech is in it */
			size_t x;

			for (x = k; x < o; x++)
				/* (the verb of a noun for people is no verb: 宣讲人, 发言人) */
				if (((w2 = nq_lex_at(NQ_W_VERB, p->c, x, o)) && w2->tier && !stopped(p, x, w2) &&
				    !(x + w2->n < o && in_set("人员者", p->c[x + w2->n]))) ||
				    (x + 1 < o && is_numeral(p->c[x]) && in_set("个段则件些句番", p->c[x + 1])))
					break;	/* (not 讲了一个笑话：, a thing told) */
			if (x == o && o < p->n && is_colon(p->c, o, p->n) && punct_after(p, &kk, &colon2) &&
			    kk < p->n && (q2 = quote_at(p, kk)) && q2->sentence && !q2->noun) {
				k = kk;
				q = q2;
				colon = 1;
			} else if (words_said(p, k, o) && punct_after(p, &kk, &colon2) && kk < p->n &&
			    (q2 = quote_at(p, kk)) && q2->sentence && !q2->noun) {
				/* 问下一个问题，“…？”, 说了一句话，“…” */
				k = kk;
				q = q2;
			}
		} else if (o > k && o - k <= 6 && o < p->n && (is_open(p->c[o]) || p->c[o] == '"') &&
		    (q2 = quote_at(p, o)) && q2->sentence && !q2->noun && !has_funchar(p->c, k, o) &&
		    ((w->flags & NQ_F_TELL) || listener(p->c, k, o) || person_noun(p->c, k, o) == o - k)) {
			/* 号召群众“如有发现，请…”, 告诉记者“…”: the one told, then
			 * the words in marks with no mark between */
			k = o;
			q = q2;
		} else if (o > k && (!has_funchar(p->c, k, o) || ((w->flags & NQ_F_TELL) && told(p->c, k, o))) &&
		    punct_after(p, &kk, &colon2) && kk < p->n &&
		    (colon2 || (w->flags & NQ_F_TELL) || listener(p->c, k, o) || person_noun(p->c, k, o) ||
		    nq_lex_suffix(NQ_W_ANON, p->c + k, o - k) || nq_lex_suffix(NQ_W_TITLE, p->c + k, o - k)) &&
		    (q2 = quote_at(p, kk)) && q2->sentence && !q2->noun) {
			k = kk;
			q = q2;
			colon = colon2;
		} else if ((w->flags & NQ_F_TELL) && (public_end(p, k) > k || modal_object(p, k))) {
			/* 警方提醒广大群众要提高警惕: advice to the public with no
			 * mark, the quotation from the ones told on */
			punct = 1;
			colon = 0;
		} else if (o > k && (kk = o) < p->n && punct_after(p, &kk, &colon2) && kk < p->n &&
		    (!(q2 = quote_at(p, kk)) || q2->noun || !q2->sentence) &&
		    (listener(p->c, k, o) || ((w->flags & NQ_F_TELL) && told(p->c, k, o)) ||
		    asked_whom(p, w, k, o, kk))) {
			/* 伊塞告诉记者，…: the one told, then indirect speech (which
			 * may open on a term in marks: 告诉来访者，「台独」与…) */
			k = kk;
			punct = 1;
			colon = colon2;
		}
	}
	/* 县长要求各乡镇要…: a demand on the ones named, the quotation from
	 * them on */
	if (!punct && k == v + w->n && w->n == 2 && w->c[0] == 0x8981 /* 要求 */ && w->c[1] == 0x6C42 &&
	    modal_object(p, k)) {
		punct = 1;
		colon = 0;
	}
	if (q && !q->noun && (colon || ((q->sentence || clause_quote(p, v, q) || quote_list(p, q)) &&
	    w->tier != NQ_TIER_C))) {
		if (w->tier == NQ_TIER_C && !colon)
			return 0;
		a = zone_start(p, v, lo);
		if (nq_lex_suffix(NQ_W_NEG, p->c + a, v - a))
			goto out;
		if (!(v > a && p->c[v - 1] == 0x65F6 /* 时 */ && serial_speaker(d, pi, a, v, &s)) &&
		    !source_speaker(p, a, v, &s) && !parse_speaker(p->c, a, v, &s) &&
		    !(colon && sentence_speaker(p, v, &s)) && !implied_speaker(d, pi, a, v, w, &s, &author) &&
		    !clause_speaker(d, pi, a, v, &s) && !serial_speaker(d, pi, a, v, &s) &&
		    !surname_speaker(d, pi, a, v, &s))
			goto out;
		/* a byline, not a quotation: 记者陈国琦报道：“数乡一业”，… */
		if (w->c[0] == 0x62A5 /* 报 */ && s.desc.p && strstr(s.desc.p, "记者"))
			goto out;
		resolve_at(d, pi, a, &s);
		if (author && s.kind == SPK_PRON)
			goto out;
		cue = str(w->c, w->n);
		emit_direct(d, pi, q, &s, cue);
		res = q->closed ? q->close + 1 : p->n;
		goto out;
	}
	/* 蒋杰表示：⏎“…”: the quotation opens the next paragraph */
	if (colon && k >= p->n && w->tier != NQ_TIER_C && pi + 1 < d->np && !d->p[pi + 1].turn) {
		struct para *np = &d->p[pi + 1];
		size_t j = 0;

		while (j < np->n && is_space(np->c[j]))
			j++;
		if (j < np->n && (q = quote_at(np, j)) && !q->noun && !q->used) {
			a = zone_start(p, v, lo);
			if (!parse_speaker(p->c, a, v, &s))
				goto out;
			resolve(d, &s);
			cue = str(w->c, w->n);
			emit_direct(d, pi + 1, q, &s, cue);
			if (np->from < (q->closed ? q->close + 1 : np->n))
				np->from = q->closed ? q->close + 1 : np->n;
			res = p->n;
		} else if (j < np->n && !np->nq && w->tier == NQ_TIER_A) {
			/* 徐正源表示：⏎比起赢球，我更庆幸…⏎: the words with no marks,
			 * paragraphs in the first person after it (a bullet before
			 * them left out) */
			size_t x, e, m;

			a = zone_start(p, v, lo);
			if (!parse_speaker(p->c, a, v, &s))
				goto out;
			resolve_at(d, pi, a, &s);
			if (s.kind == SPK_PRON)
				goto out;
			cue = str(w->c, w->n);
			for (x = pi + 1; x < d->np && x <= pi + 4; x++) {
				np = &d->p[x];
				for (j = 0; j < np->n && (is_space(np->c[j]) || in_set("☆★●○■□◆◇•▲△▶►", np->c[j])); j++)
					;
				if (np->turn || np->nq || np->n - j < 10 || !first_person(np, j, np->n))
					break;
				e = trim_end(np, j, np->n);
				/* …的资格。（图片来源：视觉中国）: an editor's note ends it */
				if (e > j && (np->c[e - 1] == 0xFF09 || np->c[e - 1] == ')')) {
					for (m = e - 1; m > j && np->c[m - 1] != 0xFF08 && np->c[m - 1] != '('; m--)
						;
					if (m > j + 1)
						e = trim_end(np, j, m - 1);
				}
				while (e > j && (np->c[e - 1] == 0x3002 /* 。 */ || np->c[e - 1] == '.'))
					e = trim_end(np, j, e - 1);
				emit(d, x, j, e, NQ_INDIRECT, &s, cue);
				mark_used(np, j, e);
				np->from = np->n;
			}
			res = p->n;
		}
		goto out;
	}
	if (w->tier == NQ_TIER_C || k >= p->n || ((w->flags & NQ_F_COLON) && !colon))
		goto out;
	/* 她说稍后会…, 林健锋说要考虑…: 说 takes its clause bare after a person
	 * named or 他/她 just before it (checked below), not before a word it
	 * opens (说了, 说过, 说到, 说些, 说出) */
	if (!punct && !(w->flags & NQ_F_BARE) && w->n == 1 && w->c[0] == 0x8BF4 /* 说 */ &&
	    k == v + 1 && k < p->n && nk_is_han(p->c[k]) &&
	    !in_set("了过着些到出明服话法起完得的地个道给成是吧呢啊", p->c[k]) &&
	    !(v > 0 && p->c[v - 1] == 0x8FB9 /* 边说边… */))
		soft = 1;
	/* 她又提到会帮助…, 宣布将…: a clause opening with a modal (会, 将, 要,
	 * 应, 必须, 已经) after any verb of speech */
	if (!punct && !(w->flags & NQ_F_BARE) && !soft && w->tier == NQ_TIER_A && k == v + w->n &&
	    k + 4 < p->n && (in_set("会将应", p->c[k]) || at(p->c, p->n, k, "必须") ||
	    at(p->c, p->n, k, "已经") || at(p->c, p->n, k, "必将")) && !in_set("议面计否", p->c[k + 1]) &&
	    !(w->n == 2 && in_set("析论价结读", w->c[1])))	/* 分析, 评论: nouns as often */
		soft = 2;
	/* 麦柏伦认为球员已付出所有: an opinion with its clause bare after a
	 * person named just before it (checked as for 说; not 他认为, whose
	 * one meant is often not the last one named) */
	if (!punct && !soft && opinion_bare(p, v, w, k))
		soft = 3;
	if (!punct) {
		if ((!(w->flags & NQ_F_BARE) && !soft) || (w->tier != NQ_TIER_A && !soft))
			goto out;
		/* 透露了汽车业务的进展, 承认了错误: the verb with 了 takes an
		 * object, the act told, not words */
		if (k == v + w->n + 1 && p->c[k - 1] == 0x4E86 /* 了 */)
			goto out;
		/* (表示「失望」中国禁播的决定: a clause may open on a term in
		 * marks) */
		if ((is_boundary(p->c[k]) && !is_open(p->c[k])) || (is_open(p->c[k]) &&
		    !((q = quote_at(p, k)) && q->closed && !q->sentence && q->close + 1 < p->n &&
		    nk_is_han(p->c[q->close + 1]))))
			goto out;
		/* 强调的是, 警告后: the verb is a noun here */
		if (p->c[k] == 0x7684 || p->c[k] == 0x5730 || p->c[k] == 0x5F97 || p->c[k] == 0x7740)
			goto out;
		/* 在回应中, 表示后，: a time or place after the verb (but 重申中美…,
		 * 表示中方…, 强调前景…: a clause opening on a word of its own) */
		if ((p->c[k] == 0x540E /* 后 */ || p->c[k] == 0x65F6 /* 时 */ || p->c[k] == 0x4E2D /* 中 */ ||
		    p->c[k] == 0x524D /* 前 */) && (k + 1 >= p->n || !nk_is_han(p->c[k + 1]) ||
		    zai_before(p, v)))
			goto out;
		/* 表示震惊, 表示欢迎: a stance, not a clause */
		if (nq_lex_at(NQ_W_ATT, p->c, k, p->n))
			goto out;
		/* 称这些为高科技之子: naming, not speech */
		if (w->n == 1 && (w->c[0] == 0x79F0 /* 称 */ || w->c[0] == 0x7A31)) {
			size_t e;

			for (e = k; e < p->n && e - k < 12 && !is_boundary(p->c[e]); e++)
				if ((p->c[e] == 0x4E3A /* 为 */ || p->c[e] == 0x70BA) && e > k &&
				    !(e + 1 < p->n && (p->c[e + 1] == 0x4E86 || p->c[e + 1] == 0x4E48)))
					goto out;
		}
		{
			size_t e = k;

			while (e < p->n && e - k < 4 && !is_comma(p->c, e, p->n) && !is_term(p->c[e]))
				e++;
			if (e - k < 4 || source_frame_in(p, k))
				goto out;
			while (e < p->n && !is_comma(p->c, e, p->n) && !is_term(p->c[e]))
				e++;
			/* 针对投资者抱怨股价下跌问题回复称，…: a verb ending the
			 * clause at its comma is the cue, this one is in its frame */
			if (e < p->n && is_comma(p->c, e, p->n) && said_at_end(p, k, e))
				goto out;
			/* 强调人文的重要性: an object, not a clause */
			if (e - k >= 5 && p->c[e - 1] == 0x6027 /* 性 */ && memchr32(p->c, k, e, 0x7684 /* 的 */) &&
			    (at(p->c, e, e - 3, "重要性") || at(p->c, e, e - 3, "必要性") ||
			    at(p->c, e, e - 3, "紧迫性") || at(p->c, e, e - 3, "迫切性")))
				goto out;
			/* 古罗马文学指…的文学: 指 defining a word, not reporting */
			if (w->n == 1 && (w->c[0] == 0x6307 /* 指 */) && v > 0 && e < p->n && !is_comma(p->c, e, p->n)) {
				size_t x;

				for (x = e; x > k && e - x <= 5 && p->c[x - 1] != 0x7684; x--)
					;
				if (x > k && e - x >= 1 && e - x <= 4 && p->c[e - 1] == p->c[v - 1])
					goto out;
			}
		}
	}
	a = zone_start(p, v, lo);
	/* 十分担心: a feeling; 没有回应, 拒绝透露: nothing said (but 特别提醒,
	 * 尤其强调: especially, before a speech act) */
	if ((nq_lex_suffix(NQ_W_DEGREE, p->c + a, v - a) && !(w->tier == NQ_TIER_A && v >= a + 2 &&
	    (at(p->c, v, v - 2, "特别") || at(p->c, v, v - 2, "尤其")))) ||
	    nq_lex_suffix(NQ_W_NEG, p->c + a, v - a))
		goto out;
	/* (…会见来访的企业代表团时表示: a clause of the time first, lest a
	 * name be read across it, 代表 + 团时) */
	if (soft == 2) {
		if (!parse_speaker(p->c, a, v, &s) || s.generic)
			goto out;
	} else if (soft) {
		size_t nl;

		if (!parse_speaker(p->c, a, v, &s) || !(s.kind == SPK_PERSON || s.kind == SPK_PRON) ||
		    (soft == 3 && s.kind != SPK_PERSON) || !(nl = name_before(p, a, v, &s)))
			goto out;
		/* a name known: with its title, or named before (not 百般劝|说,
		 * 应当|说) */
		if (s.kind == SPK_PERSON) {
			size_t ne = v - (in_set("又也还就则便亦都", p->c[v - 1]) ? 1 : 0);

			if (!(is_person(p->c, ne - nl, ne) || (nl >= 3 && is_translit(p->c, ne - nl, ne)) ||
			    memchr32(p->c, ne - nl, ne, 0x00B7 /* · */)) ||
			    !(s.desc.n > 0 || (nl >= 3 && mentioned(d, 0, pi, p->c, ne - nl, nl))))
				goto out;
		}
	} else if (!(v > a && p->c[v - 1] == 0x65F6 /* 时 */ && serial_speaker(d, pi, a, v, &s)) &&
	    !source_speaker(p, a, v, &s) && !parse_speaker(p->c, a, v, &s) &&
	    !implied_speaker(d, pi, a, v, w, &s, &author) && !clause_speaker(d, pi, a, v, &s) &&
	    !serial_speaker(d, pi, a, v, &s) && !surname_speaker(d, pi, a, v, &s))
		goto out;
	/* a byline, not a quotation: 本报讯 记者李明报道： */
	if (w->c[0] == 0x62A5 /* 报 */ && s.desc.p && strstr(s.desc.p, "记者"))
		goto out;
	if (weak_cue(p, a, v, w, &s))
		goto out;
	resolve_at(d, pi, a, &s);
	if ((author || soft) && s.kind == SPK_PRON)	/* 他说… with no one named before */
		goto out;
	cue = str(w->c, w->n);
	/* 据北京日报报道，…: the frame reports the whole sentence */
	res = indirect(d, pi, k, &s, cue, punct ? 2 : 6,
	    punct && (p->c[skip_space(p, a)] == 0x636E /* 据 */));
out:
	free(cue);
	spk_free(&s);
	return res;
}

/*
 * Frames on a noun of speech: S的…N(是|就是|中)[，：] — "李彦宏今年的判断是，",
 * "杨植麟的回应中，", "百度官方公布的数据是，", "朱啸虎最新提到的方案是：".
 */
static size_t
noun_cue(struct doc *d, size_t pi, size_t v, const struct nq_word *w, size_t lo)
{
	struct para *p = &d->p[pi];
	struct spk s = {0};
	size_t k = v + w->n, a, de, i, res = 0;
	int colon, m;
	const struct nq_word *verb = NULL, *x;
	struct quote *q;
	char *cue = NULL;

	if ((m = at(p->c, p->n, k, "就是")) || (m = at(p->c, p->n, k, "则是")) ||
	    (m = at(p->c, p->n, k, "也是")) || (m = at(p->c, p->n, k, "是")) ||
	    (m = at(p->c, p->n, k, "中")))
		k += (size_t)m;
	else
		return 0;
	if (!punct_after(p, &k, &colon) || k >= p->n)
		return 0;
	a = zone_start(p, v, lo);
	for (de = a; de < v && p->c[de] != 0x7684; de++)	/* the first 的 */
		;
	if (de >= v)
		return 0;
	/* a verb between 的 and the noun names the cue: 最新提到的方案 */
	for (i = de + 1; i < v; i++)
		if ((x = nq_lex_at(NQ_W_VERB, p->c, i, v)) && x->tier) {
			verb = x;
			break;
		}
	/* or just before 的: 百度官方公布的数据 */
	if (!verb)
		for (i = a; i < de; i++)
			if ((x = nq_lex_at(NQ_W_VERB, p->c, i, de)) && x->tier && i + x->n == de) {
				verb = x;
				de = i;
				break;
			}
	if (!parse_speaker(p->c, a, de, &s) || s.generic)	/* 普遍的观点是 */
		goto out;
	resolve(d, &s);
	cue = verb ? str(verb->c, verb->n) : str(w->c, w->n);
	q = quote_at(p, k);
	if (q && !q->noun && (colon || q->sentence)) {
		emit_direct(d, pi, q, &s, cue);
		res = q->closed ? q->close + 1 : p->n;
	} else
		res = indirect(d, pi, k, &s, cue, 2, 0);
out:
	free(cue);
	spk_free(&s);
	return res;
}

static void emit_as(struct doc *d, size_t pi, struct quote *q, const struct nq_hit *last);

/*
 * “小区门口占道严重。”“垃圾清运不及时。”居民们纷纷表示。: quotations of
 * whole sentences one right after another, the last with its speaker
 * after it, are all that speaker's. Returns where scanning resumes, or 0.
 */
static size_t
quote_run(struct doc *d, size_t pi, struct quote *q)
{
	struct para *p = &d->p[pi];
	struct quote *q2;
	size_t j, n0 = d->out->n, r;

	/* (not after a question: “吃了吗？”“吃了。”老人说 is an exchange) */
	if (!q->closed || !q->sentence || q->noun || cue_before(p, q->open) || q->close < q->open + 2 ||
	    !(is_term(p->c[q->close - 1]) || p->c[q->close - 1] == 0x3002) ||
	    p->c[q->close - 1] == 0xFF1F || p->c[q->close - 1] == '?')
		return 0;
	j = skip_space(p, q->close + 1);
	if (j >= p->n || !(q2 = quote_at(p, j)) || q2->used || !q2->closed || !q2->sentence || q2->noun)
		return 0;
	if (!(r = quote_run(d, pi, q2)) && !(r = quote_first(d, pi, q2)))
		return 0;
	if (d->out->n > n0 && d->out->v[d->out->n - 1].kind == NQ_DIRECT)
		emit_as(d, pi, q, &d->out->v[d->out->n - 1]);
	return r;
}

static void
scan_para(struct doc *d, size_t pi)
{
	struct para *p = &d->p[pi];
	size_t i = p->from, lo = p->from, r;
	const struct nq_word *w;
	struct quote *q;

	while (i < p->n) {
		int32_t c = p->c[i];

		if ((is_open(c) || c == '"') && (q = quote_at(p, i))) {
			if (!q->used && ((r = quote_run(d, pi, q)) > i || (r = quote_first(d, pi, q)) > i)) {
				i = lo = r;
				continue;
			}
			if (!q->used && ((r = colon_quote(d, pi, q)) > i || (r = noun_quote(d, pi, q)) > i ||
			    (r = comma_quote(d, pi, q)) > i ||
			    (r = source_quote(d, pi, q)) > i)) {
				i = lo = r;
				continue;
			}
			i = q->closed ? q->close + 1 : p->n;
			continue;
		}
		if ((w = nq_lex_at(NQ_W_VERB, p->c, i, p->n)) && w->tier && !stopped(p, i, w)) {
			if ((r = verb_cue(d, pi, i, w, lo)) > i) {
				i = lo = r;
				continue;
			}
			if (w->n > 1 && !nq_lex_at(NQ_W_NOUN, p->c, i, p->n)) {
				i = verb_end(p, i, w);	/* not 道 again in a failed 问道 */
				continue;
			}
		}
		if ((w = nq_lex_at(NQ_W_NOUN, p->c, i, p->n)) && (r = noun_cue(d, pi, i, w, lo)) > i) {
			i = lo = r;
			continue;
		}
		i++;
	}
}

/* a quotation that is a clause of its own: 「不要重复造轮子」，已经… */
static int
standalone(struct para *p, const struct quote *q)
{
	size_t i = q->open, j = q->close + 1;

	while (i > 0 && is_space(p->c[i - 1]))
		i--;
	if (i > 0 && !(is_comma(p->c, i - 1, p->n) || is_colon(p->c, i - 1, p->n) ||
	    is_term(p->c[i - 1]) || p->c[i - 1] == 0x3002))
		return 0;
	if (!q->closed)
		return 0;
	j = skip_space(p, j);
	return j >= p->n || is_comma(p->c, j, p->n) || is_term(p->c[j]) || p->c[j] == 0x3002;
}

static void
unattributed(struct doc *d, size_t pi)
{
	struct para *p = &d->p[pi];
	size_t i;

	for (i = 0; i < p->nq; i++) {
		struct quote *q = &p->q[i];
		size_t len = q->close - q->open - 1;

		if (q->used || q->noun || q->open < p->from || len < 5)
			continue;
		if (!q->sentence && !standalone(p, q))
			continue;
		emit(d, pi, q->open + 1, q->close, NQ_UNATTRIBUTED, NULL, NULL);
	}
}

/* ---- interviews --------------------------------------------------------------- */

/*
 * "记  者", "王  刚": a label of two or three characters spaced out to the
 * width of three, as print transcripts set them. Their number, copied to
 * out without the spaces, else 0.
 */
static size_t
spaced(const int32_t *c, size_t a, size_t b, int32_t *out)
{
	size_t n = 0, sp = 0;

	if (b - a > 7 || b - a < 3)
		return 0;
	for (; a < b; a++) {
		if (is_space(c[a]))
			sp++;
		else if (!nk_is_han(c[a]) || n >= 3)
			return 0;
		else
			out[n++] = c[a];
	}
	return sp && n >= 2 ? n : 0;
}

static int told_role(const int32_t *c, size_t a, size_t e);
static int is_media(const int32_t *c, size_t a, size_t b);

/* 问题1, 提问十一, Q3: a label's numbering, one or two numerals at its
 * end after something else; where the numbering starts, else b */
static size_t
numbered(const int32_t *c, size_t a, size_t b)
{
	size_t e = b;

	while (e > a && b - e < 2 && is_numeral(c[e - 1]))
		e--;
	return e > a && e < b && !is_numeral(c[e - 1]) ? e : b;
}

/* a transcript's role label: 问, 记者, or one ending in a role of two
 * characters or more (新华社记者, 央视主持人) */
static int
is_role(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;
	int32_t t[4];
	size_t n;

	if ((n = spaced(c, a, b, t)) > 0)
		return nq_lex_is(NQ_W_ROLE, t, n) != NULL;
	if ((n = numbered(c, a, b)) < b)
		return nq_lex_is(NQ_W_ROLE, c + a, n - a) || (n == a + 2 && at(c, n, a, "问题"));
	return nq_lex_is(NQ_W_ROLE, c + a, b - a) ||
	    ((w = nq_lex_suffix(NQ_W_ROLE, c + a, b - a)) && w->n >= 2 &&
	    (b - a <= 8 || (b - a <= 12 && (nq_lex_suffix(NQ_W_ORG, c + a, b - a - w->n) ||
	    is_media(c, a, b - w->n)))) &&
	    !has_funchar(c, a, b - w->n) && !told_role(c, a, b - w->n));
}

/* 查小欣告诉记者, 有台湾记者(提问): a clause before the role, not a body
 * it belongs to (新华社记者) */
static int
told_role(const int32_t *c, size_t a, size_t e)
{
	size_t i;

	if (a < e && c[a] == 0x6709 /* 有 */)
		return 1;
	for (i = a; i < e; i++)
		if (nq_lex_at(NQ_W_VERB, c, i, e))
			return 1;
	return 0;
}

/* a transcript's asking label: a role (问, 记者), or a role of two
 * characters or more and the name of who holds it (主持人 温文, 记者李明) */
static int
asker(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;
	size_t e;

	if (is_role(c, a, b))
		return 1;
	if (!(w = nq_lex_at(NQ_W_ROLE, c, a, b)) || w->n < 2)
		return 0;
	for (e = a + w->n; e < b && is_space(c[e]); e++)
		;
	return b - e >= 2 && b - e <= 4 && is_person(c, e, b);
}

/* 林郑月娥, 陈方安生: a Hong Kong married name, a surname before a name */
static int
two_surnames(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w = nq_lex_at(NQ_W_SURNAME, c, a, b);

	return b == a + 4 && w && w->n == 1 && nk_is_han(c[a]) && is_person(c, a + 1, b);
}

/*
 * A label that is a title alone, or a body's title (总统, 行政长官, 外交部
 * 发言人): the speaker of a press conference named by the office.
 */
static int
title_label(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w = nq_lex_suffix(NQ_W_TITLE, c + a, b - a);

	return w && w->n >= 2 && b - a <= 8 && !has_funchar(c, a, b - w->n) &&
	    !nq_lex_is(NQ_W_ANON, c + a, b - a);
}

/* 甲小姐, 鲍先生, 某女士: one character and a courtesy title, a person
 * whatever the character (a pen name, a surname the lexicon lacks) */
static int
courtesy_name(const int32_t *c, size_t a, size_t b)
{
	return b == a + 3 && nk_is_han(c[a]) && !nq_lex_funchar(c[a]) &&
	    (at(c, b, a + 1, "先生") || at(c, b, a + 1, "女士") || at(c, b, a + 1, "小姐"));
}

/* Tim Cook, Lisa Su, Jean-Paul Agon: two words or more of Latin letters,
 * each capitalised, a foreign person's name as a label */
static int
latin_person(const int32_t *c, size_t a, size_t b)
{
	size_t words = 0;
	int start = 1;

	if (b - a > 32)
		return 0;
	for (; a < b; a++) {
		if (c[a] == ' ') {
			start = 1;
			continue;
		}
		if (!is_latin(c[a]) && c[a] != '-' && c[a] != '.' && c[a] != '\'')
			return 0;
		if (start) {
			if (!(c[a] >= 'A' && c[a] <= 'Z'))
				return 0;
			words++;
			start = 0;
		}
	}
	return words >= 2;
}

/*
 * 何启明议员, 立法会主席梁君彦议员, 张伟教授: a title label after the name
 * of its holder (a legislature's or a hearing's record), maybe with an
 * office before the name; a person, not an office alone. The name's place.
 */
static int
named_office(const int32_t *c, size_t a, size_t b, size_t *na, size_t *nb)
{
	const struct nq_word *w = nq_lex_suffix(NQ_W_TITLE, c + a, b - a), *t;
	size_t e, l;

	if (!w || !title_label(c, a, b))
		return 0;
	if (courtesy_name(c, a, b)) {
		*na = a;
		*nb = b;
		return 1;
	}
	e = b - w->n;
	/* (卫生署署长, 外交部发言人: the office of a body) */
	if (nq_lex_suffix(NQ_W_ORG, c + a, e - a))
		return 0;
	for (l = 3; l >= 2; l--) {
		if (e < a + l || !is_person(c, e - l, e))
			continue;
		/* (the name alone, or after an office: 立法会主席|梁君彦) */
		if (e - l > a && !((t = nq_lex_suffix(NQ_W_TITLE, c + a, e - l - a)) && t->n >= 2))
			continue;
		*na = e - l;
		*nb = e;
		return 1;
	}
	return 0;
}

/* a turn's words, not a list of names under a title (主任：张三、李四):
 * a clause mark or a sentence's end in c[a..b) */
static int
has_clause(const int32_t *c, size_t a, size_t b)
{
	for (; a < b; a++)
		if (is_term(c[a]) || is_comma(c, a, b))
			return 1;
	return 0;
}

/* c[a..b) ends in one of the nw words w, with something before it */
static int
ends_in(const int32_t *c, size_t a, size_t b, const char *const *w, size_t nw)
{
	size_t k, n;

	for (k = 0; k < nw; k++) {
		n = nk_u8_count(w[k], strlen(w[k]));
		if (n < b - a && at(c, b, b - n, w[k]))
			return 1;
	}
	return 0;
}

/* a news outlet (经济观察报, 南方周末, 凤凰网, 澎湃新闻, 央视新闻频道,
 * 第一财经, 钛媒体, a portal's channel: 腾讯科技, 凤凰网科技; 36氪, IT之家:
 * a brand of letters or digits and Han) */
static int
is_media(const int32_t *c, size_t a, size_t b)
{
	static const char *const end[] = { "报", "周刊", "杂志", "周末", "电视台", "电台", "通讯社",
	    "新闻社", "网", "新闻", "频道", "财经", "媒体", "传媒", "资讯" },
	    *const portal[] = { "腾讯", "新浪", "网易", "搜狐", "凤凰网", "凤凰" };
	size_t i, k, n, han = 0, other = 0;

	/* (腾讯科技, 网易体育: a portal and its channel) */
	for (k = 0; k < sizeof(portal) / sizeof(*portal); k++) {
		n = nk_u8_count(portal[k], strlen(portal[k]));
		if (b - a == n + 2 && at(c, b, a, portal[k]) &&
		    (at(c, b, b - 2, "科技") || at(c, b, b - 2, "体育") || at(c, b, b - 2, "娱乐") ||
		    at(c, b, b - 2, "汽车") || at(c, b, b - 2, "房产")))
			return 1;
	}
	if (b - a < 3 || b - a > 8 || has_funchar(c, a, b))
		return 0;
	if (ends_in(c, a, b, end, sizeof(end) / sizeof(*end)))
		return 1;
	for (i = a; i < b; i++) {
		if (nk_is_han(c[i]))
			han++;
		else if (is_latin(c[i]) || (c[i] >= '0' && c[i] <= '9'))
			other++;
		else
			return 0;
	}
	return han > 0 && other > 0 && han <= 3 && b - a <= 6;
}

/* "经济观察报：…？⏎张海涛：…": an outlet asking and answered, a
 * transcript's questioner (not a headline: 人民日报：你订门票了吗？) */
static int alone_turn(const struct doc *d, size_t pi);

static int
asks(const struct doc *d, size_t pi)
{
	const struct para *p = &d->p[pi], *q = pi + 1 < d->np ? &d->p[pi + 1] : NULL;

	/* (人民日报记者：⏎…？⏎潘功胜：: a label alone, its question under it) */
	if (alone_turn(d, pi))
		q = pi + 2 < d->np ? &d->p[pi + 2] : NULL;
	return p->turn && is_media(p->c, p->label_beg, p->label_end) && q && q->turn &&
	    !is_media(q->c, q->label_beg, q->label_end) && !is_role(q->c, q->label_beg, q->label_end);
}

/* a byline after a label (记者：张明 报道, 记者：王芳 摄, 记者：李华 发自北京):
 * no sentence's end, a name and the work done */
static int
byline(const int32_t *c, size_t a, size_t b)
{
	static const char *const work[] = { "报道", "摄", "摄影", "采写", "整理", "撰稿", "通讯员" };
	size_t i;

	while (b > a && (is_space(c[b - 1]) || c[b - 1] == '*'))
		b--;
	if (b <= a || b - a > 24)
		return 0;
	for (i = a; i < b; i++)
		if (is_term(c[i]) || c[i] == 0x3002)
			return 0;
	for (i = a; i + 2 <= b; i++)
		if (at(c, b, i, "发自"))
			return 1;
	return ends_in(c, a, b, work, sizeof(work) / sizeof(*work));
}

/* a bullet before a transcript's label (▲记者：…, ■嘉宾：…, ●张伟：…) */
static int
bullet(int32_t c)
{
	return c == 0x25B2 || c == 0x25B3 || c == 0x25B6 || c == 0x25BA || c == 0x25A0 || c == 0x25A1 ||
	    c == 0x25CF || c == 0x25CB || c == 0x25C6 || c == 0x25C7 || c == 0x2605 || c == 0x2606 ||
	    c == 0x2022;
}

/* 人社部副部长张华(答): a name of two or three after a title */
static int
titled_answer(const int32_t *c, size_t a, size_t e)
{
	const struct nq_word *w;
	size_t l;

	if (e - a > 12)
		return 0;
	for (l = 2; l <= 3; l++)
		if (e >= a + l + 2 && is_person(c, e - l, e) && (w = nq_lex_suffix(NQ_W_TITLE, c + a, e - l - a)) &&
		    w->n >= 2 && !has_funchar(c, a, e - l))
			return 1;
	return 0;
}

/*
 * 记者问：…⏎叶诗文答：…: a transcript's label that says who asks or
 * answers, a role before 问 or 提问 (记者问, 主持人提问), a role or a name
 * before 答 or 回答 (嘉宾答, 张伟答). Returns the end of the label
 * without the verb, b when there is none.
 */
static size_t
asked_label(const int32_t *c, size_t a, size_t b)
{
	static const char *const ask[] = { "提问", "问" }, *const answer[] = { "回答", "答" };
	size_t k, n;

	/* (有记者问：…, someone asking in a story, not a label) */
	if (b > a && c[a] == 0x6709 /* 有 */)
		return b;
	for (k = 0; k < 2; k++) {
		n = nk_u8_count(ask[k], strlen(ask[k]));
		if (b >= a + n + 2 && at(c, b, b - n, ask[k]) && is_role(c, a, b - n))
			return b - n;
		n = nk_u8_count(answer[k], strlen(answer[k]));
		if (b >= a + n + 2 && at(c, b, b - n, answer[k]) &&
		    (is_role(c, a, b - n) || (b - n - a <= 4 && is_person(c, a, b - n)) || titled_answer(c, a, b - n)))
			return b - n;
	}
	return b;
}

static int first_person(struct para *p, size_t a, size_t b);

/*
 * "[王红] 谢谢主持人，…我非常受启发。", "【主持人】…": a speaker in
 * brackets opening a transcript's paragraph of prose (the minutes of a
 * forum, 以下为实录：), a name or a role; the speaker's own voice (我)
 * tells it from a heading over a story (【李明】李明是…).
 */
static int
bracket_label(struct para *p, size_t i)
{
	size_t j, a, b, e;

	if (i >= p->n || (p->c[i] != '[' && p->c[i] != 0x3010))
		return 0;
	for (j = i + 1; j < p->n && j - i <= 9 && p->c[j] != (p->c[i] == '[' ? ']' : 0x3011); j++)
		if (is_boundary(p->c[j]))
			return 0;
	if (j >= p->n || j - i > 9 || j - i < 2)
		return 0;
	a = i + 1;
	b = j;
	trim(p->c, &a, &b);
	e = trim_end(p, j + 1, p->n);
	if (a >= b || !(is_role(p->c, a, b) || asker(p->c, a, b) ||
	    (b - a <= 4 && is_person(p->c, a, b))) || e < j + 4 ||
	    !(is_term(p->c[e - 1]) || p->c[e - 1] == 0x3002))
		return 0;
	/* (a role asking or answering, 【问】…？【答】…, needs no more; a name,
	 * prose in its own voice) */
	if (!is_role(p->c, a, b) && (e < j + 10 || !has_clause(p->c, j + 1, e - 1) || !first_person(p, j + 1, e)))
		return 0;
	p->label_beg = a;
	p->label_end = b;
	/* (【何亚东】：…, a colon after the bracket is the label's too) */
	for (j++; j < p->n && (is_space(p->c[j]) || is_colon(p->c, j, p->n)); j++)
		;
	p->body = j;
	return 1;
}

/*
 * "李明（清华大学教授）：…": a name and its title or body in parentheses,
 * then a colon; the label is the name, the parentheses give the
 * description (paren_desc).
 */
static int
paren_desc(const int32_t *c, size_t i, size_t n, size_t *da, size_t *db)
{
	size_t j;

	if (i >= n || (c[i] != 0xFF08 && c[i] != '('))
		return 0;
	for (j = i + 1; j < n && j - i <= 25 && c[j] != 0xFF09 && c[j] != ')'; j++)
		if (is_boundary(c[j]) && c[j] != 0x3001)
			return 0;
	if (j >= n || j - i > 25 || j < i + 3 || !(nq_lex_suffix(NQ_W_TITLE, c + i + 1, j - i - 1) ||
	    nq_lex_suffix(NQ_W_ORG, c + i + 1, j - i - 1)))
		return 0;
	*da = i + 1;
	*db = j;
	return 1;
}

/* "（王小丫）": a name of two to four in parentheses at c[i]; its place */
static int
paren_name(const int32_t *c, size_t i, size_t n, size_t *na, size_t *nb)
{
	size_t j;

	if (i >= n || (c[i] != 0xFF08 && c[i] != '('))
		return 0;
	for (j = i + 1; j < n && j - i <= 5 && c[j] != 0xFF09 && c[j] != ')'; j++)
		;
	if (j >= n || j - i > 5 || !is_person(c, i + 1, j))
		return 0;
	*na = i + 1;
	*nb = j;
	return 1;
}

static int
paren_label(struct para *p, size_t i)
{
	size_t j, da, db;

	/* (most paragraphs: no parenthesis near the start) */
	for (j = i + 2; j < p->n && j - i <= 8 && p->c[j] != 0xFF08 && p->c[j] != '('; j++)
		;
	if (j >= p->n || j - i > 8)
		return 0;
	for (j = i; j < p->n && j - i <= 8 && p->c[j] != 0xFF08 && p->c[j] != '('; j++)
		if (is_boundary(p->c[j]))
			return 0;
	/* 主持人（王小丫）：…: a role, and who holds it in parentheses */
	if (j < p->n && j >= i + 1 && asker(p->c, i, j) && paren_name(p->c, j, p->n, &da, &db) &&
	    db + 1 < p->n && is_colon(p->c, db + 1, p->n))
		;
	else if (j >= p->n || j < i + 2 || !(is_person(p->c, i, j) || (is_name(p->c, i, j) && j - i > 4)) ||
	    !paren_desc(p->c, j, p->n, &da, &db) || db + 1 >= p->n || !is_colon(p->c, db + 1, p->n))
		return 0;
	/* (马剑（本报驻俄罗斯记者）：…, a correspondent's report) */
	if (at(p->c, db, db - 2, "记者"))
		return 0;
	p->label_beg = i;
	p->label_end = j;
	for (j = db + 2; j < p->n && (is_space(p->c[j]) || p->c[j] == '*'); j++)
		;
	p->body = j;
	return j + 2 < p->n && !is_open(p->c[j]) && p->c[j] != '"';
}

/* 朱波：要走出…发布时间：2007．06．22…来源：赛迪网: a headline run into a
 * scraped page's metadata, not a turn */
static int
scraped_meta(const struct para *p, size_t i)
{
	for (; i + 3 <= p->n; i++)
		if ((p->c[i] == 0x6765 && at(p->c, p->n, i, "来源：")) ||
		    (p->c[i] == 0x53D1 && at(p->c, p->n, i, "发布时间")))
			return 1;
	return 0;
}

/* *陈明：环球之旅与十场演讲*: a heading set in emphasis whole, words
 * with no clause nor sentence's end after the colon at i - 1 */
static int
starred_heading(const struct para *p, size_t i)
{
	size_t a = 0, b = p->n;

	while (a < b && is_space(p->c[a]))
		a++;
	while (b > a && is_space(p->c[b - 1]))
		b--;
	if (b <= a || p->c[a] != '*' || p->c[b - 1] != '*')
		return 0;
	for (; i < b; i++)
		if (is_term(p->c[i]) || p->c[i] == 0x3002 || is_comma(p->c, i, b))
			return 0;
	return 1;
}

/*
 * PETKIT小佩创始人郭维学, 秀湛路社区居民王先生: a label of a description
 * ending in a title or a word for people (创始人, 居民, 店主) and a name
 * run into it; where the name starts, else 0. Not a clause (我们采访了居民
 * 王先生), nor a letter's greeting (辛志强朋友, 尊敬的李先生: the name
 * first, or a description with 的).
 */
static size_t
described_label(const int32_t *c, size_t a, size_t b)
{
	const struct nq_word *w;
	size_t i, l;

	if (b > a + 30)
		return 0;
	for (i = a; i < b; i++)
		if (!nk_is_han(c[i]) && !is_latin(c[i]) && !(c[i] >= '0' && c[i] <= '9') && !is_dot(c[i]))
			return 0;
	for (l = 3; l >= 2; l--) {
		if (b < a + l + 2 || !is_person(c, b - l, b) ||
		    !((w = nq_lex_suffix(NQ_W_TITLE, c + a, b - l - a)) && w->n >= 2))
			continue;
		for (i = a; i < b - l; i++)
			if (in_set("的了着是在把被说我你他她", c[i]) || nq_lex_at(NQ_W_VERB, c, i, b - l))
				return 0;
		return b - l;
	}
	return 0;
}

/* "张鹏：…", "**刘煜宏：**…", "问：…": 1 and the label's place, else 0 */
static int
turn_label(struct para *p)
{
	const struct nq_word *w;
	size_t i = 0, j, a, b, k, e;
	int32_t t[4];
	struct spk s = {0};
	int ok = 0;

	while (i < p->n && (is_space(p->c[i]) || p->c[i] == '*' || p->c[i] == '#' || p->c[i] == '>' ||
	    bullet(p->c[i])))
		i++;
	if (bracket_label(p, i) || paren_label(p, i))
		return 1;
	for (j = i; j < p->n && j - i <= 30 && !is_colon(p->c, j, p->n); j++)
		if (is_boundary(p->c[j]) && p->c[j] != '*')
			return 0;
	if (j >= p->n || !is_colon(p->c, j, p->n))
		return 0;
	a = i;
	b = j;
	trim(p->c, &a, &b);
	/* (权利是：…, 特点在于：…: a clause, not a label; past ten characters,
	 * a description and a name: PETKIT小佩创始人郭维学：) */
	if (a >= b || in_set("是的了在于和与及为", p->c[b - 1]) ||
	    ((j - i > 12 || b - a > 10) && !described_label(p->c, a, b)))
		return 0;
	/* (记者问：“…？”: a quotation after a colon, not a turn) */
	if ((k = asked_label(p->c, a, b)) < b) {
		for (e = j + 1; e < p->n && is_space(p->c[e]); e++)
			;
		if (e < p->n && (is_open(p->c[e]) || p->c[e] == '"'))
			return 0;
		b = k;
	}
	/* (文：, 图文：, 本文作者：; not a name that ends like one, 温文, 叶诗文) */
	if (nq_lex_is(NQ_W_META, p->c + a, b - a) || ((w = nq_lex_suffix(NQ_W_META, p->c + a, b - a)) &&
	    !(w->n == 1 && (is_person(p->c, a, b) || asker(p->c, a, b)))))
		return 0;
	/* 秦刚说：… is speech, not a turn; so is 王芳告诉记者：… */
	if ((w = nq_lex_suffix(NQ_W_VERB, p->c + a, b - a)) && w->tier && !is_role(p->c, a, b))
		return 0;
	for (k = a + 1; k + 1 < b; k++)
		if ((w = nq_lex_at(NQ_W_VERB, p->c, k, b)) && (w->flags & NQ_F_TELL) && w->tier &&
		    !stopped(p, k, w))
			return 0;
	if (asker(p->c, a, b) || ((k = spaced(p->c, a, b, t)) > 0 && is_person(t, 0, k)))
		ok = 1;
	else if (parse_speaker(p->c, a, b, &s) && s.kind == SPK_PERSON &&
	    (is_person(p->c, a, b) || s.desc.n > 0 || is_name(p->c, a, b)))
		ok = 1;
	else if (title_label(p->c, a, b) && has_clause(p->c, j + 1, trim_end(p, j + 1, p->n) - 1))
		ok = 1;
	else if (two_surnames(p->c, a, b) || described_label(p->c, a, b) || courtesy_name(p->c, a, b) ||
	    latin_person(p->c, a, b))
		ok = 1;
	else if (is_media(p->c, a, b) && (memchr32(p->c, j + 1, p->n, 0xFF1F) || memchr32(p->c, j + 1, p->n, '?')))
		ok = 1;		/* (an outlet's question) */
	spk_free(&s);
	if (!ok || byline(p->c, j + 1, p->n) || scraped_meta(p, j + 1) || starred_heading(p, j + 1))
		return 0;
	p->label_beg = a;
	p->label_end = b;
	for (j++; j < p->n && (is_space(p->c[j]) || p->c[j] == '*'); j++)
		;
	p->body = j;
	return 1;
}

/* a Markdown image or a link on a line of its own (raw input) */
static int
is_link(struct para *p)
{
	size_t a = 0, b = p->n;

	trim(p->c, &a, &b);
	return at(p->c, b, a, "![") || at(p->c, b, a, "http://") || at(p->c, b, a, "https://");
}

/* prose that continues a turn: ends like a sentence */
/*
 * c[a..b) opens with a common noun of two to four characters and a colon
 * (焦点：, 背景：, 链接：): a section's label (the dictionary's noun, so
 * no name, 张伟：, and no role, 记者：), not more words of the speaker before.
 */
static int
section_label(const int32_t *c, size_t a, size_t b)
{
	size_t l;
	double f;
	const char *t;

	for (l = 2; l <= 4 && a + l < b; l++)
		if (is_colon(c, a + l, b))
			return (t = nq_dict_word(c + a, l, &f)) && strcmp(t, "n") == 0 && f >= 100 &&
			    !nq_lex_is(NQ_W_TITLE, c + a, l) && !nq_lex_is(NQ_W_ROLE, c + a, l) &&
			    !nq_lex_is(NQ_W_ANON, c + a, l);	/* (记者：, 主持人：) */
	return 0;
}

static int
continues(struct para *p)
{
	size_t a = 0, b = p->n;

	trim(p->c, &a, &b);
	if (b <= a || b - a < 6)
		return 0;
	/* a Markdown image or a bare link is not prose, nor a section */
	if (is_link(p) || section_label(p->c, a, b) || (!nk_is_han(p->c[a]) && !is_open(p->c[a]) && !is_latin(p->c[a]) &&
	    !(p->c[a] >= '0' && p->c[a] <= '9')))
		return 0;
	return is_term(p->c[b - 1]) || p->c[b - 1] == 0x3002 || is_close(p->c[b - 1]) ||
	    p->c[b - 1] == '"' || p->c[b - 1] == 0xFF09 || p->c[b - 1] == ')';
}

/* a name may end before c[i]: a mark, 说, 日前, 在…, or the company kept
 * or the event attended (财政司司长曾俊华联同…, 行政长官李家超出席…) */
static int
name_ends(const int32_t *c, size_t i, size_t n)
{
	static const char *const with[] = { "联同", "偕同", "陪同", "出席", "会见", "接受", "率领", "带领" };
	size_t k;

	if (i >= n || !nk_is_han(c[i]) || not_name_end(c[i]) || nq_lex_at(NQ_W_VERB, c, i, n) ||
	    nq_lex_at(NQ_W_TRAIL, c, i, n) || in_set("今昨明前本于与及等在和", c[i]))
		return 1;
	for (k = 0; k < sizeof(with) / sizeof(*with); k++)
		if (at(c, n, i, with[k]))
			return 1;
	return 0;
}

/*
 * The person a title label stands for: the name next to the same title
 * earlier in the document (以下是行政长官林郑月娥…, 蔡英文总统日前…).
 * 1 when found, with the title as the description.
 */
static int
office_holder(struct doc *d, size_t pi, const int32_t *t, size_t tn, int32_t surname, struct spk *s)
{
	const struct nq_word *w = nq_lex_suffix(NQ_W_TITLE, t, tn);
	size_t i, k, l;

	for (i = BACK_FROM(pi); i < pi; i++) {
		const struct para *p = &d->p[i];

		for (k = 0; k + tn <= p->n && k < NEAR; k++) {
			if (memcmp(p->c + k, t, tn * sizeof(int32_t)) != 0)
				continue;
			if ((l = name_at(p->c, k + tn, p->n)) > 0) {
				/* 林郑月娥: a married name of two surnames */
				if (l == 3 && !name_ends(p->c, k + tn + 3, p->n) &&
				    two_surnames(p->c, k + tn, k + tn + 4) && name_ends(p->c, k + tn + 4, p->n))
					l = 4;
				/* (the surname of the label is evidence enough) */
				if (surname ? p->c[k + tn] == surname : name_ends(p->c, k + tn + l, p->n)) {
					spk_set(s, SPK_PERSON, p->c + k + tn, l, t, tn);
					return 1;
				}
			}
			for (l = 3; l >= 2; l--)
				if (k >= l && is_person(p->c, k - l, k) && name_title(p->c, k - l, k + tn, w) &&
				    (!surname || p->c[k - l] == surname) &&
				    (k == l || !nk_is_han(p->c[k - l - 1]) || !is_person(p->c, k - l - 1, k))) {
					spk_set(s, SPK_PERSON, p->c + k - l, l, t, tn);
					return 1;
				}
		}
	}
	return 0;
}

static int said_before(const struct doc *d, size_t pi, const int32_t *c, size_t a, size_t b, struct spk *s);

/* the speaker of a turn labelled c[a..b) in paragraph pi */
static void
turn_speaker(struct doc *d, size_t pi, const int32_t *c, size_t a, size_t b, struct spk *s)
{
	const struct nq_word *w;
	int32_t t[4];
	size_t n, na, nb;

	/* 王  刚: the name without its spaces */
	if ((n = spaced(c, a, b, t)) > 0) {
		turn_speaker(d, pi, t, 0, n, s);
		return;
	}
	/* 主持人 温文: the name, the role as its description */
	if (!is_role(c, a, b) && asker(c, a, b)) {
		const struct nq_word *r = nq_lex_at(NQ_W_ROLE, c, a, b);
		size_t e = a + r->n, x = e;

		while (e < b && is_space(c[e]))
			e++;
		spk_set(s, SPK_PERSON, c + e, b - e, c + a, x - a);
		return;
	}
	/* 王部长 after 部长王文涛, 华发言人 after 发言人华春莹 */
	if (!is_role(c, a, b) && (w = nq_lex_at(NQ_W_SURNAME, c, a, b)) && w->n == 1 && b - a >= 3 &&
	    nq_lex_is(NQ_W_TITLE, c + a + 1, b - a - 1) && office_holder(d, pi, c + a + 1, b - a - 1, c[a], s))
		return;
	/* 何启明议员, 立法会主席梁君彦议员: the name, the title before it (or
	 * else after it) as its description */
	if (!is_role(c, a, b) && named_office(c, a, b, &na, &nb)) {
		if (na > a)
			spk_set(s, SPK_PERSON, c + na, nb - na, c + a, na - a);
		else
			spk_set(s, SPK_PERSON, c + na, nb - na, c + nb, b - nb);
		return;
	}
	/* 张伟教授 after 清华大学教授张伟: the name, the title as its
	 * description */
	if (!is_role(c, a, b) && title_label(c, a, b) && (w = nq_lex_suffix(NQ_W_TITLE, c + a, b - a)) &&
	    b - w->n - a >= 2 && b - w->n - a <= 3 && is_person(c, a, b - w->n) &&
	    said_before(d, pi, c, a, b - w->n, NULL)) {
		spk_set(s, SPK_PERSON, c + a, b - w->n - a, c + b - w->n, w->n);
		return;
	}
	if (is_role(c, a, b) || (title_label(c, a, b) && !office_holder(d, pi, c + a, b - a, 0, s)) ||
	    latin_person(c, a, b))
		spk_set(s, SPK_PERSON, c + a, b - a, NULL, 0);
	else if (two_surnames(c, a, b)) {
		spk_set(s, SPK_PERSON, c + a, b - a, NULL, 0);
		resolve(d, s);
	}
	else if (!title_label(c, a, b)) {
		parse_speaker(c, a, b, s);
		resolve(d, s);
	}
}

/* is the person c[a..b) introduced in the first NEAR code points of a
 * paragraph before pi, after a title or before a verb of saying
 * (行政长官林郑月娥…, 张海涛表示…)? With s, the title goes to its
 * description. */
static int
said_before(const struct doc *d, size_t pi, const int32_t *c, size_t a, size_t b, struct spk *s)
{
	size_t k, i, j, l, n = b - a;

	for (k = BACK_FROM(pi); k < pi; k++) {
		const int32_t *x = d->p[k].c;

		for (i = 0; i + n <= d->p[k].n && i < NEAR; i++) {
			if (x[i] != c[a] || memcmp(x + i, c + a, n * sizeof(*c)) != 0)
				continue;
			for (l = 6; l >= 2; l--)
				if (l <= i && nq_lex_is(NQ_W_TITLE, x + i - l, l)) {
					if (s && s->desc.n == 0)
						for (j = i - l; j < i; j++)
							nk_buf_put_cp(&s->desc, x[j]);
					return 1;
				}
			if (nq_lex_at(NQ_W_VERB, x, i + n, d->p[k].n) && !s)
				return 1;
		}
	}
	return 0;
}

/*
 * 邵佳一：“…”: a label, then the words in marks, maybe over paragraphs
 * (“…⏎…”): the turn's words are inside the marks. On the turn's first
 * paragraph (*want 0) a mark opening the body is dropped with its close at
 * the end; left open, *want is the close awaited, which a continuation
 * paragraph drops at its end (and its own repeated opening mark).
 */
static void
unmark_turn(const int32_t *c, size_t *a, size_t *b, int32_t *want)
{
	int32_t cl;
	size_t k;

	if (*b <= *a + 1)
		return;
	if (*want)
		cl = *want;
	else if (is_open(c[*a]) || c[*a] == '"')
		cl = c[*a] == '"' ? '"' : close_of(c[*a]);
	else
		return;
	for (k = *a + 1; k < *b && c[k] != cl; k++)
		;
	/* (“…”。各位网友…: a saying in marks, then the turn's own words) */
	if (k < *b && k + 1 < *b) {
		*want = 0;
		return;
	}
	if (cl == '"' ? c[*a] == '"' : close_of(c[*a]) == cl)
		(*a)++;
	if (k + 1 == *b)
		(*b)--, *want = 0;
	else
		*want = cl;
}

static int bite_label(const struct para *p, size_t *jp, size_t *nap, size_t *nbp, size_t *dap, size_t *dbp);

/* a paragraph opening with a label of its own (经济观察报：…), which no
 * turn runs on into */
static int
labelled(const struct para *p)
{
	size_t j;

	for (j = 0; j < p->n && j <= 10 && !is_boundary(p->c[j]); j++)
		;
	return j < p->n && j <= 10 && is_colon(p->c, j, p->n);
}

/*
 * One speaker's turn with no other speaker labelled (a statement read at a
 * press conference: 林郑月娥：各位传媒朋友，…): a name the document has
 * introduced before, then sentences of prose, not a headline (王毅：中美
 * 要相向而行) nor a quotation under a name.
 */
/*
 * "以下是行政长官李家超今日…会见传媒的开场发言及答问内容：", "以下为讲话
 * 全文：": a paragraph within the last three before pi announcing the words
 * that follow.
 */
static int
announced(const struct doc *d, size_t pi)
{
	size_t k, a, b;

	for (k = pi >= 3 ? pi - 3 : 0; k < pi; k++) {
		const struct para *p = &d->p[k];

		a = 0;
		b = p->n;
		trim(p->c, &a, &b);
		if (b > a + 4 && (at(p->c, b, a, "以下是") || at(p->c, b, a, "以下为")) && is_colon(p->c, b - 1, b))
			return 1;
	}
	return 0;
}

static int
solo_turn(struct doc *d, size_t pi)
{
	const struct para *p = &d->p[pi];
	size_t a = p->body, b = p->n;
	struct spk s = {0};
	int r;

	trim(p->c, &a, &b);
	if (is_role(p->c, p->label_beg, p->label_end) || b < a + 20 || is_open(p->c[a]) || p->c[a] == '"' ||
	    !(p->c[b - 1] == 0x3002 || is_term(p->c[b - 1]) || is_close(p->c[b - 1])) ||
	    !has_clause(p->c, a, b - 1))
		return 0;
	/* 以下是行政长官李家超…的开场发言：⏎行政长官：大家早晨，…: an office
	 * whose holder the announcement of the words names */
	if (title_label(p->c, p->label_beg, p->label_end)) {
		r = announced(d, pi) && office_holder(d, pi, p->c + p->label_beg, p->label_end - p->label_beg, 0, &s);
		spk_free(&s);
		return r;
	}
	return said_before(d, pi, p->c, p->label_beg, p->label_end, NULL);
}

/*
 * 伊万：我们来之前就很清楚…, after 赛后国足主帅伊万出席了新闻发布会: a
 * name the label test does not know (a foreign name, 鬼木达), heading a
 * paragraph of first-person prose, and introduced before after a title
 * (or before a verb of saying): the person speaking at a press
 * conference. Sets the label and the body as turn_label does.
 */
static int
titled_label(struct doc *d, size_t pi)
{
	struct para *p = &d->p[pi];
	size_t i = 0, j, a, b;

	while (i < p->n && is_space(p->c[i]))
		i++;
	for (j = i; j < p->n && j - i <= 6 && (nk_is_han(p->c[j]) || is_dot(p->c[j])); j++)
		;
	if (j - i < 2 || j - i > 6 || j >= p->n || !is_colon(p->c, j, p->n))
		return 0;
	for (a = j + 1; a < p->n && is_space(p->c[a]); a++)
		;
	b = trim_end(p, a, p->n);
	if (b < a + 20 || !(is_term(p->c[b - 1]) || p->c[b - 1] == 0x3002) || is_open(p->c[a]) ||
	    !has_clause(p->c, a, b - 1) || !first_person(p, a, b) ||
	    nq_lex_is(NQ_W_META, p->c + i, j - i) || nq_lex_suffix(NQ_W_VERB, p->c + i, j - i) ||
	    !said_before(d, pi, p->c, i, j, NULL))
		return 0;
	p->label_beg = i;
	p->label_end = j;
	p->body = a;
	return 1;
}

/* 周小川：⏎我们说物价确实是…: a turn's label alone on its line, prose
 * in the paragraph under it */
static int
alone_turn(const struct doc *d, size_t pi)
{
	const struct para *p = &d->p[pi];
	size_t a = p->body, b = p->n;

	trim(p->c, &a, &b);
	return p->turn && a >= b && pi + 1 < d->np && !d->p[pi + 1].turn && continues(&d->p[pi + 1]) &&
	    !labelled(&d->p[pi + 1]);
}

/*
 * 赛后，中国篮协主席、男篮领队姚明出席了新闻发布会。⏎Q：…⏎A：…: the one
 * person the paragraphs before the first turn (lo to hi) say attended the
 * press conference or gave the interview answers under A： and 答：.
 * Not two (主教练徐正源携队员周定洋出席…, 张三和李四接受…).
 */
static int
answerer(struct doc *d, size_t lo, size_t hi, struct spk *s)
{
	static const char *const verb[] = { "出席", "接受" };
	static const char *const what[] = { "发布会", "采访", "专访" };
	size_t i, k, v, a, e;

	for (i = lo; i < hi; i++) {
		const struct para *p = &d->p[i];

		for (v = 2; v + 2 < p->n && v < NEAR; v++) {
			for (k = 0; k < 2 && !at(p->c, p->n, v, verb[k]); k++)
				;
			if (k >= 2)
				continue;
			for (e = v + 2; e < p->n && e - v <= 16 && !is_term(p->c[e]) && p->c[e] != 0x3002 &&
			    !is_comma(p->c, e, p->n); e++)
				;
			for (k = 0; k < 3; k++) {
				size_t x;

				for (x = v + 2; x + 2 <= e && !at(p->c, e, x, what[k]); x++)
					;
				if (x + 2 <= e)
					break;
			}
			if (k >= 3)
				continue;
			/* the person right before the verb, after the clause's
			 * start or a list's mark */
			for (a = v; a > 0 && !is_comma(p->c, a - 1, p->n) && !is_term(p->c[a - 1]) &&
			    p->c[a - 1] != 0x3002 && p->c[a - 1] != 0x3001 && v - a < 20; a--)
				;
			if (memchr32(p->c, a, v, 0x643A) || memchr32(p->c, a, v, 0x548C) ||
			    memchr32(p->c, a, v, 0x4E0E) || memchr32(p->c, a, v, 0x53CA))
				return 0;	/* 携, 和, 与, 及 */
			if (!parse_speaker(p->c, a, v, s) || s->kind != SPK_PERSON)
				return 0;
			return 1;
		}
	}
	return 0;
}

/*
 * 张善政选前接受德国之声专访。⏎德国之声：…？⏎张善政：…: the outlet the
 * lead says gave the interview (接受X专访, 接受X的采访) labels the
 * questions, whether or not it is a name the label test knows. Marks
 * the paragraphs opening with it and a colon as turns.
 */
static void
interviewer(struct doc *d)
{
	size_t i, k, v, a, e, n;

	for (i = 0; i < d->np && i < 4; i++) {
		const struct para *p = &d->p[i];

		for (v = 0; v + 4 < p->n && v < NEAR; v++) {
			if (!at(p->c, p->n, v, "接受"))
				continue;
			for (a = v + 2; a < p->n && p->c[a] == 0x4E86; a++)	/* 了 */
				;
			for (e = a; e < p->n && e - a <= 10 && !at(p->c, p->n, e, "专访") &&
			    !at(p->c, p->n, e, "采访") && !is_boundary(p->c[e]); e++)
				;
			if (e >= p->n || e - a > 10 || is_boundary(p->c[e]))
				continue;
			if (e > a && p->c[e - 1] == 0x7684)	/* 的 */
				e--;
			if (e - a < 2 || e - a > 8)
				continue;
			n = e - a;
			for (k = i + 1; k < d->np; k++) {
				struct para *q = &d->p[k];
				size_t j;

				if (q->turn || q->n < n + 3 || memcmp(q->c, p->c + a, n * sizeof(int32_t)) != 0 ||
				    !is_colon(q->c, n, q->n))
					continue;
				for (j = n + 1; j < q->n && is_space(q->c[j]); j++)
					;
				if (trim_end(q, j, q->n) <= j + 1)
					continue;
				q->turn = 1;
				q->label_beg = 0;
				q->label_end = n;
				q->body = j;
			}
			return;
		}
	}
}

/*
 * 2018年3月19日，外交部发言人华春莹举行例行记者会。: a short line of one
 * sentence opening with a full date, the record's dateline closing a
 * transcript, not more words of the last turn.
 */
static int
dated_line(const struct para *p)
{
	size_t a = 0, b = p->n, i;

	trim(p->c, &a, &b);
	if (b < a + 8 || b - a > 40 || p->c[b - 1] != 0x3002)
		return 0;
	for (i = a; i < a + 4; i++)
		if (p->c[i] < '0' || p->c[i] > '9')
			return 0;
	if (p->c[a + 4] != 0x5E74)	/* 年 */
		return 0;
	for (i = a; i + 1 < b; i++)
		if (is_term(p->c[i]) || p->c[i] == 0x6211)	/* a sentence's end, 我 */
			return 0;
	return 1;
}

static int
same_label(const struct para *x, const struct para *y)
{
	size_t n = x->label_end - x->label_beg;

	return n == y->label_end - y->label_beg &&
	    memcmp(x->c + x->label_beg, y->c + y->label_beg, n * sizeof(int32_t)) == 0;
}

enum { MAXLABELS = 64, MAXCONT = 12 };

/* 经纪人王芳告诉记者：“…”: the author quoting someone after a colon in
 * the paragraph's first sentence, not a speaker's words going on */
static int
told_quote(const struct para *p)
{
	size_t i, k;

	for (i = 0; i < p->n && i < 40 && !is_term(p->c[i]) && p->c[i] != 0x3002; i++) {
		if (!is_colon(p->c, i, p->n))
			continue;
		for (k = i + 1; k < p->n && is_space(p->c[k]); k++)
			;
		return i > 2 && k < p->n && (is_open(p->c[k]) || p->c[k] == '"');
	}
	return 0;
}

/*
 * 张教授：…⏎李博士：我补充一点。⏎主持人：…: inside a transcript, a
 * paragraph under a speaker's label heard once, right after a turn or
 * right before one, is a turn of its own, not more words of the speaker
 * before.
 */
static void
one_off_turns(struct doc *d)
{
	size_t i;

	for (i = 0; i < d->np; i++) {
		struct para *p = &d->p[i], *x = i > 0 ? &d->p[i - 1] : NULL, *y = i + 1 < d->np ? &d->p[i + 1] : NULL;
		size_t a, b;

		if (p->turn || !((x && x->turn == 1) || (y && y->turn == 1)) || !turn_label(p))
			continue;
		a = p->label_beg;
		b = p->label_end;
		/* (a name of three, a title, a role, or a name introduced
		 * before: not 焦点：…, a word that opens like a surname; a name
		 * of two giving the floor to a role, 王超：下面开始提问。⏎记者：…) */
		if (!is_media(p->c, a, b) && (b - a >= 3 || title_label(p->c, a, b) || asker(p->c, a, b) ||
		    said_before(d, i, p->c, a, b, NULL) || (is_person(p->c, a, b) && ((x && x->turn == 1 &&
		    asker(x->c, x->label_beg, x->label_end)) || (y && y->turn == 1 && asker(y->c, y->label_beg, y->label_end))))))
			p->turn = 1;
	}
}

/*
 * 清华大学教授李建国（以下简称“李”）, 本报记者（下称记者）: a short form
 * an interview's speakers go by in its labels (李：…), and who it stands
 * for. Found in paragraphs lo to hi, at most MAXABBR.
 */
enum { MAXABBR = 8 };

struct abbr {
	const struct para *p, *sp;	/* where the speaker, the short form are */
	size_t a, b;		/* the short form */
	size_t na, nb;		/* the speaker */
	size_t da, db;		/* the description before a name */
};

static size_t
abbreviations(const struct doc *d, size_t lo, size_t hi, struct abbr *ab)
{
	static const char *const intro[] = { "以下简称", "下简称", "以下称", "下称" };
	size_t i, k, x, j, e, l, m, n = 0;
	const struct nq_word *w;

	for (i = lo; i < hi && n < MAXABBR; i++) {
		const struct para *p = &d->p[i];

		for (k = 1; k + 3 < p->n && n < MAXABBR; k++) {
			if ((p->c[k] != 0xFF08 && p->c[k] != '(') || (p->c[k + 1] != 0x4EE5 /* 以 */ &&
			    p->c[k + 1] != 0x4E0B /* 下 */))
				continue;
			for (x = 0; x < 4 && !at(p->c, p->n, k + 1, intro[x]); x++)
				;
			if (x >= 4)
				continue;
			j = k + 1 + nk_u8_count(intro[x], strlen(intro[x]));
			if (j < p->n && (is_open(p->c[j]) || p->c[j] == '"'))
				j++;
			for (e = j; e < p->n && e - j <= 6 && nk_is_han(p->c[e]); e++)
				;
			if (e == j || e - j > 6 || e >= p->n || !(is_close(p->c[e]) || p->c[e] == '"' ||
			    p->c[e] == 0xFF09 || p->c[e] == ')'))
				continue;
			/* who: a name of two or three (after a title), else a role */
			ab[n].p = ab[n].sp = p, ab[n].a = j, ab[n].b = e, ab[n].nb = k, ab[n].na = ab[n].da = ab[n].db = k;
			for (l = 2; l <= 3; l++) {
				if (k < l || !is_person(p->c, k - l, k))
					continue;
				ab[n].na = k - l;
				/* 主任张伟, not 任张伟: a title ends right before the two */
				if (l == 2 && k >= 4 && (w = nq_lex_suffix(NQ_W_TITLE, p->c + (k > 12 ? k - 12 : 0),
				    k - 2 - (k > 12 ? k - 12 : 0))) && w->n >= 2)
					break;
			}
			if (ab[n].na == k && (w = nq_lex_suffix(NQ_W_ROLE, p->c, k)) && w->n >= 2)
				ab[n].na = k - w->n;
			if (ab[n].na == k)
				continue;
			/* the title before the name, back to a mark or a verb */
			for (m = ab[n].na; m > 0 && ab[n].na - m < 16 && nk_is_han(p->c[m - 1]) &&
			    !nq_lex_funchar(p->c[m - 1]) && !nq_lex_at(NQ_W_VERB, p->c, m - 1, ab[n].na); m--)
				;
			if ((w = nq_lex_suffix(NQ_W_TITLE, p->c + m, ab[n].na - m)) && w->n >= 2 &&
			    !is_role(p->c, ab[n].na, ab[n].nb)) {
				ab[n].da = m;
				ab[n].db = ab[n].na;
			}
			n++;
		}
	}
	return n;
}

/* a paragraph opening with one to six Han characters and a colon, then
 * words (not 图片：, 来源：…): where the colon is, else 0 */
static size_t
short_label(const struct para *p)
{
	size_t i = 0, j;

	while (i < p->n && (is_space(p->c[i]) || p->c[i] == '*' || bullet(p->c[i])))
		i++;
	for (j = i; j < p->n && j - i <= 6 && nk_is_han(p->c[j]); j++)
		;
	return j > i && j + 4 < p->n && j - i <= 6 && is_colon(p->c, j, p->n) &&
	    !nq_lex_is(NQ_W_META, p->c + i, j - i) ? j : 0;
}

/* two paragraphs open with the same short label that is not a turn's:
 * the first of them, else d->np */
static size_t
short_twice(const struct doc *d)
{
	size_t at_[16], pi[16], i, k, e, ns = 0;

	for (i = 0; i < d->np; i++) {
		const struct para *p = &d->p[i];

		if (p->turn || !(e = short_label(p)))
			continue;
		for (k = 0; k < ns; k++)
			if (at_[k] == e && memcmp(d->p[pi[k]].c, p->c, e * sizeof(int32_t)) == 0)
				return pi[k];
		if (ns < 16)
			pi[ns] = i, at_[ns++] = e;
	}
	return d->np;
}

/*
 * 本报记者专访了院士王海涛。⏎…⏎王：…: a label of a surname alone, for
 * the person of that surname the paragraphs lo..pi introduce last (after a
 * title or a mark); 1 and the entry, else 0.
 */
static int
surname_abbr(const struct doc *d, size_t lo, size_t pi, struct abbr *ab)
{
	const struct para *q = &d->p[pi];
	const struct nq_word *w;
	size_t i, x, l, m, e = short_label(q), a = e - 1;

	if (e == 0 || (a > 0 && !is_space(q->c[a - 1]) && q->c[a - 1] != '*' && !bullet(q->c[a - 1])) ||
	    !(w = nq_lex_at(NQ_W_SURNAME, q->c, a, e)) || w->n != 1)
		return 0;
	for (i = pi + 1; i-- > lo;) {
		const struct para *p = &d->p[i];

		for (x = p->n; x-- > 0;) {
			if (p->c[x] != q->c[a] || (i == pi && x <= e) || !(l = name_at(p->c, x, p->n)))
				continue;
			for (m = x; m > 0 && x - m < 16 && nk_is_han(p->c[m - 1]) && !nq_lex_funchar(p->c[m - 1]) &&
			    !nq_lex_at(NQ_W_VERB, p->c, m - 1, x); m--)
				;
			if (!((w = nq_lex_suffix(NQ_W_TITLE, p->c + m, x - m)) && w->n >= 2) &&
			    x > 0 && !is_boundary(p->c[x - 1]))
				continue;
			ab->p = p, ab->sp = q, ab->a = a, ab->b = e, ab->na = x, ab->nb = x + l;
			ab->da = ab->db = x;
			if (w && w->n >= 2)
				ab->da = m;
			return 1;
		}
	}
	return 0;
}

/* the short form a paragraph opens with, as a turn's label (李：…) */
static int
abbr_label(struct para *p, const struct abbr *ab, size_t nab)
{
	size_t i = 0, k, n;

	while (i < p->n && (is_space(p->c[i]) || p->c[i] == '*' || bullet(p->c[i])))
		i++;
	for (k = 0; k < nab; k++) {
		n = ab[k].b - ab[k].a;
		if (i + n + 1 < p->n && is_colon(p->c, i + n, p->n) &&
		    memcmp(p->c + i, ab[k].sp->c + ab[k].a, n * sizeof(int32_t)) == 0) {
			p->label_beg = i;
			p->label_end = i + n;
			for (i += n + 1; i < p->n && (is_space(p->c[i]) || p->c[i] == '*'); i++)
				;
			p->body = i;
			return 1;
		}
	}
	return 0;
}

/* the speaker of a label that is a short form: who it stands for */
static void
abbr_speaker(const int32_t *c, size_t a, size_t b, const struct abbr *ab, size_t nab, struct spk *s)
{
	size_t k;

	for (k = 0; k < nab; k++)
		if (ab[k].b - ab[k].a == b - a && memcmp(c + a, ab[k].sp->c + ab[k].a, (b - a) * sizeof(int32_t)) == 0) {
			spk_set(s, SPK_PERSON, ab[k].p->c + ab[k].na, ab[k].nb - ab[k].na, ab[k].p->c + ab[k].da,
			    ab[k].db - ab[k].da);
			return;
		}
}

/*
 * A transcript: two speakers or more each opening two paragraphs or more
 * with their label. Unlabelled prose after a turn is the same speaker's,
 * up to a heading or caption, and for at most MAXCONT paragraphs.
 */
static void
interviews(struct doc *d)
{
	size_t i, k, nl = 0, good = 0, cont = 0, a, b, inc;
	struct {
		const struct para *p;
		size_t count;
	} lab[MAXLABELS];
	struct spk s = {0}, cur = {0}, one = {0};
	const struct nq_word *w;
	int have = 0, solo = 0, ann = 0, ans = 0;
	int32_t mark = 0;
	struct abbr ab[MAXABBR];
	size_t nab = 0;

	for (i = 0; i < d->np; i++)
		d->p[i].turn = turn_label(&d->p[i]);
	interviewer(d);
	/* (short forms only when paragraphs open like one twice, 李：…,
	 * defined in the few paragraphs before) */
	if ((k = short_twice(d)) < d->np && ((nab = abbreviations(d, k > 8 ? k - 8 : 0, k + 1, ab)) > 0 ||
	    (nab = surname_abbr(d, k > 8 ? k - 8 : 0, k, ab)) > 0))
		for (i = 0; i < d->np; i++)
			if (!d->p[i].turn)
				d->p[i].turn = abbr_label(&d->p[i], ab, nab);
	for (i = 0; i < d->np; i++) {
		struct para *p = &d->p[i];

		if (!p->turn)
			continue;
		for (k = 0; k < nl && !same_label(lab[k].p, p); k++)
			;
		/* a role (问, 答, Q, A, 记者) is a transcript's label by itself, and
		 * so is a name answering one (网友：…⏎张吉龙：…) */
		inc = asker(p->c, p->label_beg, p->label_end) || asks(d, i) ||
		    (i > 0 && d->p[i - 1].turn && (asker(d->p[i - 1].c, d->p[i - 1].label_beg,
		    d->p[i - 1].label_end) || asks(d, i - 1))) ? 2 : 1;
		/* (李明（清华大学教授）：, a broadcast's caption, is a transcript's
		 * speaker only when heard twice: not 主持人：…⏎许镇德（总警司）：…) */
		if (p->label_end < p->n && (p->c[p->label_end] == 0xFF08 || p->c[p->label_end] == '(') &&
		    !paren_name(p->c, p->label_end, p->n, &a, &b))
			inc = 1;
		/* after a paragraph announcing the words that follow (以下为对话
		 * 节选：), each label counts as heard twice: an excerpt may give a
		 * speaker one turn */
		if (ann || (ann = announced(d, i)))
			inc = 2;
		/* a label alone on its line, the answer in the paragraphs under
		 * it (周小川：⏎我们说物价…): a transcript's layout */
		if (alone_turn(d, i))
			inc = 2;
		/* an office alone speaks only when answering (记者：…⏎行政长官：…),
		 * not over a section (市民：张扬个性很另类。) */
		if (inc == 1 && title_label(p->c, p->label_beg, p->label_end) &&
		    !named_office(p->c, p->label_beg, p->label_end, &a, &b))
			continue;
		/* an outlet is a label only when it asks (not 人民日报：…吗？ over
		 * a story) */
		if (is_media(p->c, p->label_beg, p->label_end) && !asks(d, i)) {
			p->turn = 0;
			continue;
		}
		if (k < nl)
			lab[k].count += inc;
		else if (nl < MAXLABELS) {
			lab[nl].p = p;
			lab[nl++].count = inc;
		}
	}
	for (k = 0; k < nl; k++)
		if (lab[k].count >= 2)
			good++;
	for (i = 0; i < d->np; i++) {
		struct para *p = &d->p[i];

		if (!p->turn)
			continue;
		for (k = 0; k < nl && !same_label(lab[k].p, p); k++)
			;
		if (good < 2 || k >= nl || lab[k].count < 2)
			p->turn = 0;
	}
	/* 记者：…⏎财政司司长：…⏎记者：…⏎财政司司长：即你说…？: a label the
	 * transcript uses as a speaker's opens a turn whatever its words */
	for (i = 0; good >= 2 && i < d->np; i++) {
		struct para *p = &d->p[i];
		size_t j, n, e;

		if (p->turn)
			continue;
		for (j = 0; j < p->n && (is_space(p->c[j]) || p->c[j] == '*' || bullet(p->c[j])); j++)
			;
		/* (most paragraphs: no colon where a label would end) */
		for (e = j; e < p->n && e - j <= 10 && p->c[e] != 0xFF1A && p->c[e] != ':'; e++)
			;
		if (e >= p->n || e - j > 10)
			continue;
		for (k = 0; !p->turn && k < nl; k++) {
			n = lab[k].p->label_end - lab[k].p->label_beg;
			if (lab[k].count < 2 || j + n != e || !is_colon(p->c, j + n, p->n) ||
			    memcmp(lab[k].p->c + lab[k].p->label_beg, p->c + j, n * sizeof(int32_t)) != 0)
				continue;
			for (e = j + n + 1; e < p->n && (is_space(p->c[e]) || p->c[e] == '*'); e++)
				;
			if (trim_end(p, e, p->n) <= e + 1 || scraped_meta(p, e) || byline(p->c, e, p->n) ||
			    starred_heading(p, e))
				break;
			p->turn = 1;
			p->label_beg = j;
			p->label_end = j + n;
			p->body = e;
		}
	}
	/* 扭亏时间表经济观察报：…: a heading glued to a turn by the scraper */
	for (i = 0; good >= 2 && i < d->np; i++) {
		struct para *p = &d->p[i];
		size_t j, n, e;

		for (j = 2; !p->turn && j < p->n && j <= 20 && nk_is_han(p->c[j - 1]); j++) {
			if (!is_colon(p->c, j, p->n))
				continue;
			for (k = 0; k < nl; k++) {
				n = lab[k].p->label_end - lab[k].p->label_beg;
				if (lab[k].count >= 2 && n >= 2 && n + 2 <= j && memcmp(lab[k].p->c + lab[k].p->label_beg,
				    p->c + j - n, n * sizeof(int32_t)) == 0)
					break;
			}
			/* (words of a turn: a question, or more than a headline's
			 * one clause; a turn answering, or answered) */
			e = trim_end(p, j + 1, p->n);
			/* (王芳告诉记者：“…”: speech told to the role, not a heading) */
			if (k < nl && j > n && (w = nq_lex_suffix(NQ_W_VERB, p->c, j - n)) && w->n >= 2)
				break;
			if (k < nl && e > j + 1 && (p->c[e - 1] == 0xFF1F || has_clause(p->c, j + 1, e - 1)) &&
			    ((i > 0 && d->p[i - 1].turn) || (i + 1 < d->np && d->p[i + 1].turn))) {
				p->turn = 1;
				p->label_beg = j - n;
				p->label_end = j;
				for (p->body = j + 1; p->body < p->n && is_space(p->c[p->body]); p->body++)
					;
			}
			break;
		}
	}
	if (good < 2) {
		for (i = 0; i < d->np; i++)
			if ((turn_label(&d->p[i]) || titled_label(d, i)) && solo_turn(d, i))
				d->p[i].turn = 1, solo = 1;
		if (!solo)
			return;
	} else
		one_off_turns(d);
	/*
	 * Continuations: the prose paragraphs after a turn, kept only when
	 * the next turn (or the end of the document) follows them, past at
	 * most a few headings or captions: a transcript's run of paragraphs,
	 * not the article that resumes after it.
	 */
	for (i = 0; i < d->np; i++) {
		size_t j, e, x;

		if (d->p[i].turn != 1)
			continue;
		/* (one speaker alone goes on speaking in the first person) */
		for (j = i + 1; j < d->np && !d->p[j].turn && j - i <= MAXCONT && continues(&d->p[j]) &&
		    !scraped_meta(&d->p[j], 0) && !turn_label(&d->p[j]) && !told_quote(&d->p[j]) &&
		    !bite_label(&d->p[j], &x, &x, &x, &x, &x) &&
		    (!solo || ((first_person(&d->p[j], 0, d->p[j].n) || announced(d, i)) && !labelled(&d->p[j]))) &&
		    !dated_line(&d->p[j]); j++)
			;
		for (e = j; e < d->np && e - j < 4 && !d->p[e].turn && ((!continues(&d->p[e]) &&
		    (d->p[e].n < 40 || is_link(&d->p[e]))) || (e + 1 == d->np && dated_line(&d->p[e]))); e++)
			;
		if (e >= d->np || d->p[e].turn == 1)
			for (k = i + 1; k < j; k++)
				d->p[k].turn = 2;
	}
	for (i = 0; i < d->np && !d->p[i].turn; i++)
		;
	if (i < d->np)
		ans = answerer(d, i > 3 ? i - 3 : 0, i, &one);
	for (i = 0; i < d->np; i++) {
		struct para *p = &d->p[i];
		char colon[8] = "";

		if (p->turn == 1) {
			turn_speaker(d, i, p->c, p->label_beg, p->label_end, &s);
			abbr_speaker(p->c, p->label_beg, p->label_end, ab, nab, &s);
			/* A：, 答：, under 姚明出席了新闻发布会 */
			if (ans && p->label_end == p->label_beg + 1 && (p->c[p->label_beg] == 'A' ||
			    p->c[p->label_beg] == 0x7B54))
				spk_copy(&s, &one);
			/* 主持人（王小丫）： */
			if (paren_name(p->c, p->label_end, p->n, &a, &b))
				spk_set(&s, SPK_PERSON, p->c + a, b - a, p->c + p->label_beg, p->label_end - p->label_beg);
			/* 李明（清华大学教授）： */
			else if (s.kind == SPK_PERSON && paren_desc(p->c, p->label_end, p->n, &a, &b)) {
				nk_buf_reset(&s.desc);
				nk_buf_puts(&s.desc, "");
				for (k = a; k < b; k++)
					nk_buf_put_cp(&s.desc, p->c[k]);
			}
			/* (the title that introduced the name) */
			if (s.kind == SPK_PERSON && s.desc.n == 0)
				said_before(d, i, p->c, p->label_beg, p->label_end, &s);
			spk_copy(&cur, &s);
			have = 1;
			cont = 0;
			for (k = p->label_end; k < p->n && !is_colon(p->c, k, p->n) && p->c[k] != ']' &&
			    p->c[k] != 0x3011; k++)
				;
			if (k < p->n)
				colon[nk_u8_enc(p->c[k], colon)] = '\0';
			a = p->body;
			b = p->n;
			trim(p->c, &a, &b);
			/* 提问：…？卢鸿鸣：…: a turn of a transcript's speaker may
			 * follow in the same paragraph, after a sentence's end */
			for (k = a + 1; k < b; k++) {
				size_t x, y, e;

				if (!(is_term(p->c[k - 1]) || p->c[k - 1] == 0x3002))
					continue;
				for (e = k; e < b && e - k <= 10 && !is_colon(p->c, e, b) &&
				    !is_boundary(p->c[e]); e++)
					;
				if (e >= b || e == k || !is_colon(p->c, e, b))
					continue;
				for (x = 0; x < nl; x++)
					if (lab[x].count >= 2 && lab[x].p->label_end - lab[x].p->label_beg == e - k &&
					    memcmp(lab[x].p->c + lab[x].p->label_beg, p->c + k,
					    (e - k) * sizeof(int32_t)) == 0)
						break;
				if (x >= nl)
					continue;
				emit(d, i, a, k, NQ_INTERVIEW, &cur, colon);
				mark_used(p, a, k);
				turn_speaker(d, i, p->c, k, e, &s);
				abbr_speaker(p->c, k, e, ab, nab, &s);
				spk_copy(&cur, &s);
				colon[nk_u8_enc(p->c[e], colon)] = '\0';
				for (y = e + 1; y < b && is_space(p->c[y]); y++)
					;
				a = y;
				k = y;
			}
			mark_used(p, a, b);
			mark = 0;
			unmark_turn(p->c, &a, &b, &mark);
			if (a < b)	/* (not a label alone on its line) */
				emit(d, i, a, b, NQ_INTERVIEW, &cur, colon);
			p->from = p->n;
		} else if (have && p->turn == 2) {
			cont++;
			a = 0;
			b = p->n;
			trim(p->c, &a, &b);
			mark_used(p, a, b);
			if (mark)
				unmark_turn(p->c, &a, &b, &mark);
			emit(d, i, a, b, NQ_INTERVIEW, &cur, "");
			p->from = p->n;
		} else {
			have = 0;
		}
	}
	spk_free(&s);
	spk_free(&cur);
	spk_free(&one);
}

/* "市民：李杰", "受访者：王女士": a card's line naming the person
 * whose voice follows; the name's place, else 0 */
static int
card_name(const struct para *p, size_t *na, size_t *nb, size_t *la, size_t *lb)
{
	size_t a = 0, b = p->n, j;

	trim(p->c, &a, &b);
	for (j = a; j < b && j - a <= 6 && !is_colon(p->c, j, b); j++)
		;
	if (j >= b || j == a || !is_colon(p->c, j, b))
		return 0;
	*la = a;
	*lb = j;
	for (*na = j + 1; *na < b && is_space(p->c[*na]); (*na)++)
		;
	*nb = b;
	return *nb - *na >= 2 && *nb - *na <= 4 && is_person(p->c, *na, *nb) &&
	    (title_label(p->c, a, j) || at(p->c, j, a, "姓名") || at(p->c, j, a, "受访者") ||
	    at(p->c, j, a, "受访人"));
}

/*
 * A vox pop's card: "市民：李杰", a line or two describing the person
 * (33岁 出租车司机), then the person's words under a label of voice
 * ("声音：“郑州地铁开通后…”", 心声：, 原声：, 观点：, 感言：). 1 when reported.
 */
static int
vox_pop(struct doc *d, size_t pi)
{
	static const char *const voice[] = { "声音", "心声", "原声", "观点", "感言" };
	struct para *p = &d->p[pi];
	size_t a = 0, b = p->n, j, k, x, na, nb, la, lb;
	struct spk s = {0};
	char colon[8] = "";

	trim(p->c, &a, &b);
	for (x = 0; x < sizeof(voice) / sizeof(*voice); x++)
		if (at(p->c, b, a, voice[x]))
			break;
	if (x >= sizeof(voice) / sizeof(*voice))
		return 0;
	for (j = a + 2; j < b && is_space(p->c[j]); j++)
		;
	if (j >= b || !is_colon(p->c, j, b) || pi == 0)
		return 0;
	/* the card's name line, past at most two short lines of description */
	for (k = pi; k-- > 0 && pi - k <= 3;) {
		if (card_name(&d->p[k], &na, &nb, &la, &lb))
			break;
		if (d->p[k].n > 24 || d->p[k].turn || has_clause(d->p[k].c, 0, d->p[k].n))
			return 0;
	}
	if (k >= pi || pi - k > 3 || !card_name(&d->p[k], &na, &nb, &la, &lb))
		return 0;
	colon[nk_u8_enc(p->c[j], colon)] = '\0';
	for (j++; j < b && is_space(p->c[j]); j++)
		;
	/* the words, without the marks when they are one quotation */
	if (b > j + 2 && is_open(p->c[j]) && p->c[b - 1] == close_of(p->c[j])) {
		j++;
		b--;
	}
	if (b < j + 4)
		return 0;
	spk_set(&s, SPK_PERSON, d->p[k].c + na, nb - na, d->p[k].c + la, lb - la);
	resolve(d, &s);
	emit(d, pi, j, b, NQ_INTERVIEW, &s, colon);
	mark_used(p, j, b);
	p->from = p->n;
	spk_free(&s);
	return 1;
}

/*
 * A sound bite of a broadcast transcript, one labelled speaker with no
 * marks: "民警 常辉：这几天晚上…", "许镇德(香港警署公共关系科总警司)：…".
 * The label is a description ending in a title, a space and a name, or a
 * name and its description in parentheses; the rest of the paragraph,
 * prose opening with no mark, is the turn. The label: 1, the colon at
 * *jp, the name and the description in [*nap, *nbp) and [*dap, *dbp).
 */
static int
bite_label(const struct para *p, size_t *jp, size_t *nap, size_t *nbp, size_t *dap, size_t *dbp)
{
	size_t i = 0, j, a, b, da = 0, db = 0, na = 0, nb = 0, sp = 0, po = 0, pc = 0, e;
	int ok = 0;

	while (i < p->n && is_space(p->c[i]))
		i++;
	/* (most paragraphs: no colon near the start) */
	for (j = i; j < p->n && j - i <= 30 && p->c[j] != 0xFF1A && p->c[j] != ':'; j++)
		;
	if (j >= p->n || j - i > 30)
		return 0;
	for (j = i; j < p->n && j - i <= 30 && !is_colon(p->c, j, p->n); j++) {
		if (is_space(p->c[j]) && !sp && !po)
			sp = j;
		else if ((p->c[j] == '(' || p->c[j] == 0xFF08) && !po)
			po = j;
		else if ((p->c[j] == ')' || p->c[j] == 0xFF09) && po && !pc)
			pc = j;
		else if (is_boundary(p->c[j]) && !(po && !pc))
			return 0;
	}
	if (j >= p->n || !is_colon(p->c, j, p->n) || (!sp && !po && j - i <= 12))
		return 0;
	a = i;
	b = j;
	trim(p->c, &a, &b);
	/* 复旦大学附属中山医院呼吸内科主任医师邵长周: a long description
	 * ending in a title, run into the name */
	if (!sp && !po) {
		const struct nq_word *w;
		size_t l;

		for (l = 3; l >= 2 && !ok; l--)
			if (b >= a + l + 4 && is_person(p->c, b - l, b) &&
			    (w = nq_lex_suffix(NQ_W_TITLE, p->c + a, b - l - a)) && w->n >= 2) {
				na = b - l, nb = b, da = a, db = b - l;
				ok = db - da <= 24;
			}
		for (e = a; e < b; e++)
			if (!nk_is_han(p->c[e]))
				ok = 0;
	} else if (po && pc + 1 == b && po > a) {	/* 许镇德(…总警司) */
		na = a;
		nb = po;
		da = po + 1;
		db = pc;
		trim(p->c, &na, &nb);
		ok = is_person(p->c, na, nb) && db > da && db - da <= 24 &&
		    (nq_lex_suffix(NQ_W_TITLE, p->c + da, db - da) || nq_lex_suffix(NQ_W_ORG, p->c + da, db - da));
	} else if (sp && !po) {			/* 民警 常辉 */
		for (e = b; e > a && !is_space(p->c[e - 1]); e--)
			;
		na = e;
		nb = b;
		da = a;
		db = e;
		trim(p->c, &da, &db);
		ok = db > da && db - da <= 24 && nb - na >= 2 && nb - na <= 4 && is_person(p->c, na, nb) &&
		    (nq_lex_suffix(NQ_W_TITLE, p->c + da, db - da) ||
		    nq_lex_suffix(NQ_W_ANON, p->c + da, db - da));
	}
	for (e = da; ok && e < db; e++)	/* a description, not a clause */
		ok = !in_set("的了着是在把被说我你", p->c[e]);
	*jp = j;
	*nap = na;
	*nbp = nb;
	*dap = da;
	*dbp = db;
	return ok;
}

/* the sound bite of paragraph pi, reported: 1, else 0 */
static int
sound_bite(struct doc *d, size_t pi)
{
	struct para *p = &d->p[pi];
	size_t j, a, b, da, db, na, nb, e;
	struct spk s = {0};
	char colon[8] = "";

	if (vox_pop(d, pi))
		return 1;
	if (!bite_label(p, &j, &na, &nb, &da, &db))
		return 0;
	for (e = j + 1; e < p->n && is_space(p->c[e]); e++)
		;
	a = e;
	b = trim_end(p, a, p->n);
	if (b < a + 6 || is_open(p->c[a]) || p->c[a] == '"')
		return 0;
	for (e = a; e < b && !is_term(p->c[e]) && !is_comma(p->c, e, p->n); e++)
		;
	if (e >= b)
		return 0;
	spk_set(&s, SPK_PERSON, p->c + na, nb - na, p->c + da, db - da);
	resolve(d, &s);
	colon[nk_u8_enc(p->c[j], colon)] = '\0';
	emit(d, pi, a, b, NQ_INTERVIEW, &s, colon);
	mark_used(p, a, b);
	p->from = p->n;
	spk_free(&s);
	return 1;
}

/*
 * A caption card over a speaker's words, as reports of a press meeting
 * print them: a line of a name alone, or of a description and the name
 * after a space or a closing mark ("乒乓球男单冠军 马龙", "“亚洲飞人”苏炳添"),
 * at most one line of a title after it ("马加特⏎山东鲁能主教练"), then
 * paragraphs of prose in the speaker's own voice. The name's place, else 0.
 */
static int
card_line(const struct para *p, size_t *na, size_t *nb, size_t *da, size_t *db)
{
	size_t a = 0, b = p->n, i, e;

	trim(p->c, &a, &b);
	if (b <= a + 1 || b - a > 24 || p->turn)
		return 0;
	for (i = a; i < b; i++)
		if (is_term(p->c[i]) || p->c[i] == 0x3002 || is_comma(p->c, i, b) || is_colon(p->c, i, b) ||
		    p->c[i] == 0x300A || p->c[i] == 0xFF08 || p->c[i] == '(' || p->c[i] == 0xFF1B)
			return 0;
	for (e = b; e > a && nk_is_han(p->c[e - 1]); e--)
		;
	if (b - e < 2 || b - e > 4 || !is_person(p->c, e, b))
		return 0;
	*na = e;
	*nb = b;
	*da = a;
	*db = e;
	if (e == a)
		return 1;
	/* (a description of words and marks of quotation: not 撰文 | 赵衞衞) */
	for (i = a; i < e; i++)
		if (!nk_is_han(p->c[i]) && !is_latin(p->c[i]) && !(p->c[i] >= '0' && p->c[i] <= '9') &&
		    !is_space(p->c[i]) && !is_open(p->c[i]) && !is_close(p->c[i]) && p->c[i] != 0x3001)
			return 0;
	if (!is_space(p->c[e - 1]) && !is_close(p->c[e - 1]))
		return 0;
	if (!is_close(p->c[e - 1]))
		trim(p->c, da, db);
	/* a description, not a clause, nor a byline (本报记者 王芳) */
	for (i = *da; i < *db; i++)
		if (in_set("的了着是在把被说我你摄为", p->c[i]))
			return 0;
	if (*db - *da >= 2 && (at(p->c, *db, *db - 2, "记者") ||
	    at(p->c, *db, *db - 3, "通讯员") || at(p->c, *db, *db - 3, "评论员") || at(p->c, *db, *db - 3, "撰稿人")))
		return 0;
	/* (专栏作家, 特约评论员: an author over a column) */
	for (i = *da; i + 1 < *db; i++)
		if (at(p->c, *db, i, "专栏") || at(p->c, *db, i, "特约"))
			return 0;
	return !nq_lex_suffix(NQ_W_META, p->c + *da, *db - *da);
}

/* the speaker's own voice in a paragraph: 我 not of a body (我国, 我市),
 * or 咱们, outside quotation marks */
static int
own_voice(struct para *p)
{
	size_t i;

	for (i = 0; i + 1 < p->n; i++) {
		if ((is_open(p->c[i]) || p->c[i] == '"') && quote_at(p, i))
			return 0;
		if ((p->c[i] == 0x6211 /* 我 */ && !in_set("国市省区县校院军方部局厅州镇村党台司行", p->c[i + 1])) ||
		    (p->c[i] == 0x54B1 && p->c[i + 1] == 0x4EEC))
			return 1;
	}
	return 0;
}

/* the paragraphs of a card's words after paragraph k: the first past them */
static size_t
card_words(struct doc *d, size_t k)
{
	size_t j;

	for (j = k; j < d->np && j - k < MAXCONT && !d->p[j].turn && continues(&d->p[j]) &&
	    !labelled(&d->p[j]) && !is_open(d->p[j].c[skip_space(&d->p[j], 0)]) && own_voice(&d->p[j]); j++)
		;
	return j;
}

static int
title_line(const struct para *p)
{
	size_t a = 0, b = p->n, i;
	const struct nq_word *w;

	trim(p->c, &a, &b);
	if (b <= a + 1 || b - a > 16)
		return 0;
	for (i = a; i < b; i++)
		if (!nk_is_han(p->c[i]) && !is_space(p->c[i]) && p->c[i] != 0x3001)
			return 0;
	return (w = nq_lex_suffix(NQ_W_TITLE, p->c + a, b - a)) && w->n >= 2;
}

static void
name_cards(struct doc *d)
{
	size_t i, k, j, n = 0, na, nb, da, db;
	struct spk s = {0};
	int pass;

	/* two passes: count the cards, then report them when the document
	 * holds two, or the card gives a title */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i + 1 < d->np; i++) {
			struct para *p = &d->p[i];
			const struct para *t = NULL;
			const struct nq_word *w;

			if (!card_line(p, &na, &nb, &da, &db))
				continue;
			k = i + 1;
			if (title_line(&d->p[k]))
				t = &d->p[k++];
			if ((j = card_words(d, k)) == k)
				continue;
			if (pass == 0) {
				n++;
				continue;
			}
			/* (a name alone is an author's byline but over a title) */
			if (!t && (da == db || (n < 2 && !((w = nq_lex_suffix(NQ_W_TITLE, p->c + da, db - da)) &&
			    w->n >= 2))))
				continue;
			if (t) {
				size_t ta = 0, tb = t->n;

				trim(t->c, &ta, &tb);
				spk_set(&s, SPK_PERSON, p->c + na, nb - na, t->c + ta, tb - ta);
			} else
				spk_set(&s, SPK_PERSON, p->c + na, nb - na, p->c + da, db - da);
			resolve(d, &s);
			p->turn = 2;
			if (t)
				d->p[i + 1].turn = 2;
			for (; k < j; k++) {
				size_t a = 0, b = d->p[k].n;

				trim(d->p[k].c, &a, &b);
				emit(d, k, a, b, NQ_INTERVIEW, &s, "");
				mark_used(&d->p[k], a, b);
				d->p[k].from = d->p[k].n;
				d->p[k].turn = 2;
			}
			i = j - 1;
		}
	}
	spk_free(&s);
}

/*
 * A broadcast script's sound bite under its caption: "【同期】哈尔滨市公安局
 * 刑侦支队副支队长 孙连义" (【同期声】, 【现场同期】), a line of the tag, a
 * description and the name (after a space or a title), then the person's
 * paragraphs up to the next tag (【解说】, the reporter's narration) or
 * label. The end of the tag, else 0.
 */
static size_t
sync_tag(struct para *p)
{
	size_t i = skip_space(p, 0), j;

	if (i >= p->n || p->c[i] != 0x3010)
		return 0;
	for (j = i + 1; j < p->n && j - i <= 6 && p->c[j] != 0x3011; j++)
		;
	if (j >= p->n || p->c[j] != 0x3011)
		return 0;
	for (; i + 2 <= j; i++)
		if (at(p->c, j, i, "同期"))
			return j + 1;
	return 0;
}

static int
sync_card(const struct para *p, size_t a, size_t *na, size_t *nb, size_t *da, size_t *db)
{
	const struct nq_word *w;
	size_t b = p->n, e, l, i;

	trim(p->c, &a, &b);
	if (b <= a + 1 || b - a > 30)
		return 0;
	for (i = a; i < b; i++)
		if (!nk_is_han(p->c[i]) && !is_space(p->c[i]) && p->c[i] != 0x3001 && !is_latin(p->c[i]))
			return 0;
	for (e = b; e > a && nk_is_han(p->c[e - 1]); e--)
		;
	if (e > a && b - e >= 2 && b - e <= 4 && is_person(p->c, e, b)) {
		*na = e, *nb = b, *da = a, *db = e;
		trim(p->c, da, db);
		return *db == *da || nq_lex_suffix(NQ_W_TITLE, p->c + *da, *db - *da) ||
		    nq_lex_suffix(NQ_W_ORG, p->c + *da, *db - *da) || nq_lex_suffix(NQ_W_ANON, p->c + *da, *db - *da);
	}
	if (e != a)
		return 0;
	/* 副支队长孙连义: a title, then the name; or the name alone */
	for (l = 3; l >= 2; l--)
		if (b >= a + l && is_person(p->c, b - l, b) && (b == a + l ||
		    ((w = nq_lex_suffix(NQ_W_TITLE, p->c + a, b - l - a)) && w->n >= 2))) {
			*na = b - l, *nb = b, *da = a, *db = b - l;
			return 1;
		}
	return 0;
}

static void
sync_cards(struct doc *d)
{
	size_t i, j, t, na, nb, da, db, a, b;
	struct spk s = {0};

	for (i = 0; i + 1 < d->np; i++) {
		struct para *p = &d->p[i];

		if (p->turn || !(t = sync_tag(p)) || !sync_card(p, t, &na, &nb, &da, &db))
			continue;
		for (j = i + 1; j < d->np && j - i <= MAXCONT && !d->p[j].turn && continues(&d->p[j]) &&
		    !sync_tag(&d->p[j]) && d->p[j].c[skip_space(&d->p[j], 0)] != 0x3010 && !labelled(&d->p[j]); j++)
			;
		if (j == i + 1)
			continue;
		spk_set(&s, SPK_PERSON, p->c + na, nb - na, p->c + da, db - da);
		resolve(d, &s);
		p->turn = 2;
		for (i++; i < j; i++) {
			a = 0;
			b = d->p[i].n;
			trim(d->p[i].c, &a, &b);
			emit(d, i, a, b, NQ_INTERVIEW, &s, "");
			mark_used(&d->p[i], a, b);
			d->p[i].from = d->p[i].n;
			d->p[i].turn = 2;
		}
		i--;
	}
	spk_free(&s);
}

/*
 * Paragraph k, c[a..b), goes whole to speaker s: its row is c[a..e), and
 * it is a turn's continuation, scanned no further.
 */
static void
take_para(struct doc *d, size_t k, size_t a, size_t b, size_t e, enum nq_kind kind,
    const struct spk *s, const char *cue)
{
	struct para *q = &d->p[k];

	emit(d, k, a, e, kind, s, cue);
	mark_used(q, a, b);
	q->from = q->n;
	q->turn = 2;
}

/*
 * 秀湛路社区居民王先生：⏎之前楼道里…: a sound bite's card on a line of its
 * own, a description ending in a title or a word for people (居民, 村民,
 * 店主, 创始人) and the name, the colon closing the line; the person's words
 * are the paragraphs under it. Not a letter's greeting (辛志强朋友：, 尊敬的
 * 李先生：): the description comes before the name. The name's place.
 */
static int
alone_label(const struct para *p, size_t *na, size_t *nb, size_t *da, size_t *db)
{
	size_t a = 0, b = p->n;

	trim(p->c, &a, &b);
	if (b < a + 5 || b - a > 32 || !is_colon(p->c, b - 1, b))
		return 0;
	for (b--; b > a && is_space(p->c[b - 1]); b--)
		;
	if (!(*na = described_label(p->c, a, b)))
		return 0;
	*nb = b, *da = a, *db = *na;
	return 1;
}

/* the paragraphs of prose under the card at k: the first past them */
static size_t
alone_words(struct doc *d, size_t k)
{
	size_t j, x;

	for (j = k + 1; j < d->np && j - k <= MAXCONT && !d->p[j].turn && continues(&d->p[j]) &&
	    !labelled(&d->p[j]) && !alone_label(&d->p[j], &x, &x, &x, &x); j++)
		;
	return j;
}

static void
label_lines(struct doc *d)
{
	size_t i, j, k, n = 0, na, nb, da, db, x, a, b;
	struct spk s = {0};
	int32_t mark;

	for (i = 0; i + 1 < d->np; i++)
		if (!d->p[i].turn && alone_label(&d->p[i], &x, &x, &x, &x) && alone_words(d, i) > i + 1)
			n++;
	for (i = 0; n > 0 && i + 1 < d->np; i++) {
		struct para *p = &d->p[i];

		if (p->turn || !alone_label(p, &na, &nb, &da, &db) || (j = alone_words(d, i)) == i + 1)
			continue;
		/* (one card alone: the words in the person's own voice) */
		if (n < 2 && !own_voice(&d->p[i + 1]))
			continue;
		/* (past the words, more prose: the story resumes after the first) */
		if (j < d->np && !d->p[j].turn && !alone_label(&d->p[j], &x, &x, &x, &x))
			j = i + 2;
		spk_set(&s, SPK_PERSON, p->c + na, nb - na, p->c + da, db - da);
		resolve(d, &s);
		p->turn = 2;
		mark = 0;
		for (k = i + 1; k < j; k++) {
			struct para *q = &d->p[k];

			a = 0;
			b = q->n;
			trim(q->c, &a, &b);
			unmark_turn(q->c, &a, &b, &mark);
			take_para(d, k, a, b, b, NQ_INTERVIEW, &s, k == i + 1 ? "：" : "");
		}
		i = j - 1;
	}
	spk_free(&s);
}

/*
 * 徐正源回答媒体提问⏎在赛前我就向队员们强调，…。: a heading saying a person
 * the document introduced answers the press, over paragraphs of prose in
 * the first person without marks: each paragraph is that person's
 * indirect speech, up to the next heading.
 */
static void
answer_heads(struct doc *d)
{
	size_t i, j, a, b, v, e;
	struct spk s = {0};

	for (i = 0; i + 1 < d->np; i++) {
		struct para *p = &d->p[i];

		a = 0;
		b = p->n;
		trim(p->c, &a, &b);
		if (p->turn || b < a + 6 || b - a > 20 || is_term(p->c[b - 1]) || p->c[b - 1] == 0x3002 ||
		    !nk_is_han(p->c[b - 1]))
			continue;
		for (v = a + 2; v + 3 < b && !at(p->c, b, v, "回答") && !at(p->c, b, v, "答记者问"); v++)
			;
		if (v + 3 >= b || (at(p->c, b, v, "回答") && !at(p->c, b, b - 2, "提问") &&
		    !at(p->c, b, b - 2, "问题")))
			continue;
		if (!said_before(d, i, p->c, a, v, NULL) || !parse_speaker(p->c, a, v, &s) ||
		    s.kind != SPK_PERSON)
			continue;
		resolve(d, &s);
		if (s.desc.n == 0)	/* (the title that introduced the name) */
			said_before(d, i, p->c, a, v, &s);
		for (j = i + 1; j < d->np && j - i <= MAXCONT; j++) {
			struct para *q = &d->p[j];

			a = 0;
			b = q->n;
			trim(q->c, &a, &b);
			if (q->turn || !continues(q) || labelled(q) || is_open(q->c[a]) || q->c[a] == '"' ||
			    !first_person(q, a, b) || !has_clause(q->c, a, b - 1))
				break;
			e = b;
			if (q->c[e - 1] == 0x3002)
				e--;
			take_para(d, j, a, b, e, NQ_INDIRECT, &s, "");
		}
		i = j - 1;
	}
	spk_free(&s);
}

/* ---- documents ---------------------------------------------------------------- */

static int
cmp_hit(const void *a, const void *b)
{
	const struct nq_hit *x = a, *y = b;

	if (x->para != y->para)
		return x->para < y->para ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/*
 * 他告诉记者，…。“…”，强巴说。: a 他 or 她 left unresolved in a paragraph,
 * or resolved to a person of an earlier paragraph, is the one person named
 * later in the same paragraph as the speaker of a quotation that comes
 * first (“…”，X说: the writer names the speaker he has been quoting).
 */
static void
later_person(struct nq_hits *h, size_t h0)
{
	size_t i, who = 0;	/* 1 + the hit naming the one person so far */
	int many = 0;

	for (i = h->n; i-- > h0; ) {	/* backwards: linear in the hits */
		struct nq_hit *x = &h->v[i];

		if ((strcmp(x->speaker, "他") == 0 || strcmp(x->speaker, "她") == 0 || x->far) &&
		    who && !many) {
			free(x->speaker);
			free(x->desc);
			x->speaker = nk_estrdup(h->v[who - 1].speaker);
			x->desc = nk_estrdup(h->v[who - 1].desc);
			x->person = 1;
			x->far = 0;
			continue;
		}
		if (x->person == 2) {
			if (who && strcmp(h->v[who - 1].speaker, x->speaker) != 0)
				many = 1;
			who = i + 1;
		}
	}
}

/* q is a direct quotation of the speaker of row last: the speaker, its
 * description and cue are copied first, as emitting may move the rows */
static void
emit_as(struct doc *d, size_t pi, struct quote *q, const struct nq_hit *last)
{
	struct spk s = {0};
	char *cue = nk_estrdup(last->cue);

	s.kind = last->person ? SPK_PERSON : SPK_ANON;
	nk_buf_puts(&s.name, last->speaker);
	nk_buf_puts(&s.desc, last->desc);
	emit_direct(d, pi, q, &s, cue);
	free(cue);
	spk_free(&s);
}

/*
 * 她告诉记者，…。“其实我关注福州地铁好久了…。”: a quotation standing as
 * a sentence of its own, with no speaker, right after the sentence of a
 * row of the paragraph (from hit h0 on), goes on that row's speaker.
 */
static void
follow_on(struct doc *d, size_t pi, size_t h0)
{
	struct para *p = &d->p[pi];
	struct nq_hits *h = d->out;
	size_t i, k, x, o, hn = h->n;

	for (i = 0; i < p->nq; i++) {
		struct quote *q = &p->q[i];
		const struct nq_hit *last = NULL;

		if (q->used || q->noun || !q->closed || q->open < p->from || (!q->sentence && q->close < q->open + 5))
			continue;
		for (o = q->open; o > 0 && is_space(p->c[o - 1]); o--)
			;
		/* 一再强调「…」，「…」，「…」: a list of quotations after one
		 * attributed, each the speaker's too */
		/* (or right after it: 称“…”“…”) */
		if ((o > 1 && (is_comma(p->c, o - 1, p->n) || p->c[o - 1] == 0x3001 /* 、 */) &&
		    (is_close(p->c[o - 2]) || p->c[o - 2] == '"')) ||
		    (o == q->open && o > 0 && is_close(p->c[o - 1]))) {
			struct quote *q0 = quote_closing_at(p, is_close(p->c[o - 1]) ? o - 1 : o - 2);

			x = skip_space(p, q->close + 1);
			if (!q0 || !q0->used || (x < p->n && !is_term(p->c[x]) &&
			    p->c[x] != 0x3002 && !is_comma(p->c, x, p->n) && p->c[x] != 0x3001))
				continue;
			for (k = h->n; k-- > h0; )
				if (h->v[k].para == pi && h->v[k].end == q0->close && h->v[k].kind == NQ_DIRECT &&
				    h->v[k].speaker[0])
					break;
			if (k + 1 > h0 && k < h->n) {
				emit_as(d, pi, q, &h->v[k]);
				hn = h->n;
			}
			continue;
		}
		if (!q->sentence || o == 0 || !(is_term(p->c[o - 1]) || p->c[o - 1] == 0x3002 ||
		    is_close(p->c[o - 1])))
			continue;
		x = skip_space(p, q->close + 1);
		if (x < p->n && !is_term(p->c[x]) && p->c[x] != 0x3002)
			continue;
		for (k = h0; k < hn; k++)
			if (h->v[k].para == pi && h->v[k].end <= q->open && h->v[k].speaker[0] &&
			    h->v[k].kind != NQ_UNATTRIBUTED && (!last || h->v[k].end > last->end))
				last = &h->v[k];
		if (!last)
			continue;
		for (x = last->end; x < o && (is_space(p->c[x]) || is_term(p->c[x]) || p->c[x] == 0x3002 ||
		    is_close(p->c[x])); x++)
			;
		if (x < o)	/* a sentence of the author's between (李华却不这么看。) */
			continue;
		emit_as(d, pi, q, last);
		hn = h->n;
	}
}

/*
 * Does the character at i, after a name of three, end a word with the
 * name's last (卢鹏凑近，, 王明出发了, 贾庄派出所), rather than open a verb of its own
 * (李金凤发来, 陈立新来到)?
 */
static int
word_runs_on(const struct para *p, size_t i)
{
	return i < p->n && in_set("近出来到发回看参视考接", p->c[i]) &&
	    (i + 1 >= p->n || !nk_is_han(p->c[i + 1]) || in_set("了着过的", p->c[i + 1]) ||
	    (i >= 3 && nq_lex_suffix(NQ_W_ORG, p->c + i - 3, 5)));	/* 贾庄派出所 */
}

/*
 * A name of three found in c[b..e) whose last character may open a word
 * with the character after it, which a verb or noun then opens (卢鹏凑近,
 * 贾庄派出所): no sure name, read as the subject of a sentence alone.
 */
static int
name_runs_on(const struct para *p, size_t b, size_t e, const struct spk *s)
{
	const unsigned char *n = (const unsigned char *)s->name.p;
	int32_t u[3];
	size_t i, k;

	if (s->name.n != 9)	/* three characters of the BMP's Han */
		return 0;
	for (k = 0; k < 3; k++) {
		if ((n[3 * k] & 0xF0) != 0xE0)
			return 0;
		u[k] = ((int32_t)(n[3 * k] & 0x0F) << 12) | ((int32_t)(n[3 * k + 1] & 0x3F) << 6) |
		    (n[3 * k + 2] & 0x3F);
	}
	for (i = b; i + 3 < e; i++)
		if (p->c[i] == u[0] && p->c[i + 1] == u[1] && p->c[i + 2] == u[2])
			return word_runs_on(p, i + 3);
	return 0;
}

/* a name after a title or after 的 in c[b..x), not a possessor */
static int
titled_in(const struct para *p, size_t b, size_t x, struct spk *out)
{
	const struct nq_word *w;
	size_t i, k, l;

	for (i = b; i < x && i - b <= 30; i++) {
		if (p->c[i] == 0x7684 /* 的 */)
			k = i + 1;
		else if ((w = nq_lex_at(NQ_W_TITLE, p->c, i, x)) && w->n >= 2)
			k = i + w->n;
		/* 湖南籍外来工|赵景阳: a role the lexicon does not know, then a
		 * full name of three */
		else if (i > b && i + 4 <= x && role_before(p->c, b, i + 1) && is_person(p->c, i + 1, i + 4) &&
		    name_at(p->c, i + 1, x) == 3)
			k = i + 1;
		else
			continue;
		for (l = 3; l >= 2; l--)
			/* (赵景阳“从没见过…”: the words in marks after the name) */
			if ((k + l < x || (k + l == x && x < p->n && is_open(p->c[x]))) &&
			    is_person(p->c, k, k + l) && name_at(p->c, k, x) == l &&
			    p->c[k + l] != 0x7684 && !(l == 3 && word_runs_on(p, k + l)) &&
			    !nq_lex_at(NQ_W_TITLE, p->c, k + l, x)) {
				spk_set(out, SPK_PERSON, p->c + k, l, p->c + b, k - b);
				return 1;
			}
	}
	return 0;
}

/*
 * The first clause of c[b..e), or the one after a clause that sets the
 * scene, holding a name after a title or after 的 (果园负责人谭仁彩连连点头,
 * 6月11日中午，家住…的张奶奶见到…), not a possessor (…詹嘉慧的办公室).
 * A clause opening with 在 that holds such a name with words after it is
 * the subject's, not a scene (在乡镇工作多年的教导员刘学臣和民警一样，…).
 */
static int
titled_name(const struct para *p, size_t b, size_t e, struct spk *out)
{
	size_t x;

	for (x = b; x < e && !is_boundary(p->c[x]); x++)
		;
	/* (6月11日中午，: a time of day after a date) */
	if (x < e && is_comma(p->c, x, p->n) && (adverbial(p->c, b, x) || (x - b <= 10 && x >= b + 2 &&
	    (at(p->c, x, x - 2, "中午") || at(p->c, x, x - 2, "上午") || at(p->c, x, x - 2, "下午") ||
	    at(p->c, x, x - 2, "晚上") || at(p->c, x, x - 2, "凌晨") || at(p->c, x, x - 2, "傍晚"))))) {
		if (p->c[b] == 0x5728 /* 在 */ && titled_in(p, b, x, out))
			return 1;
		b = x + 1;
		for (x = b; x < e && !is_boundary(p->c[x]); x++)
			;
	}
	return titled_in(p, b, x, out);
}

/*
 * 在回答涉及物业的问题时，社区工作人员附带了…: people described by what
 * they are (a noun of the lexicon's anonymous sources) opening the
 * sentence c[b..e), past a clause that sets the scene, before what they
 * do.
 */
static int
people_opening(struct para *p, size_t b, size_t e, struct spk *s)
{
	const struct nq_word *w;
	size_t x, l, y;

	b = skip_space(p, b);
	for (x = b; x < e && x - b <= 40 && !is_boundary(p->c[x]); x++)
		;
	for (y = x; y > b && is_space(p->c[y - 1]); y--)
		;
	/* (a time: 在回答…时, not a place or a topic, 说到这里) */
	if (x < e && x - b <= 40 && is_comma(p->c, x, p->n) && adverbial(p->c, b, y) && y > b &&
	    in_set("时后", p->c[y - 1]))
		b = skip_space(p, x + 1);
	for (l = 8; l >= 2; l--) {
		if (b + l >= e || !nk_is_han(p->c[b + l]) || in_set("的们", p->c[b + l]) ||
		    !(w = nq_lex_suffix(NQ_W_ANON, p->c + b, l)) || w->n < 2)
			continue;
		spk_free(s);
		memset(s, 0, sizeof(*s));
		if (parse_speaker(p->c, b, b + l, s) && s->kind == SPK_ANON && !s->generic)
			return 1;
	}
	spk_free(s);
	memset(s, 0, sizeof(*s));
	return 0;
}

/*
 * “太感谢你们了，…。”5月4日，周女士对…不停道谢。: a quotation opening its
 * paragraph (after a dateline in brackets at most), with no speaker, is
 * the words of the person opening the sentence right after it, past a
 * time or a place that sets the scene.
 */
static void
lead_quote(struct doc *d, size_t pi)
{
	struct para *p = &d->p[pi];
	struct quote *q;
	struct spk s = {0};
	size_t o, x, e, i;
	int comma;

	if (p->nq == 0)
		return;
	q = &p->q[0];
	if (q->used || q->noun || !q->sentence || !q->closed || q->open < p->from)
		return;
	for (o = q->open; o > 0 && is_space(p->c[o - 1]); o--)
		;
	if (o > 0 && p->c[o - 1] != 0xFF09 && p->c[o - 1] != ')')
		return;
	for (i = 0; i < o; i++)
		if (is_term(p->c[i]))
			return;
	x = skip_space(p, q->close + 1);
	/* (「赶紧撤，山洪下来了」，晚上9时，赵怀朋在…: a comma, then the scene
	 * and a subject, not a predicate of the quotation: “…”，是邓小平提出的…) */
	comma = x < p->n && is_comma(p->c, x, p->n);
	if (x < p->n && (p->c[x] == 0x3002 || p->c[x] == 0xFF01 || comma))
		x = skip_space(p, x + 1);
	if (x >= p->n || is_open(p->c[x]) || p->c[x] == '"')
		return;
	for (e = x; e < p->n && !is_term(p->c[e]); e++)
		;
	if ((sentence_subject(d, pi, x, e, &s) && s.kind == SPK_PERSON && !name_runs_on(p, x, e, &s)) ||
	    (!comma && titled_name(p, x, e, &s)) || people_opening(p, x, e, &s))
		emit_direct(d, pi, q, &s, "");
	spk_free(&s);
}

/*
 * The one person named in c[b..e) of paragraph pi (a name said again in
 * the document or after a title, the same name each time; 他 or 她 may
 * refer to it): its length and start in *at, else 0. Another person, a
 * noun for people or a title without a name in it make it 0.
 */
static size_t
one_person(struct doc *d, size_t pi, size_t b, size_t e, size_t *at_)
{
	const struct para *p = &d->p[pi];
	const struct nq_word *w;
	size_t i, l, n = 0, lo = pi >= 3 ? pi - 3 : 0;

	for (i = b; i < e; i++) {
		if ((w = nq_lex_at(NQ_W_TITLE, p->c, i, e)) && w->n >= 2) {
			/* (the title of the one named: 区议员伍凯欣) */
			size_t t = i + w->n;

			if (!((l = name_at(p->c, t, e)) && is_person(p->c, t, t + l)) && t < e &&
			    p->c[t] != 0x3001 /* 、 */ && !nq_lex_at(NQ_W_TITLE, p->c, t, e))
				return 0;
			i = t - 1;
			continue;
		}
		if (((w = nq_lex_at(NQ_W_ANON, p->c, i, e)) && w->n >= 2) || at(p->c, e, i, "记者"))
			return 0;
		/* (a name opens a word: after a mark, a title or 和, 的, 让) */
		if (!(l = name_at(p->c, i, e)) || !is_person(p->c, i, i + l) || (i > b &&
		    nk_is_han(p->c[i - 1]) && !nq_lex_funchar(p->c[i - 1]) &&
		    !nq_lex_suffix(NQ_W_TITLE, p->c + b, i - b)) ||
		    !(mentioned(d, lo, pi, p->c, i, l) || (i > b && nq_lex_suffix(NQ_W_TITLE, p->c + b, i - b))))
			continue;
		if (n && (n != l || memcmp(p->c + *at_, p->c + i, l * sizeof(*p->c)) != 0))
			return 0;
		n = l;
		*at_ = i;
		i += l - 1;
	}
	return n;
}

/*
 * 外卖订单激增下，赵彰的收入也水涨船高，上个月他跑了约2600单。「我现在的
 * 收入是去年同期的1.5倍…」: a quotation in the first person standing as a
 * sentence of its own after a sentence of the paragraph that names one
 * person and no one else, with no speaker, is that person's words.
 */
static void
own_words(struct doc *d, size_t pi)
{
	struct para *p = &d->p[pi];
	struct spk s = {0};
	size_t i, o, b, x, l, at_ = 0;

	for (i = 0; i < p->nq; i++) {
		struct quote *q = &p->q[i];

		if (q->used || q->noun || !q->closed || !q->sentence || q->open < p->from ||
		    q->close < q->open + 8 || !first_person(p, q->open + 1, q->close))
			continue;
		for (o = q->open; o > p->from && is_space(p->c[o - 1]); o--)
			;
		if (o <= p->from || !(is_term(p->c[o - 1]) || p->c[o - 1] == 0x3002))
			continue;
		/* a sentence ends inside the marks or right after them */
		x = skip_space(p, q->close + 1);
		if (!is_term(p->c[q->close - 1]) && p->c[q->close - 1] != 0x3002 &&
		    x < p->n && !is_term(p->c[x]) && p->c[x] != 0x3002)
			continue;
		/* the sentence before, with no quotation in it */
		for (b = o - 1; b > p->from && !is_term(p->c[b - 1]) && p->c[b - 1] != 0x3002 &&
		    !is_close(p->c[b - 1]) && !is_open(p->c[b - 1]) && p->c[b - 1] != '"'; b--)
			;
		if (b > p->from && (is_close(p->c[b - 1]) || is_open(p->c[b - 1]) || p->c[b - 1] == '"'))
			continue;
		if (!(l = one_person(d, pi, b, o - 1, &at_)))
			continue;
		spk_set(&s, SPK_PERSON, p->c + at_, l, NULL, 0);
		resolve(d, &s);
		emit_direct(d, pi, q, &s, "");
		spk_free(&s);
		memset(&s, 0, sizeof(s));
	}
}

/*
 * “…。”身高一米八左右的冼业光是南洋埔村的村干部，“情况紧急，…。”: a
 * quotation after a comma ending a clause that names again the speaker
 * of the quotation just before it (with no verb of speech, no other
 * quotation and no sentence end between) is that speaker's too.
 */
static void
same_subject(struct doc *d, size_t pi, size_t h0)
{
	struct para *p = &d->p[pi];
	struct nq_hits *h = d->out;
	const struct nq_word *w;
	size_t i, k, x, j, n;
	int32_t u[8];

	for (i = 1; i < p->nq; i++) {
		struct quote *q = &p->q[i];
		const struct nq_hit *last = NULL;
		size_t sl, m;

		if (q->used || q->noun || !q->closed || !q->sentence || q->open < p->from)
			continue;
		for (j = q->open; j > 0 && is_space(p->c[j - 1]); j--)
			;
		if (j == 0 || !is_comma(p->c, j - 1, p->n))
			continue;
		x = skip_space(p, q->close + 1);
		if (x < p->n && !is_term(p->c[x]) && p->c[x] != 0x3002)
			continue;
		for (k = h->n; k-- > h0; )
			if (h->v[k].para == pi && h->v[k].kind == NQ_DIRECT && h->v[k].end == p->q[i - 1].close &&
			    h->v[k].speaker[0] && h->v[k].person) {
				last = &h->v[k];
				break;
			}
		if (!last)
			continue;
		/* the speaker's name in code points */
		sl = strlen(last->speaker);
		for (m = 0, n = 0; m < sl && n < 8; n++)
			m += nk_u8_dec(last->speaker + m, sl - m, &u[n]);
		if (m < sl || n < 2)
			continue;
		for (x = p->q[i - 1].close + 1, m = 0; x + 1 < j; x++) {
			if (is_term(p->c[x]) || p->c[x] == 0x3002 || is_open(p->c[x]) || is_close(p->c[x]) ||
			    p->c[x] == '"' || ((w = nq_lex_at(NQ_W_VERB, p->c, x, j)) && w->tier))
				break;
			if (!m && x + n < j && memcmp(p->c + x, u, n * sizeof(*u)) == 0)
				m = 1;
		}
		if (x + 1 < j || !m)
			continue;
		emit_as(d, pi, q, last);
	}
}

/*
 * 刘俊威表示：“…。”⏎“毕竟我们…。”: a paragraph that is one quotation, with
 * no speaker, right after a paragraph ending with a quotation of a
 * speaker's, goes on that speaker (a quotation that runs over paragraphs).
 */
static void
next_para(struct doc *d, size_t pi, size_t h0)
{
	struct para *p = &d->p[pi];
	const struct para *pp;
	struct nq_hits *h = d->out;
	const struct nq_hit *last = NULL;
	struct quote *q;
	size_t k, x;

	if (pi == 0 || p->nq != 1 || d->p[pi - 1].turn)
		return;
	q = &p->q[0];
	if (q->used || q->noun || !q->sentence || !q->closed || skip_space(p, 0) != q->open)
		return;
	for (x = skip_space(p, q->close + 1); x < p->n && (is_term(p->c[x]) || is_space(p->c[x])); x++)
		;
	if (x < p->n)
		return;
	pp = &d->p[pi - 1];
	for (k = h0; k-- > 0 && h->v[k].para == pi - 1; )
		if (!last || h->v[k].end > last->end)
			last = &h->v[k];
	if (!last || last->kind != NQ_DIRECT || !last->speaker[0] || last->end >= pp->n ||
	    !is_close(pp->c[last->end]))
		return;
	for (x = last->end + 1; x < pp->n && (is_term(pp->c[x]) || is_space(pp->c[x])); x++)
		;
	if (x < pp->n)
		return;
	emit_as(d, pi, q, last);
}

void
nq_scan(const char *const *text, const size_t *len, size_t n, struct nq_hits *out)
{
	struct doc d = {0};
	size_t i;

	nq_lex_load();
	d.out = out;
	d.np = n;
	d.p = nk_ecalloc(n ? n : 1, sizeof(*d.p));
	for (i = 0; i < n; i++) {
		d.p[i].s = text[i];
		d.p[i].len = len[i];
		decode(&d.p[i]);
		find_quotes(&d.p[i]);
	}
	interviews(&d);
	name_cards(&d);
	sync_cards(&d);
	label_lines(&d);
	answer_heads(&d);
	for (i = 0; i < n; i++) {
		size_t h0 = out->n;

		if (d.p[i].turn)
			continue;
		d.cur = i;
		if (!sound_bite(&d, i))
			scan_para(&d, i);
		later_person(out, h0);
		follow_on(&d, i, h0);
		next_para(&d, i, h0);
		lead_quote(&d, i);
		same_subject(&d, i, h0);
		own_words(&d, i);
		if (nq_opts.all)
			unattributed(&d, i);
	}
	/* document order (chains and -a rows are found out of order) */
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(*out->v), cmp_hit);
	for (i = 0; i < n; i++) {
		free(d.p[i].c);
		free(d.p[i].q);
	}
	free(d.p);
	spk_free(&d.last_person);
	spk_free(&d.last_any);
	for (i = 0; i < d.nseen; i++)
		spk_free(&d.seen[i]);
	free(d.seen);
}

void
nq_hits_free(struct nq_hits *h)
{
	size_t i;

	for (i = 0; i < h->n; i++) {
		free(h->v[i].speaker);
		free(h->v[i].desc);
		free(h->v[i].cue);
	}
	free(h->v);
	h->v = NULL;
	h->n = h->cap = 0;
}

const char *
nq_kind_name(enum nq_kind k)
{
	switch (k) {
	case NQ_DIRECT: return "direct";
	case NQ_INDIRECT: return "indirect";
	case NQ_INTERVIEW: return "interview";
	case NQ_UNATTRIBUTED: return "unattributed";
	}
	return "";
}
