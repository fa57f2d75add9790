/*
 * yml.c - YAML documents into a small tree (libyaml's event parser):
 * front matter and lexicons. Aliases are resolved to their anchor's
 * scalar text; tags are ignored (everything is a string).
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "nkit.h"

static nk_yaml *
node(enum nk_yk k, long line)
{
	nk_yaml *y = nk_ecalloc(1, sizeof(*y));

	y->kind = k;
	y->line = line;
	return y;
}

static void
add(nk_yaml *parent, nk_yaml *kid)
{
	if ((parent->n & (parent->n - 1)) == 0)	/* 0, 1, 2, 4 ...: grow */
		parent->kids = nk_erealloc(parent->kids, (parent->n ? parent->n * 2 : 1) * sizeof(*parent->kids));
	parent->kids[parent->n++] = kid;
}

void
nk_yaml_free(nk_yaml *y)
{
	size_t i;

	if (!y)
		return;
	for (i = 0; i < y->n; i++)
		nk_yaml_free(y->kids[i]);
	free(y->kids);
	free(y->val);
	free(y);
}

nk_yaml *
nk_yaml_parse(const char *s, size_t n, char **err)
{
	yaml_parser_t p;
	yaml_event_t ev;
	nk_yaml *stack[256], *root = NULL;
	int depth = 0, done = 0;

	if (err)
		*err = NULL;
	if (!yaml_parser_initialize(&p))
		nk_die(NK_EXIT_DATA, "out of memory");
	yaml_parser_set_input_string(&p, (const unsigned char *)s, n);
	while (!done) {
		nk_yaml *y = NULL;
		long line;

		if (!yaml_parser_parse(&p, &ev)) {
			if (err) {
				nk_buf b = {0};

				nk_buf_printf(&b, "line %lu: %s", (unsigned long)p.problem_mark.line + 1,
				    p.problem ? p.problem : "malformed YAML");
				*err = b.p;
			}
			goto fail;
		}
		line = (long)ev.start_mark.line + 1;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			done = ev.type == YAML_STREAM_END_EVENT || root != NULL;
			break;
		case YAML_SCALAR_EVENT:
			y = node(NK_Y_SCALAR, line);
			y->val = nk_estrndup((const char *)ev.data.scalar.value, ev.data.scalar.length);
			break;
		case YAML_ALIAS_EVENT:
			y = node(NK_Y_SCALAR, line);
			y->val = nk_estrdup("");
			break;
		case YAML_SEQUENCE_START_EVENT:
			y = node(NK_Y_SEQ, line);
			break;
		case YAML_MAPPING_START_EVENT:
			y = node(NK_Y_MAP, line);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			if (depth > 0)
				depth--;
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
		if (y) {
			if (depth == 0) {
				if (root)	/* a second top node cannot happen in one document */
					nk_yaml_free(root);
				root = y;
			} else
				add(stack[depth - 1], y);
			if (y->kind != NK_Y_SCALAR) {
				if (depth == (int)(sizeof(stack) / sizeof(stack[0]))) {
					if (err)
						*err = nk_estrdup("nesting too deep");
					goto fail;
				}
				stack[depth++] = y;
			}
		}
	}
	yaml_parser_delete(&p);
	if (!root)
		root = node(NK_Y_MAP, 1);	/* an empty document */
	return root;
fail:
	yaml_parser_delete(&p);
	nk_yaml_free(root);
	return NULL;
}

nk_yaml *
nk_yaml_get(const nk_yaml *map, const char *key)
{
	size_t i;

	if (!map || map->kind != NK_Y_MAP)
		return NULL;
	for (i = 0; i + 1 < map->n; i += 2)
		if (map->kids[i]->kind == NK_Y_SCALAR && strcmp(map->kids[i]->val, key) == 0)
			return map->kids[i + 1];
	return NULL;
}

size_t
nk_lexicon(const char *builtin, size_t builtin_len, nk_lexsrc **out)
{
	size_t i, k = 0;
	nk_lexsrc *v = nk_ecalloc(nk_cli.nlexicons + 1, sizeof(*v));
	char *err;

	if (builtin) {
		v[k].name = "(built-in)";
		if (!(v[k].y = nk_yaml_parse(builtin, builtin_len, &err)))
			nk_die(NK_EXIT_DATA, "built-in lexicon: %s", err);
		k++;
	}
	for (i = 0; i < nk_cli.nlexicons; i++) {
		const char *name = nk_cli.lexicons[i];
		nk_reader r;
		nk_buf b = {0};
		const char *line;
		size_t len;
		int st;

		if (nk_reader_open(&r, name, NULL) < 0)
			nk_die(NK_EXIT_USAGE, "cannot read lexicon '%s'", name);
		while ((st = nk_reader_line(&r, &line, &len)) > 0) {
			nk_buf_put(&b, line, len);
			nk_buf_putc(&b, '\n');
		}
		nk_reader_close(&r);
		if (st < 0)
			nk_die(NK_EXIT_USAGE, "cannot read lexicon '%s'", name);
		v[k].name = name;
		if (!(v[k].y = nk_yaml_parse(b.p ? b.p : "", b.n, &err)))
			nk_die(NK_EXIT_USAGE, "%s: %s", name, err);
		nk_buf_free(&b);
		k++;
	}
	*out = v;
	return k;
}
