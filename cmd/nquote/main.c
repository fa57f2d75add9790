/* nquote - who said what: quotations and their speakers in Chinese news. */
#include "nkit.h"
#include "nquote.h"

static const char usage[] = "Usage: nquote [OPTION]... [FILE]...\n";
static const char help[] =
"Usage: nquote [OPTION]... [FILE]...\n"
"Find reported speech in Chinese news and who said it: one TSV row per\n"
"quotation with its place, speaker, reporting verb, kind and text.\n"
"\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"  -a, --all             also print quotations with no speaker found, with\n"
"                        kind 'unattributed' (scare quotes are never printed)\n"
"  -C, --context=N       add a context column: N characters either side\n"
"\n"
"Columns after the key columns: start end speaker cue kind quote\n"
"speaker_desc. kind is direct, indirect, interview or unattributed.\n"
"\n"
"@COMMON@\n"
"Examples:\n"
"  nnorm seeds/*.txt | nquote                    every quotation in the seeds\n"
"  nnorm seeds/004_29c9884f1356c652.txt | nquote | cut -f6,9   speakers and quotes\n"
"  nnorm seeds/*.txt | nquote -e 蒋杰 -C 20       what 蒋杰 said, in context\n"
"\n"
"See nquote(1), nkit(7).\n";

static const struct option longopts[] = {
	{"all", no_argument, NULL, 'a'},
	NK_CONTEXT_LONGOPT,
	NK_LONGOPTS
};

int
main(int argc, char *argv[])
{
	int ch;

	nk_init("nquote");
	while ((ch = getopt_long(argc, argv, NK_SHORTOPTS "aC:", longopts, NULL)) != -1)
		switch (ch) {
		case 'a':
			nq_opts.all = 1;
			break;
		default:
			nk_opt(ch, optarg, usage, help);
		}
	argc -= optind;
	argv += optind;
	nq_lex_load();
	return nk_run(argc, argv, &nquote_tool);
}
