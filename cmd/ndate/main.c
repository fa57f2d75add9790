/*
 * ndate - find dates and times in Chinese news text and resolve them to
 * the calendar. main() only parses options; the work is in ndate.c.
 */
#include <getopt.h>
#include <stdlib.h>

#include "nkit.h"
#include "ndate.h"

static const char usage[] = "Usage: ndate [-fGv] [-C N] [-r DATE] [OPTION]... [FILE]...\n";
static const char help[] =
    "Usage: ndate [-fGv] [-C N] [-r DATE] [OPTION]... [FILE]...\n"
    "Find date, time and duration expressions and resolve them against the\n"
    "document's date; one row per expression: start end surface value kind mod.\n"
    "With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  -r, --ref DATE     resolve against DATE (2024-11-16, 2013-02-12T04:30:00)\n"
    "                     instead of the record's date column\n"
    "  -f, --future       a date that leaves its year, month, week or day open\n"
    "                     (3月8号, 8号晚上9点, 周一, 妇女节, 下午三点) is the next one\n"
    "                     at or after the reference: for schedules and notices\n"
    "  -G, --no-guess     never guess a reference from the document's years:\n"
    "                     each record then depends on itself alone\n"
    "  -v, --verbose      tell on stderr which reference each document used\n"
    "  -C, --context N    add a context column, N characters either side\n"
    "@COMMON@\n"
    "\n"
    "Examples:\n"
    "  ndate seeds/000_77fd77498bf11427.txt\n"
    "  ndate --ref 2024-12-20 seeds/002_77d0da73740dc355.txt | cut -f6,7\n"
    "  nnorm seeds/*.txt | ndate -e 'duration'\n"
    "\n"
    "See ndate(1), nkit(7).\n";

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{"ref", required_argument, NULL, 'r'},
		{"verbose", no_argument, NULL, 'v'},
		{"no-guess", no_argument, NULL, 'G'},
		{"future", no_argument, NULL, 'f'},
		NK_CONTEXT_LONGOPT,
		NK_LONGOPTS
	};
	int ch, st;

	nk_init("ndate");
	while ((ch = getopt_long(argc, argv, NK_SHORTOPTS "C:fGr:v", longopts, NULL)) != -1)
		switch (ch) {
		case 'r':
			if (ndate_set_ref(optarg) < 0) {
				nk_warn("invalid reference date '%s' (want YYYY-MM-DD[THH[:MM[:SS]]])", optarg);
				nk_usage(usage);
			}
			break;
		case 'f':
			ndate_opt.future = 1;
			break;
		case 'G':
			ndate_opt.no_guess = 1;
			ndate_mode();
			break;
		case 'v':
			ndate_opt.verbose = 1;
			break;
		default:
			nk_opt(ch, optarg, usage, help);
		}
	argc -= optind;
	argv += optind;
	st = nk_run(argc, argv, &ndate_tool);
	ndate_flush();
	nk_out_flush();
	return st;
}
