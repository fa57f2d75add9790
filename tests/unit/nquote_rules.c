/*
 * nquote_rules.c - nquote's recogniser on small documents written for
 * each rule (none of them from the seeds): kinds, speakers, extents, and
 * what must not be reported.
 */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "../../cmd/nquote/nquote.h"
#include "tap.h"

static struct nq_hits h;
static const char **cur;
static size_t ncur;
static char got[8192];

static void
run(const char **paras, size_t n)
{
	size_t len[16], i;

	nq_hits_free(&h);
	for (i = 0; i < n; i++)
		len[i] = strlen(paras[i]);
	cur = paras;
	ncur = n;
	nq_scan(paras, len, n, &h);
}

/* the hits as "para|speaker|kind|cue|quote|desc" lines */
static const char *
all(void)
{
	size_t i, k = 0;

	got[0] = '\0';
	for (i = 0; i < h.n; i++) {
		const struct nq_hit *x = &h.v[i];
		const char *t = cur[x->para];
		size_t tl = strlen(t);
		size_t a = nk_u8_offset(t, tl, x->start), b = nk_u8_offset(t, tl, x->end);
		int m = snprintf(got + k, sizeof(got) - k, "%s%zu|%s|%s|%s|%.*s|%s", i ? "\n" : "",
		    x->para, x->speaker, nq_kind_name(x->kind), x->cue, (int)(b - a), t + a, x->desc);

		if (m < 0 || (size_t)m >= sizeof(got) - k)
			break;
		k += (size_t)m;
	}
	return got;
}

#define DOC(...) do { static const char *d_[] = {__VA_ARGS__}; run(d_, sizeof(d_) / sizeof(d_[0])); } while (0)

