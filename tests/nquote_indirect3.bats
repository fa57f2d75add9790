#!/usr/bin/env bats
# nquote: which cues start indirect speech, and where it ends (round 3).
load helpers/common
load helpers/nquote

@test "nquote indirect3: 认为 takes its clause bare after a person named just before it" {
	run news '女排主教练蔡斌认为球队的防守还需要加强，下一场要打出更好的精神面貌。'
	assert_success
	assert_output '蔡斌	indirect	球队的防守还需要加强，下一场要打出更好的精神面貌	女排主教练'
	# (被认为, 一般认为: no one named before it)
	run news '这一做法被认为是近年来最有效的减负措施。业内一般认为市场仍有调整空间。'
	assert_success
	assert_output ''
}
