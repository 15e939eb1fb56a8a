/*
** mod_csv.c: the native `_csv` module (modules.h) under Debian's csv.py: Dialect (validated,
** read-only formatting parameters), reader and writer objects, the dialect registry,
** field_size_limit and the Error exception, with CPython 3.11's behaviour and messages.
** A Dialect keeps its settings as a tuple in a hidden attribute, exposed through read-only
** properties; readers and writers keep their dialect, source iterator or write method and
** line count as attributes. The reader is CPython's state machine over code points, one line
** of the source iterator at a time (a quoted field may span lines); the writer decides per
** field whether it must be quoted or escaped, then writes the joined record in one call.
*/
#include <string.h>

#include "pyvm/modules/modules.h"

enum { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };

/* A character setting that is None (no escape character, no quote character). */
#define NOT_SET UINT32_MAX
/* The end of an input line, fed to the state machine after its characters. */
#define EOL (UINT32_MAX - 1)

static pyvm_class_t *dialect_cls, *reader_cls, *writer_cls, *error_cls;
static rt_map_t *registry;
static int64_t field_limit = 128 * 1024;

/* The settings, in the order of the hidden tuple and of Dialect's keyword arguments. */
enum { D_DELIMITER, D_DOUBLEQUOTE, D_ESCAPECHAR, D_LINETERMINATOR, D_QUOTECHAR, D_QUOTING,
       D_SKIPINITIALSPACE, D_STRICT, D_COUNT };
static const char *const setting_names[D_COUNT + 1] = {
    "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
    "skipinitialspace", "strict", NULL};

/* A dialect's settings in C form, read from its tuple for each record. */
typedef struct dialect {
    uint32_t delimiter, escapechar, quotechar;
    bool doublequote, skipinitialspace, strict;
    int quoting;
    rt_str_t *lineterminator;
} dialect_t;

static rt_str_t *attr(const char *s) { return rt_str_intern_cstr(s); }

/* Raises csv.Error with a formatted message; returns RT_NOVALUE. */
#define csv_error(...) pyvm_raise_cls(error_cls, __VA_ARGS__)

/* The single code point of a str of length 1. */
static uint32_t only_char(rt_str_t *s)
{
    int n;
    return rt_utf8_decode(s->data, &n);
}

static rt_value_t char_value(uint32_t c)
{
    if (c == NOT_SET)
        return rt_none;
    char buf[4];
    return rt_from_ptr(rt_str_new_utf8(buf, (size_t)rt_utf8_encode(c, buf)));
}

/* ---- Dialect ---- */

/* A character setting: a 1-character str, or None where allowed (then NOT_SET). */
static bool set_char(const char *name, rt_value_t v, uint32_t dflt, bool none_ok, uint32_t *out)
{
    if (!v) {
        *out = dflt;
        return true;
    }
    if (v == rt_none && none_ok) {
        *out = NOT_SET;
        return true;
    }
    if (!pyvm_is_str(v)) {
        rt_raise(RT_EXC_TYPE, "\"%s\" must be string%s, not %s", name, none_ok ? " or None" : "",
                 pyvm_type_name(v));
        return false;
    }
    if (rt_str_cp_len(pyvm_str_of(v)) != 1) {
        rt_raise(RT_EXC_TYPE, "\"%s\" must be a 1-character string", name);
        return false;
    }
    *out = only_char(pyvm_str_of(v));
    return true;
}

static bool set_bool(rt_value_t v, bool dflt, bool *out)
{
    int t = v ? pyvm_truth(v) : dflt;
    *out = t > 0;
    return t >= 0;
}

