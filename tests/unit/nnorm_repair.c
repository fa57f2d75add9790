/*
 * nnorm_repair.c - the repairs of cmd/nnorm/repair.c on real cases: the
 * artifacts of seed 003 (../shared/reference/nnorm_artifacts.tsv) and the
 * good text that must be left alone.
 */
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "nkit.h"
#include "../../cmd/nnorm/repair.h"

static size_t nrep;

static const char *
rep(const char *s, unsigned flags)
{
	static nk_buf b;

	nk_buf_reset(&b);
	nrep = nn_repair(&b, s, strlen(s), flags);
	return b.p ? b.p : "";
}

static const char *
all(const char *s)
{
	return rep(s, NN_REPAIR_ALL);
}

/* Left alone: same text back, no repair counted. */
#define same(s, ...) do { \
	const char *in_ = (s); \
	is(all(in_), in_, __VA_ARGS__); \
	ok(nrep == 0, "  ... and no repair counted"); \
} while (0)

static int
needed(const char *s)
{
	return nn_repair_needed(s, strlen(s));
}

/* Every line of seed 003 through the repairs: what remains, idempotence. */
static void
seed003(void)
{
	FILE *f = fopen("seeds/003_5e107498a3b3985a.txt", "r");
	char *line = NULL;
	size_t cap = 0, n, total = 0, again = 0, missed = 0, len;
	ssize_t got;
	nk_buf a = {0}, b = {0};
	int lines = 0, idem = 1, pre = 1;

	if (!f) {
		ok(1, "# SKIP seeds/003 not found (run from the top folder)");
		return;
	}
	while ((got = getline(&line, &cap, f)) > 0) {
		n = (size_t)got;
		if (line[n - 1] == '\n')
			line[--n] = '\0';
		lines++;
		nk_buf_reset(&a);
		if (!nn_repair_needed(line, n)) {
			/* the pre-check said no: then nothing may change */
			nn_repair(&a, line, n, NN_REPAIR_ALL);
			if (a.n != n || memcmp(a.p, line, n) != 0)
				pre = 0;
			continue;
		}
		total += nn_repair(&a, line, n, NN_REPAIR_ALL);
		nk_buf_reset(&b);
		again += nn_repair(&b, a.p, a.n, NN_REPAIR_ALL);
		if (b.n != a.n || memcmp(a.p, b.p, a.n) != 0)
			idem = 0;
		/* what a reader would still see as damage */
		for (size_t i = 0; i + 1 < a.n; i++)
			if (memcmp(a.p + i, "?ldquo;", 7) == 0 || memcmp(a.p + i, "?/p>", 4) == 0 ||
			    memcmp(a.p + i, "(xù)", 5) == 0 || memcmp(a.p + i, "(yè)", 5) == 0 ||
			    memcmp(a.p + i, "(shù)", 6) == 0 || memcmp(a.p + i, "(chǎn)", 8) == 0)
				missed++;
	}
	free(line);
	fclose(f);
	len = total;
	ok(lines > 100, "seed 003 read (%d lines)", lines);
	/* nnorm_artifacts.tsv: 286 annotations after a Han character, 4
	 * orphans, 1 damaged entity, 1 tag debris, and r(nóng): once the
	 * GBK run before it is re-aligned (睫r -> 到農) it is an annotation
	 * after a Han character too */
	ok(len == 286 + 4 + 1 + 1 + 1, "seed 003: %zu repairs, as the reference counts them (286 + 4 + 1 + 1 + 1)", len);
	ok(missed == 0, "seed 003: no annotation, ?ldquo; or ?/p> left (%zu)", missed);
	ok(idem && again == 0, "seed 003: repairing the repaired text changes nothing (%zu)", again);
	ok(pre, "seed 003: lines the pre-check passes over need nothing");
	nk_buf_free(&a);
	nk_buf_free(&b);
}

