# Loaded by the ndate bats files.

# nd REF TEXT: "surface|value|kind|mod" for each expression in TEXT
nd() {
	local ref=-G
	[ -n "$1" ] && ref="--ref=$1"
	printf '%s\n' "$2" | ndate -H "$ref" | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 }'
}
