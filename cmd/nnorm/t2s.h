/*
 * t2s.h - Traditional -> Simplified Chinese, byte-identical to OpenCC's
 * t2s.json (OpenCC 1.1.6): maximum-match segmentation over TSPhrases,
 * then each segment converted through the group [TSPhrases, TSCharacters]
 * (first dictionary with a longest-prefix match wins, its first value is
 * written, else the character is copied).
 *
 * The dictionaries are compiled at build time (tools/gen_t2s.c, rules in
 * cmd/nnorm/t2s.mk) into a table embedded in the binary: nothing is
 * parsed or allocated at start-up.
 *
 * One deliberate difference: OpenCC is not idempotent (變徵 -> 变徵, and a
 * second run gives 变征), so the table also holds 37 phrases mapping such
 * OpenCC outputs to themselves. Traditional text converts exactly as
 * OpenCC converts it (checked on the whole bench_trad corpus); text that
 * already holds one of those outputs keeps it. What no table can make
 * stable without breaking exactness: TSCharacters' one chain (薴 -> 苧,
 * 苧 -> 苎) and a phrase's output running into the start of another phrase
 * (傷亡枕藉甚 -> 伤亡枕藉甚, then 藉甚 -> 借甚).
 */
#ifndef NN_T2S_H
#define NN_T2S_H

#include <stddef.h>
#include "nkit.h"

/*
 * 0 only if the conversion would certainly leave s[0..n) unchanged. A fast
 * scan over a code-point bitmap that holds, for every dictionary key whose
 * value differs from the key, the key's first character that differs from
 * the value (a changed output needs a matched changing key, which lies
 * whole in s). Simplified text scans at memory speed.
 */
int nn_t2s_needed(const char *s, size_t n);

/* Append the conversion of the valid UTF-8 s[0..n) to out. */
void nn_t2s(nk_buf *out, const char *s, size_t n);

#endif
