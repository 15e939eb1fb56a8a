/*
** ast_dump.c: prints an AST in the text form tools/phpast-oracle prints php-ast's trees in (one
** node a line, "key: " or "- " before each child, leaves as "string", integers and
** "float 0x<IEEE bits>"), so the parser can be diffed against PHP's (tools/check-phpparse).
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/ast.h"
#include "phpvm/phpvm.h"

void phpvm_print_escaped(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == '"')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c == '\r')
            fputs("\\r", out);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
}

static void dump(FILE *out, const phpvm_ast_t *n, int indent, const char *prefix)
{
    fprintf(out, "%*s%s", indent, "", prefix);
    if (!n) {
        fputs("null\n", out);
        return;
    }
    if (n->kind == PHPVM_AST_ZVAL) {
        if (n->vtype == PHPVM_ZV_STR) {
            fputc('"', out);
            phpvm_print_escaped(out, n->str, n->len);
            fputs("\"\n", out);
        } else if (n->vtype == PHPVM_ZV_LONG) {
            fprintf(out, "%" PRId64 "\n", n->lval);
        } else {
            uint64_t bits;
            memcpy(&bits, &n->dval, sizeof bits);
            fprintf(out, "float 0x%016" PRIx64 "\n", bits);
        }
        return;
    }
    fprintf(out, "AST_%s", phpvm_ast_kind_name(n->kind));
    phpvm_ast_print_flags(out, n);
    fputc('\n', out);
    bool list = phpvm_ast_is_list(n->kind);
    for (uint32_t i = 0; i < n->count; i++) {
        char name[32], pre[40];
        if (list)
            strcpy(pre, "- ");
        else
            snprintf(pre, sizeof pre, "%s: ", phpvm_ast_child_name(n->kind, (int)i, name, sizeof name));
        dump(out, n->child[i], indent + 2, pre);
    }
}

void phpvm_ast_dump(FILE *out, const phpvm_ast_t *ast)
{
    dump(out, ast, 0, "");
}
