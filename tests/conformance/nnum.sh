#!/bin/sh
# tests/conformance/nnum.sh SHARED - nnum on Microsoft Recognizers-Text's
# Chinese number specs (../shared/conformance/recognizers-text): pass rate
# per file, failing cases listed in build/conformance/nnum_<file>.txt.
#
# Conventions mapped (meaning kept):
#   NumberModel       RT reports numerals, not quantities: its numbers are
#                     compared with nnum --all values (every kind but id and
#                     version); a range a..b counts as its two numbers, a
#                     fraction a/b as its decimal value, a percent as its number.
#                     RT leaves amounts of money (一美元, 两美刀) and percents
#                     written with % or as tenths (二％, 一折) to its Currency and
#                     Percent models: those nnum rows are not compared here.
#                     RT counts dozens in units (五十打 600); nnum reports the
#                     counter as written (50, unit 打): the value is scaled.
#   PercentModel      RT writes 85%; nnum's value is 85 with unit %. RT also
#                     counts percentage points (个百分点, nnum's unit) and
#                     千分之一 (nnum's fraction 1/1000) as percentages.
#   OrdinalModel      the value of each ordinal row.
#   NumberRangeModel  RT writes intervals, (500,) [20,30); nnum writes a..b and
#                     a bound in mod (over: (a,), under: (,a)). Endpoints and
#                     which sides are bounded are compared; open/closed ends
#                     are not (nnum's mod over covers both 超过 and 至少).
#   Currency          value and ISO code (RT's unit name is not compared;
#                     where RT gives no code, as for $ "Dollar", the value only).
#                     RT also reports a currency named with no amount (人民币
#                     美元, value empty); that is no quantity, and nnum rightly
#                     prints nothing: those items are dropped from the expected.
# Values are compared as numbers (RT prints 1.2732E+15 and 15 digits).
# The input of each case is one record (TSV: id, text).
SHARED=${1:-../shared}
RT=$SHARED/conformance/recognizers-text
NNUM=${NNUM:-bin/nnum}
out=build/conformance
mkdir -p "$out"
[ -x "$NNUM" ] || { echo "nnum: $NNUM not built" >&2; exit 1; }

