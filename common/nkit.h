/*
 * nkit.h - the shared library of the nkit tools (libnkit.a).
 *
 * One subject per file:
 *   err.c   messages, exit status, die-on-failure allocation
 *   buf.c   growable byte buffers
 *   u8.c    UTF-8 decoding, code points, character classes (utf8proc)
 *   io.c    line reader over files and stdin, optional iconv, checked stdout
 *   rec.c   the record stream: header detection, raw text -> records,
 *           front matter, dateline, key pass-through, row output
 *   cli.c   options every tool shares, --help, --version, -e filter (rx.c)
 *   rx.c    PCRE2 (JIT, UTF mode)
 *   yml.c   YAML (libyaml) into a small tree: front matter and lexicons
 *   cnum.c  Chinese and Arabic numerals, exact decimal strings (nnum, ndate)
 *   cdate.c date/time span recogniser shared by ndate and nnum
 *
 * Public names carry the nk_ prefix; helpers that die on failure an e.
 */
#ifndef NKIT_H
#define NKIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <getopt.h>

#define NK_VERSION "0.1.0"

/* ---- err.c ------------------------------------------------------------ */

enum {
	NK_EXIT_OK = 0,		/* success */
	NK_EXIT_DATA = 1,	/* an input could not be read, or output failed */
	NK_EXIT_USAGE = 2	/* usage error */
};

extern const char *nk_progname;
extern int nk_status;		/* exit status so far (worst wins) */

void nk_init(const char *progname);	/* name, SIGPIPE default, checked stdout */
void nk_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void nk_warn_at(const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void nk_die(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void *nk_emalloc(size_t n);
void *nk_ecalloc(size_t n, size_t sz);
void *nk_erealloc(void *p, size_t n);
char *nk_estrdup(const char *s);
char *nk_estrndup(const char *s, size_t n);

/* ---- buf.c ------------------------------------------------------------ */

typedef struct nk_buf {
	char *p;		/* always NUL-terminated when non-NULL */
	size_t n;		/* bytes used, not counting the NUL */
	size_t cap;
} nk_buf;

void nk_buf_reserve(nk_buf *b, size_t extra);	/* room for extra more bytes */
void nk_buf_put(nk_buf *b, const void *s, size_t n);
void nk_buf_puts(nk_buf *b, const char *s);
void nk_buf_putc(nk_buf *b, int c);
void nk_buf_printf(nk_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void nk_buf_put_cp(nk_buf *b, int32_t cp);	/* one code point as UTF-8 */
void nk_buf_reset(nk_buf *b);			/* n = 0, keeps memory */
void nk_buf_free(nk_buf *b);

/* ---- u8.c ------------------------------------------------------------- */

/*
 * Decode one code point at s (n bytes available). Returns the number of
 * bytes used (1..4); *cp is -1 for an invalid or truncated sequence, in
 * which case 1 is returned (the bad byte). Never reads past s + n.
 */
size_t nk_u8_dec(const char *s, size_t n, int32_t *cp);

/* At u (3 bytes available): a valid three-byte sequence led by E1-EC or
 * EE-EF (Han, CJK and full-width punctuation: no overlong form or
 * surrogate possible, so no range check of the second byte)? */
static inline int
nk_u8_is3(const unsigned char *u)
{
	/* the three byte tests as one: 1110xxxx 10xxxxxx 10xxxxxx */
	uint32_t w = (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16;

	return (w & 0xC0C0F0) == 0x8080E0 && u[0] != 0xE0 && u[0] != 0xED;
}

#ifdef __SSE2__
#include <emmintrin.h>
#define NK_U8_IS3X4 1
/*
 * nk_u8_is3 four times at u[0..12) (16 bytes available), from one load
 * (SSE2, which every x86-64 has): the top bits of the twelve bytes
 * against 1110xxxx 10xxxxxx 10xxxxxx (the last four masked to 0 match),
 * and no lead E0 or ED (bits 0, 3, 6, 9 of the second mask).
 */
static inline int
nk_u8_is3x4(const unsigned char *u)
{
	const __m128i top = _mm_setr_epi8((char)0xF0, (char)0xC0, (char)0xC0,
	    (char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0,
	    (char)0xF0, (char)0xC0, (char)0xC0, 0, 0, 0, 0);
	const __m128i want = _mm_setr_epi8((char)0xE0, (char)0x80, (char)0x80,
	    (char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80,
	    (char)0xE0, (char)0x80, (char)0x80, 0, 0, 0, 0);
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
	int ok = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, top), want));
	int bad = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0)),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED))));

	return ok == 0xFFFF && !(bad & 0x249);
}
#endif

