/*
** html.c: ext/standard's HTML escaping: htmlspecialchars/htmlentities, their decoders
** (htmlspecialchars_decode, html_entity_decode) and get_html_translation_table, with PHP's
** ENT_* flags (quote styles, doctypes, invalid-sequence handling) on UTF-8 or ISO-8859-1 text.
** The named entities are HTML 4.01's 253 (recorded from php -n's translation table); the other
** doctypes use them too, plus &apos;.
*/
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phpvm/interp.h"

#define UNUSED (void)self
#define STR(i, var)                                                                                \
    rt_str_t *var = phpvm_arg_str(args, argc, i);                                                  \
    if (!var)                                                                                      \
        return RT_NOVALUE
#define LONG(i, var, def)                                                                          \
    int64_t var = def;                                                                             \
    if (phpvm_arg_given(argc, args, i) && !phpvm_arg_long(args, argc, i, &var))                    \
        return RT_NOVALUE

enum {
    Q_SINGLE = 1, Q_DOUBLE = 2, ENT_IGNORE_ = 4, ENT_SUBSTITUTE_ = 8, ENT_DISALLOWED_ = 128,
    DOC_MASK = 48, DOC_HTML401 = 0, DOC_XML1 = 16, DOC_XHTML = 32, DOC_HTML5 = 48,
    DEFAULT_FLAGS = Q_SINGLE | Q_DOUBLE | ENT_SUBSTITUTE_,
};