for f in Number_NumberModel Number_PercentModel Number_OrdinalModel \
    Number_NumberRangeModel NumberWithUnit_CurrencyModel \
    NumberWithUnit_DimensionModel NumberWithUnit_AgeModel NumberWithUnit_TemperatureModel; do
	spec=$RT/$f.simple.tsv
	[ -f "$spec" ] || { echo "$f: missing $spec"; continue; }
	model=${f#*_}
	# input records: id, text (tabs cannot occur in the specs' inputs)
	awk -F'\t' 'NR == 1 { print "id\ttext"; next } { print NR - 1 "\t" $4 }' "$spec" > "$out/nnum_$f.in.tsv"
	: > "$out/nnum_$f.txt"
	"$NNUM" --all "$out/nnum_$f.in.tsv" > "$out/nnum_$f.out.tsv"
	awk -F'\t' -v model="$model" -v file="$f" -v list="$out/nnum_$f.txt" '
	function num(s) { gsub(/[%,]/, "", s); return s + 0 }
	function same(a, b,   d, m) {
		if (a == "" || b == "") return a == b
		d = num(a) - num(b); if (d < 0) d = -d
		m = num(b); if (m < 0) m = -m; if (m < 1) m = 1
		return d <= 1e-9 * m
	}
	function fracval(v,   p) { split(v, p, "/"); return p[2] + 0 ? sprintf("%.15g", p[1] / p[2]) : "" }
	# one nnum row -> the items RT would report, appended to got[id]
	function add(id, x) { got[id] = got[id] == "" ? x : got[id] " ;; " x; ng[id]++ }
	function map(id, value, unit, kind, mod, surface,   r) {
		if (model == "NumberModel") {
			if (kind == "id" || kind == "version" || kind == "vague") return
			if (kind == "money" || (unit == "%" && surface !~ /^(百分之|佰分之)/)) return
			if (unit == "打" && value ~ /^[0-9]+$/) value = value * 12
			if (kind == "fraction") { add(id, fracval(value)); return }
			if (index(value, "..")) { split(value, r, /\.\./); add(id, r[1]); add(id, r[2]); return }
			add(id, value)
		} else if (model == "PercentModel") {
			# RT counts percentage points (个百分点) and 千分之 as percent
			if (kind == "fraction") { value = sprintf("%.15g", fracval(value) * 100); unit = "%" }
			if (unit ~ /^(个|個)?百分(点|點)$/) unit = "%"
			if (unit != "%") return
			if (index(value, "..")) { split(value, r, /\.\./); add(id, r[1]); add(id, r[2]); return }
			add(id, value)
		} else if (model == "OrdinalModel") {
			if (kind == "ordinal") add(id, value)
		} else if (model == "NumberRangeModel") {
			if (kind == "fraction") value = fracval(value)
			if (index(value, "..")) { split(value, r, /\.\./); add(id, r[1] "," r[2]); return }
			if (mod == "over") add(id, value ",")
			else if (mod == "under") add(id, "," value)
			else if (mod == "exact") add(id, value "," value)
		} else if (model == "CurrencyModel") {
			if (kind == "money") add(id, value "|" unit)
		} else {
			if (unit != "" && kind != "id" && kind != "version" && kind != "date") add(id, value "|" unit)
		}
	}
	# an RT item -> comparable form
	function want(item,   p, n, v) {
		n = split(item, p, "|")
		if (model == "NumberRangeModel") {
			v = p[n]; gsub(/[][()]/, "", v); return v
		}
		if (model == "CurrencyModel") return p[2] "|" (n >= 4 ? p[4] : "*")
		if (model ~ /Dimension|Age|Temperature/) return p[2] "|" p[3]
		return p[n]
	}
	function eqitem(a, b,   pa, pb, na, nb, i) {
		if (model == "NumberRangeModel") {
			na = split(a, pa, ","); nb = split(b, pb, ",")
			return same(pa[1], pb[1]) && same(pa[2], pb[2])
		}
		if (model ~ /Currency|Dimension|Age|Temperature/) {
			split(a, pa, "|"); split(b, pb, "|")
			if (model !~ /Currency/) return same(pa[1], pb[1])
			# RT names some currencies with no ISO code ($: Dollar, Bitcoin)
			return same(pa[1], pb[1]) && (pa[2] == pb[2] || pb[2] == "*")
		}
		return same(a, b)
	}
	FNR == NR { if (FNR > 1) { id[FNR - 1] = $1; input[FNR - 1] = $4; ex[FNR - 1] = $5; ns[FNR - 1] = $6; n = FNR - 1 } next }
	FNR == 1 { next }
	{ map($1, $5, $6, $7, $8, $4) }
	END {
		pass = 0
		for (i = 1; i <= n; i++) {
			ne = ex[i] == "" ? 0 : split(ex[i], e, / ;; /)
			# a currency named with no amount (人民币 美元) is no quantity
			if (model == "CurrencyModel")
				for (k = ne; k >= 1; k--)
					if (split(e[k], p, "|") >= 2 && p[2] == "") {
						for (m = k; m < ne; m++) e[m] = e[m + 1]
						ne--
					}
			nw = got[i] == "" ? 0 : split(got[i], w, / ;; /)
			ok = ne == nw
			for (k = 1; ok && k <= ne; k++)
				if (!eqitem(w[k], want(e[k]))) ok = 0
			if (ok) pass++
			else printf "%s\t%s\n\twant: %s\n\tgot:  %s\n", id[i], input[i], ex[i], got[i] > list
		}
		printf "%-36s %4d/%-4d %5.1f%%   failing cases: %s\n", file, pass, n, n ? 100 * pass / n : 0, list
	}' "$spec" "$out/nnum_$f.out.tsv"
	[ -f "$out/nnum_$f.txt" ] || : > "$out/nnum_$f.txt"
done