/* a little-endian 32-bit word as read by memcpy */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define NK_LE32(w) __builtin_bswap32(w)
#else
#define NK_LE32(w) (w)
#endif

/* nk_u8_dec with its two common cases inline (ASCII, and a three-byte
 * character, read with one 32-bit load when four bytes are there), for the
 * loops that decode around every number and date. */
static inline size_t
nk_u8_get(const char *s, size_t n, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n > 0 && u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	{
		uint32_t w;
		int32_t x;

		if (n >= 4) {
			memcpy(&w, u, 4);
			w = NK_LE32(w);
		} else if (n == 3)
			w = (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16;
		else
			return nk_u8_dec(s, n, cp);
		x = (int32_t)((w & 0x0F) << 12 | (w & 0x3F00) >> 2 | (w & 0x3F0000) >> 16);
		/* 1110xxxx 10xxxxxx 10xxxxxx, not overlong, no surrogate */
		if ((w & 0xC0C0F0) == 0x8080E0 && x >= 0x800 && (x & 0xF800) != 0xD800) {
			*cp = x;
			return 3;
		}
	}
	return nk_u8_dec(s, n, cp);
}
size_t nk_u8_enc(int32_t cp, char out[4]);
/* Code points in s[0..n) (invalid bytes count one each). */
size_t nk_u8_count(const char *s, size_t n);
/* Byte offset of code point index cp in s (n if beyond). */
size_t nk_u8_offset(const char *s, size_t n, size_t cp);
/*
 * Copy s to out with invalid UTF-8 and NUL bytes replaced by U+FFFD.
 * Returns the number of replaced bytes (0: out holds an exact copy).
 */
size_t nk_u8_clean(nk_buf *out, const char *s, size_t n);
/* 1 if s[0..n) is valid UTF-8 with no NUL byte (fast path). */
int nk_u8_valid(const char *s, size_t n);

int nk_is_han(int32_t cp);	/* CJK unified ideographs, ext A-H, compat */
int nk_is_cjk_punct(int32_t cp);	/* 。，、：；！？“”‘’「」『』（）《》〈〉【】…— etc. */
int nk_is_space(int32_t cp);	/* Unicode White_Space (Zs, TAB, NBSP, U+3000 ...) */

/* ---- io.c ------------------------------------------------------------- */

/* A line reader: no length limit, memory bounded by the longest line. */
typedef struct nk_reader {
	const char *name;	/* as given: "-" for stdin */
	int fd;
	char *buf;
	size_t cap, beg, end;
	int eof, err;
	long lineno;		/* physical line number of the last line read */
	void *iconv;		/* iconv_t when -E is in force */
	char *ibuf;		/* iconv staging buffer */
	size_t icap, ibeg, iend;
	int ieof;
	size_t ibad;		/* bytes iconv could not convert (became U+FFFD) */
} nk_reader;

/* Open a file ("-" is stdin). enc: NULL or "" for UTF-8, else an iconv
 * name (-E). Returns 0, or -1 after a warning (status set to 1). */
int nk_reader_open(nk_reader *r, const char *name, const char *enc);
/*
 * Next line without its '\n' (and without a final '\r'). Returns 1 and
 * sets *line, *len (valid until the next call), 0 at end of input, -1 on
 * a read error (already reported). Bytes are as read: not validated.
 */
int nk_reader_line(nk_reader *r, const char **line, size_t *len);
void nk_reader_close(nk_reader *r);

/* Output: stdout, fully buffered (line-buffered with --line-buffered). */
void nk_out(const void *s, size_t n);
void nk_out_flush(void);
void nk_out_discard(int on);	/* fuzzing: drop all output */

/* ---- yml.c ------------------------------------------------------------ */

enum nk_yk { NK_Y_SCALAR, NK_Y_SEQ, NK_Y_MAP };

typedef struct nk_yaml {
	enum nk_yk kind;
	char *val;		/* scalar text (NK_Y_SCALAR) */
	size_t n;		/* items in kids (pairs count twice for maps) */
	struct nk_yaml **kids;	/* seq: items; map: key0, val0, key1, val1, ... */
	long line;		/* 1-based line of the node in its source */
} nk_yaml;

/* Parse one YAML document. On error returns NULL and, when err is not
 * NULL, a message "line N: problem" in err (caller frees). */
nk_yaml *nk_yaml_parse(const char *s, size_t n, char **err);
nk_yaml *nk_yaml_get(const nk_yaml *map, const char *key);	/* NULL if absent */
void nk_yaml_free(nk_yaml *y);

/*
 * Lexicons: every tool embeds its YAML lexicon at build time; --lexicon
 * FILE adds to or overrides it. nk_lexicon() returns the embedded one
 * parsed (dies on error: it is ours), and each --lexicon file in order.
 */
typedef struct nk_lexsrc {
	const char *name;	/* "(built-in)" or the file name */
	nk_yaml *y;
} nk_lexsrc;
/* Returns the count; *out is an array the caller keeps. */
size_t nk_lexicon(const char *builtin, size_t builtin_len, nk_lexsrc **out);

/* ---- rx.c ------------------------------------------------------------- */

typedef struct nk_rx nk_rx;
nk_rx *nk_rx_compile(const char *pattern, char **err);	/* UTF, JIT */
int nk_rx_match(nk_rx *rx, const char *s, size_t n);	/* 1 match, 0 not */
void nk_rx_free(nk_rx *rx);

/* ---- rec.c: the record stream ------------------------------------------ */

/*
 * A record: the key columns (everything but text, in input order) and the
 * text. For raw input the keys are doc, date, line (and --meta fields).
 * All pointers are valid until the callback returns.
 */
typedef struct nk_rec {
	size_t nkeys;
	const char **key;	/* key values (NUL-terminated) */
	const size_t *keylen;
	const char *text;	/* NUL-terminated, valid UTF-8 (U+FFFD for bad bytes) */
	size_t len;		/* bytes of text */
	const char *doc;	/* document key: the doc column (or "" if none) */
	const char *date;	/* the date column, or "" */
	const char *file;	/* input file name, for messages */
	long lineno;		/* physical line in that file, for messages */
	long line;		/* raw input: 1-based line in the document; else the line column or lineno */
} nk_rec;

struct nk_tool;
typedef void nk_rec_fn(const nk_rec *r, void *ctx);
/* nquote: all consecutive records of one document at once. */
typedef void nk_doc_fn(const nk_rec *recs, size_t n, void *ctx);

struct nk_tool {
	const char *name;	/* "nnum" */
	const char *cols;	/* appended columns, TAB-separated: "start\tend\t..." */
	nk_rec_fn *on_record;	/* one of on_record / on_doc */
	nk_doc_fn *on_doc;
	void *ctx;
	int keep_blank;		/* raw input: pass blank lines to on_record too */
	int raw_keys_only;	/* nnorm: header keys are doc,date,line (+meta) even for records */
	/* ndate: when set, an input that can be read twice (a regular file,
	 * not converted with -E) is: first every record goes to prescan
	 * (nothing is written, no warning given), then to on_record as usual */
	nk_rec_fn *prescan;
};

/* From inside a prescan: read no further (the real reading still reads
 * the whole input; what the prescan saw is the tool's to use). */
void nk_prescan_stop(void);

/*
 * Process every input (argv, or stdin when argc == 0) as a record stream.
 * Writes the header, calls the tool for each record, handles -e, -C, -H,
 * --doc, --text-col, --meta, and returns the exit status.
 */
int nk_run(int argc, char **argv, const struct nk_tool *t);
/*
 * The same over one in-memory input (fuzz targets, unit tests): data is
 * read as a file named name would be. Output goes where nk_out sends it.
 */
int nk_run_mem(const struct nk_tool *t, const char *data, size_t n, const char *name);

/*
 * Row output, from inside on_record/on_doc. nk_row_begin writes the key
 * columns of r; nk_field* append one column each (TAB, CR, LF in the
 * value become spaces); nk_row_end finishes the row (applying -e).
 * Positions are code-point offsets into r->text.
 */
void nk_row_begin(const nk_rec *r);
void nk_field(const char *s, size_t n);
void nk_field_str(const char *s);
void nk_field_long(long v);
void nk_field_context(const nk_rec *r, size_t start_cp, size_t end_cp); /* only with -C */
void nk_row_end(void);

/* ---- cli.c ------------------------------------------------------------- */

/*
 * Options every tool takes. A tool's getopt_long table lists its own
 * options then NK_LONGOPTS; its short string starts with NK_SHORTOPTS.
 * Unknown characters go to nk_opt(), which returns 1 if it handled it.
 */
enum {
	NK_OPT_TEXTCOL = 0x1000, NK_OPT_DOC, NK_OPT_LINEBUF, NK_OPT_LEXICON,
	NK_OPT_META, NK_OPT_ENCODING_UNUSED
};
#define NK_SHORTOPTS "e:HhV"
/* Extraction tools add -C N (a context column): "C:" and this entry. */
#define NK_CONTEXT_LONGOPT {"context", required_argument, NULL, 'C'}
#define NK_LONGOPTS \
	{"regexp", required_argument, NULL, 'e'}, \
	{"no-header", no_argument, NULL, 'H'}, \
	{"help", no_argument, NULL, 'h'}, \
	{"version", no_argument, NULL, 'V'}, \
	{"text-col", required_argument, NULL, NK_OPT_TEXTCOL}, \
	{"doc", required_argument, NULL, NK_OPT_DOC}, \
	{"line-buffered", no_argument, NULL, NK_OPT_LINEBUF}, \
	{"lexicon", required_argument, NULL, NK_OPT_LEXICON}, \
	{NULL, 0, NULL, 0}

struct nk_cli {
	int no_header;		/* -H */
	const char *text_col;	/* --text-col, default "text" */
	const char *doc;	/* --doc NAME */
	int line_buffered;
	long context;		/* -C N (tools that call nk_cli_context); -1 off */
	const char **lexicons;	/* --lexicon FILE, in order */
	size_t nlexicons;
	const char **meta;	/* --meta KEY,... (nnorm) */
	size_t nmeta;
	const char *encoding;	/* -E ENC (nnorm) */
};
extern struct nk_cli nk_cli;

/* help: full --help text (usage line first); ends with the shared options. */
int nk_opt(int ch, const char *arg, const char *usage, const char *help);
_Noreturn void nk_usage(const char *usage);	/* "Try 'tool --help'", exit 2 */
long nk_atol_or_die(const char *s, const char *what, long lo, long hi);
/* Extra lines for --version (a tool's compiled-in data, e.g. "OpenCC 1.1.6
 * dictionaries (t2s)\n"); NULL for none. Set it before option parsing. */
extern const char *nk_version_extra;
/* The description of the shared options, for --help texts and man pages. */
extern const char nk_common_help[];

/* ---- cnum.c: numbers --------------------------------------------------- */
/* (declared in cnum.h) */

#endif