/* HTML 4.01's named entities by code point, ascending; "#039" is how PHP spells the
** apostrophe there. Recorded from get_html_translation_table(HTML_ENTITIES). */
static const struct {
    uint32_t cp;
    const char *name;
} entities[] = {
    {34, "quot"}, {38, "amp"}, {39, "#039"}, {60, "lt"}, {62, "gt"}, {160, "nbsp"}, {161, "iexcl"},
    {162, "cent"}, {163, "pound"}, {164, "curren"}, {165, "yen"}, {166, "brvbar"}, {167, "sect"},
    {168, "uml"}, {169, "copy"}, {170, "ordf"}, {171, "laquo"}, {172, "not"}, {173, "shy"},
    {174, "reg"}, {175, "macr"}, {176, "deg"}, {177, "plusmn"}, {178, "sup2"}, {179, "sup3"},
    {180, "acute"}, {181, "micro"}, {182, "para"}, {183, "middot"}, {184, "cedil"}, {185, "sup1"},
    {186, "ordm"}, {187, "raquo"}, {188, "frac14"}, {189, "frac12"}, {190, "frac34"},
    {191, "iquest"}, {192, "Agrave"}, {193, "Aacute"}, {194, "Acirc"}, {195, "Atilde"},
    {196, "Auml"}, {197, "Aring"}, {198, "AElig"}, {199, "Ccedil"}, {200, "Egrave"},
    {201, "Eacute"}, {202, "Ecirc"}, {203, "Euml"}, {204, "Igrave"}, {205, "Iacute"},
    {206, "Icirc"}, {207, "Iuml"}, {208, "ETH"}, {209, "Ntilde"}, {210, "Ograve"}, {211, "Oacute"},
    {212, "Ocirc"}, {213, "Otilde"}, {214, "Ouml"}, {215, "times"}, {216, "Oslash"},
    {217, "Ugrave"}, {218, "Uacute"}, {219, "Ucirc"}, {220, "Uuml"}, {221, "Yacute"},
    {222, "THORN"}, {223, "szlig"}, {224, "agrave"}, {225, "aacute"}, {226, "acirc"},
    {227, "atilde"}, {228, "auml"}, {229, "aring"}, {230, "aelig"}, {231, "ccedil"},
    {232, "egrave"}, {233, "eacute"}, {234, "ecirc"}, {235, "euml"}, {236, "igrave"},
    {237, "iacute"}, {238, "icirc"}, {239, "iuml"}, {240, "eth"}, {241, "ntilde"}, {242, "ograve"},
    {243, "oacute"}, {244, "ocirc"}, {245, "otilde"}, {246, "ouml"}, {247, "divide"},
    {248, "oslash"}, {249, "ugrave"}, {250, "uacute"}, {251, "ucirc"}, {252, "uuml"},
    {253, "yacute"}, {254, "thorn"}, {255, "yuml"}, {338, "OElig"}, {339, "oelig"},
    {352, "Scaron"}, {353, "scaron"}, {376, "Yuml"}, {402, "fnof"}, {710, "circ"}, {732, "tilde"},
    {913, "Alpha"}, {914, "Beta"}, {915, "Gamma"}, {916, "Delta"}, {917, "Epsilon"}, {918, "Zeta"},
    {919, "Eta"}, {920, "Theta"}, {921, "Iota"}, {922, "Kappa"}, {923, "Lambda"}, {924, "Mu"},
    {925, "Nu"}, {926, "Xi"}, {927, "Omicron"}, {928, "Pi"}, {929, "Rho"}, {931, "Sigma"},
    {932, "Tau"}, {933, "Upsilon"}, {934, "Phi"}, {935, "Chi"}, {936, "Psi"}, {937, "Omega"},
    {945, "alpha"}, {946, "beta"}, {947, "gamma"}, {948, "delta"}, {949, "epsilon"}, {950, "zeta"},
    {951, "eta"}, {952, "theta"}, {953, "iota"}, {954, "kappa"}, {955, "lambda"}, {956, "mu"},
    {957, "nu"}, {958, "xi"}, {959, "omicron"}, {960, "pi"}, {961, "rho"}, {962, "sigmaf"},
    {963, "sigma"}, {964, "tau"}, {965, "upsilon"}, {966, "phi"}, {967, "chi"}, {968, "psi"},
    {969, "omega"}, {977, "thetasym"}, {978, "upsih"}, {982, "piv"}, {8194, "ensp"},
    {8195, "emsp"}, {8201, "thinsp"}, {8204, "zwnj"}, {8205, "zwj"}, {8206, "lrm"}, {8207, "rlm"},
    {8211, "ndash"}, {8212, "mdash"}, {8216, "lsquo"}, {8217, "rsquo"}, {8218, "sbquo"},
    {8220, "ldquo"}, {8221, "rdquo"}, {8222, "bdquo"}, {8224, "dagger"}, {8225, "Dagger"},
    {8226, "bull"}, {8230, "hellip"}, {8240, "permil"}, {8242, "prime"}, {8243, "Prime"},
    {8249, "lsaquo"}, {8250, "rsaquo"}, {8254, "oline"}, {8260, "frasl"}, {8364, "euro"},
    {8465, "image"}, {8472, "weierp"}, {8476, "real"}, {8482, "trade"}, {8501, "alefsym"},
    {8592, "larr"}, {8593, "uarr"}, {8594, "rarr"}, {8595, "darr"}, {8596, "harr"},
    {8629, "crarr"}, {8656, "lArr"}, {8657, "uArr"}, {8658, "rArr"}, {8659, "dArr"},
    {8660, "hArr"}, {8704, "forall"}, {8706, "part"}, {8707, "exist"}, {8709, "empty"},
    {8711, "nabla"}, {8712, "isin"}, {8713, "notin"}, {8715, "ni"}, {8719, "prod"}, {8721, "sum"},
    {8722, "minus"}, {8727, "lowast"}, {8730, "radic"}, {8733, "prop"}, {8734, "infin"},
    {8736, "ang"}, {8743, "and"}, {8744, "or"}, {8745, "cap"}, {8746, "cup"}, {8747, "int"},
    {8756, "there4"}, {8764, "sim"}, {8773, "cong"}, {8776, "asymp"}, {8800, "ne"},
    {8801, "equiv"}, {8804, "le"}, {8805, "ge"}, {8834, "sub"}, {8835, "sup"}, {8836, "nsub"},
    {8838, "sube"}, {8839, "supe"}, {8853, "oplus"}, {8855, "otimes"}, {8869, "perp"},
    {8901, "sdot"}, {8968, "lceil"}, {8969, "rceil"}, {8970, "lfloor"}, {8971, "rfloor"},
    {9001, "lang"}, {9002, "rang"}, {9674, "loz"}, {9824, "spades"}, {9827, "clubs"},
    {9829, "hearts"}, {9830, "diams"},
};
enum { NENT = sizeof entities / sizeof entities[0] };