/* Validates the settings (absent ones RT_NOVALUE) into d, as CPython's Dialect does. */
static bool parse_settings(const rt_value_t *v, dialect_t *d)
{
    if (!set_char("delimiter", v[D_DELIMITER], ',', false, &d->delimiter) ||
        !set_bool(v[D_DOUBLEQUOTE], true, &d->doublequote) ||
        !set_char("escapechar", v[D_ESCAPECHAR], NOT_SET, true, &d->escapechar))
        return false;
    rt_value_t lt = v[D_LINETERMINATOR];
    if (lt == rt_none) {
        rt_raise(RT_EXC_TYPE, "lineterminator must be set");
        return false;
    }
    if (lt && !pyvm_is_str(lt)) {
        rt_raise(RT_EXC_TYPE, "\"lineterminator\" must be a string");
        return false;
    }
    d->lineterminator = lt ? pyvm_str_of(lt) : rt_str_intern_cstr("\r\n");
    if (!set_char("quotechar", v[D_QUOTECHAR], '"', true, &d->quotechar))
        return false;
    int64_t q = QUOTE_MINIMAL;
    rt_value_t qv = v[D_QUOTING];
    if (qv && !rt_is_int(qv)) {
        rt_raise(RT_EXC_TYPE, "\"quoting\" must be an integer");
        return false;
    }
    if (qv && !pyvm_index_i64(qv, &q))
        return false;
    d->quoting = (int)q;
    if (!set_bool(v[D_SKIPINITIALSPACE], false, &d->skipinitialspace) ||
        !set_bool(v[D_STRICT], false, &d->strict))
        return false;
    if (q < QUOTE_MINIMAL || q > QUOTE_NONE) {
        rt_raise(RT_EXC_TYPE, "bad \"quoting\" value");
        return false;
    }
    if (v[D_QUOTECHAR] == rt_none && !qv)
        d->quoting = QUOTE_NONE;
    if (d->quoting != QUOTE_NONE && d->quotechar == NOT_SET) {
        rt_raise(RT_EXC_TYPE, "quotechar must be set if quoting enabled");
        return false;
    }
    return true;
}

/* The registered dialect `name`; csv.Error when there is none. */
static rt_value_t registered(rt_value_t name)
{
    rt_value_t d = pyvm_dict_get(registry, name);
    return d || rt_exc_pending() ? d : csv_error("unknown dialect");
}

/* Dialect(dialect=None, **settings): a registered name or any object supplies the settings
** the keywords do not. */
static rt_value_t dialect_init(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    static const char *const names[] = {"dialect", "delimiter", "doublequote", "escapechar",
                                        "lineterminator", "quotechar", "quoting",
                                        "skipinitialspace", "strict", NULL};
    rt_value_t v[1 + D_COUNT];
    for (int64_t k = 0; kw && k < rt_tuple_len(kw); k++) {
        const char *key = pyvm_str_of(rt_tuple_get(kw, k))->data;
        int i = 0;
        while (names[i] && strcmp(names[i], key) != 0)
            i++;
        if (!names[i])
            return rt_raise(RT_EXC_TYPE, "'%s' is an invalid keyword argument for this function",
                            key);
    }
    if (!pyvm_parse_args("Dialect", a, n, kw, names, 0, v))
        return RT_NOVALUE;
    rt_value_t base = v[0];
    if (base && pyvm_is_str(base) && !(base = registered(base)))
        return RT_NOVALUE;
    rt_value_t *s = v + 1;
    for (int i = 0; base && i < D_COUNT; i++)
        if (!s[i] && !(s[i] = pyvm_getattr_opt(base, attr(setting_names[i]))) && rt_exc_pending())
            rt_exc_clear();
    dialect_t d;
    if (!parse_settings(s, &d))
        return RT_NOVALUE;
    rt_value_t t[D_COUNT] = {
        char_value(d.delimiter), rt_bool(d.doublequote), char_value(d.escapechar),
        rt_from_ptr(d.lineterminator), char_value(d.quotechar), rt_small(d.quoting),
        rt_bool(d.skipinitialspace), rt_bool(d.strict)};
    return pyvm_setattr(self, attr("_settings"), pyvm_tuple_from(t, D_COUNT)) ? rt_none
                                                                              : RT_NOVALUE;
}

