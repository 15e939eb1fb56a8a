/*
** fileobject.c: SPL's SplFileObject and SplTempFileObject: a file opened as an ext/standard
** stream resource (fopen, so every wrapper fopen knows works, php://temp included) and read
** line by line with php-src's state machine: the current line (or CSV row, READ_CSV) is read
** on demand or ahead (READ_AHEAD), DROP_NEW_LINE strips the line end, SKIP_EMPTY skips empty
** lines, and key() counts lines. The stream functions themselves (fgets, fgetcsv, fputcsv,
** fseek...) are ext/standard's, called on the resource. The state is fileinfo.c's F_* list.
*/
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "phpvm/ext/spl/spl.h"

enum { DROP_NEW_LINE = 1, READ_AHEAD = 2, SKIP_EMPTY = 4, READ_CSV = 8, FLAGS_MASK = 15 };

static phpvm_class_t *file_class;

#define get phpvm_spl_fs_get
#define put phpvm_spl_fs_put

static int64_t flags(rt_value_t self)
{
    return phpvm_to_int(get(self, F_FLAGS));
}

static rt_str_t *file_name(rt_value_t self)
{
    rt_value_t n = get(self, F_NAME);
    return phpvm_is_str(n) ? phpvm_str(n) : rt_str_new("", 0);
}

/* The ext/standard stream function `fn` on self's stream, with more arguments (at most 4). */
static rt_value_t stream_call(rt_value_t self, const char *fn, rt_value_t *more, int nmore)
{
    rt_value_t argv[5] = {get(self, F_STREAM)};
    for (int i = 0; i < nmore && i < 4; i++)
        argv[i + 1] = more[i];
    return phpvm_spl_callfn(fn, argv, 1 + nmore);
}

static bool live(rt_value_t self)
{
    if (get(self, F_STREAM) != rt_none)
        return true;
    phpvm_throw("Error", "Object not initialized");
    return false;
}

static bool at_eof(rt_value_t self)
{
    rt_value_t r = stream_call(self, "feof", NULL, 0);
    return r == RT_NOVALUE || phpvm_to_bool(r);
}

static void free_line(rt_value_t self)
{
    put(self, F_LINE, rt_none);
    put(self, F_CSV, rt_none);
}

/* Reads the next line into F_LINE (line_add: what the line number grows by); false at the
** end of the file, with "Cannot read from file" pending unless silent. */
static bool read_raw(rt_value_t self, bool silent, int64_t line_add, bool csv)
{
    free_line(self);
    if (at_eof(self)) {
        if (!silent)
            phpvm_throw("RuntimeException", "Cannot read from file %s", file_name(self)->data);
        return false;
    }
    int64_t max = phpvm_to_int(get(self, F_MAXLEN));
    rt_value_t len = phpvm_int(max + 1);
    rt_value_t buf = stream_call(self, "fgets", &len, max > 0 ? 1 : 0);
    if (buf == RT_NOVALUE)
        return false;
    rt_str_t *line = phpvm_is_str(buf) ? phpvm_str(buf) : rt_str_new("", 0);
    size_t n = (size_t)line->len;
    if (!csv && (flags(self) & DROP_NEW_LINE) && n > 0 && line->data[n - 1] == '\n') {
        n--;
        if (n > 0 && line->data[n - 1] == '\r')
            n--;
        line = rt_str_new(line->data, n);
    }
    put(self, F_LINE, rt_from_ptr(line));
    put(self, F_LINENUM, phpvm_int(phpvm_to_int(get(self, F_LINENUM)) + line_add));
    return true;
}

static bool read_next(rt_value_t self, bool silent, bool csv)
{
    return read_raw(self, silent, get(self, F_LINE) != rt_none ? 1 : 0, csv);
}

static bool line_empty(rt_value_t self)
{
    rt_value_t v = get(self, F_LINE);
    if (!phpvm_is_str(v))
        return false;
    rt_str_t *s = phpvm_str(v);
    if (s->len == 0)
        return true;
    if ((flags(self) & (READ_CSV | DROP_NEW_LINE)) != (READ_CSV | DROP_NEW_LINE))
        return false;
    return (s->len == 1 && s->data[0] == '\n') ||
           (s->len == 2 && s->data[0] == '\r' && s->data[1] == '\n');
}

