/* ndate.h - what ndate's main.c, fuzz target and unit tests share. */
#ifndef NDATE_H
#define NDATE_H
#include "nkit.h"
#include "cdate.h"

struct ndate_opt {
	int verbose;		/* -v: report the reference used per document */
	int has_ref;		/* --ref given */
	int no_guess;		/* -G: no reference from the document's years */
	int future;		/* -f: open dates are the next at or after the reference */
	nk_cdate_ref ref;
};
extern struct ndate_opt ndate_opt;
extern struct nk_tool ndate_tool;

int ndate_set_ref(const char *s);	/* --ref; -1 if not a date */
void ndate_mode(void);			/* after setting no_guess: documents or records */
void ndate_load_lexicon(void);		/* built-in + --lexicon files (once) */
/* after nk_run or nk_run_mem: write the rows of the last document (the
 * default mode keeps a document's rows until it ends) */
void ndate_flush(void);
/* the year an undated document mentions most in explicit dates, or 0 */
int ndate_doc_year(const nk_rec *recs, size_t n);
#endif