static const char *entity_of(uint32_t cp)
{
    int lo = 0, hi = NENT - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (entities[mid].cp == cp)
            return entities[mid].name;
        if (entities[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

static int64_t cp_of_name(const char *s, size_t n)
{
    for (int i = 0; i < NENT; i++)
        if (entities[i].name[0] != '#' && strlen(entities[i].name) == n &&
            memcmp(entities[i].name, s, n) == 0)
            return entities[i].cp;
    return -1;
}

static void put_utf8(rt_strbuf_t *b, uint32_t cp)
{
    char u[4];
    int n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
    } else {
        u[0] = (char)(0xf0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f)), u[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
    }
    rt_strbuf_append(b, u, (size_t)n);
}

/* The UTF-8 sequence at p (strict: no overlongs, surrogates or values past U+10FFFF): its
** length and *cp, or 0 when invalid. */
static int utf8_seq(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
    if (*p < 0x80) {
        *cp = *p;
        return 1;
    }
    int n = (*p & 0xe0) == 0xc0 ? 2 : (*p & 0xf0) == 0xe0 ? 3 : (*p & 0xf8) == 0xf0 ? 4 : 0;
    if (n == 0 || end - p < n)
        return 0;
    uint32_t v = *p & (0x7f >> n);
    for (int k = 1; k < n; k++) {
        if ((p[k] & 0xc0) != 0x80)
            return 0;
        v = v << 6 | (p[k] & 0x3f);
    }
    static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < min[n] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
        return 0;
    *cp = v;
    return n;
}

/* The charset argument: true for UTF-8 (the default), false for a single-byte Latin-1 one;
** -1 with a ValueError pending for one PHP does not know. */
static int charset_arg(rt_value_t *args, int argc, int i, const char *fname)
{
    if (!phpvm_arg_given(argc, args, i) || phpvm_deref(args[i]) == rt_none)
        return 1;
    rt_str_t *e = phpvm_arg_str(args, argc, i);
    if (!e)
        return -1;
    if (e->len == 0 || strcasecmp(e->data, "utf-8") == 0 || strcasecmp(e->data, "utf8") == 0)
        return 1;
    static const char *const latin[] = {"iso-8859-1", "iso8859-1", "latin1", "iso-8859-15",
                                        "iso8859-15", "cp1252", "windows-1252", "1252",
                                        "koi8-r", "cp1251", "windows-1251", "cp866", "ibm866",
                                        "macroman"};
    for (size_t k = 0; k < sizeof latin / sizeof latin[0]; k++)
        if (strcasecmp(e->data, latin[k]) == 0)
            return 0;
    phpvm_error(PHPVM_E_WARNING, "%s(): Charset \"%s\" is not supported, assuming UTF-8", fname,
                e->data);
    return 1;
}

/* The code point of a named entity in a doctype (XML 1.0 knows only its five), or -1. */
static int64_t named(const char *s, size_t n, int doc)
{
    if (n == 4 && memcmp(s, "apos", 4) == 0)
        return doc == DOC_HTML401 ? -1 : '\'';
    if (doc == DOC_XML1 && !((n == 3 && memcmp(s, "amp", 3) == 0) || (n == 2 && s[1] == 't') ||
                             (n == 4 && memcmp(s, "quot", 4) == 0)))
        return -1;
    return cp_of_name(s, n);
}

/* Whether s[i] '&' starts an entity (&name; known to the doctype, &#123; &#x1F;) that
** double_encode=false keeps. */
static bool entity_at(const char *s, int64_t i, int64_t n, int doc)
{
    int64_t j = i + 1;
    if (j < n && s[j] == '#') {
        j++;
        bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
        if (hex)
            j++;
        int64_t d = j;
        while (j < n && (hex ? isxdigit((unsigned char)s[j]) : isdigit((unsigned char)s[j])))
            j++;
        return j > d && j < n && s[j] == ';';
    }
    int64_t d = j;
    while (j < n && isalnum((unsigned char)s[j]))
        j++;
    return j > d && j < n && s[j] == ';' && named(s + d, (size_t)(j - d), doc) >= 0;
}

/* htmlspecialchars (all false) and htmlentities (all true). */
static rt_value_t escape(rt_value_t *args, int argc, bool all, const char *fname)
{
    STR(0, s);
    LONG(1, flags, DEFAULT_FLAGS);
    int utf8 = charset_arg(args, argc, 2, fname);
    if (utf8 < 0)
        return RT_NOVALUE;
    bool dbl = !phpvm_arg_given(argc, args, 3) || phpvm_arg_bool(args, argc, 3);
    int doc = (int)(flags & DOC_MASK);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len + 16);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->len;
    while (p < end) {
        uint32_t cp = *p;
        int n = utf8 ? utf8_seq(p, end, &cp) : 1;
        if (n == 0) {
            if (flags & ENT_IGNORE_) {
                p++;
                continue;
            }
            if (!(flags & ENT_SUBSTITUTE_))
                return phpvm_str_value("", 0);
            rt_strbuf_append(&b, "\xef\xbf\xbd", 3);
            p++;
            continue;
        }
        const char *e = NULL;
        switch (cp) {
        case '&':
            e = !dbl && entity_at(s->data, (const char *)p - s->data, s->len, doc) ? NULL : "amp";
            break;
        case '<': e = "lt"; break;
        case '>': e = "gt"; break;
        case '"': e = flags & Q_DOUBLE ? "quot" : NULL; break;
        case '\'':
            e = !(flags & Q_SINGLE) ? NULL : doc == DOC_HTML401 ? "#039" : "apos";
            break;
        default:
            if (all && cp >= 0x80 && doc != DOC_XML1)
                e = entity_of(cp);
            break;
        }
        if (e) {
            rt_strbuf_append_char(&b, '&');
            rt_strbuf_append(&b, e, strlen(e));
            rt_strbuf_append_char(&b, ';');
        } else {
            rt_strbuf_append(&b, (const char *)p, (size_t)n);
        }
        p += n;
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_htmlspecialchars(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return escape(args, argc, false, "htmlspecialchars");
}

static rt_value_t fn_htmlentities(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return escape(args, argc, true, "htmlentities");
}

/* Whether a numeric entity's code point may be decoded in a doctype. */
static bool cp_allowed(int64_t cp, int doc)
{
    bool nonchar = (cp & 0xfffe) == 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef);
    switch (doc) {
    case DOC_HTML401:
        return (cp >= 0x20 && cp <= 0x7e) || cp == 0x0a || cp == 0x09 || cp == 0x0d ||
               (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0x10ffff && !nonchar);
    case DOC_HTML5:
        return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0x09 && cp <= 0x0c && cp != 0x0b) ||
               (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0x10ffff && !nonchar);
    case DOC_XHTML:
    case DOC_XML1:
        return (cp >= 0x20 && cp <= 0xd7ff) || cp == 0x0a || cp == 0x09 || cp == 0x0d ||
               (cp >= 0xe000 && cp <= 0x10ffff && cp != 0xfffe && cp != 0xffff);
    }
    return false;
}

/* The entity at s[i] ('&'): its code point and length (to past ';'), or -1. all: named
** entities beyond the special characters too. */
static int64_t entity_decode(const char *s, int64_t i, int64_t n, int64_t flags, bool all,
                             int64_t *len)
{
    int doc = (int)(flags & DOC_MASK);
    int64_t j = i + 1, cp = -1;
    if (j < n && s[j] == '#') {
        j++;
        bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
        if (hex)
            j++;
        int64_t d = j;
        cp = 0;
        while (j < n && (hex ? isxdigit((unsigned char)s[j]) : isdigit((unsigned char)s[j]))) {
            cp = cp * (hex ? 16 : 10) + (isdigit((unsigned char)s[j]) ? s[j] - '0'
                                                                       : tolower(s[j]) - 'a' + 10);
            if (cp > 0x10ffff)
                cp = 0x110000;
            j++;
        }
        if (j == d || j >= n || s[j] != ';' || !cp_allowed(cp, doc) ||
            (doc == DOC_HTML5 && cp == 0x0d))
            return -1;
        if (!all && cp != '&' && cp != '<' && cp != '>' && cp != '"' && cp != '\'')
            return -1;
    } else {
        int64_t d = j;
        while (j < n && isalnum((unsigned char)s[j]))
            j++;
        if (j == d || j >= n || s[j] != ';')
            return -1;
        const char *nm = s + d;
        size_t nl = (size_t)(j - d);
        cp = named(nm, nl, doc);
        if (cp < 0 || (!all && cp > '>'))
            return -1;
    }
    if ((cp == '\'' && !(flags & Q_SINGLE)) || (cp == '"' && !(flags & Q_DOUBLE)))
        return -1;
    *len = j + 1 - i;
    return cp;
}

static rt_value_t unescape(rt_value_t *args, int argc, bool all, const char *fname)
{
    STR(0, s);
    LONG(1, flags, DEFAULT_FLAGS);
    int utf8 = all ? charset_arg(args, argc, 2, fname) : 1;
    if (utf8 < 0)
        return RT_NOVALUE;
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)s->len);
    for (int64_t i = 0; i < s->len;) {
        int64_t len, cp;
        if (s->data[i] == '&' && (cp = entity_decode(s->data, i, s->len, flags, all, &len)) >= 0 &&
            (utf8 || cp < 0x100)) {
            if (utf8)
                put_utf8(&b, (uint32_t)cp);
            else
                rt_strbuf_append_char(&b, (char)cp);
            i += len;
        } else {
            rt_strbuf_append_char(&b, s->data[i++]);
        }
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t fn_htmlspecialchars_decode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return unescape(args, argc, false, "htmlspecialchars_decode");
}