/* The CSV controls as str_getcsv takes them. */
static void csv_controls(rt_value_t self, rt_value_t out[3])
{
    out[0] = phpvm_deref(*phpvm_spl_slot(self, file_class, SPL_NAME("delimiter")));
    out[1] = phpvm_deref(*phpvm_spl_slot(self, file_class, SPL_NAME("enclosure")));
    out[2] = get(self, F_ESCAPE);
}

/* Whether a CSV record is still inside an enclosure at its end (it continues on the next
** line, as php_fgetcsv reads on). */
static bool csv_open(rt_str_t *s, rt_value_t ctl[3])
{
    char enc = phpvm_str(ctl[1])->len ? phpvm_str(ctl[1])->data[0] : '"';
    int esc = phpvm_str(ctl[2])->len ? (unsigned char)phpvm_str(ctl[2])->data[0] : -1;
    bool in = false;
    for (int64_t i = 0; i < s->len; i++) {
        if (in && esc >= 0 && (unsigned char)s->data[i] == esc && esc != enc && i + 1 < s->len) {
            i++;
            continue;
        }
        if (s->data[i] == enc)
            in = !in;
    }
    return in;
}

/* Reads a CSV row into F_CSV (with controls ctl); false at the end. */
static bool read_csv(rt_value_t self, bool silent, rt_value_t ctl[3])
{
    do {
        if (!read_next(self, silent, true))
            return false;
    } while (line_empty(self) && (flags(self) & SKIP_EMPTY));
    rt_str_t *rec = phpvm_str(get(self, F_LINE));
    while (csv_open(rec, ctl) && !at_eof(self)) {
        rt_value_t more = stream_call(self, "fgets", NULL, 0);
        if (more == RT_NOVALUE)
            return false;
        if (!phpvm_is_str(more))
            break;
        rt_strbuf_t b;
        rt_strbuf_init(&b, (size_t)(rec->len + phpvm_str(more)->len));
        rt_strbuf_append_str(&b, rec);
        rt_strbuf_append_str(&b, phpvm_str(more));
        rec = rt_strbuf_finish(&b, &rt_type_str);
    }
    rt_value_t argv[4] = {rt_from_ptr(rec), ctl[0], ctl[1], ctl[2]};
    rt_value_t row = phpvm_spl_callfn("str_getcsv", argv, 4);
    if (row == RT_NOVALUE)
        return false;
    put(self, F_CSV, row);
    return true;
}

/* The line through a subclass's own getCurrentLine() m, as PHP reads it then: the line
** number grows when m left a line behind (its parent::fgets() did); anything but a string is
** a TypeError. */
static bool read_overridden(rt_value_t self, bool silent, phpvm_func_t *m)
{
    free_line(self);
    if (at_eof(self)) {
        if (!silent)
            phpvm_throw("RuntimeException", "Cannot read from file %s", file_name(self)->data);
        return false;
    }
    rt_value_t r = phpvm_call_func(rt_from_ptr(m), self, NULL, 0);
    if (r == RT_NOVALUE)
        return false;
    r = phpvm_deref(r);
    if (!phpvm_is_str(r)) {
        phpvm_throw("TypeError", "%s::getCurrentLine(): Return value must be of type string, %s "
                    "returned", phpvm_obj(self)->cls->name->data, phpvm_type_name(r));
        return false;
    }
    if (get(self, F_LINE) != rt_none || get(self, F_CSV) != rt_none)
        put(self, F_LINENUM, phpvm_int(phpvm_to_int(get(self, F_LINENUM)) + 1));
    free_line(self);
    put(self, F_LINE, r);
    return true;
}

static bool read_line_once(rt_value_t self, bool silent)
{
    if (flags(self) & READ_CSV) {
        rt_value_t ctl[3];
        csv_controls(self, ctl);
        return read_csv(self, silent, ctl);
    }
    phpvm_func_t *m = phpvm_class_method(phpvm_obj(self)->cls, rt_str_from_cstr("getcurrentline"));
    if (m && m->code) /* PHP code's override */
        return read_overridden(self, silent, m);
    return read_next(self, silent, false);
}