int
main(void)
{
	/* pinyin annotations after a Han character */
	is(all("繼續(xù)見證5G+AI成長"), "繼續見證5G+AI成長", "繼續(xù) loses its annotation");
	ok(nrep == 1, "  ... one repair");
	is(all("產(chǎn)業(yè)合作"), "產業合作", "two annotations in a row of characters");
	ok(nrep == 2, "  ... two repairs");
	is(all("產（chǎn）業"), "產業", "full-width parentheses");
	is(all("行業(Yè)"), "行業", "capitalised syllable");
	is(all("第七屆進博會"), "第七屆進博會", "no annotation, nothing to do");
	is(all("聯(lián)網(wǎng)"), "聯網", "lián and wǎng");
	is(all("風(fēng)險"), "風險", "fēng");
	is(all("綠(lǜ)色"), "綠色", "ü with a tone mark: lǜ");
	is(all("呣(ḿ)"), "呣", "a rare syllable: ḿ");
	is(all("行業(yè)(yè)"), "行業", "an annotation repeated (a second pass finds the second)");
	same("這(指AI大模型)是機會", "a real parenthesis with Han content stays");
	same("在NLP(自然語言處理)方面", "a parenthesis after a Latin word stays");
	same("發布了(AI)新品", "(AI) is no syllable");
	same("今年(2024)", "(2024) stays");
	same("見圖(注)", "(注) stays");
	same("他說(ma)", "(ma): toneless, not an annotation");
	same("繼續(jì xù)", "two syllables: not one annotation");
	same("繼續 (xù)", "not right after the character");
	same("hao(hǎo)", "after a Latin letter: not an annotation");
	same("繼續(xù", "unclosed");
	is(rep("繼續(xù)", NN_REPAIR_ENTITY | NN_REPAIR_DEBRIS), "繼續(xù)", "NN_REPAIR_PINYIN off: kept");

	/* HTML entities */
	is(all("&ldquo;好用&rdquo;"), "“好用”", "named entities");
	ok(nrep == 2, "  ... two repairs");
	is(all("研發&amp;生產"), "研發&生產", "&amp;");
	is(all("&#x4e2d;&#20013;&#X56FD;"), "中中国", "hex and decimal references");
	is(all("a&#0;b"), "a\xEF\xBF\xBD" "b", "&#0; -> U+FFFD");
	is(all("&#x110000;"), "\xEF\xBF\xBD", "beyond U+10FFFF -> U+FFFD");
	is(all("&#xD800;"), "\xEF\xBF\xBD", "a surrogate -> U+FFFD");
	is(all("&#99999999999999999999999;"), "\xEF\xBF\xBD", "a huge number -> U+FFFD, no overflow");
	is(all("1990&#150;2000"), "1990–2000", "&#150; is Windows-1252's en dash, as HTML5 reads it");
	is(all("&nbsp;"), "\xC2\xA0", "&nbsp; -> U+00A0 (the Unicode step makes it a space)");
	is(all("&amp;ldquo;引號&amp;amp;rdquo;"), "“引號”", "double-escaped entities decode to the end");
	is(all("&amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;amp;lt;"), "<", "an & escaped twelve times decodes to the end");
	is(all("&amp;foo &amp;"), "&foo &", "an escaped & before no reference");
	is(all("&#38;#x4e2d;"), "中", "&#38; (an &) then #x4e2d;");
	is(all("&NotNestedGreaterGreater;"), "\xE2\xAA\xA2\xCC\xB8", "a long HTML5 name with a two-code-point value");
	same("AT&T與P&G", "a bare & stays");
	same("Q&A環節", "Q&A stays");
	same("&unknown;", "an unknown name stays");
	same("&amp", "no semicolon: stays");
	same("&#;&#x;&#xZZ;", "no digits: stays");
	same("&", "a lone &");
	is(rep("&amp;", NN_REPAIR_PINYIN), "&amp;", "NN_REPAIR_ENTITY off: kept");

	/* damaged entities: ? (or U+FFFD) in place of the &, after Han */
	is(all("變?ldquo;好用”"), "變“好用”", "?ldquo; after a Han character");
	is(all("變\xEF\xBF\xBDldquo;好用”"), "變“好用”", "U+FFFD in place of the &");
	is(all("說?#8220;好"), "說“好", "?#8220;");
	is(all("好用ldquo;"), "好用“", "bare ldquo; after Han (both the & and its stand-in lost)");
	same("真的嗎?是的。", "a real question mark stays");
	same("為什麼?", "a question mark at the end stays");
	same("誰會掉隊?ldquo", "no semicolon: stays");
	same("嗎?foo;", "an unknown name after ? stays");
	same("AI?ldquo;", "? after a Latin letter stays");
	same("他說copy;", "a bare name outside the punctuation list stays");
	same("hello ldquo;", "a bare name after a space stays");

	/* debris */
	is(all("比起步快更重要?/p>"), "比起步快更重要。", "?/p> at the end of a paragraph: its full stop");
	is(all("更重要?/p>   "), "更重要。   ", "trailing blanks still end the paragraph");
	is(all("第一段?/p>第二段"), "第一段第二段", "?/p> inside the line: removed");
	is(all("標題?/H2>"), "標題。", "tag names in either case");
	same("路徑?/usr/bin>", "not a tag name: stays");
	same("what?/p>", "after a Latin letter: stays");
	is(all("方向?qū)、策略準"), "方向、策略準", "orphan ?qū) removed");
	is(all("運輸?shù)睫"), "運輸睫", "orphan ?shù) removed");
	is(all("變?yōu)?ldquo;好用”"), "變“好用”", "orphan then damaged entity: each sees the Han before");
	ok(nrep == 2, "  ... two repairs");
	same("這是什麼?ma)", "? + toneless syllable: stays");
	same("為什麼?(不)", "a question mark before a real parenthesis stays");
	is(rep("更重要?/p>", NN_REPAIR_PINYIN | NN_REPAIR_ENTITY), "更重要?/p>", "NN_REPAIR_DEBRIS off: kept");

	/* the pre-check */
	ok(!needed("简体中文，没有问题。"), "needed: plain text");
	ok(!needed("发布了(2024)新品（注）"), "needed: parentheses not opening a letter");
	ok(!needed("Is it? Yes. (a) b 1;2"), "needed: ? ; ( after ASCII and digits");
	ok(!needed(""), "needed: empty");
	ok(needed("AT&T"), "needed: any & (the pass decides)");
	ok(needed("繼續(xù)"), "needed: (xù)");
	ok(needed("產（chǎn）"), "needed: （chǎn）");
	ok(needed("重要?/p>"), "needed: ?/p>");
	ok(needed("好用ldquo;"), "needed: ldquo;");
	ok(needed("變\xEF\xBF\xBDldquo;"), "needed: U+FFFD");
	ok(needed("呣(ḿ)"), "needed: ( before a non-ASCII letter");

	/* robustness: bytes that are not UTF-8, truncations */
	all("繼續(\xE0");
	all("&#x");
	all("\xFF?ldquo;&");
	all("繼續(x\xC3");
	ok(1, "truncated and invalid input does not crash");

	seed003();
	return done_testing();
}