static rt_value_t fn_html_entity_decode(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    return unescape(args, argc, true, "html_entity_decode");
}

static void table_put(phpvm_array_t *r, uint32_t cp, const char *name, bool utf8)
{
    rt_strbuf_t k, v;
    rt_strbuf_init(&k, 4);
    if (utf8)
        put_utf8(&k, cp);
    else
        rt_strbuf_append_char(&k, (char)cp);
    rt_strbuf_init(&v, 12);
    rt_strbuf_appendf(&v, "&%s;", name);
    phpvm_array_set(r, rt_from_ptr(rt_strbuf_finish(&k, &rt_type_str)),
                    rt_from_ptr(rt_strbuf_finish(&v, &rt_type_str)));
}

static rt_value_t fn_get_html_translation_table(rt_value_t self, rt_value_t *args, int argc)
{
    UNUSED;
    LONG(0, table, 0);
    LONG(1, flags, DEFAULT_FLAGS);
    int utf8 = charset_arg(args, argc, 2, "get_html_translation_table");
    if (utf8 < 0)
        return RT_NOVALUE;
    int doc = (int)(flags & DOC_MASK);
    phpvm_array_t *r = phpvm_array_new(0);
    for (int i = 0; i < NENT; i++) {
        uint32_t cp = entities[i].cp;
        const char *name = entities[i].name;
        bool special = cp == '"' || cp == '&' || cp == '\'' || cp == '<' || cp == '>';
        if (!special && (table != 1 || (!utf8 && cp > 0xff)))
            continue;
        if ((cp == '"' && !(flags & Q_DOUBLE)) || (cp == '\'' && !(flags & Q_SINGLE)))
            continue;
        if (cp == '\'' && doc != DOC_HTML401)
            name = "apos";
        table_put(r, cp, name, utf8);
    }
    return rt_from_ptr(r);
}