/* Reads the next line (or row), skipping empty ones with SKIP_EMPTY. */
static bool read_line(rt_value_t self, bool silent)
{
    bool ok = read_line_once(self, silent);
    while (ok && (flags(self) & SKIP_EMPTY) && line_empty(self)) {
        free_line(self);
        ok = read_line_once(self, silent);
    }
    return ok;
}

static bool file_rewind(rt_value_t self)
{
    if (!live(self))
        return false;
    rt_value_t r = stream_call(self, "rewind", NULL, 0);
    if (r == RT_NOVALUE)
        return false;
    if (r == rt_false) {
        phpvm_throw("RuntimeException", "Cannot rewind file %s", file_name(self)->data);
        return false;
    }
    free_line(self);
    put(self, F_LINENUM, rt_small(0));
    if (flags(self) & READ_AHEAD)
        read_line(self, true);
    return !rt_exc_pending();
}

/* ---- Construction ---- */

/* Opens the file with fopen's diagnostics turned into PHP's RuntimeException. */
static bool file_open(rt_value_t self, rt_str_t *name, rt_value_t mode, rt_value_t incpath,
                      rt_value_t context, bool split)
{
    struct stat st;
    if (context != rt_none && !phpvm_is_resource(phpvm_deref(context))) {
        phpvm_throw("TypeError", "SplFileObject::__construct(): Argument #4 ($context) must be "
                    "of type resource or null, %s given", phpvm_type_name(phpvm_deref(context)));
        return false;
    }
    phpvm_spl_fs_set_name(self, name, split);
    if (stat(name->data, &st) == 0 && S_ISDIR(st.st_mode)) {
        phpvm_throw("LogicException", "Cannot use SplFileObject with directories");
        return false;
    }
    rt_value_t argv[4] = {rt_from_ptr(name), mode, incpath, context};
    phpvm_vm->silence++;
    errno = 0;
    rt_value_t f = phpvm_spl_callfn("fopen", argv, context == rt_none ? 3 : 4);
    int err = errno;
    phpvm_vm->silence--;
    if (f == RT_NOVALUE)
        return false;
    if (f == rt_false) {
        phpvm_throw("RuntimeException", "%s::__construct(%s): Failed to open stream: %s",
                    phpvm_obj(self)->cls->name->data, name->data,
                    err ? strerror(err) : "operation failed");
        return false;
    }
    put(self, F_STREAM, f);
    put(self, F_LINENUM, rt_small(0));
    put(self, F_ESCAPE, phpvm_cstr("\\"));
    phpvm_spl_store(self, file_class, SPL_NAME("openMode"), mode);
    return true;
}

static rt_value_t m_construct(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *name = phpvm_arg_str(args, argc, 0);
    rt_str_t *mode = phpvm_arg_given(argc, args, 1) ? phpvm_arg_str(args, argc, 1)
                                                    : rt_str_from_cstr("r");
    if (!name || !mode)
        return RT_NOVALUE;
    if (get(self, F_STREAM) != rt_none)
        return phpvm_throw("Error", "Cannot call constructor twice");
    rt_value_t inc = phpvm_arg_given(argc, args, 2) ? phpvm_deref(args[2]) : rt_false;
    rt_value_t ctx = phpvm_arg_given(argc, args, 3) ? phpvm_deref(args[3]) : rt_none;
    return file_open(self, name, rt_from_ptr(mode), inc, ctx, true) ? rt_none : RT_NOVALUE;
}

static rt_value_t m_temp_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t max = 2 * 1024 * 1024;
    if (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, &max))
        return RT_NOVALUE;
    char name[64];
    if (max < 0)
        snprintf(name, sizeof name, "php://memory");
    else if (phpvm_arg_given(argc, args, 0))
        snprintf(name, sizeof name, "php://temp/maxmemory:%lld", (long long)max);
    else
        snprintf(name, sizeof name, "php://temp");
    bool ok = file_open(self, rt_str_from_cstr(name), phpvm_cstr("wb"), rt_false, rt_none, false);
    return ok ? rt_none : RT_NOVALUE;
}

/* ---- Iteration ---- */