static rt_tuple_t *settings_of(rt_value_t dialect)
{
    rt_value_t t = pyvm_getattr(dialect, attr("_settings"));
    if (t && !pyvm_is_tuple(t)) {
        rt_raise(RT_EXC_TYPE, "not a _csv.Dialect");
        return NULL;
    }
    return t ? rt_ptr(t) : NULL;
}

/* A dialect object's settings in C form. */
static bool dialect_of(rt_value_t dialect, dialect_t *d)
{
    rt_tuple_t *t = settings_of(dialect);
    if (!t)
        return false;
    rt_value_t v[D_COUNT];
    for (int i = 0; i < D_COUNT; i++)
        v[i] = rt_tuple_get(t, i);
    return parse_settings(v, d);
}

/* The read-only property of setting i. */
#define GETTER(i, name)                                                                            \
    static rt_value_t get_##name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)  \
    {                                                                                              \
        (void)a, (void)n, (void)kw;                                                                \
        rt_tuple_t *t = settings_of(self);                                                         \
        return t ? rt_tuple_get(t, i) : RT_NOVALUE;                                                \
    }
GETTER(D_DELIMITER, delimiter)
GETTER(D_DOUBLEQUOTE, doublequote)
GETTER(D_ESCAPECHAR, escapechar)
GETTER(D_LINETERMINATOR, lineterminator)
GETTER(D_QUOTECHAR, quotechar)
GETTER(D_QUOTING, quoting)
GETTER(D_SKIPINITIALSPACE, skipinitialspace)
GETTER(D_STRICT, strict)
#undef GETTER

