/*
 * nnum_recog.c - unit tests of nnum's recogniser: each text is run as one
 * record through nk_run_mem and the rows are compared as
 * "surface|value|unit|kind|mod" lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nkit.h"
#include "tap.h"

extern struct nk_tool nnum_tool;
extern int nnum_all;
extern const char nnum_trigger_chars[];
int nnum_is_trigger(int32_t cp);

/* rows of nnum on text, one "surface|value|unit|kind|mod" line each */
static const char *
run(const char *text)
{
	static char out[8192];
	char raw[8192], *line, *save;
	FILE *f = tmpfile();
	int fd, saved;
	size_t n;

	out[0] = '\0';
	if (!f)
		return "(tmpfile)";
	fflush(stdout);
	saved = dup(1);
	fd = fileno(f);
	dup2(fd, 1);
	nk_cli.no_header = 1;
	nk_run_mem(&nnum_tool, text, strlen(text), "t");
	nk_out_flush();
	fflush(stdout);
	dup2(saved, 1);
	close(saved);
	rewind(f);
	n = fread(raw, 1, sizeof raw - 1, f);
	raw[n] = '\0';
	fclose(f);
	for (line = strtok_r(raw, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		/* doc date line start end surface value unit kind mod */
		char *col[10];
		int k = 0;
		char *p = line;
		while (k < 10) {
			col[k++] = p;
			if (!(p = strchr(p, '\t')))
				break;
			*p++ = '\0';
		}
		if (k < 10)
			continue;
		if (out[0])
			strcat(out, ";");
		snprintf(out + strlen(out), sizeof out - strlen(out), "%s|%s|%s|%s|%s",
		    col[5], col[6], col[7], col[8], col[9]);
	}
	return out;
}

int
main(void)
{
	static const struct { const char *in, *want; } cases[] = {
		{ "腾讯采用7T训练 tokens，总参数量389B，激活参数量52B，上下文长度高达256K。",
		  "7T|7000000000000||cardinal|;389B|389000000000||cardinal|;52B|52000000000||cardinal|;256K|256000||cardinal|" },
		{ "元宝仅排在了第11位，月访问量不到200万", "第11位|11|位|ordinal|;不到200万|2000000||cardinal|under" },
		{ "營收 335.57 億元，同比增長 3%", "335.57 億元|33557000000|CNY|money|;3%|3|%|percent|" },
		{ "净流出1200亿美元", "1200亿美元|120000000000|USD|money|" },
		{ "每股1.95港元", "1.95港元|1.95|HKD|money|" },
		{ "百分之三十的人", "百分之三十|30|%|percent|" },
		{ "六成用户", "六成|60|%|percent|" },
		{ "五分之一", "五分之一|1/5||fraction|" },
		{ "下降了30%到50%", "30%到50%|30..50|%|range|" },
		{ "两到三年后", "两到三年|2..3|年|range|" },	/* ndate does not take it */
		{ "两到三家", "两到三家|2..3|家|range|" },
		{ "几千人", "几千人||人|vague|" },
		{ "二十几万人", "二十几万人|200000|人|cardinal|over" },
		{ "约 5 公里", "约 5 公里|5|公里|cardinal|approx" },
		{ "10余家企业", "10余家|10|家|cardinal|over" },
		{ "5G 网络和 GPT-4o 模型，Qwen2.5，K1，iPhone 16", "" },
		{ "2024年11月5日，腾讯宣布", "" },
		{ "见 https://a.example/123456 或 me2@example.com", "" },
		{ "一些人一起去了百度", "" },
		{ "负三十二", "负三十二|-32||cardinal|" },
		{ "-10000", "-10000|-10000||cardinal|" },
		{ "10%-20%", "10%-20%|10..20|%|range|" },
		{ "大于10小于20", "大于10小于20|10..20||range|" },
		{ "4.78万亿", "4.78万亿|4780000000000||cardinal|" },
		{ "２．２亿", "２．２亿|220000000||cardinal|" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		is(run(cases[i].in), cases[i].want, "%s", cases[i].in);

	nnum_all = 1;
	is(run("GPT-4o"), "4|4||version|", "--all: GPT-4o is a version");
	is(run("2024年"), "2024|2024||date|", "--all: 2024年 is a date");
	nnum_all = 0;
	{
		/* the trigger list nnum builds its tables from is exactly what
		 * its test accepts */
		int32_t cp, prev = 0;
		size_t k, len, bad = 0;
		static unsigned char in[0x10000];

		for (k = 0; nnum_trigger_chars[k]; k += len) {
			len = nk_u8_dec(nnum_trigger_chars + k, strlen(nnum_trigger_chars + k), &cp);
			if (cp <= prev || cp > 0xFFFF)
				bad++;
			else
				in[cp] = 1;
			prev = cp;
		}
		for (cp = 0x80; cp < 0x10000; cp++)
			if (!!nnum_is_trigger(cp) != in[cp])
				bad++;
		ok(bad == 0, "nnum_trigger_chars lists what nnum_is_trigger accepts, in order (%zu off)", bad);
	}
	return done_testing();
}
