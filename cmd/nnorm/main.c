/* nnorm - clean and normalise Chinese news text into records. */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "nnorm.h"

static const char usage[] = "Usage: nnorm [OPTION]... [FILE]...\n";
static const char help[] =
"Usage: nnorm [OPTION]... [FILE]...\n"
"Clean and normalise Chinese text: one TSV row per non-blank line, with the\n"
"columns doc, date, line (or the input's own key columns) and text.\n"
"\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"Steps, each on by default:\n"
"      --no-unicode      keep the Unicode as it is (no NFC, no full-width\n"
"                        letters and digits to ASCII, no space/control cleanup)\n"
"      --no-repair       keep pinyin annotations, HTML entities and debris\n"
"      --no-markup       keep Markdown and HTML markers\n"
"      --no-punct        keep half-width punctuation inside Chinese\n"
"  -T, --keep-script     keep Traditional characters (no OpenCC t2s)\n"
"      --no-space        keep spaces as they are, and blank lines\n"
"\n"
"Input and output:\n"
"  -E, --encoding=ENC    read input in the legacy encoding ENC (GB18030,\n"
"                        BIG5, UTF-16 ...: anything iconv knows)\n"
"      --meta=KEY,...    add these YAML front matter fields as columns\n"
"                        (before text; raw input only)\n"
"      --text            print the normalised text only, no TSV\n"
"\n"
"@COMMON@\n"
"Examples:\n"
"  nnorm seeds/*.txt                      records of every seed article\n"
"  nnorm --text seeds/003_5e107498a3b3985a.txt   clean simplified text\n"
"  nnorm -E GB18030 old.txt | nquote      a GBK article into nquote\n"
"\n"
"See nnorm(1), nkit(7).\n";

enum {
	OPT_NO_UNICODE = 0x2000, OPT_NO_MARKUP, OPT_NO_REPAIR, OPT_NO_PUNCT,
	OPT_NO_SPACE, OPT_TEXT
};

static const struct option longopts[] = {
	{"encoding", required_argument, NULL, 'E'},
	{"keep-script", no_argument, NULL, 'T'},
	{"meta", required_argument, NULL, NK_OPT_META},
	{"no-markup", no_argument, NULL, OPT_NO_MARKUP},
	{"no-punct", no_argument, NULL, OPT_NO_PUNCT},
	{"no-repair", no_argument, NULL, OPT_NO_REPAIR},
	{"no-space", no_argument, NULL, OPT_NO_SPACE},
	{"no-unicode", no_argument, NULL, OPT_NO_UNICODE},
	{"text", no_argument, NULL, OPT_TEXT},
	NK_LONGOPTS
};

int
main(int argc, char *argv[])
{
	int ch;
	size_t i;

	nk_init("nnorm");
#ifdef NN_OPENCC_VERSION
	nk_version_extra = "OpenCC " NN_OPENCC_VERSION " dictionaries (t2s), compiled in\n";
#endif
	while ((ch = getopt_long(argc, argv, NK_SHORTOPTS "E:T", longopts, NULL)) != -1)
		switch (ch) {
		case 'E':
			nk_cli.encoding = optarg;
			break;
		case 'T':
			nn_opts.script = 0;
			break;
		case OPT_NO_MARKUP:
			nn_opts.markup = 0;
			break;
		case OPT_NO_PUNCT:
			nn_opts.punct = 0;
			break;
		case OPT_NO_REPAIR:
			nn_opts.repair = 0;
			break;
		case OPT_NO_SPACE:
			nn_opts.space = 0;
			nnorm_tool.keep_blank = 1;
			break;
		case OPT_NO_UNICODE:
			nn_opts.unicode = 0;
			break;
		case OPT_TEXT:
			nn_opts.text_only = 1;
			break;
		default:
			nk_opt(ch, optarg, usage, help);
		}
	argc -= optind;
	argv += optind;
	for (i = 0; i < nk_cli.nmeta; i++) {
		const char *m = nk_cli.meta[i];
		size_t k;

		for (k = 0; m[k]; k++)
			if (!((m[k] >= 'a' && m[k] <= 'z') || m[k] == '_' || (k > 0 && m[k] >= '0' && m[k] <= '9')))
				break;
		if (k == 0 || m[k] || strcmp(m, "text") == 0 || strcmp(m, "doc") == 0 ||
		    strcmp(m, "date") == 0 || strcmp(m, "line") == 0) {
			nk_warn("--meta: '%s' is not usable as a column name (lowercase letters, digits, _; not doc, date, line, text)", m);
			nk_usage(usage);
		}
	}
	if (nk_cli.nlexicons > 0) {
		nk_warn("--lexicon: nnorm has no lexicon");
		nk_usage(usage);
	}
	if (nn_opts.text_only)
		nk_cli.no_header = 1;
	return nk_run(argc, argv, &nnorm_tool);
}
