/*
 * nseg - sentences and words of Chinese text.
 */
#include <getopt.h>
#include <stdlib.h>

#include "nkit.h"
#include "nseg.h"

enum { OPT_NOHMM = 0x2000 };

static const char usage[] =
"Usage: nseg [-w [-p] | -j] [-u FILE]... [OPTION]... [FILE]...\n";

static const char help[] =
"Usage: nseg [-w [-p] | -j] [-u FILE]... [OPTION]... [FILE]...\n"
"Split Chinese text into sentences, or sentences into words.\n"
"\n"
"With no FILE, or when FILE is -, read standard input.\n"
"\n"
"  -w, --words           one row per word: sent tok word\n"
"  -p, --pos             with -w, add the part-of-speech tag column (implies -w)\n"
"  -j, --join            one row per sentence with its words joined by spaces\n"
"  -u, --user-dict=FILE  add the words of FILE: jieba's \"word [freq] [tag]\"\n"
"                        lines, or YAML (FILE.yaml: a list of such lines, or of\n"
"                        maps with word, freq, tag); repeatable\n"
"      --no-hmm          do not guess unknown words with the HMM\n"
"\n"
"Examples:\n"
"  nseg seeds/000_77fd77498bf11427.txt\n"
"  nnorm seeds/*.txt | nseg -w | cut -f6 | sort | uniq -c | sort -rn | head\n"
"  nseg -j -u mywords.txt seeds/003_5e107498a3b3985a.txt\n"
"\n"
"@COMMON@\n"
"See nseg(1), nkit(7).\n";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"words", no_argument, NULL, 'w'},
		{"pos", no_argument, NULL, 'p'},
		{"join", no_argument, NULL, 'j'},
		{"user-dict", required_argument, NULL, 'u'},
		{"no-hmm", no_argument, NULL, OPT_NOHMM},
		NK_LONGOPTS
	};
	int ch;

	nk_init("nseg");
	while ((ch = getopt_long(argc, argv, NK_SHORTOPTS "jpu:w", longopts, NULL)) != -1)
		switch (ch) {
		case 'j':
			nseg_opts.join = 1;
			break;
		case 'p':
			nseg_opts.tags = 1;
			nseg_opts.words = 1;
			break;
		case 'u':
			nseg_opts.user = realloc(nseg_opts.user, (nseg_opts.nuser + 1) * sizeof(*nseg_opts.user));
			if (!nseg_opts.user)
				nk_die(NK_EXIT_DATA, "out of memory");
			nseg_opts.user[nseg_opts.nuser++] = optarg;
			break;
		case 'w':
			nseg_opts.words = 1;
			break;
		case OPT_NOHMM:
			nseg_opts.hmm = 0;
			break;
		default:
			nk_opt(ch, optarg, usage, help);
		}
	argc -= optind;
	argv += optind;
	if (nseg_opts.join && nseg_opts.words)
		nk_usage(usage);
	if (nseg_opts.words)
		nseg_tool.cols = nseg_opts.tags ? "sent\ttok\tword\ttag" : "sent\ttok\tword";
	nseg_setup();
	return nk_run(argc, argv, &nseg_tool);
}