static const phpvm_builtin_t functions[] = {
    {"htmlspecialchars", fn_htmlspecialchars, 1, 4, "string,flags,encoding,double_encode", 0},
    {"htmlentities", fn_htmlentities, 1, 4, "string,flags,encoding,double_encode", 0},
    {"htmlspecialchars_decode", fn_htmlspecialchars_decode, 1, 2, "string,flags", 0},
    {"html_entity_decode", fn_html_entity_decode, 1, 3, "string,flags,encoding", 0},
    {"get_html_translation_table", fn_get_html_translation_table, 0, 3, "table,flags,encoding", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

static const phpvm_intconst_t constants[] = {
    {"HTML_SPECIALCHARS", 0}, {"HTML_ENTITIES", 1},     {"ENT_COMPAT", Q_DOUBLE},
    {"ENT_QUOTES", Q_SINGLE | Q_DOUBLE}, {"ENT_NOQUOTES", 0}, {"ENT_IGNORE", ENT_IGNORE_},
    {"ENT_SUBSTITUTE", ENT_SUBSTITUTE_}, {"ENT_DISALLOWED", ENT_DISALLOWED_},
    {"ENT_HTML401", DOC_HTML401}, {"ENT_XML1", DOC_XML1}, {"ENT_XHTML", DOC_XHTML},
    {"ENT_HTML5", DOC_HTML5}, {NULL, 0},
};

const phpvm_ext_t phpvm_ext_html = {"standard", functions, constants, NULL, NULL, NULL};
