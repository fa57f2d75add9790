# Loaded by the nquote bats files.

# news LINE...: "speaker<TAB>kind<TAB>quote<TAB>desc" for each row of a
# one-document TSV whose records are the arguments
news() {
	printf 'doc\ttext\n' > "$BATS_TEST_TMPDIR/n.tsv"
	for l in "$@"; do printf 'd\t%s\n' "$l" >> "$BATS_TEST_TMPDIR/n.tsv"; done
	nquote -H "$BATS_TEST_TMPDIR/n.tsv" | cut -f4,6,7,8
}
