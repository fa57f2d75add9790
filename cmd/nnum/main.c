/* nnum - every quantity in Chinese text, with its exact value. */
#include <getopt.h>

#include "nkit.h"
#include "nnum.h"

static const char usage[] = "Usage: nnum [OPTION]... [FILE]...\n";
static const char help[] =
"Usage: nnum [OPTION]... [FILE]...\n"
"Find every stated quantity in Chinese text and print one TSV row each,\n"
"with the columns start end surface value unit kind mod after the keys.\n"
"\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"  -a, --all             also print the numbers that are not quantities:\n"
"                        parts of dates and times (kind date), version and\n"
"                        product names (version), IDs, URLs, e-mail (id)\n"
"  -C, --context=N       add a context column: N characters either side\n"
"\n"
"@COMMON@\n"
"Examples:\n"
"  nnum seeds/003_5e107498a3b3985a.txt    quantities of one article\n"
"  nnorm seeds/*.txt | nnum | awk -F'\\t' '$8 == \"CNY\"'   sums in yuan\n"
"  nnum -C 10 -e '%' seeds/*.txt          percentages with some context\n"
"\n"
"See nnum(1), nkit(7).\n";

static const struct option longopts[] = {
	{"all", no_argument, NULL, 'a'},
	NK_CONTEXT_LONGOPT,
	NK_LONGOPTS
};

int
main(int argc, char *argv[])
{
	int ch;

	nk_init("nnum");
	while ((ch = getopt_long(argc, argv, NK_SHORTOPTS "aC:", longopts, NULL)) != -1)
		switch (ch) {
		case 'a':
			nnum_all = 1;
			break;
		default:
			nk_opt(ch, optarg, usage, help);
			break;
		}
	argc -= optind;
	argv += optind;
	return nk_run(argc, argv, &nnum_tool);
}
