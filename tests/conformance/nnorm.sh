#!/bin/sh
# tests/conformance/nnorm.sh SHARED - nnorm's Traditional -> Simplified
# against conformance/t2s/ud_gsd_trad_simp_parallel.tsv (UD Chinese GSD and
# its GSDSimp twin, 1000 sentences). Scored on Han characters only (the
# Simplified side also turns 「」 into “”), as the README there says; OpenCC
# (opencc -c t2s.json) is scored in the same run when installed.
# Failing sentences go to build/conformance/nnorm_t2s.failures.
SHARED=${1:-../shared}
BIN=${NK_BIN:-bin}
out=build/conformance
tsv=$SHARED/conformance/t2s/ud_gsd_trad_simp_parallel.tsv
export LC_ALL=C.UTF-8
mkdir -p "$out"
[ -r "$tsv" ] || { echo "nnorm: no $tsv" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tail -n +2 "$tsv" | cut -f1 > "$tmp/id"
tail -n +2 "$tsv" | cut -f2 > "$tmp/trad"
tail -n +2 "$tsv" | cut -f3 > "$tmp/gold"
# the script step alone, so that only t2s is scored
"$BIN/nnorm" --text --no-unicode --no-punct --no-repair --no-markup --no-space "$tmp/trad" > "$tmp/nnorm"

# score NAME FILE: Han characters of the gold that the output gets wrong
score() {
	paste "$tmp/id" "$tmp/trad" "$tmp/gold" "$2" | perl -CSD -Mutf8 -e '
		my ($name, $fail) = @ARGV;
		open(my $f, ">:encoding(UTF-8)", $fail) or die "$fail: $!";
		my ($han, $bad, $sents, $exact) = (0, 0, 0, 0);
		while (<STDIN>) {
			chomp;
			my ($id, $trad, $gold, $ours) = split /\t/, $_, -1;
			$ours //= "";
			my @g = split //, $gold;
			my @o = split //, $ours;
			my ($h, $b, @where) = (0, 0);
			# t2s maps character for character: compare by position; a
			# length mismatch counts every Han character as wrong
			for my $i (0 .. $#g) {
				next unless $g[$i] =~ /\p{Han}/;
				$h++;
				if (@o != @g || $o[$i] ne $g[$i]) {
					$b++;
					push @where, ($o[$i] // "∅") . "→" . $g[$i] if @o == @g;
				}
			}
			$han += $h;
			$bad += $b;
			$sents++;
			if ($b == 0) { $exact++; next }
			print $f "$id\t$trad\t$ours\t$gold\t", join(" ", @where), "\n";
		}
		printf "%-28s %6.3f%% of Han characters wrong (%d/%d), %d/%d sentences exact\n",
		    $name, 100 * $bad / ($han || 1), $bad, $han, $exact, $sents;
	' "$1" "$out/$3"
}

score "nnorm (t2s)" "$tmp/nnorm" nnorm_t2s.failures
echo "  failing sentences (id, traditional, ours, gold, ours→gold): $out/nnorm_t2s.failures"
if command -v opencc >/dev/null 2>&1; then
	opencc -c t2s.json -i "$tmp/trad" > "$tmp/opencc"
	score "opencc -c t2s.json" "$tmp/opencc" opencc_t2s.failures
fi