static rt_value_t m_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return file_rewind(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t m_eof(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? stream_call(self, "feof", NULL, 0) : RT_NOVALUE;
}

static rt_value_t m_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (flags(self) & READ_AHEAD)
        return get(self, F_LINE) != rt_none || get(self, F_CSV) != rt_none ? rt_true : rt_false;
    if (get(self, F_STREAM) == rt_none)
        return rt_false;
    return at_eof(self) ? rt_false : rt_true;
}

static rt_value_t m_fgets(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !read_raw(self, false, 1, false))
        return RT_NOVALUE;
    return get(self, F_LINE);
}

static rt_value_t m_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    if (get(self, F_LINE) == rt_none && get(self, F_CSV) == rt_none)
        read_line(self, true);
    if (rt_exc_pending())
        return RT_NOVALUE;
    rt_value_t line = get(self, F_LINE), row = get(self, F_CSV);
    if (line != rt_none && (!(flags(self) & READ_CSV) || row == rt_none))
        return line;
    return row != rt_none ? phpvm_share(row) : rt_false;
}

static rt_value_t m_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_int(phpvm_to_int(get(self, F_LINENUM)));
}

static rt_value_t m_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    free_line(self);
    if ((flags(self) & READ_AHEAD) && !read_line(self, true) && rt_exc_pending())
        return RT_NOVALUE;
    put(self, F_LINENUM, phpvm_int(phpvm_to_int(get(self, F_LINENUM)) + 1));
    return rt_none;
}

static rt_value_t m_seek(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t line;
    if (!live(self) || !phpvm_arg_long(args, argc, 0, &line))
        return RT_NOVALUE;
    if (line < 0)
        return phpvm_throw("ValueError", "SplFileObject::seek(): Argument #1 ($line) must be "
                                         "greater than or equal to 0");
    if (!file_rewind(self))
        return RT_NOVALUE;
    for (int64_t i = 0; i < line; i++)
        if (!read_line(self, true))
            return rt_exc_pending() ? RT_NOVALUE : rt_none;
    if (line > 0 && !(flags(self) & READ_AHEAD)) {
        put(self, F_LINENUM, phpvm_int(phpvm_to_int(get(self, F_LINENUM)) + 1));
        free_line(self);
    }
    return rt_none;
}

static rt_value_t m_to_string(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    if (get(self, F_LINE) == rt_none && !read_line(self, false))
        return RT_NOVALUE;
    return get(self, F_LINE);
}

static rt_value_t m_set_flags(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t f;
    if (!phpvm_arg_long(args, argc, 0, &f))
        return RT_NOVALUE;
    put(self, F_FLAGS, phpvm_int(f));
    return rt_none;
}

static rt_value_t m_get_flags(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_int(flags(self) & FLAGS_MASK);
}

