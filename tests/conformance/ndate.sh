#!/bin/sh
# tests/conformance/ndate.sh SHARED - ndate against peer test suites:
#   Recognizers-Text DateTime_* (Chinese specs), with each case's own
#   reference date, and JioNLP's time parser cases (accurate and blur apart).
# Prints a pass rate per file; failing cases go to build/conformance/ndate.*.
#
# What "pass" means (conventions mapped, meaning kept):
#   RT: every expected result is found with the same text (spaces ignored),
#   nothing else is found, and when the case has a reference date, ndate's
#   value agrees: the same timex (T20 = T20:00), or the interval it denotes
#   equals one of RT's resolved values (RT lists past and future candidates
#   for XXXX dates; ndate picks the one in the reference year), or RT's
#   range timex (A,B,duration) is ndate's A/B. Durations
#   compare as (months, seconds): P1.5Y = P18M. By design ndate computes
#   lunar holidays (中秋 is lunar 08-15) where RT writes the lunar date
#   itself as if Gregorian (XXXX-08-15, 农历2015年十月初一 2015-10-01):
#   those cases pass when ndate gives a full date (and the same time of
#   day, if one is said) in the lunar year RT names (Gregorian Y or Y+1),
#   or, when RT names none, in the reference year or one either side.
#   A month-day with a Han day of two or more characters and no 日/号
#   (八月十五) is lunar in ndate too (man ndate): RT's candidate dates for
#   it, read as lunar dates through ndate's calendar, must give ndate's day.
#   RT's *Extractor and *Parser files test one of its sub-recognisers alone
#   (HolidayExtractor expects 元旦 in 明天元旦去哪里, not 明天); ndate has one
#   recogniser for all, so there the expected text must lie inside one of
#   ndate's expressions and other expressions are not counted. The Model and
#   Merged files are compared exactly. RT's before/after/since/until ranges
#   (2018年以前 daterange+before 2018) match ndate's value with the mod
#   BEFORE / ON_OR_BEFORE or AFTER / ON_OR_AFTER. Texts compare with
#   full-width colons as ASCII (RT's expected text of 在12：00之后 is
#   12:00之后) and without a leading 从/自/在, which RT includes in some
#   texts and not in others (从2016年3月1日开始 but 2015年2月1日开始,
#   在2007年与2009年之间 but 12:00之后 for 在12：00之后).
#   A season (2017-SU) is ndate's Chinese solar-term season (man ndate:
#   春 from 立春 to the day before 立夏 ... 冬 from 立冬 to the day before
#   the next 立春), the terms' days asked of ndate itself.
#   JioNLP: cases whose mode column says ret_future=True run with ndate -f
#   (the next occurrence at or after the reference; JioNLP rewrites such a
#   text as 明年/下个月/下 + text, so its 10月8号 said on 2021-09-01 is
#   2022-10-08 and its 8号 the 8th of next month even when this month's is
#   still to come: those cases fail, by design); the other modes run as
#   default. The hull of the intervals of ndate's rows for the input equals
#   JioNLP's interval (end inclusive there, exclusive here); durations compare
#   as above (JioNLP's workday is ndate's P5WD); sets (time_period) compare
#   their period. Mods use JioNLP's
#   conventions: 年初 Jan-Feb, 年中 Jun-Jul, 年底 Nov-Dec, 月初/上旬 days 1-10,
#   中旬 11-20, 月底/下旬 21-end; a quarter's START/END is its first/last month;
#   a set compares its period (T20 and XXXX-WXX-WD, every working day, are
#   daily, XXXX-WXX-3 weekly);
#   PRESENT_REF is the reference time itself; an interval open to the
#   future, [X, inf), is met by a point at X or a value from X with mod
#   AFTER (再过半个小时, the time half an hour on);
#   a range of clock times written with 至/到/-, whose end has hour
#   precision, ends at that hour (下午3点至下午8点: JioNLP 15:00:00-20:00:00,
#   ndate T15/T20); a time_base is passed as precise as it is given
#   ([2019, 2, 18, 7] as 2019-02-18T07, told to the hour);
#   a BEFORE mod on a future value spans from the reference time to the value,
#   an AFTER mod on a past value from the value to the reference time.
SHARED=${1:-../shared}
NDATE=${NDATE:-bin/ndate}
out=build/conformance
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- shared awk: intervals of values ------------------------------------------
cat > "$tmp/lib.awk" <<'AWK'
function days(y, m, d,   era, yoe, doy, doe) {
	y -= (m <= 2)
	era = int((y >= 0 ? y : y - 399) / 400)
	yoe = y - era * 400
	doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
	doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
	return era * 146097 + doe - 719468
}
function mdays(y, m) {
	if (m == 2) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
	return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31
}
function wday(y, m, d,   z) { z = days(y, m, d); return ((z % 7) + 7 + 3) % 7 + 1 }
# "YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DDTHH:MM:SS" -> seconds
function secs(s,   a, n) {
	n = split(s, a, /[- :T]/)
	return days(a[1] + 0, a[2] + 0, a[3] + 0) * 86400 + (n >= 4 ? a[4] * 3600 : 0) + \
	    (n >= 5 ? a[5] * 60 : 0) + (n >= 6 ? a[6] : 0)
}
# interval of one value with its mod: sets IS, IE (seconds, end exclusive); 0 if none.
# For a range A/B, IB is where B starts (RT ends its ranges there).
function ival(v, mod,   a, y, m, d, s, e, t, n, hh, mi, ss, q, w, jan4, tod, A, B, ok) {
	IB = -1
	if (index(v, "/")) {
		split(v, A, "/")
		if (!ival(A[1], "")) return 0
		s = IS
		if (!ival(A[2], "")) return 0
		IB = IS
		IS = s
		return 1
	}
	if (v ~ /^T[0-9][0-9]/) {	# a time of day: on day 0
		n = split(substr(v, 2), a, ":")
		IS = a[1] * 3600 + (n >= 2 ? a[2] * 60 : 0) + (n >= 3 ? a[3] : 0)
		IE = IS + (n >= 3 ? 1 : n == 2 ? 60 : 3600)
		return 1
	}
	tod = ""
	if (match(v, /T(MO|MI|AF|EV|NI)$/)) { tod = substr(v, RSTART + 1); v = substr(v, 1, RSTART - 1) }
	t = ""
	if (index(v, "T")) { t = substr(v, index(v, "T") + 1); v = substr(v, 1, index(v, "T") - 1) }
	if (v ~ /^[0-9][0-9][0-9]X$/) {	# a decade: 199X
		y = substr(v, 1, 3) * 10; IS = days(y, 1, 1) * 86400; IE = days(y + 10, 1, 1) * 86400; return 1
	}
	if (v ~ /^[0-9][0-9]$/) {	# a century: 19 = 1900-1999
		y = v * 100; IS = days(y, 1, 1) * 86400; IE = days(y + 100, 1, 1) * 86400; return 1
	}
	if (v !~ /^[0-9][0-9][0-9][0-9]/) return 0
	y = substr(v, 1, 4) + 0
	if (v ~ /^[0-9][0-9][0-9][0-9]$/) { s = days(y, 1, 1); e = days(y + 1, 1, 1)
		if (mod == "START") e = days(y, 3, 1)
		else if (mod == "MID") { s = days(y, 6, 1); e = days(y, 8, 1) }
		else if (mod == "END") s = days(y, 11, 1)
	} else if (v ~ /^[0-9]+-Q[1-4]$/) { q = substr(v, 7, 1) + 0
		s = days(y, 3 * q - 2, 1); e = q == 4 ? days(y + 1, 1, 1) : days(y, 3 * q + 1, 1)
		if (mod == "START") e = days(y, 3 * q - 1, 1)
		else if (mod == "END") s = days(y, 3 * q, 1)
	} else if (v ~ /^[0-9]+-(SP|SU|FA|WI)$/) {	# ndate's seasons: by the solar terms
		q = substr(v, 6, 2)
		s = termday(y, q == "SP" ? "立春" : q == "SU" ? "立夏" : q == "FA" ? "立秋" : "立冬")
		e = q == "WI" ? termday(y + 1, "立春") : termday(y, q == "SP" ? "立夏" : q == "SU" ? "立秋" : "立冬")
		if (s < 0 || e < 0) return 0
	} else if (v ~ /^[0-9]+-H[12]$/) { q = substr(v, 7, 1) + 0
		s = days(y, 6 * q - 5, 1); e = q == 2 ? days(y + 1, 1, 1) : days(y, 7, 1)
	} else if (v ~ /^[0-9]+-W[0-9][0-9]/) { w = substr(v, 7, 2) + 0
		jan4 = days(y, 1, 4); s = jan4 - (wday(y, 1, 4) - 1) + 7 * (w - 1); e = s + 7
		if (v ~ /-WE$/) s += 5
		else if (v ~ /-W[0-9][0-9]-[1-7]$/) { s += substr(v, 10, 1) - 1; e = s + 1 }
	} else if (v ~ /^[0-9]+-[0-9][0-9]$/) { m = substr(v, 6, 2) + 0
		s = days(y, m, 1); e = s + mdays(y, m)
		if (mod == "START") e = s + 10
		else if (mod == "MID") { s += 10; e = s + 10 }
		else if (mod == "END") s += 20
	} else if (v ~ /^[0-9]+-[0-9][0-9]-[0-9][0-9]$/) { m = substr(v, 6, 2) + 0; d = substr(v, 9, 2) + 0
		s = days(y, m, d); e = s + 1
	} else return 0
	IS = s * 86400; IE = e * 86400
	if (tod != "") {
		hh = tod == "MO" ? 8 : tod == "MI" ? 11 : tod == "AF" ? 12 : tod == "EV" ? 16 : 20
		IS += hh * 3600; IE = IS + (tod == "MI" ? 2 : 4) * 3600
	} else if (t != "") {
		n = split(t, a, ":"); hh = a[1]; mi = n >= 2 ? a[2] : 0; ss = n >= 3 ? a[3] : 0
		IS += hh * 3600 + mi * 60 + ss
		IE = IS + (n >= 3 ? 1 : n == 2 ? 60 : 3600)
	}
	return 1
}
# a duration as "months seconds" (P1.5Y = P18M), working days apart
# ("0 0 5WD" for P5WD); "" if not one
function dur(v,   m, s, num, u, intime, wd) {
	if (v !~ /^P/ || v ~ /X/) return ""
	m = 0; s = 0; intime = 0; v = substr(v, 2); wd = ""
	if (match(v, /^[0-9.]+WD$/)) return "0 0 " (substr(v, 1, RLENGTH - 2) + 0) "WD"
	while (v != "") {
		if (substr(v, 1, 1) == "T") { intime = 1; v = substr(v, 2); continue }
		if (!match(v, /^[0-9.]+[YMWDHS]/)) return ""
		num = substr(v, 1, RLENGTH - 1) + 0; u = substr(v, RLENGTH, 1); v = substr(v, RLENGTH + 1)
		if (u == "Y") m += 12 * num
		else if (u == "M" && !intime) m += num
		else if (u == "W") s += 7 * 86400 * num
		else if (u == "D") s += 86400 * num
		else if (u == "H") s += 3600 * num
		else if (u == "M") s += 60 * num
		else if (u == "S") s += num
	}
	return m " " s
}
# the Gregorian date (YYYY-MM-DD) of lunar year y, month m, day d, as
# ndate's calendar computes it ("" if none): for peers that write a
# lunar date's own numbers where ndate gives the day it falls on
function lunar2greg(y, m, d,   cmd, g) {
	if ((y, m, d) in L2G) return L2G[y, m, d]
	cmd = "printf '%s\\n' '" (y + 0) "年农历" (m + 0) "月" (d + 0) "日' | " ndate " -G -H | cut -f7"
	g = ""; cmd | getline g; close(cmd)
	if (g !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) g = ""
	return L2G[y, m, d] = g
}
# the day (days since 1970) of the solar term named t (立春 立夏 立秋 立冬)
# in year y, as ndate computes it (-1 if none)
function termday(y, t,   cmd, g, a) {
	if ((y, t) in TD) return TD[y, t]
	cmd = "printf '%s\\n' '" (y + 0) "年" t "' | " ndate " -G -H | cut -f7"
	g = ""; cmd | getline g; close(cmd)
	if (split(g, a, "-") != 3 || g !~ /^[0-9][0-9][0-9][0-9]-/) return TD[y, t] = -1
	return TD[y, t] = days(a[1] + 0, a[2] + 0, a[3] + 0)
}
# a month and a day in Han numerals of two characters or more with no
# 日 or 号 (八月十五, 8月十五): by design a lunar date in ndate
function barelunar(t,   D) {
	D = "(一|二|三|四|五|六|七|八|九|十)"
	return t ~ ("月" D D) && t !~ ("月" D D "+(日|号|號)")
}
function nospace(s) { gsub(/[ \t　]/, "", s); gsub(/，/, ",", s); gsub(/：/, ":", s); return s }
# RT puts 从/自 in the text of some since-ranges and not others
# (从2016年3月1日开始 but 2015年2月1日开始): compared without it
function nofrom(s) { sub(/^(自从|自從|自|从|從|在)/, "", s); return s }
AWK

