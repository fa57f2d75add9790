/* Unit tests of libnkit's UTF-8 layer (u8.c) and buffers (buf.c). */
#include <string.h>

#include "nkit.h"
#include "tap.h"

int
main(void)
{
	int32_t cp;
	char u[4];
	nk_buf b = {0};
	size_t k;

	ok(nk_u8_dec("A", 1, &cp) == 1 && cp == 'A', "ASCII decodes");
	ok(nk_u8_dec("中", 3, &cp) == 3 && cp == 0x4E2D, "a Han character decodes (U+4E2D)");
	ok(nk_u8_dec("\xF0\xA0\x80\x80", 4, &cp) == 4 && cp == 0x20000, "a supplementary character decodes");
	ok(nk_u8_dec("中", 2, &cp) == 1 && cp == -1, "a truncated sequence is one bad byte, never read past n");
	ok(nk_u8_dec("\xC0\x80", 2, &cp) == 1 && cp == -1, "an overlong NUL is invalid");
	ok(nk_u8_dec("\xED\xA0\x80", 3, &cp) == 1 && cp == -1, "a surrogate is invalid");
	ok(nk_u8_dec("\xF4\x90\x80\x80", 4, &cp) == 1 && cp == -1, "beyond U+10FFFF is invalid");
	ok(nk_u8_enc(0x4E2D, u) == 3 && memcmp(u, "中", 3) == 0, "encode U+4E2D");
	ok(nk_u8_enc(0xD800, u) == 3 && memcmp(u, "\xEF\xBF\xBD", 3) == 0, "a surrogate encodes as U+FFFD");

	ok(nk_u8_valid("腾讯称混元 Large 是 389B 参数", strlen("腾讯称混元 Large 是 389B 参数")), "valid text is valid");
	ok(!nk_u8_valid("abcdefgh\0ijklmnop", 17), "a NUL in the ASCII fast path is caught");
	ok(!nk_u8_valid("abcdefghijklmnop\xFF", 17), "a bad byte after the fast path is caught");
	ok(nk_u8_valid("", 0), "empty is valid");
	{
		/* inside a run of Han characters (the two-at-a-time path) and at
		 * its end: a surrogate, an overlong form, cut sequences */
		static const char *const bad[] = {
			"中文中文中文\xED\xA0\x80" "中文中文中文",
			"中文中文中文中\xE0\x80\x80" "中文中文中文",
			"中文中文中文中文\xE4\xB8",
			"中文中文中文中文\xE4\xB8" "a",
			"中文中文中文中\xE4\x38\xAD" "中文中文",
		};
		for (size_t j = 0; j < sizeof bad / sizeof bad[0]; j++)
			ok(!nk_u8_valid(bad[j], strlen(bad[j])), "bad sequence %zu in a run of Han is caught", j);
		ok(nk_u8_valid("中文，中文。\xEF\xBC\x88" "中文\xEF\xBC\x89", strlen("中文，中文。（中文）")),
		    "Han with full-width punctuation is valid");
	}

	{
		/* the fast paths against the plain decoder: a run of Han and
		 * punctuation with one byte changed at every position to
		 * every interesting value (leads, continuations, E0, ED, NUL) */
		/* (the second: a long run of Han alone, for the four-at-a-time
		 * path at every alignment) */
		static const char *const bases[] = {
			"中文，新闻。腾讯称混元（Large）是389B参数的模型数据中心",
			"二〇二四年五月三日记者在北京获悉中国人民银行决定下调存款准备金率",
		};
		static const unsigned char vals[] = { 0x00, 0x38, 0x7F, 0x80, 0xAD, 0xBF, 0xC2, 0xE0,
			0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xFF };
		char t[128];
		size_t n, pos, v, i, len, cont, bad_valid = 0, bad_count = 0, bad_get = 0, bi;
		int32_t c;
		int want;

		for (bi = 0; bi < sizeof bases / sizeof bases[0]; bi++)
		for (n = strlen(bases[bi]), pos = 0; pos < n; pos++)
			for (v = 0; v < sizeof vals; v++) {
				memcpy(t, bases[bi], n + 1);
				t[pos] = (char)vals[v];
				for (want = 1, i = 0; i < n; i += len) {
					len = nk_u8_dec(t + i, n - i, &c);
					if (c <= 0)
						want = 0;
				}
				bad_valid += nk_u8_valid(t, n) != want;
				for (cont = 0, i = 0; i < n; i++)
					cont += ((unsigned char)t[i] & 0xC0) == 0x80;
				bad_count += nk_u8_count(t, n) != n - cont;
				/* nk_u8_get steps as nk_u8_dec does, at every length */
				for (i = 0; i < n; i += len) {
					int32_t c2;
					size_t l2 = nk_u8_get(t + i, n - i, &c2);

					len = nk_u8_dec(t + i, n - i, &c);
					bad_get += l2 != len || c2 != c;
				}
			}
		ok(bad_valid == 0, "valid agrees with the decoder on every one-byte change (%zu differ)", bad_valid);
		ok(bad_count == 0, "count agrees with the byte rule on every one-byte change (%zu differ)", bad_count);
		ok(bad_get == 0, "get agrees with the decoder on every one-byte change (%zu differ)", bad_get);
	}

	k = nk_u8_clean(&b, "a\xFF\xFE" "b\0c中", 9);
	is(b.p, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c中", "clean replaces bad bytes and NUL by U+FFFD");
	ok(k == 3, "clean counts the replaced bytes (%zu)", k);

	ok(nk_u8_count("腾讯AI", 8) == 4, "code points are counted, not bytes");
	ok(nk_u8_offset("腾讯AI", 8, 2) == 6, "byte offset of code point 2");
	ok(nk_u8_offset("腾讯AI", 8, 9) == 8, "offsets past the end clamp to n");

	ok(nk_is_han(0x4E2D) && nk_is_han(0x3007) && nk_is_han(0x20000) && !nk_is_han('A') &&
	    !nk_is_han(0x3002), "Han: 中 〇 U+20000 yes; A 。 no");
	ok(nk_is_cjk_punct(0x3002) && nk_is_cjk_punct(0xFF0C) && nk_is_cjk_punct(0x201C) &&
	    !nk_is_cjk_punct(0x4E2D), "CJK punctuation: 。，“ yes; 中 no");
	ok(nk_is_space(0x3000) && nk_is_space(0xA0) && nk_is_space('\t') && !nk_is_space(0x200B),
	    "White_Space: U+3000, NBSP, TAB yes; ZWSP no");

	nk_buf_reset(&b);
	nk_buf_printf(&b, "%s=%d", "x", 42);
	nk_buf_put_cp(&b, 0x3002);
	is(b.p, "x=42。", "buffer printf and code point append");
	for (k = 0; k < 100000; k++)
		nk_buf_putc(&b, 'z');
	ok(b.n == 7 + 100000 && b.p[b.n] == '\0', "buffer grows and stays NUL-terminated");
	nk_buf_free(&b);
	return done_testing();
}
