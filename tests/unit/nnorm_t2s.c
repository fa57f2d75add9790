/*
 * nnorm_t2s.c - Traditional -> Simplified (cmd/nnorm/t2s.c) against
 * OpenCC itself: known cases, then thousands of random strings built from
 * the dictionaries' own keys (phrases, pieces of phrases that overlap,
 * characters, ASCII, punctuation) converted by both nn_t2s() and OpenCC's
 * C API with t2s.json, which must agree byte for byte; and nn_t2s_needed()
 * must never say 0 for a string the conversion changes. OpenCC is run as
 * the opencc command (nkit does not link libopencc) over a file of the
 * strings, one a line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap.h"
#include "nkit.h"
#include "../../cmd/nnorm/t2s.h"

static char *
conv(const char *s)
{
	static nk_buf b;

	nk_buf_reset(&b);
	nn_t2s(&b, s, strlen(s));
	return b.p ? b.p : "";
}

/* ---- random strings from the dictionary keys ---- */

static char **keys[2];		/* 0: TSPhrases, 1: TSCharacters */
static size_t nkeys[2];
static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* Keys of an opencc_dict text dump (KEY TAB VALUES). */
static int
loadkeys(const char *path, int which)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *tab;
	size_t cap = 0;

	if (!f)
		return 0;
	while (getline(&line, &cap, f) > 0) {
		if (!(tab = strchr(line, '\t')))
			continue;
		*tab = '\0';
		keys[which] = realloc(keys[which], (nkeys[which] + 1) * sizeof *keys[which]);
		keys[which][nkeys[which]++] = strdup(line);
	}
	free(line);
	fclose(f);
	return nkeys[which] > 0;
}

/* Append a random piece: a phrase, part of a phrase, a character, ... */
static void
piece(nk_buf *b)
{
	static const char *other[] = {
		"AI", " ", "2024", "，", "。", "“", "”", "的", "是", "國", "发展",
		"5G", "\xF0\xA0\x80\x80", "(", "x", "\xE3\x80\x80"
	};
	const char *k;
	size_t len, cut;

	switch (rnd(6)) {
	case 0:		/* a whole phrase */
		nk_buf_puts(b, keys[0][rnd(nkeys[0])]);
		break;
	case 1:		/* the tail of a phrase: makes overlapping matches */
	case 2:		/* or its head */
		k = keys[0][rnd(nkeys[0])];
		len = strlen(k);
		cut = 3 * (1 + rnd((unsigned)(len / 3)));	/* keys are 3-byte chars mostly */
		while (cut < len && ((unsigned char)k[cut] & 0xC0) == 0x80)
			cut++;
		if (cut >= len)
			cut = 0;
		if (rnd(2))
			nk_buf_puts(b, k + cut);
		else
			nk_buf_put(b, k, cut ? cut : len);
		break;
	case 3:
	case 4:		/* a character */
		nk_buf_puts(b, keys[1][rnd(nkeys[1])]);
		break;
	default:
		nk_buf_puts(b, other[rnd(sizeof other / sizeof other[0])]);
	}
}

static void
random_test(const char *dumpdir)
{
	char path[4096], inpath[] = "/tmp/nnorm_t2s_XXXXXX", outpath[4096], cmd[8300];
	FILE *f;
	nk_buf in = {0}, all = {0}, again = {0};
	char *want = NULL, *got, *p, *nl;
	size_t cap = 0;
	ssize_t len;
	int i, j, n, fd, bad = 0, badneed = 0, unchanged0 = 0, nread = 0, unstable = 0;
	int nrand = 20000;

	snprintf(path, sizeof path, "%s/TSPhrases.txt", dumpdir);
	if (!loadkeys(path, 0)) {
		ok(1, "# SKIP no dictionary dump at %s", path);
		return;
	}
	snprintf(path, sizeof path, "%s/TSCharacters.txt", dumpdir);
	if (!loadkeys(path, 1)) {
		ok(1, "# SKIP no dictionary dump at %s", path);
		return;
	}
	/* the random strings, one a line */
	for (i = 0; i < nrand; i++) {
		n = 1 + (int)rnd(10);
		for (j = 0; j < n; j++)
			piece(&all);
		nk_buf_putc(&all, '\n');
	}
	if ((fd = mkstemp(inpath)) < 0 || write(fd, all.p, all.n) != (ssize_t)all.n) {
		ok(0, "cannot write %s", inpath);
		return;
	}
	close(fd);
	snprintf(outpath, sizeof outpath, "%s.out", inpath);
	snprintf(cmd, sizeof cmd, "opencc -c t2s.json -i %s -o %s 2>/dev/null", inpath, outpath);
	if (system(cmd) != 0 || !(f = fopen(outpath, "r"))) {
		ok(1, "# SKIP the opencc command is not available");
		unlink(inpath);
		return;
	}
	for (p = all.p; (len = getline(&want, &cap, f)) > 0 && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		nk_buf_reset(&in);
		nk_buf_put(&in, p, (size_t)(nl - p));
		if (want[len - 1] == '\n')
			want[len - 1] = '\0';
		nread++;
		got = strdup(conv(in.p));
		if (strcmp(got, want) != 0 && bad++ < 5)
			printf("#   differs: %s\n#   ours:    %s\n#   opencc:  %s\n", in.p, got, want);
		nk_buf_reset(&again);
		nn_t2s(&again, got, strlen(got));
		if (strcmp(again.p, got) != 0 && unstable++ < 3)
			printf("#   converts again: %s -> %s -> %s\n", in.p, got, again.p);
		if (!nn_t2s_needed(in.p, in.n)) {
			unchanged0++;
			if (strcmp(want, in.p) != 0 && badneed++ < 5)
				printf("#   needed said 0 but OpenCC changes: %s\n", in.p);
		}
		free(got);
	}
	fclose(f);
	unlink(inpath);
	unlink(outpath);
	free(want);
	ok(nread == nrand && bad == 0,
	    "%d random strings of dictionary pieces convert exactly as opencc -c t2s.json (%d read back, %d differ)",
	    nrand, nread, bad);
	ok(nread == nrand && badneed == 0,
	    "nn_t2s_needed() is 0 only for strings OpenCC leaves unchanged (%d of %d skipped, %d wrongly)",
	    unchanged0, nrand, badneed);
	/*
	 * Not a test: OpenCC's t2s is not idempotent, and exact conversion
	 * cannot be either on strings made to collide (a phrase's value
	 * followed by the start of another phrase: 傷亡枕藉 + 甚 gives 伤亡枕藉甚,
	 * in which 藉甚 -> 借甚 matches the second time). The added phrases of
	 * gen_t2s make real text stable: see tests/nnorm_t2s.bats.
	 */
	printf("# note: %d of %d random collisions of dictionary pieces convert again\n", unstable, nread);
	nk_buf_free(&in);
	nk_buf_free(&all);
	nk_buf_free(&again);
}