static rt_value_t m_set_max_line_len(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t n;
    if (!phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    if (n < 0)
        return phpvm_throw("ValueError", "SplFileObject::setMaxLineLen(): Argument #1 "
                                         "($maxLength) must be greater than or equal to 0");
    put(self, F_MAXLEN, phpvm_int(n));
    return rt_none;
}

static rt_value_t m_get_max_line_len(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_int(phpvm_to_int(get(self, F_MAXLEN)));
}

static rt_value_t m_false(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_false;
}

static rt_value_t m_null(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

/* ---- CSV ---- */

/* The separator/enclosure/escape arguments args[first..] over the object's controls: false
** with PHP's ValueError for a bad one. */
static bool csv_args(rt_value_t self, rt_value_t *args, int argc, int first, const char *method,
                     rt_value_t ctl[3])
{
    static const char *const names[] = {"separator", "enclosure", "escape"};
    csv_controls(self, ctl);
    for (int i = 0; i < 3; i++) {
        if (!phpvm_arg_given(argc, args, first + i))
            continue;
        rt_str_t *s = phpvm_arg_str(args, argc, first + i);
        if (!s)
            return false;
        if (s->len != 1 && !(i == 2 && s->len == 0)) {
            phpvm_throw("ValueError", "SplFileObject::%s(): Argument #%d ($%s) must be %sa single "
                                      "character",
                        method, first + i + 1, names[i], i == 2 ? "empty or " : "");
            return false;
        }
        ctl[i] = rt_from_ptr(s);
    }
    return true;
}

static rt_value_t m_fgetcsv(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t ctl[3];
    if (!live(self) || !csv_args(self, args, argc, 0, "fgetcsv", ctl))
        return RT_NOVALUE;
    if (!read_csv(self, true, ctl))
        return rt_exc_pending() ? RT_NOVALUE : rt_false;
    return phpvm_share(get(self, F_CSV));
}

static rt_value_t m_fputcsv(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t ctl[3];
    phpvm_array_t *fields = phpvm_arg_array(args, argc, 0);
    if (!live(self) || !fields || !csv_args(self, args, argc, 1, "fputcsv", ctl))
        return RT_NOVALUE;
    rt_value_t more[5] = {rt_from_ptr(fields), ctl[0], ctl[1], ctl[2],
                          phpvm_arg_given(argc, args, 4) ? phpvm_deref(args[4]) : phpvm_cstr("\n")};
    rt_value_t argv[6] = {get(self, F_STREAM)};
    memcpy(argv + 1, more, sizeof more);
    return phpvm_spl_callfn("fputcsv", argv, 6);
}

static rt_value_t m_set_csv_control(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t ctl[3];
    if (!csv_args(self, args, argc, 0, "setCsvControl", ctl))
        return RT_NOVALUE;
    phpvm_spl_store(self, file_class, SPL_NAME("delimiter"), ctl[0]);
    phpvm_spl_store(self, file_class, SPL_NAME("enclosure"), ctl[1]);
    put(self, F_ESCAPE, ctl[2]);
    return rt_none;
}

static rt_value_t m_get_csv_control(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t ctl[3];
    csv_controls(self, ctl);
    phpvm_array_t *a = phpvm_array_new(3);
    for (int i = 0; i < 3; i++)
        phpvm_array_append(a, ctl[i]);
    return rt_from_ptr(a);
}

/* ---- Stream functions ---- */

/* A method that is ext/standard's stream function of the same name on the file's stream
** (after dropping the current line when `drop`), with the method's own arguments. */
static rt_value_t pass(rt_value_t self, const char *fn, rt_value_t *args, int argc, bool drop)
{
    if (!live(self))
        return RT_NOVALUE;
    if (drop)
        free_line(self);
    int n = 0;
    while (n < argc && n < 4 && args[n] != RT_NOVALUE)
        n++;
    return stream_call(self, fn, args, n);
}

#define PASS(method, fn, drop)                                                                  \
    static rt_value_t method(rt_value_t self, rt_value_t *args, int argc)                       \
    {                                                                                           \
        return pass(self, fn, args, argc, drop);                                                \
    }
PASS(m_flock, "flock", false)
PASS(m_fflush, "fflush", false)
PASS(m_ftell, "ftell", false)
PASS(m_fseek, "fseek", true)
PASS(m_fpassthru, "fpassthru", false)
PASS(m_fstat, "fstat", false)

static rt_value_t m_fgetc(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t c = pass(self, "fgetc", args, argc, true);
    if (phpvm_is_str(c) && phpvm_str(c)->len == 1 && phpvm_str(c)->data[0] == '\n')
        put(self, F_LINENUM, phpvm_int(phpvm_to_int(get(self, F_LINENUM)) + 1));
    return c;
}

static rt_value_t m_fread(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t n;
    if (!live(self) || !phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    if (n <= 0)
        return phpvm_throw("ValueError", "SplFileObject::fread(): Argument #1 ($length) must be "
                                         "greater than 0");
    return pass(self, "fread", args, argc, false);
}

static rt_value_t m_fwrite(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *data = phpvm_arg_str(args, argc, 0);
    int64_t n = 0;
    if (!live(self) || !data ||
        (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &n)))
        return RT_NOVALUE;
    if (phpvm_arg_given(argc, args, 1)) {
        if (n <= 0)
            return rt_small(0);
        if (n < data->len)
            data = rt_str_new(data->data, (size_t)n);
    }
    rt_value_t v = rt_from_ptr(data);
    return stream_call(self, "fwrite", &v, 1);
}

static rt_value_t m_ftruncate(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t n;
    if (!live(self) || !phpvm_arg_long(args, argc, 0, &n))
        return RT_NOVALUE;
    return pass(self, "ftruncate", args, argc, false);
}

/* fscanf(format, &...vars): a line parsed as sscanf does, counting the line. */
static rt_value_t m_fscanf(rt_value_t self, rt_value_t *args, int argc)
{
    if (!live(self))
        return RT_NOVALUE;
    put(self, F_LINENUM, phpvm_int(phpvm_to_int(get(self, F_LINENUM)) + 1));
    free_line(self);
    rt_value_t argv[18] = {get(self, F_STREAM)};
    int n = 0;
    for (; n < argc && n < 17; n++)
        argv[n + 1] = args[n];
    return phpvm_spl_callfn("fscanf", argv, n + 1);
}

/* ---- Declarations ---- */

#define END {NULL, NULL, 0, 0, NULL, 0}

static const phpvm_builtin_t file_methods[] = {
    {"__construct", m_construct, 1, 4, "filename,mode,useIncludePath,context", 0},
    {"rewind", m_rewind, 0, 0, "", 0},
    {"eof", m_eof, 0, 0, "", 0},
    {"valid", m_valid, 0, 0, "", 0},
    {"fgets", m_fgets, 0, 0, "", 0},
    {"fread", m_fread, 1, 1, "length", 0},
    {"fgetcsv", m_fgetcsv, 0, 3, "separator,enclosure,escape", 0},
    {"fputcsv", m_fputcsv, 1, 5, "fields,separator,enclosure,escape,eol", 0},
    {"setCsvControl", m_set_csv_control, 0, 3, "separator,enclosure,escape", 0},
    {"getCsvControl", m_get_csv_control, 0, 0, "", 0},
    {"flock", m_flock, 1, 2, "operation,wouldBlock", 2},
    {"fflush", m_fflush, 0, 0, "", 0},
    {"ftell", m_ftell, 0, 0, "", 0},
    {"fseek", m_fseek, 1, 2, "offset,whence", 0},
    {"fgetc", m_fgetc, 0, 0, "", 0},
    {"fpassthru", m_fpassthru, 0, 0, "", 0},
    {"fscanf", m_fscanf, 1, -1, "format,vars", UINT32_C(1) << 31},
    {"fwrite", m_fwrite, 1, 2, "data,length", 0},
    {"fstat", m_fstat, 0, 0, "", 0},
    {"ftruncate", m_ftruncate, 1, 1, "size", 0},
    {"current", m_current, 0, 0, "", 0},
    {"key", m_key, 0, 0, "", 0},
    {"next", m_next, 0, 0, "", 0},
    {"setFlags", m_set_flags, 1, 1, "flags", 0},
    {"getFlags", m_get_flags, 0, 0, "", 0},
    {"setMaxLineLen", m_set_max_line_len, 1, 1, "maxLength", 0},
    {"getMaxLineLen", m_get_max_line_len, 0, 0, "", 0},
    {"hasChildren", m_false, 0, 0, "", 0},
    {"getChildren", m_null, 0, 0, "", 0},
    {"seek", m_seek, 1, 1, "line", 0},
    {"getCurrentLine", m_fgets, 0, 0, "", 0},
    {"__toString", m_to_string, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t temp_methods[] = {
    {"__construct", m_temp_construct, 0, 1, "maxMemory", 0},
    END,
};

void phpvm_spl_fileobject_init(void)
{
    phpvm_class_t *c = phpvm_spl_class("SplFileObject", "SplFileInfo",
                                       "RecursiveIterator,SeekableIterator", file_methods);
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("openMode")), PHPVM_F_PRIVATE, phpvm_cstr("r"));
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("delimiter")), PHPVM_F_PRIVATE, phpvm_cstr(","));
    phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("enclosure")), PHPVM_F_PRIVATE,
                         phpvm_cstr("\""));
    phpvm_spl_consts(c, (const phpvm_intconst_t[]){{"DROP_NEW_LINE", DROP_NEW_LINE},
                                                  {"READ_AHEAD", READ_AHEAD},
                                                  {"SKIP_EMPTY", SKIP_EMPTY},
                                                  {"READ_CSV", READ_CSV},
                                                  {NULL, 0}});
    phpvm_class_declare(c);
    file_class = c;
    phpvm_class_declare(phpvm_spl_class("SplTempFileObject", "SplFileObject", NULL, temp_methods));
}