static const pyvm_cfunc_def_t getters[D_COUNT + 1] = {
    {"delimiter", get_delimiter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"doublequote", get_doublequote, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"escapechar", get_escapechar, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"lineterminator", get_lineterminator, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"quotechar", get_quotechar, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"quoting", get_quoting, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"skipinitialspace", get_skipinitialspace, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"strict", get_strict, 0, 0, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

/* Dialect(dialect, **kwargs) for reader(), writer() and register_dialect(): `args` holds the
** optional dialect (n is 0 or 1) followed by the keyword values, as the call passed them. */
static rt_value_t make_dialect(const rt_value_t *args, size_t n, rt_tuple_t *kw)
{
    return pyvm_call(rt_from_ptr(dialect_cls), args, n, kw);
}

/* ---- reader ---- */

typedef enum state {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
} state_t;

typedef struct parser {
    dialect_t d;
    state_t state;
    rt_vec_t *fields;
    rt_strbuf_t field;
    int64_t field_len; /* in code points, for field_size_limit */
    bool numeric;      /* QUOTE_NONNUMERIC and unquoted: the field becomes a float */
} parser_t;

static bool save_field(parser_t *p)
{
    rt_value_t f = rt_from_ptr(rt_strbuf_finish(&p->field, &rt_type_str));
    p->field_len = 0;
    if (p->numeric) {
        p->numeric = false;
        f = pyvm_call(rt_from_ptr(pyvm_cls_float), &f, 1, NULL);
        if (!f)
            return false;
    }
    rt_vec_append(p->fields, f);
    return true;
}

static bool add_char(parser_t *p, uint32_t c)
{
    if (p->field_len >= field_limit) {
        csv_error("field larger than field limit (%lld)", (long long)field_limit);
        return false;
    }
    char buf[4];
    rt_strbuf_append(&p->field, buf, (size_t)rt_utf8_encode(c, buf));
    p->field_len++;
    return true;
}

static bool is_crnl(uint32_t c) { return c == '\n' || c == '\r'; }

/* The end of a field at a line end or the end of the line: where the machine goes next. */
static bool end_field_at(parser_t *p, uint32_t c)
{
    p->state = c == EOL ? START_RECORD : EAT_CRNL;
    return save_field(p);
}

/* Feeds one code point (or EOL) to the state machine; false with csv.Error pending. */
static bool process_char(parser_t *p, uint32_t c)
{
    const dialect_t *d = &p->d;
    switch (p->state) {
    case START_RECORD:
        if (c == EOL)
            return true; /* an empty line: an empty record */
        if (is_crnl(c)) {
            p->state = EAT_CRNL;
            return true;
        }
        p->state = START_FIELD;
        /* fall through */
    case START_FIELD:
        if (is_crnl(c) || c == EOL)
            return end_field_at(p, c);
        if (c == d->quotechar && d->quoting != QUOTE_NONE)
            p->state = IN_QUOTED_FIELD;
        else if (c == d->escapechar)
            p->state = ESCAPED_CHAR;
        else if (c == ' ' && d->skipinitialspace)
            ;
        else if (c == d->delimiter)
            return save_field(p);
        else {
            p->numeric = d->quoting == QUOTE_NONNUMERIC;
            p->state = IN_FIELD;
            return add_char(p, c);
        }
        return true;
    case ESCAPED_CHAR:
        if (is_crnl(c)) {
            p->state = AFTER_ESCAPED_CRNL;
            return add_char(p, c);
        }
        p->state = IN_FIELD;
        return add_char(p, c == EOL ? '\n' : c);
    case AFTER_ESCAPED_CRNL:
        if (c == EOL)
            return true;
        /* fall through */
    case IN_FIELD:
        if (is_crnl(c) || c == EOL)
            return end_field_at(p, c);
        if (c == d->escapechar)
            p->state = ESCAPED_CHAR;
        else if (c == d->delimiter) {
            p->state = START_FIELD;
            return save_field(p);
        } else
            return add_char(p, c);
        return true;
    case IN_QUOTED_FIELD:
        if (c == EOL)
            return true;
        if (c == d->escapechar)
            p->state = ESCAPE_IN_QUOTED_FIELD;
        else if (c == d->quotechar && d->quoting != QUOTE_NONE)
            p->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else
            return add_char(p, c);
        return true;
    case ESCAPE_IN_QUOTED_FIELD:
        p->state = IN_QUOTED_FIELD;
        return add_char(p, c == EOL ? '\n' : c);
    case QUOTE_IN_QUOTED_FIELD:
        if (d->quoting != QUOTE_NONE && c == d->quotechar) {
            p->state = IN_QUOTED_FIELD;
            return add_char(p, c);
        }
        if (c == d->delimiter) {
            p->state = START_FIELD;
            return save_field(p);
        }
        if (is_crnl(c) || c == EOL)
            return end_field_at(p, c);
        if (!d->strict) {
            p->state = IN_FIELD;
            return add_char(p, c);
        }
        {
            char dc[5] = {0}, qc[5] = {0};
            rt_utf8_encode(d->delimiter, dc);
            rt_utf8_encode(d->quotechar, qc);
            csv_error("'%s' expected after '%s'", dc, qc);
        }
        return false;
    case EAT_CRNL:
        if (is_crnl(c))
            return true;
        if (c == EOL) {
            p->state = START_RECORD;
            return true;
        }
        csv_error("new-line character seen in unquoted field - do you need to open the file in "
                  "universal-newline mode?");
        return false;
    }
    return true;
}

/* Feeds one line's characters, then EOL. */
static bool process_line(parser_t *p, rt_str_t *line)
{
    for (size_t i = 0; i < (size_t)line->len;) {
        int k;
        uint32_t c = rt_utf8_decode(line->data + i, &k);
        i += (size_t)k;
        if (!process_char(p, c))
            return false;
    }
    return process_char(p, EOL);
}

static bool bump_line_num(rt_value_t self)
{
    rt_value_t n = pyvm_getattr(self, attr("line_num"));
    return n && pyvm_setattr(self, attr("line_num"), rt_small(rt_small_value(n) + 1));
}

/* next(reader): the next record as a list (fields as str, or float under QUOTE_NONNUMERIC). */
static rt_value_t reader_next(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    parser_t p = {.state = START_RECORD, .fields = pyvm_list_new(0)};
    rt_strbuf_init(&p.field, 64);
    rt_value_t dialect = pyvm_getattr(self, attr("dialect"));
    rt_value_t it = dialect ? pyvm_getattr(self, attr("_input")) : RT_NOVALUE;
    if (!it || !dialect_of(dialect, &p.d))
        return RT_NOVALUE;
    do {
        rt_value_t line = pyvm_next(it);
        if (!line) {
            if (rt_exc_pending())
                return RT_NOVALUE;
            if (p.field_len != 0 || p.state == IN_QUOTED_FIELD) {
                if (p.d.strict)
                    return csv_error("unexpected end of data");
                if (!save_field(&p))
                    return RT_NOVALUE;
                break;
            }
            return rt_exc_set(pyvm_exc_new(pyvm_exc_StopIteration, NULL, 0));
        }
        if (!pyvm_is_str(line))
            return csv_error("iterator should return strings, not %.200s (the file should be "
                             "opened in text mode)", pyvm_type_name(line));
        if (!bump_line_num(self) || !process_line(&p, pyvm_str_of(line)))
            return RT_NOVALUE;
    } while (p.state != START_RECORD);
    return rt_from_ptr(p.fields);
}

static rt_value_t self_iter(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return self;
}

/* reader(iterable, dialect='excel', **fmtparams) */
static rt_value_t csv_reader(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    if (n == 0)
        return rt_raise(RT_EXC_TYPE, " expected at least 1 argument, got 0");
    if (n > 2)
        return rt_raise(RT_EXC_TYPE, "reader() expected at most 2 arguments, got %zu", n);
    rt_value_t it = pyvm_iter(a[0]);
    rt_value_t dialect = it ? make_dialect(a + 1, n - 1, kw) : RT_NOVALUE;
    if (!dialect)
        return RT_NOVALUE;
    rt_value_t r = rt_from_ptr(pyvm_instance_new(reader_cls));
    if (!pyvm_setattr(r, attr("_input"), it) || !pyvm_setattr(r, attr("dialect"), dialect) ||
        !pyvm_setattr(r, attr("line_num"), rt_small(0)))
        return RT_NOVALUE;
    return r;
}

/* ---- writer ---- */

/* Whether a field's character needs the escape character or forces quoting. */
static bool is_special(const dialect_t *d, uint32_t c)
{
    if (c == d->delimiter || c == d->escapechar || c == d->quotechar)
        return true;
    rt_str_t *lt = d->lineterminator;
    for (size_t i = 0; i < (size_t)lt->len;) {
        int k;
        if (rt_utf8_decode(lt->data + i, &k) == c)
            return true;
        i += (size_t)k;
    }
    return false;
}

/* Appends one field to the record: a separator first unless it is the first field, then the
** field quoted or escaped as the dialect says. false with csv.Error pending. */
static bool join_field(rt_strbuf_t *rec, const dialect_t *d, rt_str_t *field, bool quoted,
                       bool first)
{
    char buf[4];
    /* First pass: does any character force quoting, or need an escape we cannot make? */
    for (size_t i = 0; field && i < (size_t)field->len;) {
        int k;
        uint32_t c = rt_utf8_decode(field->data + i, &k);
        i += (size_t)k;
        if (!is_special(d, c))
            continue;
        bool escape = d->quoting == QUOTE_NONE || (c == d->quotechar && !d->doublequote) ||
                      c == d->escapechar;
        if (!escape)
            quoted = true;
        else if (d->escapechar == NOT_SET) {
            csv_error("need to escape, but no escapechar set");
            return false;
        }
    }
    if (!first)
        rt_strbuf_append(rec, buf, (size_t)rt_utf8_encode(d->delimiter, buf));
    if (quoted)
        rt_strbuf_append(rec, buf, (size_t)rt_utf8_encode(d->quotechar, buf));
    for (size_t i = 0; field && i < (size_t)field->len;) {
        int k;
        uint32_t c = rt_utf8_decode(field->data + i, &k);
        if (is_special(d, c)) {
            bool escape = d->quoting == QUOTE_NONE || (c == d->quotechar && !d->doublequote) ||
                          c == d->escapechar;
            uint32_t before = escape ? d->escapechar : c == d->quotechar ? c : NOT_SET;
            if (before != NOT_SET)
                rt_strbuf_append(rec, buf, (size_t)rt_utf8_encode(before, buf));
        }
        rt_strbuf_append(rec, field->data + i, (size_t)k);
        i += (size_t)k;
    }
    if (quoted)
        rt_strbuf_append(rec, buf, (size_t)rt_utf8_encode(d->quotechar, buf));
    return true;
}

/* PyNumber_Check: ints, floats, complex numbers and objects convertible to one. */
static bool is_number(rt_value_t v)
{
    if (pyvm_is_intlike(v) || rt_is_float(v) || pyvm_isinstance(v, pyvm_cls_complex))
        return true;
    static const char *const hooks[] = {"__index__", "__int__", "__float__"};
    rt_value_t cls = rt_from_ptr(pyvm_type_of(v));
    for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++) {
        if (pyvm_getattr_opt(cls, attr(hooks[i])))
            return true;
        rt_exc_clear();
    }
    return false;
}

/* writer.writerow(row): the fields joined by the dialect, written with one write() call. */
static rt_value_t writer_writerow(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)n, (void)kw;
    dialect_t d;
    rt_value_t dialect = pyvm_getattr(self, attr("dialect"));
    rt_value_t write = dialect ? pyvm_getattr(self, attr("_write")) : RT_NOVALUE;
    if (!write || !dialect_of(dialect, &d))
        return RT_NOVALUE;
    rt_value_t it = pyvm_iter(a[0]);
    if (!it) {
        if (!pyvm_isinstance(rt_exc_current(), pyvm_exc_TypeError))
            return RT_NOVALUE;
        rt_exc_clear();
        return csv_error("iterable expected, not %.200s", pyvm_type_name(a[0]));
    }
    rt_strbuf_t rec;
    rt_strbuf_init(&rec, 128);
    int64_t nfields = 0;
    for (rt_value_t f; (f = pyvm_next(it)) != RT_NOVALUE; nfields++) {
        bool quoted = d.quoting == QUOTE_NONNUMERIC ? !is_number(f) : d.quoting == QUOTE_ALL;
        rt_value_t s = f == rt_none ? RT_NOVALUE : pyvm_is_str(f) ? f : pyvm_str(f);
        if (f != rt_none && !s)
            return RT_NOVALUE;
        if (!join_field(&rec, &d, s ? pyvm_str_of(s) : NULL, quoted, nfields == 0))
            return RT_NOVALUE;
    }
    if (rt_exc_pending())
        return RT_NOVALUE;
    if (nfields == 1 && rec.len == 0) {
        /* A record of one empty field would read back as an empty record: quote it. */
        if (d.quoting == QUOTE_NONE)
            return csv_error("single empty field record must be quoted");
        join_field(&rec, &d, NULL, true, true);
    }
    rt_strbuf_append_str(&rec, d.lineterminator);
    rt_value_t line = rt_from_ptr(rt_strbuf_finish(&rec, &rt_type_str));
    return pyvm_call(write, &line, 1, NULL);
}

