#!/usr/bin/env bats
# nquote: who the speaker is in prose, second part: long descriptions
# before a name, quotations whose speaker is the subject next to them.
load helpers/common

# rows as "speaker|cue|kind|quote|desc" for one document, its lines the arguments
rows() {
	printf '%s\n' "$@" | nnorm | nquote -H | awk -F'\t' '{ print $6 "|" $7 "|" $8 "|" $9 "|" $10 }'
}

@test "nquote speakers2: a name after a long description ending in a role the lexicon does not know (里长, 主秘)" {
	run rows '台中市北屯区仁和里长郭振华说道，「排水沟堵了半个月，下雨就淹到门口。」'
	assert_success
	assert_output '郭振华|说道|direct|排水沟堵了半个月，下雨就淹到门口。|台中市北屯区仁和里长'
	run rows '新北市政府交通局停管处主秘林怡君表示，「新的收费系统下个月起分区上线。」'
	assert_success
	assert_output '林怡君|表示|direct|新的收费系统下个月起分区上线。|新北市政府交通局停管处主秘'
}

@test "nquote speakers2: a quotation in the first person after a sentence naming one person is that person's" {
	run rows '快递员刘志强今年换了电动三轮车，每天能多送六十多件。' '入冬以后，刘志强的订单又多了三成，他常常忙到晚上十点。「我现在一个月能挣九千多，比在老家种地强多了。」'
	assert_success
	assert_output '刘志强||direct|我现在一个月能挣九千多，比在老家种地强多了。|'
	# two people in the sentence before: no guess
	run rows '快递员刘志强今年换了电动三轮车。' '站长王海和刘志强一起清点了包裹。「我们今天要送完两千件。」'
	assert_success
	refute_output --partial '我们今天要送完两千件'
}

@test "nquote speakers2: a quotation opening its paragraph, a comma, a time, then the subject of the sentence" {
	run rows '村支书孙国栋连夜组织转移。' '「水要漫过堤坝了，大家马上上山」，凌晨2时，孙国栋在村微信群里连发了三条语音。'
	assert_success
	assert_output '孙国栋||direct|水要漫过堤坝了，大家马上上山|'
	# the quotation as the subject of 是: no speaker
	run rows '“先富带后富”，是邓小平提出的重要思想。'
	assert_success
	assert_output ''
}