# the two comparisons, each with the library in front
{ cat "$tmp/lib.awk"; cat <<'AWK'

	FNR == 1 { file++ }
	file == 1 && FNR > 1 { n[$1]++; S[$1, n[$1]] = $5; V[$1, n[$1]] = $6; M[$1, n[$1]] = $8; next }
	file == 2 && !/^#/ {
		id = $1; ref = $3; ex = $5; total++
		ne = ex == "" ? 0 : split(ex, E, / ;; /)
		ok = 1; why = ""
		exact = name ~ /(Model|Merged)/
		if (exact && ne != n[id] + 0) { ok = 0; why = "found " (n[id] + 0) " expected " ne }
		if (!exact && ne == 0 && n[id] + 0 > 0) { ok = 0; why = "found " n[id] " expected none" }
		for (k = 1; k <= ne && ok; k++) {
			# RT lists readings of an ambiguous text after "&": type|timex|values
			na = split(E[k], alts, "&")
			split(alts[1], x, "|"); et = nospace(x[1])
			hit = 0
			for (j = 1; j <= n[id] && !hit; j++) {
				if (exact && nospace(S[id, j]) != et && nofrom(nospace(S[id, j])) != nofrom(et)) continue
				if (!exact && !index(nospace(S[id, j]), et) && !index(nofrom(nospace(S[id, j])), nofrom(et))) continue
				for (a = 1; a <= na && !hit; a++) {
					if (a == 1) { ty = x[2]; timex = x[3]; vals = x[4] }
					else { split(alts[a], y, "|"); ty = y[1]; timex = y[2]; vals = y[3] }
					v = V[id, j]
					if (timex ~ /^T/ && index(v, "T") > 1) v = substr(v, index(v, "T"))
					t2 = v; sub(/:00$/, "", t2)
					if (ty ~ /\+(before|until)/) { if (M[id, j] ~ /BEFORE/ && (v == timex || t2 == timex)) hit = 1; continue }
					if (ty ~ /\+(after|since)/) { if (M[id, j] ~ /AFTER/ && (v == timex || t2 == timex)) hit = 1; continue }
					if (ref == "" || timex == "") { hit = 1; break }
					if (agree(V[id, j], M[id, j], timex, vals, ref, x[1])) hit = 1
				}
			}
			if (!hit) { ok = 0; why = "no match for " E[k] }
		}
		if (ok) pass++
		else {
			got = ""
			for (j = 1; j <= n[id]; j++) got = got (j > 1 ? " ;; " : "") S[id, j] "|" V[id, j] "|" M[id, j]
			print id "\t" ref "\t" $4 "\t" ex "\tgot: " got "\t" why >> fails
		}
	}
	function agree(v, mod, timex, vals, ref, text,   t2, a, nv, i, lo, hi, d1, d2, r) {
		t2 = v; sub(/:00$/, "", t2)
		if (v == timex || t2 == timex) return 1
		# RT writes a range's timex as (A,B,duration), ndate as A/B
		if (timex ~ /^\(/) { split(substr(timex, 2), a, ","); if (v == a[1] "/" a[2]) return 1 }
		if (timex ~ /^P/ || timex ~ /^PT/) return dur(v) != "" && dur(v) == dur(timex)
		if (vals ~ /^Set: /) return v == substr(vals, 6) || t2 == substr(vals, 6)
		# by design: a bare Han month-day (八月十五) is lunar in ndate, RT
		# writes its numbers as a Gregorian date: RT's candidate dates,
		# read as lunar, must give ndate's day (and time of day)
		if (barelunar(text) && v ~ /^[0-9]+-[0-9][0-9]-[0-9][0-9](T|$)/) {
			nv = split(vals, a, ",")
			for (i = 1; i <= nv; i++)
				if (a[i] ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/ &&
				    lunar2greg(substr(a[i], 1, 4), substr(a[i], 6, 2), substr(a[i], 9, 2)) == substr(v, 1, 10) &&
				    (index(v, "T") ? substr(v, index(v, "T")) == substr(timex, index(timex, "T")) : !index(timex, "T")))
					return 1
			return 0
		}
		# by design: lunar holidays are computed, RT writes them as Gregorian
		if (text ~ /(春节|除夕|元宵|端午|七夕|中秋|重阳|腊八|大年|年三十|初[一二三四五六七八九十]|农历|阴历|正月|腊月|冬月)/ &&
		    v ~ /^[0-9]+-[0-9][0-9]-[0-9][0-9](T|$)/) {
			# a time of day said with it must agree
			if (index(v, "T") && substr(v, index(v, "T")) != substr(timex, index(timex, "T"))) return 0
			if (!index(v, "T") && index(timex, "T")) return 0
			i = substr(v, 1, 4) + 0
			# a lunar year Y runs from Jan/Feb of Y into Jan/Feb of Y + 1
			if (timex ~ /^[0-9][0-9][0-9][0-9]/) { r = substr(timex, 1, 4) + 0; return i == r || i == r + 1 }
			r = substr(ref, 1, 4) + 0
			return i == r || i == r + 1 || i == r - 1
		}
		if (!ival(v, mod)) return 0
		nv = split(vals, a, ",")
		for (i = 1; i <= nv; i++) {
			if (index(a[i], "..")) {
				lo = substr(a[i], 1, index(a[i], "..") - 1); hi = substr(a[i], index(a[i], "..") + 2)
				if (lo ~ /^[0-9][0-9]:/) {	# times of day: compare within the day
					lo = secs("1970-01-01 " lo); hi = secs("1970-01-01 " hi)
					if (lo == IS % 86400 && (hi == IE % 86400 || hi == IB % 86400)) return 1
					continue
				}
				if (secs(lo) == IS && (secs(hi) == IE || secs(hi) == IB)) return 1
			} else if (a[i] ~ /^[0-9]+-[0-9][0-9]-[0-9][0-9]$/) {
				if (secs(a[i]) == IS && IE - IS == 86400) return 1
			} else if (a[i] ~ /^[0-9]+-[0-9][0-9]-[0-9][0-9] /) {
				if (secs(a[i]) == IS) return 1
			} else if (a[i] ~ /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]$/) {
				if (IS % 86400 == secs("1970-01-01 " a[i])) return 1
			}
		}
		return 0
	}
	END {
		printf "%-52s %4d/%-4d %5.1f%%\n", name, pass, total, total ? 100 * pass / total : 0
		print pass + 0, total + 0 > "/dev/stderr"	# a file with no pass prints 0
	}