int
main(int argc, char *argv[])
{
	char dir[4096], *slash;
	nk_buf b = {0};

	/* characters, phrases, and where they meet (answers from opencc -c t2s.json) */
	is(conv("頭髮很長"), "头发很长", "characters: 頭髮很長");
	is(conv("回覆郵件"), "回复邮件", "phrase 回覆 -> 回复 (覆 alone stays 覆)");
	is(conv("覆蓋"), "覆盖", "覆 outside the phrase stays");
	is(conv("沈默是金"), "沉默是金", "phrase 沈默 -> 沉默");
	is(conv("沈陽"), "沈阳", "the surname and place 沈 stays outside phrases");
	is(conv("乾隆"), "乾隆", "identity phrase 乾隆 keeps 乾");
	is(conv("乾燥"), "干燥", "乾 alone -> 干");
	is(conv("么麼"), "幺麽", "phrase 么麼 -> 幺麽");
	is(conv("麼"), "么", "麼 -> 么");
	is(conv("老態龍鍾繇"), "老态龙钟繇", "maximum match: 老態龍鍾 wins over the later 鍾繇");
	is(conv("變徵調"), "变徵调", "phrase 變徵 then 調");
	is(conv("變徵之聲，於倫"), "变徵之声，於伦", "phrases whose values keep 徵 and 於");
	is(conv("变徵之声，於伦"), "变徵之声，於伦", "  ... which converting again keeps (OpenCC itself would give 变征, 于伦)");
	is(conv("騰訊的“大模型觀”，AI 2024"), "腾讯的“大模型观”，AI 2024", "mixed text, ASCII kept");
	is(conv(""), "", "empty string");
	is(conv("abc"), "abc", "ASCII unchanged");
	is(conv("\xF0\xA0\x80\x80"), "\xF0\xA0\x80\x80", "a 4-byte character outside the tables is copied");

	nk_buf_put(&b, "國\xFF\xE5", 5);	/* invalid bytes: copied, never crash */
	nn_t2s(&b, "國\xFF\xE5", 5);
	ok(b.n == 5 + 5 && memcmp(b.p + 5, "国\xFF\xE5", 5) == 0, "invalid bytes are copied, valid ones converted");
	nk_buf_free(&b);

	ok(!nn_t2s_needed("简体中文的新闻报道，AI 2024。", strlen("简体中文的新闻报道，AI 2024。")),
	    "simplified text: not needed");
	ok(!nn_t2s_needed("沈阳", strlen("沈阳")), "沈阳: 沈 starts a phrase but none matches");
	ok(nn_t2s_needed("沈默", strlen("沈默")), "沈默: a changing phrase of unchanging characters");
	ok(nn_t2s_needed("顯著", strlen("顯著")), "traditional characters: needed");
	ok(nn_t2s_needed("AI國", strlen("AI國")), "needed at the end of the string");
	ok(!nn_t2s_needed("", 0), "empty string: not needed");
	ok(!nn_t2s_needed("\xE5\x9C", 2), "truncated sequence: not needed, no overread");

	/* the dictionary dumps are built next to the unit test: $(B)/cmd/nnorm */
	snprintf(dir, sizeof dir, "%s", argv[0]);
	if ((slash = strrchr(dir, '/')))
		*slash = '\0';
	else
		snprintf(dir, sizeof dir, ".");
	strncat(dir, "/../../cmd/nnorm", sizeof dir - strlen(dir) - 1);
	random_test(dir);
	(void)argc;
	return done_testing();
}