static rt_value_t writer_writerows(rt_value_t self, const rt_value_t *a, size_t n,
                                   rt_tuple_t *kw)
{
    (void)n, (void)kw;
    rt_value_t it = pyvm_iter(a[0]);
    if (!it)
        return RT_NOVALUE;
    for (rt_value_t row; (row = pyvm_next(it)) != RT_NOVALUE;)
        if (!writer_writerow(self, &row, 1, NULL))
            return RT_NOVALUE;
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

/* writer(fileobj, dialect='excel', **fmtparams) */
static rt_value_t csv_writer(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)self;
    if (n == 0)
        return rt_raise(RT_EXC_TYPE, " expected at least 1 argument, got 0");
    if (n > 2)
        return rt_raise(RT_EXC_TYPE, "writer() expected at most 2 arguments, got %zu", n);
    rt_value_t write = pyvm_getattr_opt(a[0], attr("write"));
    if (!write && rt_exc_pending())
        return RT_NOVALUE;
    if (!write || !pyvm_slots(write) || !pyvm_slots(write)->call) {
        return rt_raise(RT_EXC_TYPE, "argument 1 must have a \"write\" method");
    }
    rt_value_t dialect = make_dialect(a + 1, n - 1, kw);
    if (!dialect)
        return RT_NOVALUE;
    rt_value_t w = rt_from_ptr(pyvm_instance_new(writer_cls));
    if (!pyvm_setattr(w, attr("_write"), write) || !pyvm_setattr(w, attr("dialect"), dialect))
        return RT_NOVALUE;
    return w;
}