AWK
} > "$tmp/rt.awk"
{ cat "$tmp/lib.awk"; cat <<'AWK'

	FNR == 1 { file++ }
	file == 1 && FNR > 1 { n[$1]++; V[$1, n[$1]] = $6; K[$1, n[$1]] = $7; M[$1, n[$1]] = $8; R[$1] = $2; next }
	file == 2 && !/^#/ {
		id = $1; js = $5
		def = js; sub(/.*"definition": "/, "", def); sub(/".*/, "", def)
		typ = js; sub(/.*"type": "/, "", typ); sub(/".*/, "", typ)
		tot[def]++
		ok = 0
		if (typ == "time_delta" || typ == "time_period") {
			d = js; if (typ == "time_period") { sub(/.*"delta": \{/, "", d) } else sub(/.*"time": \{/, "", d)
			sub(/\}.*/, "", d); want = jdur(d)
			for (j = 1; j <= n[id]; j++) {
				v = V[id, j]
				if (typ == "time_period" && K[id, j] != "set") continue
				if (dur(v) != "" && dur(v) == want) ok = 1
				# a set's value is its pattern: T20 daily, XXXX-WXX-3 weekly
				if (typ == "time_period" && v ~ /^T/ && want == "0 86400") ok = 1
				# every working day (XXXX-WXX-WD) recurs daily, Monday to Friday
				if (typ == "time_period" && v ~ /^XXXX-WXX-WD/ && want == "0 86400") ok = 1
				else if (typ == "time_period" && v ~ /^XXXX-WXX/ && want == "0 604800") ok = 1
			}
		} else if (n[id] > 0) {
			t = js; sub(/.*"time": \["/, "", t); lo = t; sub(/".*/, "", lo)
			hi = t; sub(/^[^"]*", "/, "", hi); sub(/".*/, "", hi)
			first = 1; good = 1; pointish = 1
			refs = R[id] ~ /T/ ? secs(R[id]) : -1
			for (j = 1; j <= n[id]; j++) {
				# PRESENT_REF (现在) is the reference time itself
				if (V[id, j] == "PRESENT_REF" && refs >= 0) { IS = refs; IE = refs + 1; IB = -1 }
				else if (!ival(V[id, j], M[id, j])) { good = 0; break }
				# JioNLP ends a range of clock times written with 至 到 -
				# at the hour itself (下午3点至下午8点 ends 20:00:00): a B of
				# hour precision (not a span computed from a reference told
				# to the hour: 一天半以来 against 07 ends at 07:59:59)
				if (IB >= 0 && V[id, j] ~ /T[0-9][0-9]$/ && $4 ~ /(至|到|-|~|～|—)/) IE = IB + 1
				# JioNLP reads "before X" / "since X" as spans from or to now
				if (refs >= 0 && M[id, j] ~ /BEFORE/ && IS > refs) IS = refs
				if (refs >= 0 && M[id, j] ~ /AFTER/ && IE <= refs) IE = refs + 1
				if (!(K[id, j] == "date" || K[id, j] == "time") && M[id, j] !~ /AFTER/) pointish = 0
				if (first || IS < s) s = IS
				if (first || IE > e) e = IE
				first = 0
			}
			# an open end (inf): from lo on, which a point at lo or a
			# value from lo with AFTER says (再过半个小时 [01:36:40, inf))
			if (good && s == secs(lo) && (hi == "inf" ? pointish : e == secs(hi) + 1)) ok = 1
		}
		if (ok) pass[def]++
		else {
			got = ""
			for (j = 1; j <= n[id]; j++) got = got (j > 1 ? " ;; " : "") V[id, j] "|" M[id, j]
			print id "\t" def "\t" $3 "\t" $4 "\t" js "\tgot: " got >> fails
		}
	}
	function jdur(d,   a, nn, i, kv, k, v, m, s) {
		m = 0; s = 0; nn = split(d, a, ",")
		for (i = 1; i <= nn; i++) {
			split(a[i], kv, ":"); k = kv[1]; gsub(/[" ]/, "", k); v = kv[2] + 0
			if (k == "year") m += 12 * v; else if (k == "month") m += v
			else if (k == "day") s += 86400 * v; else if (k == "hour") s += 3600 * v
			else if (k == "minute") s += 60 * v; else if (k == "second") s += v
			else if (k == "workday") return "0 0 " v "WD"	# ndate's P5WD
		}
		return m " " s
	}
	END {
		printf "%-52s %4d/%-4d %5.1f%%\n", "JioNLP accurate", pass["accurate"], tot["accurate"], tot["accurate"] ? 100 * pass["accurate"] / tot["accurate"] : 0
		printf "%-52s %4d/%-4d %5.1f%%\n", "JioNLP blur (conventions)", pass["blur"], tot["blur"], tot["blur"] ? 100 * pass["blur"] / tot["blur"] : 0
	}
AWK
} > "$tmp/jn.awk"

# ---- Recognizers-Text --------------------------------------------------------
rt_total=0 rt_pass=0
: > "$out/ndate.rt_failures.tsv"
printf '%-52s %9s\n' "Recognizers-Text file" "pass"
for f in "$SHARED"/conformance/recognizers-text/DateTime_*.simple.tsv; do
	[ -f "$f" ] || continue
	name=$(basename "$f" .simple.tsv)
	# cases as a record stream: the reference date is each case's date column
	awk -F'\t' 'BEGIN { OFS = "\t"; print "id", "date", "text" }
	    !/^#/ { t = $4; gsub(/[\t\r\n]/, " ", t); print $1, $3, t }' "$f" > "$tmp/in.tsv"
	"$NDATE" -G "$tmp/in.tsv" > "$tmp/got.tsv" 2>/dev/null
	awk -F'\t' -v name="$name" -v ndate="$NDATE" -v fails="$out/ndate.rt_failures.tsv" -f "$tmp/rt.awk" "$tmp/got.tsv" "$f" 2>> "$tmp/rt_counts"
done
awk '{ p += $1; t += $2 } END { printf "%-52s %4d/%-4d %5.1f%%\n", "all DateTime files", p, t, t ? 100 * p / t : 0 }' "$tmp/rt_counts"
echo "failures: $out/ndate.rt_failures.tsv ($(wc -l < "$out/ndate.rt_failures.tsv") cases)"

# ---- JioNLP ------------------------------------------------------------------
f="$SHARED/conformance/jionlp/time_parser_cases.tsv"
if [ -f "$f" ]; then
	# time_base in its many forms -> an ISO reference (the date column)
	# the mode column: ret_future=True cases run with -f (JioNLP's future
	# mode, ndate's --future), the others as they are
	awk -F'\t' -v fut="$tmp/jfut.tsv" 'BEGIN { OFS = "\t"; print "id", "date", "text"; print "id", "date", "text" > fut }
	!/^#/ {
		b = $3; r = ""
		if (b ~ /^[0-9][0-9][0-9][0-9]-/) r = substr(b, 1, 19)
		else if (b ~ /^\[/) { gsub(/[][ ]/, "", b); n = split(b, a, ",")
			r = sprintf("%04d", a[1]); if (n >= 2) r = r sprintf("-%02d", a[2]); if (n >= 3) r = r sprintf("-%02d", a[3])
			# as precise as given: [2019, 2, 18, 7] is told to the hour
			if (n >= 4) r = r sprintf("T%02d", a[4])
			if (n >= 5) r = r sprintf(":%02d", a[5])
			if (n >= 6) r = r sprintf(":%02d", a[6]) }
		else if (b ~ /^\{/) { y = b; sub(/.*"year": */, "", y); y = y + 0; r = sprintf("%04d", y)
			if (b ~ /"month"/) { m = b; sub(/.*"month": */, "", m); r = r sprintf("-%02d", m + 0) }
			if (b ~ /"day"/) { m = b; sub(/.*"day": */, "", m); r = r sprintf("-%02d", m + 0) }
			if (b ~ /"hour"/) { m = b; sub(/.*"hour": */, "", m); r = r sprintf("T%02d", m + 0)
				m = b; sub(/.*"minute": */, "", m); if (b ~ /"minute"/) r = r sprintf(":%02d", m + 0) } }
		t = $4; gsub(/[\t\r\n]/, " ", t)
		if ($2 == "ret_future=True") print $1, r, t > fut
		else print $1, r, t
	}' "$f" > "$tmp/jin.tsv"
	"$NDATE" -G "$tmp/jin.tsv" > "$tmp/jgot.tsv" 2>/dev/null
	"$NDATE" -G -H -f "$tmp/jfut.tsv" >> "$tmp/jgot.tsv" 2>/dev/null
	: > "$out/ndate.jionlp_failures.tsv"
	awk -F'\t' -v ndate="$NDATE" -v fails="$out/ndate.jionlp_failures.tsv" -f "$tmp/jn.awk" "$tmp/jgot.tsv" "$f"
	echo "failures: $out/ndate.jionlp_failures.tsv ($(wc -l < "$out/ndate.jionlp_failures.tsv") cases)"
fi
