/* Unit tests of the YAML tree (yml.c). */
#include <stdlib.h>
#include <string.h>

#include "nkit.h"
#include "tap.h"

int
main(void)
{
	const char *src = "title: '腾讯的AI困局'\ndate: 2024-11-16\ntags: [AI, 腾讯]\nverbs:\n  说: A\n  认为: B\n";
	char *err = NULL;
	nk_yaml *y = nk_yaml_parse(src, strlen(src), &err), *v;

	ok(y && y->kind == NK_Y_MAP, "a mapping parses");
	v = nk_yaml_get(y, "title");
	is(v ? v->val : NULL, "腾讯的AI困局", "a quoted scalar");
	v = nk_yaml_get(y, "tags");
	ok(v && v->kind == NK_Y_SEQ && v->n == 2 && strcmp(v->kids[1]->val, "腾讯") == 0, "a flow sequence");
	v = nk_yaml_get(y, "verbs");
	ok(v && v->kind == NK_Y_MAP && v->n == 4 && strcmp(nk_yaml_get(v, "认为")->val, "B") == 0,
	    "a nested mapping");
	ok(nk_yaml_get(y, "missing") == NULL, "absent keys are NULL");
	ok(v && v->line == 5, "nodes know their line (%ld)", v ? v->line : 0L);
	nk_yaml_free(y);

	y = nk_yaml_parse("a: [1, 2\n", 9, &err);
	ok(!y && err && strstr(err, "line"), "malformed YAML: NULL and a message with the line (%s)", err ? err : "");
	free(err);
	y = nk_yaml_parse("", 0, &err);
	ok(y && y->kind == NK_Y_MAP && y->n == 0, "an empty document is an empty mapping");
	nk_yaml_free(y);
	return done_testing();
}