/* ---- The registry and the field size limit ---- */

static rt_value_t csv_register_dialect(rt_value_t self, const rt_value_t *a, size_t n,
                                       rt_tuple_t *kw)
{
    (void)self;
    if (n == 0)
        return rt_raise(RT_EXC_TYPE, "register_dialect() expected at least 1 argument, got 0");
    if (n > 2)
        return rt_raise(RT_EXC_TYPE, "register_dialect() expected at most 2 arguments, got %zu",
                        n);
    if (!pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "dialect name must be a string");
    rt_value_t dialect = make_dialect(a + 1, n - 1, kw);
    return dialect && pyvm_dict_set(registry, a[0], dialect) ? rt_none : RT_NOVALUE;
}

static rt_value_t csv_unregister_dialect(rt_value_t self, const rt_value_t *a, size_t n,
                                         rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"name", NULL};
    rt_value_t name;
    if (!pyvm_parse_args("unregister_dialect", a, n, kw, names, 1, &name))
        return RT_NOVALUE;
    int r = pyvm_dict_del(registry, name);
    if (r < 0)
        return RT_NOVALUE;
    return r ? rt_none : csv_error("unknown dialect");
}

static rt_value_t csv_get_dialect(rt_value_t self, const rt_value_t *a, size_t n,
                                  rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"name", NULL};
    rt_value_t name;
    if (!pyvm_parse_args("get_dialect", a, n, kw, names, 1, &name))
        return RT_NOVALUE;
    return registered(name);
}

