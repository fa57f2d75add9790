/*
 * cli.c - the options every nkit tool shares, --help, --version and the
 * usage error (GNU conventions: help and version on stdout with status 0,
 * a usage error on stderr with "Try 'tool --help'" and status 2).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <yaml.h>

#include "nkit.h"
#include "nkit_int.h"

struct nk_cli nk_cli = { .text_col = "text", .context = -1 };
const char *nk_version_extra;

nk_rx **nk_filters;
size_t nk_nfilters;

const char nk_common_help[] =
"Options every nkit tool takes:\n"
"  -e, --regexp=PATTERN  keep only output rows in which some field matches the\n"
"                        PCRE2 pattern (UTF mode); repeat for any of several\n"
"  -H, --no-header       do not print the header row\n"
"      --text-col=NAME   the column holding the text in record input (text)\n"
"      --doc=NAME        the doc value for raw input (default: the file name)\n"
"      --lexicon=FILE    add to or override the built-in lexicon (YAML)\n"
"      --line-buffered   flush output after every row\n"
"  -h, --help            print this help and exit\n"
"  -V, --version         print the version and the libraries' versions\n"
"\n"
"Input is raw text, or a TSV record stream whose first line is a header with\n"
"a 'text' column. Output is TSV with a header: the input's key columns, then\n"
"the tool's own. Exit status: 0 success, 1 an input could not be read or\n"
"output failed, 2 usage error.\n";

void
nk_usage(const char *usage)
{
	fprintf(stderr, "%s", usage);
	fprintf(stderr, "Try '%s --help' for more information.\n", nk_progname);
	exit(NK_EXIT_USAGE);
}

long
nk_atol_or_die(const char *s, const char *what, long lo, long hi)
{
	char *end;
	long v;

	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < lo || v > hi) {
		fprintf(stderr, "%s: invalid %s '%s' (%ld to %ld)\n", nk_progname, what, s, lo, hi);
		fprintf(stderr, "Try '%s --help' for more information.\n", nk_progname);
		exit(NK_EXIT_USAGE);
	}
	return v;
}

static void
help(const char *text)
{
	const char *mark = strstr(text, "@COMMON@\n");

	if (mark) {
		fwrite(text, 1, (size_t)(mark - text), stdout);
		fputs(nk_common_help, stdout);
		fputs(mark + 9, stdout);
	} else {
		fputs(text, stdout);
		fputs("\n", stdout);
		fputs(nk_common_help, stdout);
	}
	exit(NK_EXIT_OK);
}

static void
version(void)
{
	char pcre[64] = "";
	int maj, min, pat;

	pcre2_config(PCRE2_CONFIG_VERSION, pcre);
	yaml_get_version(&maj, &min, &pat);
	printf("%s (nkit) %s\n", nk_progname, NK_VERSION);
	printf("utf8proc %s\n", utf8proc_version());
	printf("PCRE2 %s\n", pcre);
	printf("libyaml %d.%d.%d\n", maj, min, pat);
	if (nk_version_extra)
		fputs(nk_version_extra, stdout);
	exit(NK_EXIT_OK);
}

static void
push(const char ***v, size_t *n, const char *s)
{
	*v = nk_erealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

int
nk_opt(int ch, const char *arg, const char *usage, const char *helptext)
{
	char *err, *s, *tok, *save;
	nk_rx *rx;

	switch (ch) {
	case 'C':
		nk_cli.context = nk_atol_or_die(arg, "context width", 0, 100000);
		return 1;
	case 'e':
		if (!(rx = nk_rx_compile(arg, &err))) {
			fprintf(stderr, "%s: %s\n", nk_progname, err);
			exit(NK_EXIT_USAGE);
		}
		nk_filters = nk_erealloc(nk_filters, (nk_nfilters + 1) * sizeof(*nk_filters));
		nk_filters[nk_nfilters++] = rx;
		return 1;
	case 'H':
		nk_cli.no_header = 1;
		return 1;
	case 'h':
		help(helptext);
		return 1;
	case 'V':
		version();
		return 1;
	case NK_OPT_TEXTCOL:
		if (!*arg)
			nk_usage(usage);
		nk_cli.text_col = arg;
		return 1;
	case NK_OPT_DOC:
		nk_cli.doc = arg;
		return 1;
	case NK_OPT_LINEBUF:
		nk_cli.line_buffered = 1;
		return 1;
	case NK_OPT_LEXICON:
		push(&nk_cli.lexicons, &nk_cli.nlexicons, arg);
		return 1;
	case NK_OPT_META:
		s = nk_estrdup(arg);
		for (tok = strtok_r(s, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
			push(&nk_cli.meta, &nk_cli.nmeta, tok);
		return 1;
	default:
		nk_usage(usage);
	}
}