int
main(void)
{
	nk_init("nquote_rules");

	/* direct: speaker with title, colon */
	DOC("华为轮值董事长徐直军表示：“我们不会造车。”");
	is(all(), "0|徐直军|direct|表示|我们不会造车。|华为轮值董事长", "title split, colon, direct");

	/* quote first, then split quotation around the speaker */
	DOC("“这只是开始，”她说，“明年会更快。”");
	is(all(), "0|她|direct|说|这只是开始，|\n0|她|direct|说|明年会更快。|", "split quotation, both parts, same speaker");

	DOC("「市场会慢慢回暖，但需要时间」，王小明当时认为。");
	is(all(), "0|王小明|direct|认为|市场会慢慢回暖，但需要时间|", "quote first with 「」 and a tier B verb");

	/* no punctuation before the quote */
	DOC("孔子曾说过“学而时习之，不亦说乎”，这句话流传至今。");
	is(all(), "0|孔子|direct|说|学而时习之，不亦说乎|", "quote without a colon");

	/* ASCII quotes and nesting */
	DOC("张三说:\"他告诉我'明天再来',然后就走了。\"");
	is(all(), "0|张三|direct|说|他告诉我'明天再来',然后就走了。|", "ASCII quotes, half-width colon");
	DOC("李四指出：“所谓‘护城河’，其实是『时间』。”");
	is(all(), "0|李四|direct|指出|所谓‘护城河’，其实是『时间』。|", "nested marks stay inside");

	/* indirect, to the end of the sentence */
	DOC("王五说，公司明年将扩招一千人，重点是研发岗位。他没有透露具体预算。");
	is(all(), "0|王五|indirect|说|公司明年将扩招一千人，重点是研发岗位|", "indirect to the sentence end");
	DOC("小米称新工厂将在年底投产。");
	is(all(), "0|小米|indirect|称|新工厂将在年底投产|", "organisation, bare verb");
	DOC("在赵六看来，价格战不可持续。", "据某知情人士透露，双方已签约。");
	is(all(), "0|赵六|indirect|看来|价格战不可持续|\n1|知情人士|indirect|透露|双方已签约|",
	    "在X看来, 据X透露 with an anonymous source");
	DOC("消息人士称，该交易仍在谈判中。");
	is(all(), "0|消息人士|indirect|称|该交易仍在谈判中|", "anonymous source");
	DOC("陈七今年的判断是，行业将在明年洗牌。");
	is(all(), "0|陈七|indirect|判断|行业将在明年洗牌|", "X的判断是");

	/* a quotation with its own speaker inside an indirect one */
	DOC("周大说，李二在报告中强调：“改革不能停。”");
	is(all(), "0|李二|direct|强调|改革不能停。|", "the nested speaker owns the quotation");
	DOC("周大说，市场在变，李二在报告中强调：“改革不能停。”");
	is(all(), "0|周大|indirect|说|市场在变|\n0|李二|direct|强调|改革不能停。|",
	    "the indirect quotation stops before the nested speaker's clause");

	/* pronouns resolve to the nearest named speaker before */
	DOC("京东集团CEO许冉表示，618的订单创新高。", "她还指出，物流成本下降了。");
	is(all(), "0|许冉|indirect|表示|618的订单创新高|京东集团CEO\n1|许冉|indirect|指出|物流成本下降了|京东集团CEO",
	    "她 takes the previous person");

	DOC("央行行长王大明表示，利率不变。", "其还透露，明年将出台新规。");
	is(all(), "0|王大明|indirect|表示|利率不变|央行行长\n1|王大明|indirect|透露|明年将出台新规|央行行长",
	    "其 takes the previous speaker");
	DOC("村民李四告诉记者：“水终于通了，大家都很高兴。”");
	is(all(), "0|李四|direct|告诉|水终于通了，大家都很高兴。|村民", "an object between verb and quotation");

	/* a quotation over several paragraphs */
	DOC("刘八说：“第一段话，", "“第二段话，", "“最后一段。”", "记者随后离开。");
	is(all(), "0|刘八|direct|说|第一段话，|\n1|刘八|direct|说|第二段话，|\n2|刘八|direct|说|最后一段。|",
	    "one row per paragraph of a multi-paragraph quotation");

	DOC("发布会上，总经理赵九表示：", "“今年的目标是翻一番。”", "会议随后结束。");
	is(all(), "1|赵九|direct|表示|今年的目标是翻一番。|总经理", "cue at the end of a paragraph, quotation in the next");

	/* interview transcript, continuation, metadata */
	DOC("来源：某报", "问：你们为什么这样做？", "答：因为用户需要。", "我们会继续做。", "编辑：某某");
	is(all(), "1|问|interview|：|你们为什么这样做？|\n2|答|interview|：|因为用户需要。|\n3|答|interview||我们会继续做。|",
	    "问/答 turns; continuation; 来源 and 编辑 are not turns");
	DOC("王一：今年怎么样？", "李二：还不错，比去年好。", "02", "王一：明年呢？", "李二：会更好。");
	is(all(), "0|王一|interview|：|今年怎么样？|\n1|李二|interview|：|还不错，比去年好。|\n3|王一|interview|：|明年呢？|\n4|李二|interview|：|会更好。|",
	    "named turns; a heading is nobody's");
	DOC("王一：今年怎么样？", "李二：还不错，比去年好。");
	is(all(), "", "two labels used once each are not a transcript");
	DOC("作者：张三", "这是一篇普通的文章。");
	is(all(), "", "one label is not a transcript");

	/* not quotations */
	DOC("这款手机有多“差”？它毫无“特色”，却号称「中国速度」。");
	is(all(), "", "scare quotes");
	DOC("他在《人民日报》发表文章，谈到“双碳”目标。");
	is(all(), "", "titles and terms");
	DOC("说到底，这是“百模大战”的结果。对于用户来说，价格最重要。");
	is(all(), "", "说到底, 来说 are not cues");
	DOC("我们需要回答一个问题：如何活下去？");
	is(all(), "", "我们 and 回答 with a colon and no quotation");

	/* raw Traditional text matches the Simplified lexicon */
	DOC("騰訊集團副總裁蔣杰說：“我們會繼續。”", "他認為，市場會好轉。");
	is(all(), "0|蔣杰|direct|說|我們會繼續。|騰訊集團副總裁\n1|蔣杰|indirect|認為|市場會好轉|騰訊集團副總裁",
	    "Traditional cues, titles and pronouns");

	/* feelings, bylines and nouns are not speech */
	DOC("家里人十分担心，孩子的病情会加重。");
	is(all(), "", "a degree adverb before 担心: a feeling");
	DOC("本报北京1月1日讯记者王小明报道：国家税务总局日前发出通告。");
	is(all(), "", "a reporter's byline is not a quotation");
	DOC("发言人王五没有回应。", "李六拒绝透露，谈判仍在进行。");
	is(all(), "", "没有回应, 拒绝透露 report nothing");
	DOC("对方发出警告后，双方激战全城。");
	is(all(), "", "警告后: a noun");
	DOC("又一位记者问道：“你是否认为会赢？”");
	is(all(), "0|记者|direct|问道|你是否认为会赢？|", "问道 is one verb");

	/* sources described, not named */
	DOC("有的历史学家认为，这份手稿并非原作。");
	is(all(), "0|历史学家|indirect|认为|这份手稿并非原作|", "a quantifier before a described source");
	DOC("参与调查的医生指出，病人的症状正在减轻。");
	is(all(), "0|医生|indirect|指出|病人的症状正在减轻|参与调查的", "a source after 的, described");
	DOC("全会强调，要把节约资源放在突出位置。");
	is(all(), "0|全会|indirect|强调|要把节约资源放在突出位置|", "a meeting speaks");
	DOC("王小明一贯认为，读书比考试重要。", "李大伟十分坦率地说，今年的目标很难完成。");
	is(all(), "0|王小明|indirect|认为|读书比考试重要|\n1|李大伟|indirect|说|今年的目标很难完成|",
	    "adverbs between speaker and verb");
	DOC("胡海峰兴奋地表示，这次比赛打得很好。");
	is(all(), "0|胡海峰|indirect|表示|这次比赛打得很好|", "a two-character adverb in 地 after a name");
	DOC("火车站站长刘洋告诉记者，春运的客流比去年多了一成。");
	is(all(), "0|刘洋|indirect|告诉|春运的客流比去年多了一成|火车站站长", "X告诉记者，…");
	DOC("工程师赵亮认为，“这座桥还能用五十年”。");
	is(all(), "0|赵亮|direct|认为|这座桥还能用五十年|工程师", "the clause is a quotation: direct");
	DOC("市长孙强指出，全市的空气质量明显好转（附图片2张）");
	is(all(), "0|孙强|indirect|指出|全市的空气质量明显好转|市长", "an editor's note ends no quotation");
	DOC("据南方日报报道，菜价上涨以后，小贩的生意冷清，而超市的生意更好了。");
	is(all(), "0|南方日报|indirect|报道|菜价上涨以后，小贩的生意冷清，而超市的生意更好了|",
	    "据X报道 reports the whole sentence");
	DOC("你最好找老师谈谈，然后再决定要不要转学。", "首先承认错误，然后指出问题所在。");
	is(all(), "", "谈谈 reports nothing; an adverb is no speaker");

	DOC("“票都卖完了！”周小红笑眯眯地说。");
	is(all(), "0|周小红|direct|说|票都卖完了！|", "an ABB adverb in 地 after a three-character name");

	/* 他 opening a sentence: the person opening the sentence before, named again */
	DOC("总经理马建国昨天来到工地。马建国察看了新建的厂房。他表示，工程将在年底完工。");
	is(all(), "0|马建国|indirect|表示|工程将在年底完工|", "他 is the subject of the sentence before");
	DOC("马建国察看了新建的厂房。他表示，工程将在年底完工。");
	is(all(), "0|他|indirect|表示|工程将在年底完工|", "a name seen once may be a word: the pronoun stays");

	DOC("副市长刘建平在开幕式上致辞。", "他要求各部门抓紧落实。", "他说，今年要新建十所学校。");
	is(all(), "2|刘建平|indirect|说|今年要新建十所学校|副市长",
	    "back over sentences opening with 他 to a title and name before 在");
	DOC("王立新在发布会上讲话。", "她说：“新馆明年开放。”");
	is(all(), "1|王立新|direct|说|新馆明年开放。|", "a bare name before 在 opens the sentence before");
	DOC("队长说：“我们准备好了。”", "卓玛背着孩子走在最后。他告诉记者，路还很远。“明天一定能到，大家放心”，卓玛说。");
	is(all(), "0|队长|direct|说|我们准备好了。|\n1|卓玛|indirect|告诉|路还很远|\n1|卓玛|direct|说|明天一定能到，大家放心|",
	    "他 of a paragraph is the speaker named after a quotation later in it");
	DOC("厂长王东称这些零件为厂里的宝贝。");
	is(all(), "", "称X为Y names, it reports nothing");

	/* one unbalanced mark does not swallow the document */
	DOC("他说：“没有结束", "孙九表示，下周发布新品。");
	is(all(), "0|他|direct|说|没有结束|\n1|孙九|indirect|表示|下周发布新品|", "unclosed mark ends with its paragraph");

	/* -a */
	nq_opts.all = 1;
	DOC("“要么创新，要么出局”，已经成为行业共识。", "它有多“差”？");
	is(all(), "0||unattributed||要么创新，要么出局|", "-a: unattributed quotation, never a scare quote");
	nq_opts.all = 0;

	/* bad bytes and odd input never crash */
	DOC("\xe2\x80\x9c", "\xe2\x80\x9d\xe2\x80\x9d", "：", "说：", "\"", "");
	ok(1, "stray marks and empty paragraphs");

	nq_hits_free(&h);
	return done_testing();
}