static rt_value_t csv_list_dialects(rt_value_t self, const rt_value_t *a, size_t n,
                                    rt_tuple_t *kw)
{
    (void)self, (void)a, (void)n, (void)kw;
    rt_vec_t *out = pyvm_seq_to_vec(rt_from_ptr(registry));
    return out ? rt_from_ptr(out) : RT_NOVALUE;
}

static rt_value_t csv_field_size_limit(rt_value_t self, const rt_value_t *a, size_t n,
                                       rt_tuple_t *kw)
{
    (void)self;
    static const char *const names[] = {"new_limit", NULL};
    rt_value_t v;
    if (!pyvm_parse_args("field_size_limit", a, n, kw, names, 0, &v))
        return RT_NOVALUE;
    int64_t old = field_limit;
    if (v) {
        if (!rt_is_int(v))
            return rt_raise(RT_EXC_TYPE, "limit must be an integer");
        if (!pyvm_index_i64(v, &field_limit))
            return RT_NOVALUE;
    }
    return rt_small(old);
}

/* Dialects, readers and writers cannot be pickled or copied, as in CPython. */
static rt_value_t no_reduce(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)
{
    (void)a, (void)n, (void)kw;
    return rt_raise(RT_EXC_TYPE, "cannot pickle '_csv.%s' object", pyvm_type_name(self));
}

