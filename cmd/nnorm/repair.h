/*
 * repair.h - repairs of scraped Chinese news text (nnorm step 5).
 *
 * What is repaired, on one NFC line of valid UTF-8:
 *   NN_REPAIR_PINYIN  a pinyin annotation right after a Han character,
 *                     繼續(xù) -> 繼續, 產（chǎn） -> 產: one tone-marked
 *                     syllable in ( ) or （ ）; (AI), (2024), (注), (ma) stay
 *   NN_REPAIR_ENTITY  HTML character references: every named HTML5 one
 *                     (&ldquo; &amp; ...), decimal and hex (&#8220; &#x4e2d;,
 *                     an invalid code point gives U+FFFD); damaged ones
 *                     after a Han character: ?ldquo; (the & eaten) for any
 *                     known name, bare ldquo; for the quote and dash names
 *   NN_REPAIR_DEBRIS  tag debris after a Han character: ?/p> (the < eaten)
 *                     removed, and the ? it stands for becomes 。 at the end
 *                     of a line; orphan ?pinyin) runs removed (an annotation
 *                     that the damage split across a character boundary)
 * A ? that is a real question mark, a ( that opens a real parenthesis, an &
 * as in AT&T are left alone. Repairs repeat until nothing changes, so a
 * second run finds nothing to do (&amp;ldquo; decodes fully).
 */
#ifndef NN_REPAIR_H
#define NN_REPAIR_H

#include <stddef.h>
#include "nkit.h"

enum {
	NN_REPAIR_PINYIN = 1 << 0,
	NN_REPAIR_ENTITY = 1 << 1,
	NN_REPAIR_DEBRIS = 1 << 2,
	NN_REPAIR_ALL = NN_REPAIR_PINYIN | NN_REPAIR_ENTITY | NN_REPAIR_DEBRIS
};

/* Append the repaired s[0..n) to out; returns the number of repairs made. */
size_t nn_repair(nk_buf *out, const char *s, size_t n, unsigned flags);

/* At s, an ASCII (syllable) that would be a pinyin gloss right after a Han
 * character: its length through the ), or 0. */
size_t nn_gloss_len(const char *s, size_t n);

/* Cheap pre-check: 0 when no repair can apply to s[0..n). */
int nn_repair_needed(const char *s, size_t n);

#endif