static const pyvm_cfunc_def_t dialect_methods[] = {
    {"__init__", dialect_init, 0, -1, PYVM_CFUNC_METHOD, 1},
    {"__reduce_ex__", no_reduce, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t reader_methods[] = {
    {"__iter__", self_iter, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__next__", reader_next, 0, 0, PYVM_CFUNC_METHOD, 0},
    {"__reduce_ex__", no_reduce, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t writer_methods[] = {
    {"writerow", writer_writerow, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"writerows", writer_writerows, 1, 1, PYVM_CFUNC_METHOD, 0},
    {"__reduce_ex__", no_reduce, 1, 1, PYVM_CFUNC_METHOD, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static const pyvm_cfunc_def_t csv_functions[] = {
    {"reader", csv_reader, 0, -1, 0, 1},
    {"writer", csv_writer, 0, -1, 0, 1},
    {"register_dialect", csv_register_dialect, 0, -1, 0, 1},
    {"unregister_dialect", csv_unregister_dialect, 0, -1, 0, 1},
    {"get_dialect", csv_get_dialect, 0, -1, 0, 1},
    {"list_dialects", csv_list_dialects, 0, 0, 0, 0},
    {"field_size_limit", csv_field_size_limit, 0, -1, 0, 1},
    {NULL, NULL, 0, 0, 0, 0},
};

static pyvm_class_t *make_class(const char *name, const pyvm_cfunc_def_t *methods)
{
    pyvm_class_t *c = pyvm_type_new_builtin(name, NULL, pyvm_cls_object);
    pyvm_type_setattr(c, pyvm_name(module), pyvm_str_cstr("_csv"));
    pyvm_cfunc_install(c, methods);
    return c;
}

static void make_classes(void)
{
    static pyvm_class_t **const roots[] = {&dialect_cls, &reader_cls, &writer_cls, &error_cls};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        gc_root_add(roots[i], 1);
    gc_root_add(&registry, 1);
    registry = pyvm_dict_new();
    dialect_cls = make_class("Dialect", dialect_methods);
    for (int i = 0; i < D_COUNT; i++)
        pyvm_type_setattr(dialect_cls, attr(getters[i].name),
                          pyvm_property_new(pyvm_cfunc_new(&getters[i], 0)));
    reader_cls = make_class("reader", reader_methods);
    writer_cls = make_class("writer", writer_methods);
    rt_value_t base = rt_from_ptr(pyvm_exc_Exception);
    rt_map_t *ns = pyvm_dict_new();
    rt_map_set_str(ns, pyvm_name(module), pyvm_str_cstr("_csv"));
    error_cls = pyvm_type_new(attr("Error"), rt_ptr(pyvm_tuple_from(&base, 1)), ns);
}

rt_map_t *pyvm_mod_csv_dict(void)
{
    if (!dialect_cls)
        make_classes();
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, csv_functions);
    pyvm_mod_put(d, "__version__", pyvm_str_cstr("1.0"));
    pyvm_mod_put(d, "__doc__", pyvm_str_cstr("CSV parsing and writing."));
    static const char *const quoting[] = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC",
                                          "QUOTE_NONE"};
    for (int i = 0; i < 4; i++)
        pyvm_mod_put(d, quoting[i], rt_small(i));
    pyvm_mod_put(d, "Dialect", rt_from_ptr(dialect_cls));
    pyvm_mod_put(d, "Reader", rt_from_ptr(reader_cls));
    pyvm_mod_put(d, "Writer", rt_from_ptr(writer_cls));
    pyvm_mod_put(d, "Error", rt_from_ptr(error_cls));
    pyvm_mod_put(d, "_dialects", rt_from_ptr(registry));
    return d;
}
