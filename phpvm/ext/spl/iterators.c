/*
** iterators.c: SPL's wrapping iterators: IteratorIterator and its family (FilterIterator,
** CallbackFilterIterator, RecursiveFilterIterator, RecursiveCallbackFilterIterator,
** ParentIterator, RegexIterator, RecursiveRegexIterator, LimitIterator, CachingIterator,
** RecursiveCachingIterator, NoRewindIterator, InfiniteIterator, AppendIterator) and
** EmptyIterator and MultipleIterator. As php-src's "dual iterators" they cache the inner iterator's current value
** and key after each move. The state is a list in the hidden "\0it" property of
** IteratorIterator (S_* slots), so var_dump lists no properties, as in PHP; the inner
** iterator is driven through its methods (rewind, valid, current, key, next), which also
** covers generators and user iterators.
*/
#include <inttypes.h>
#include <string.h>

#include "phpvm/ext/spl/spl.h"

/* The state slots; S_A.. S_C mean what each class says. */
enum { S_INNER, S_CUR, S_KEY, S_HAS, S_POS, S_A, S_B, S_C, S_N };
/* LimitIterator: S_A offset, S_B count. CachingIterator: S_A flags, S_B cache, S_C string
** (RecursiveCachingIterator: S_INNER's children wrapped, in the class's own slot S_KIDS).
** CallbackFilterIterator: S_A the callback. RegexIterator: S_A regex, S_B mode, S_C flags,
** S_PREG preg flags. AppendIterator: S_A the ArrayIterator of iterators. */
enum { S_PREG = S_N, S_KIDS, S_MAX };

enum {
    CIT_CALL_TOSTRING = 1, CIT_TOSTRING_USE_KEY = 2, CIT_TOSTRING_USE_CURRENT = 4,
    CIT_TOSTRING_USE_INNER = 8, CIT_CATCH_GET_CHILD = 16, CIT_FULL_CACHE = 256,
    CIT_PUBLIC = 0xffff, CIT_VALID = 0x10000,
};
enum { RX_MATCH, RX_GET_MATCH, RX_ALL_MATCHES, RX_SPLIT, RX_REPLACE };
enum { RX_USE_KEY = 1, RX_INVERTED = 2 };

static phpvm_class_t *ii_class, *rci_class;
static rt_str_t *n_state;

/* ---- State ---- */

static rt_value_t get(rt_value_t self, int i)
{
    return phpvm_spl_state(self, ii_class, n_state, i);
}

static void put(rt_value_t self, int i, rt_value_t v)
{
    phpvm_spl_state_set(self, ii_class, n_state, i, v);
}

static int64_t get_int(rt_value_t self, int i)
{
    return phpvm_to_int(get(self, i));
}

/* Whether the constructor ran; Error otherwise (a subclass's constructor that did
** not call its parent's). */
static bool live(rt_value_t self)
{
    if (get(self, S_INNER) != rt_none)
        return true;
    phpvm_throw("Error", "The object is in an invalid state as the parent constructor was not "
                         "called");
    return false;
}

static rt_value_t inner_call(rt_value_t self, const char *m)
{
    return phpvm_spl_call(get(self, S_INNER), m, NULL, 0);
}

/* ---- The dual iterator's moves ---- */

static void it_free(rt_value_t self)
{
    put(self, S_HAS, rt_false);
    put(self, S_CUR, rt_none);
    put(self, S_KEY, rt_none);
}

static bool it_rewind(rt_value_t self)
{
    it_free(self);
    put(self, S_POS, rt_small(0));
    return inner_call(self, "rewind") != RT_NOVALUE;
}

/* The inner iterator's valid(): 1, 0, -1 with an exception pending. */
static int it_valid(rt_value_t self)
{
    rt_value_t r = inner_call(self, "valid");
    return r == RT_NOVALUE ? -1 : phpvm_to_bool(phpvm_deref(r));
}

/* Caches the inner iterator's current value and key (check: only while valid()). */
static bool it_fetch(rt_value_t self, bool check)
{
    it_free(self);
    if (check && it_valid(self) <= 0)
        return false;
    rt_value_t v = inner_call(self, "current");
    if (v == RT_NOVALUE)
        return false;
    put(self, S_CUR, phpvm_share(phpvm_deref(v)));
    put(self, S_HAS, rt_true);
    rt_value_t k = inner_call(self, "key");
    if (k == RT_NOVALUE)
        return false;
    put(self, S_KEY, phpvm_share(phpvm_deref(k)));
    return true;
}

static bool it_next(rt_value_t self, bool free)
{
    if (free)
        it_free(self);
    if (inner_call(self, "next") == RT_NOVALUE)
        return false;
    put(self, S_POS, phpvm_int(get_int(self, S_POS) + 1));
    return true;
}

static bool has(rt_value_t self)
{
    return get(self, S_HAS) == rt_true;
}

/* ---- Construction ---- */

/* Stores the inner iterator after checking its type (`type`: a class name); IteratorIterator
** (aggregate) unwraps an IteratorAggregate through its getIterator(). */
static bool construct(rt_value_t self, rt_value_t v, const char *cls, const char *type,
                      bool aggregate)
{
    if (get(self, S_INNER) != rt_none) {
        phpvm_throw("BadMethodCallException", "%s::getIterator() must be called exactly once per "
                                              "instance", cls);
        return false;
    }
    v = phpvm_deref(v);
    phpvm_class_t *k = phpvm_class_of(v);
    if (!k || !phpvm_instanceof(k, phpvm_class_find_c(type))) {
        phpvm_throw("TypeError", "%s::__construct(): Argument #1 ($iterator) must be of type %s, "
                                 "%s given", cls, type, phpvm_type_name(v));
        return false;
    }
    if (aggregate && !phpvm_instanceof(k, phpvm_class_find_c("Iterator")) &&
        phpvm_instanceof(k, phpvm_class_find_c("IteratorAggregate"))) {
        v = phpvm_spl_from_aggregate(v);
        if (v == RT_NOVALUE)
            return false;
    }
    phpvm_array_t *st = phpvm_array_new(S_MAX);
    for (int i = 0; i < S_MAX; i++)
        phpvm_array_append(st, rt_none);
    phpvm_array_set(st, rt_small(S_INNER), v);
    phpvm_array_set(st, rt_small(S_HAS), rt_false);
    phpvm_array_set(st, rt_small(S_POS), rt_small(0));
    phpvm_spl_store(self, ii_class, SPL_NAME("\0it"), rt_from_ptr(st));
    return true;
}

#define CTOR(fn, cls, type, aggregate)                                                         \
    static rt_value_t fn(rt_value_t self, rt_value_t *args, int argc)                          \
    {                                                                                          \
        (void)argc;                                                                            \
        return construct(self, args[0], cls, type, aggregate) ? rt_none : RT_NOVALUE;          \
    }
CTOR(ii_construct, "IteratorIterator", "Traversable", true)
CTOR(fi_construct, "FilterIterator", "Iterator", false)
CTOR(rfi_construct, "RecursiveFilterIterator", "RecursiveIterator", false)
CTOR(pi_construct, "ParentIterator", "RecursiveIterator", false)
CTOR(nri_construct, "NoRewindIterator", "Iterator", false)
CTOR(inf_construct, "InfiniteIterator", "Iterator", false)

/* ---- IteratorIterator ---- */

static rt_value_t ii_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_rewind(self))
        return RT_NOVALUE;
    it_fetch(self, true);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

static rt_value_t ii_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    return has(self) ? rt_true : rt_false;
}

static rt_value_t ii_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_KEY) : RT_NOVALUE;
}

static rt_value_t ii_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_CUR) : RT_NOVALUE;
}

static rt_value_t ii_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_next(self, true))
        return RT_NOVALUE;
    it_fetch(self, true);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

static rt_value_t ii_get_inner(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_INNER) : RT_NOVALUE;
}

/* Methods the class lacks go to the inner iterator, as in php-src. */
static rt_value_t ii_call(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    return live(self) ? phpvm_spl_forward(self, get(self, S_INNER), args) : RT_NOVALUE;
}

/* ---- FilterIterator and its subclasses ---- */

/* Moves on until accept() takes an element (or the end). */
static rt_value_t filter_fetch(rt_value_t self)
{
    while (it_fetch(self, true)) {
        rt_value_t r = phpvm_spl_call(self, "accept", NULL, 0);
        if (r == RT_NOVALUE)
            return RT_NOVALUE;
        if (phpvm_to_bool(phpvm_deref(r)))
            return rt_none;
        if (inner_call(self, "next") == RT_NOVALUE)
            return RT_NOVALUE;
    }
    if (rt_exc_pending())
        return RT_NOVALUE;
    it_free(self);
    return rt_none;
}

static rt_value_t fi_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_rewind(self))
        return RT_NOVALUE;
    return filter_fetch(self);
}

static rt_value_t fi_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_next(self, true))
        return RT_NOVALUE;
    return filter_fetch(self);
}

static rt_value_t cfi_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t callee, ctx;
    if (!phpvm_callable(phpvm_deref(args[1]), &callee, &ctx, false)) {
        char why[256];
        phpvm_callable_reason(phpvm_deref(args[1]), why, sizeof why);
        return phpvm_throw("TypeError", "CallbackFilterIterator::__construct(): Argument #2 "
                                        "($callback) must be a valid callback, %s", why);
    }
    if (!construct(self, args[0], "CallbackFilterIterator", "Iterator", false))
        return RT_NOVALUE;
    put(self, S_A, phpvm_share(phpvm_deref(args[1])));
    return rt_none;
}

static rt_value_t rcfi_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    if (!construct(self, args[0], "RecursiveCallbackFilterIterator", "RecursiveIterator", false))
        return RT_NOVALUE;
    put(self, S_A, phpvm_share(phpvm_deref(args[1])));
    return rt_none;
}

/* accept(): the callback's verdict on (current, key, inner iterator). */
static rt_value_t cfi_accept(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    rt_value_t argv[3] = {get(self, S_CUR), get(self, S_KEY), get(self, S_INNER)};
    rt_value_t r = phpvm_call_value(get(self, S_A), argv, 3);
    return r == RT_NOVALUE ? r : phpvm_to_bool(phpvm_deref(r)) ? rt_true : rt_false;
}

static rt_value_t rfi_has_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    rt_value_t r = inner_call(self, "hasChildren");
    return r == RT_NOVALUE ? r : phpvm_to_bool(phpvm_deref(r)) ? rt_true : rt_false;
}

/* A new instance of self's class around the inner iterator's children (`more`: up to 4 more
** constructor arguments). */
static rt_value_t wrap_children(rt_value_t self, rt_value_t *more, int nmore)
{
    if (!live(self))
        return RT_NOVALUE;
    rt_value_t kids = inner_call(self, "getChildren");
    if (kids == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t o = phpvm_object_new(phpvm_obj(self)->cls);
    if (o == RT_NOVALUE)
        return o;
    rt_value_t argv[5] = {phpvm_deref(kids)};
    for (int i = 0; i < nmore && i < 4; i++)
        argv[i + 1] = more[i];
    return phpvm_spl_call(o, "__construct", argv, 1 + nmore) == RT_NOVALUE ? RT_NOVALUE : o;
}

static rt_value_t rfi_get_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return wrap_children(self, NULL, 0);
}

static rt_value_t rcfi_get_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t cb = get(self, S_A);
    return wrap_children(self, &cb, 1);
}

static rt_value_t pi_accept(rt_value_t self, rt_value_t *args, int argc)
{
    return rfi_has_children(self, args, argc);
}

/* ---- RegexIterator ---- */

static rt_value_t rx_construct_as(rt_value_t self, rt_value_t *args, int argc, const char *cls,
                                  const char *type)
{
    int64_t mode = RX_MATCH, flags = 0, preg = 0;
    rt_str_t *re = phpvm_arg_str(args, argc, 1);
    if (!re || (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &mode)) ||
        (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &flags)) ||
        (phpvm_arg_given(argc, args, 4) && !phpvm_arg_long(args, argc, 4, &preg)))
        return RT_NOVALUE;
    if (mode < RX_MATCH || mode > RX_REPLACE)
        return phpvm_throw("ValueError", "%s::__construct(): Argument #3 ($mode) must be "
                                         "RegexIterator::MATCH, RegexIterator::GET_MATCH, "
                                         "RegexIterator::ALL_MATCHES, RegexIterator::SPLIT, or "
                                         "RegexIterator::REPLACE", cls);
    if (!construct(self, args[0], cls, type, false))
        return RT_NOVALUE;
    put(self, S_A, rt_from_ptr(re));
    put(self, S_B, rt_small(mode));
    put(self, S_C, rt_small(flags));
    put(self, S_PREG, rt_small(preg));
    return rt_none;
}

static rt_value_t rx_construct(rt_value_t self, rt_value_t *args, int argc)
{
    return rx_construct_as(self, args, argc, "RegexIterator", "Iterator");
}

static rt_value_t rrx_construct(rt_value_t self, rt_value_t *args, int argc)
{
    return rx_construct_as(self, args, argc, "RecursiveRegexIterator", "RecursiveIterator");
}

/* accept(): matches the current value (or key, USE_KEY) against the regex; the GET_MATCH,
** ALL_MATCHES and SPLIT modes replace the current value by the matches, REPLACE by the
** replaced string (of the public "replacement" property). */
static rt_value_t rx_accept(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    if (!has(self))
        return rt_false;
    int64_t mode = get_int(self, S_B), flags = get_int(self, S_C), preg = get_int(self, S_PREG);
    rt_value_t subj = get(self, flags & RX_USE_KEY ? S_KEY : S_CUR);
    if (!(flags & RX_USE_KEY) && phpvm_is_array(subj))
        return rt_false;
    rt_str_t *s = phpvm_to_str(subj);
    if (!s)
        return RT_NOVALUE;
    rt_value_t re = get(self, S_A), r;
    bool ok;
    if (mode == RX_MATCH) {
        rt_value_t argv[2] = {re, rt_from_ptr(s)};
        r = phpvm_spl_callfn("preg_match", argv, 2);
        ok = r != RT_NOVALUE && phpvm_to_int(r) > 0;
    } else if (mode == RX_GET_MATCH || mode == RX_ALL_MATCHES) {
        phpvm_ref_t *m = phpvm_ref_new(rt_none);
        rt_value_t argv[4] = {re, rt_from_ptr(s), rt_from_ptr(m), rt_small(preg)};
        r = phpvm_spl_callfn(mode == RX_GET_MATCH ? "preg_match" : "preg_match_all", argv, 4);
        put(self, S_CUR, m->v);
        ok = r != RT_NOVALUE && phpvm_to_int(r) > 0;
    } else if (mode == RX_SPLIT) {
        rt_value_t argv[4] = {re, rt_from_ptr(s), rt_small(-1), rt_small(preg)};
        r = phpvm_spl_callfn("preg_split", argv, 4);
        if (r != RT_NOVALUE)
            put(self, S_CUR, r);
        ok = r != RT_NOVALUE && phpvm_is_array(r) && rt_map_count(phpvm_arr(r)) > 1;
    } else {
        rt_value_t rep = phpvm_prop_read(self, phpvm_spl_name(SPL_NAME("replacement")), NULL, true);
        rt_str_t *rs = rep == RT_NOVALUE ? NULL : phpvm_to_str(phpvm_deref(rep));
        if (!rs)
            return RT_NOVALUE;
        phpvm_ref_t *cnt = phpvm_ref_new(rt_small(0));
        rt_value_t argv[5] = {re, rt_from_ptr(rs), rt_from_ptr(s), rt_small(-1),
                              rt_from_ptr(cnt)};
        r = phpvm_spl_callfn("preg_replace", argv, 5);
        if (r != RT_NOVALUE && phpvm_is_str(r))
            put(self, flags & RX_USE_KEY ? S_KEY : S_CUR, r);
        ok = r != RT_NOVALUE && phpvm_to_int(cnt->v) > 0;
    }
    if (r == RT_NOVALUE)
        return RT_NOVALUE;
    return ok != ((flags & RX_INVERTED) != 0) ? rt_true : rt_false;
}

static rt_value_t rx_get_regex(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_A) : RT_NOVALUE;
}

/* getMode / getFlags / getPregFlags and their setters share one shape. */
static rt_value_t rx_getter(rt_value_t self, int slot)
{
    return live(self) ? get(self, slot) : RT_NOVALUE;
}

static rt_value_t rx_setter(rt_value_t self, rt_value_t *args, int argc, int slot)
{
    int64_t v;
    if (!live(self) || !phpvm_arg_long(args, argc, 0, &v))
        return RT_NOVALUE;
    if (slot == S_B && (v < RX_MATCH || v > RX_REPLACE))
        return phpvm_throw("ValueError", "RegexIterator::setMode(): Argument #1 ($mode) must be "
                                         "RegexIterator::MATCH, RegexIterator::GET_MATCH, "
                                         "RegexIterator::ALL_MATCHES, RegexIterator::SPLIT, or "
                                         "RegexIterator::REPLACE");
    put(self, slot, rt_small(v));
    return rt_none;
}

#define RX_ACCESSORS(getname, setname, slot)                                                   \
    static rt_value_t getname(rt_value_t self, rt_value_t *args, int argc)                     \
    {                                                                                          \
        (void)args, (void)argc;                                                                \
        return rx_getter(self, slot);                                                          \
    }                                                                                          \
    static rt_value_t setname(rt_value_t self, rt_value_t *args, int argc)                     \
    {                                                                                          \
        return rx_setter(self, args, argc, slot);                                              \
    }
RX_ACCESSORS(rx_get_mode, rx_set_mode, S_B)
RX_ACCESSORS(rx_get_flags, rx_set_flags, S_C)
RX_ACCESSORS(rx_get_preg_flags, rx_set_preg_flags, S_PREG)

static rt_value_t rrx_get_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t more[4] = {get(self, S_A), get(self, S_B), get(self, S_C), get(self, S_PREG)};
    return wrap_children(self, more, 4);
}

static rt_value_t rrx_accept(rt_value_t self, rt_value_t *args, int argc)
{
    if (!live(self))
        return RT_NOVALUE;
    if (!has(self))
        return rt_false;
    rt_value_t r = inner_call(self, "hasChildren");
    if (r == RT_NOVALUE)
        return r;
    if (phpvm_to_bool(phpvm_deref(r)))
        return rt_true;
    return rx_accept(self, args, argc);
}

/* ---- LimitIterator ---- */

static rt_value_t li_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t offset = 0, count = -1;
    if ((phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &offset)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &count)))
        return RT_NOVALUE;
    if (offset < 0)
        return phpvm_throw("ValueError", "LimitIterator::__construct(): Argument #2 ($offset) "
                                         "must be greater than or equal to 0");
    if (count < -1)
        return phpvm_throw("ValueError", "LimitIterator::__construct(): Argument #3 ($limit) "
                                         "must be greater than or equal to -1");
    if (!construct(self, args[0], "LimitIterator", "Iterator", false))
        return RT_NOVALUE;
    put(self, S_A, phpvm_int(offset));
    put(self, S_B, phpvm_int(count));
    return rt_none;
}

/* Whether position pos lies inside offset + count. */
static bool li_inside(rt_value_t self, int64_t pos)
{
    int64_t count = get_int(self, S_B);
    return count == -1 || pos < get_int(self, S_A) + count;
}

/* Seeks to pos: through a SeekableIterator's seek(), else by rewinding and next()s. */
static bool li_seek(rt_value_t self, int64_t pos)
{
    int64_t offset = get_int(self, S_A), count = get_int(self, S_B);
    it_free(self);
    if (pos < offset) {
        phpvm_throw("OutOfBoundsException", "Cannot seek to %" PRId64 " which is below the "
                                            "offset %" PRId64, pos, offset);
        return false;
    }
    if (!li_inside(self, pos)) {
        phpvm_throw("OutOfBoundsException", "Cannot seek to %" PRId64 " which is behind offset "
                                            "%" PRId64 " plus count %" PRId64,
                    pos, offset, count);
        return false;
    }
    rt_value_t inner = get(self, S_INNER);
    if (pos != get_int(self, S_POS) &&
        phpvm_instanceof(phpvm_class_of(inner), phpvm_class_find_c("SeekableIterator"))) {
        rt_value_t p = phpvm_int(pos);
        if (phpvm_spl_call(inner, "seek", &p, 1) == RT_NOVALUE)
            return false;
        put(self, S_POS, p);
        int v = li_inside(self, pos) ? it_valid(self) : 0;
        return v < 0 ? false : v == 0 || it_fetch(self, false);
    }
    if (pos < get_int(self, S_POS) && !it_rewind(self))
        return false;
    int v;
    while ((v = it_valid(self)) > 0 && pos > get_int(self, S_POS))
        if (!it_next(self, true))
            return false;
    return v < 0 ? false : v == 0 || it_fetch(self, true) || !rt_exc_pending();
}

static rt_value_t li_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_rewind(self))
        return RT_NOVALUE;
    return li_seek(self, get_int(self, S_A)) ? rt_none : RT_NOVALUE;
}

static rt_value_t li_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    return li_inside(self, get_int(self, S_POS)) && has(self) ? rt_true : rt_false;
}

static rt_value_t li_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_next(self, true))
        return RT_NOVALUE;
    if (li_inside(self, get_int(self, S_POS)))
        it_fetch(self, true);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

static rt_value_t li_seek_m(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t pos;
    if (!live(self) || !phpvm_arg_long(args, argc, 0, &pos) || !li_seek(self, pos))
        return RT_NOVALUE;
    return get(self, S_POS);
}

static rt_value_t li_get_position(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_POS) : RT_NOVALUE;
}

/* ---- CachingIterator, RecursiveCachingIterator ---- */

static bool cit_flags_ok(int64_t f)
{
    int64_t s = f & (CIT_CALL_TOSTRING | CIT_TOSTRING_USE_KEY | CIT_TOSTRING_USE_CURRENT |
                     CIT_TOSTRING_USE_INNER);
    return s == 0 || (s & (s - 1)) == 0;
}

static const char cit_flags_msg[] =
    "must contain only one of CachingIterator::CALL_TOSTRING, "
    "CachingIterator::TOSTRING_USE_KEY, CachingIterator::TOSTRING_USE_CURRENT, or "
    "CachingIterator::TOSTRING_USE_INNER";

static rt_value_t cit_construct_as(rt_value_t self, rt_value_t *args, int argc, const char *cls,
                                   const char *type)
{
    int64_t flags = CIT_CALL_TOSTRING;
    if (phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags))
        return RT_NOVALUE;
    if (!construct(self, args[0], cls, type, false))
        return RT_NOVALUE;
    if (!cit_flags_ok(flags))
        return phpvm_throw("ValueError", "%s::__construct(): Argument #2 ($flags) %s", cls,
                           cit_flags_msg);
    put(self, S_A, phpvm_int(flags & CIT_PUBLIC));
    put(self, S_B, rt_from_ptr(phpvm_array_new(0)));
    return rt_none;
}

static rt_value_t cit_construct(rt_value_t self, rt_value_t *args, int argc)
{
    return cit_construct_as(self, args, argc, "CachingIterator", "Iterator");
}

static rt_value_t rcit_construct(rt_value_t self, rt_value_t *args, int argc)
{
    return cit_construct_as(self, args, argc, "RecursiveCachingIterator", "RecursiveIterator");
}

/* The cache (S_B), made writable. */
static phpvm_array_t *cache_w(rt_value_t self)
{
    rt_value_t v = get(self, S_B);
    phpvm_array_t *c = phpvm_array_sep(&v);
    put(self, S_B, v);
    return c;
}

/* A recursive caching iterator's children: a RecursiveCachingIterator around the inner
** iterator's getChildren() while it hasChildren(), else null in S_KIDS. */
static bool cit_children(rt_value_t self, int64_t flags)
{
    put(self, S_KIDS, rt_none);
    rt_value_t r = inner_call(self, "hasChildren");
    if (r != RT_NOVALUE && phpvm_to_bool(phpvm_deref(r))) {
        rt_value_t kids = inner_call(self, "getChildren");
        rt_value_t o = kids == RT_NOVALUE ? RT_NOVALUE : phpvm_object_new(rci_class);
        rt_value_t argv[2] = {phpvm_deref(kids), rt_small(flags & CIT_PUBLIC)};
        if (o != RT_NOVALUE && phpvm_spl_call(o, "__construct", argv, 2) != RT_NOVALUE)
            put(self, S_KIDS, o);
    }
    if (!rt_exc_pending())
        return true;
    if (!(flags & CIT_CATCH_GET_CHILD))
        return false;
    rt_exc_clear();
    return true;
}

/* One step ahead: caches the inner iterator's element (and its string form), then moves the
** inner iterator on, so hasNext() can look ahead. */
static bool cit_next(rt_value_t self)
{
    int64_t flags = get_int(self, S_A);
    if (!it_fetch(self, true)) {
        put(self, S_C, rt_none);
        put(self, S_A, phpvm_int(flags & ~CIT_VALID));
        return !rt_exc_pending();
    }
    put(self, S_A, phpvm_int(flags | CIT_VALID));
    if (flags & CIT_FULL_CACHE) {
        rt_value_t k = phpvm_key(get(self, S_KEY));
        if (k == RT_NOVALUE)
            return false;
        phpvm_array_set(cache_w(self), k, get(self, S_CUR));
    }
    if (phpvm_instanceof(phpvm_obj(self)->cls, rci_class) && !cit_children(self, flags))
        return false;
    put(self, S_C, rt_none);
    if (flags & (CIT_TOSTRING_USE_INNER | CIT_CALL_TOSTRING)) {
        rt_str_t *s = phpvm_to_str(get(self, flags & CIT_TOSTRING_USE_INNER ? S_INNER : S_CUR));
        if (!s)
            return false;
        put(self, S_C, rt_from_ptr(s));
    }
    return it_next(self, false);
}

static rt_value_t cit_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_rewind(self))
        return RT_NOVALUE;
    put(self, S_B, rt_from_ptr(phpvm_array_new(0)));
    return cit_next(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t cit_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    return get_int(self, S_A) & CIT_VALID ? rt_true : rt_false;
}

static rt_value_t cit_next_m(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) && cit_next(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t cit_has_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    int v = it_valid(self);
    return v < 0 ? RT_NOVALUE : v ? rt_true : rt_false;
}

static rt_value_t cit_to_string(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    int64_t flags = get_int(self, S_A);
    if (!(flags & (CIT_CALL_TOSTRING | CIT_TOSTRING_USE_KEY | CIT_TOSTRING_USE_CURRENT |
                   CIT_TOSTRING_USE_INNER)))
        return phpvm_throw("BadMethodCallException", "%s does not fetch string value (see "
                                                     "CachingIterator::__construct)",
                           phpvm_obj(self)->cls->name->data);
    if (flags & (CIT_TOSTRING_USE_KEY | CIT_TOSTRING_USE_CURRENT)) {
        rt_str_t *s = phpvm_to_str(get(self, flags & CIT_TOSTRING_USE_KEY ? S_KEY : S_CUR));
        return s ? rt_from_ptr(s) : RT_NOVALUE;
    }
    rt_value_t s = get(self, S_C);
    return s == rt_none ? phpvm_cstr("") : s;
}

/* The full cache, or BadMethodCallException without FULL_CACHE. */
static phpvm_array_t *cit_cache(rt_value_t self)
{
    if (!live(self))
        return NULL;
    if (!(get_int(self, S_A) & CIT_FULL_CACHE)) {
        phpvm_throw("BadMethodCallException", "%s does not use a full cache (see "
                                              "CachingIterator::__construct)",
                    phpvm_obj(self)->cls->name->data);
        return NULL;
    }
    return cache_w(self);
}

static rt_value_t cit_offset_key(rt_value_t *args, int argc)
{
    rt_str_t *k = phpvm_arg_str(args, argc, 0);
    return k ? phpvm_key(rt_from_ptr(k)) : RT_NOVALUE;
}

static rt_value_t cit_offset_get(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *c = cit_cache(self);
    rt_value_t k = c ? cit_offset_key(args, argc) : RT_NOVALUE;
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    rt_value_t v = phpvm_array_get(c, k);
    if (v != RT_NOVALUE)
        return phpvm_share(phpvm_deref(v));
    phpvm_error(PHPVM_E_WARNING, "Undefined array key \"%s\"", phpvm_str(args[0])->data);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

static rt_value_t cit_offset_set(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *c = cit_cache(self);
    rt_value_t k = c ? cit_offset_key(args, argc) : RT_NOVALUE;
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_set(c, k, phpvm_share(phpvm_deref(args[1])));
    return rt_none;
}

static rt_value_t cit_offset_unset(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *c = cit_cache(self);
    rt_value_t k = c ? cit_offset_key(args, argc) : RT_NOVALUE;
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_array_del(c, k);
    return rt_none;
}

static rt_value_t cit_offset_exists(rt_value_t self, rt_value_t *args, int argc)
{
    phpvm_array_t *c = cit_cache(self);
    rt_value_t k = c ? cit_offset_key(args, argc) : RT_NOVALUE;
    if (k == RT_NOVALUE)
        return RT_NOVALUE;
    return phpvm_array_get(c, k) != RT_NOVALUE ? rt_true : rt_false;
}

static rt_value_t cit_get_cache(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *c = cit_cache(self);
    return c ? phpvm_share(rt_from_ptr(c)) : RT_NOVALUE;
}

static rt_value_t cit_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *c = cit_cache(self);
    return c ? rt_small(rt_map_count(c)) : RT_NOVALUE;
}

static rt_value_t cit_get_flags(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? phpvm_int(get_int(self, S_A) & CIT_PUBLIC) : RT_NOVALUE;
}

static rt_value_t cit_set_flags(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t f;
    if (!live(self) || !phpvm_arg_long(args, argc, 0, &f))
        return RT_NOVALUE;
    int64_t old = get_int(self, S_A);
    if (!cit_flags_ok(f))
        return phpvm_throw("ValueError", "CachingIterator::setFlags(): Argument #1 ($flags) %s",
                           cit_flags_msg);
    if ((old & CIT_CALL_TOSTRING) && !(f & CIT_CALL_TOSTRING))
        return phpvm_throw("InvalidArgumentException",
                           "Unsetting flag CALL_TO_STRING is not possible");
    if ((old & CIT_TOSTRING_USE_INNER) && !(f & CIT_TOSTRING_USE_INNER))
        return phpvm_throw("InvalidArgumentException",
                           "Unsetting flag TOSTRING_USE_INNER is not possible");
    if ((f & CIT_FULL_CACHE) && !(old & CIT_FULL_CACHE))
        put(self, S_B, rt_from_ptr(phpvm_array_new(0)));
    put(self, S_A, phpvm_int((old & ~CIT_PUBLIC) | (f & CIT_PUBLIC)));
    return rt_none;
}

static rt_value_t rcit_has_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_KIDS) != rt_none ? rt_true : rt_false : RT_NOVALUE;
}

static rt_value_t rcit_get_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_KIDS) : RT_NOVALUE;
}

/* ---- NoRewindIterator, InfiniteIterator ---- */

static rt_value_t nri_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

static rt_value_t nri_pass(rt_value_t self, const char *m)
{
    if (!live(self))
        return RT_NOVALUE;
    rt_value_t r = inner_call(self, m);
    return r == RT_NOVALUE ? r : phpvm_deref(r);
}

static rt_value_t nri_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t r = nri_pass(self, "valid");
    return r == RT_NOVALUE ? r : phpvm_to_bool(r) ? rt_true : rt_false;
}

static rt_value_t nri_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return nri_pass(self, "key");
}

static rt_value_t nri_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return nri_pass(self, "current");
}

static rt_value_t nri_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return nri_pass(self, "next") == RT_NOVALUE ? RT_NOVALUE : rt_none;
}

/* next(): at the end the inner iterator starts over. */
static rt_value_t inf_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || !it_next(self, true))
        return RT_NOVALUE;
    int v = it_valid(self);
    if (v == 0) {
        if (!it_rewind(self))
            return RT_NOVALUE;
        v = it_valid(self);
    }
    if (v > 0)
        it_fetch(self, false);
    return rt_exc_pending() ? RT_NOVALUE : rt_none;
}

/* ---- AppendIterator ---- */

/* The ArrayIterator holding the appended iterators (S_A); its methods step through them. */
static rt_value_t ap_list_call(rt_value_t self, const char *m, rt_value_t arg)
{
    return phpvm_spl_call(get(self, S_A), m, &arg, arg == RT_NOVALUE ? 0 : 1);
}

static rt_value_t ap_construct(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t list = phpvm_object_new(phpvm_class_find_c("ArrayIterator"));
    if (list == RT_NOVALUE || !construct(self, list, "AppendIterator", "Iterator", false))
        return RT_NOVALUE;
    put(self, S_A, list);
    put(self, S_INNER, rt_false); /* constructed, no inner iterator yet */
    return rt_none;
}

static bool ap_has_inner(rt_value_t self)
{
    return phpvm_is_object(get(self, S_INNER));
}

/* The inner iterator becomes the list's current one (rewound); false at the list's end. */
static int ap_next_iterator(rt_value_t self)
{
    it_free(self);
    put(self, S_INNER, rt_false);
    rt_value_t v = ap_list_call(self, "valid", RT_NOVALUE);
    if (v == RT_NOVALUE)
        return -1;
    if (!phpvm_to_bool(phpvm_deref(v)))
        return 0;
    rt_value_t it = ap_list_call(self, "current", RT_NOVALUE);
    if (it == RT_NOVALUE)
        return -1;
    put(self, S_INNER, phpvm_deref(it));
    return it_rewind(self) ? 1 : -1;
}

/* Skips exhausted iterators, then caches the element. */
static bool ap_fetch(rt_value_t self)
{
    int v;
    while (ap_has_inner(self) && (v = it_valid(self)) <= 0) {
        if (v < 0 || ap_list_call(self, "next", RT_NOVALUE) == RT_NOVALUE)
            return false;
        int r = ap_next_iterator(self);
        if (r <= 0)
            return r == 0;
    }
    return !ap_has_inner(self) || it_fetch(self, false) || !rt_exc_pending();
}

static rt_value_t ap_append(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t it = phpvm_deref(args[0]);
    phpvm_class_t *k = phpvm_class_of(it);
    if (!k || !phpvm_instanceof(k, phpvm_class_find_c("Iterator")))
        return phpvm_throw("TypeError", "AppendIterator::append(): Argument #1 ($iterator) must "
                                        "be of type Iterator, %s given", phpvm_type_name(it));
    if (!live(self))
        return RT_NOVALUE;
    rt_value_t lv = ap_list_call(self, "valid", RT_NOVALUE);
    if (lv == RT_NOVALUE)
        return lv;
    int iv = ap_has_inner(self) ? it_valid(self) : 0;
    if (iv < 0 || ap_list_call(self, "append", it) == RT_NOVALUE)
        return RT_NOVALUE;
    if (phpvm_to_bool(phpvm_deref(lv)) && iv == 0 &&
        ap_list_call(self, "next", RT_NOVALUE) == RT_NOVALUE)
        return RT_NOVALUE;
    if (ap_has_inner(self) && iv > 0)
        return rt_none;
    lv = ap_list_call(self, "valid", RT_NOVALUE);
    if (lv == RT_NOVALUE ||
        (!phpvm_to_bool(phpvm_deref(lv)) && ap_list_call(self, "rewind", RT_NOVALUE) == RT_NOVALUE))
        return RT_NOVALUE;
    do {
        if (ap_next_iterator(self) <= 0)
            break;
    } while (get(self, S_INNER) != it &&
             ap_list_call(self, "next", RT_NOVALUE) != RT_NOVALUE);
    return ap_fetch(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t ap_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self) || ap_list_call(self, "rewind", RT_NOVALUE) == RT_NOVALUE)
        return RT_NOVALUE;
    int r = ap_next_iterator(self);
    if (r < 0)
        return RT_NOVALUE;
    return r == 0 || ap_fetch(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t ap_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    if (ap_has_inner(self) && !it_fetch(self, true) && rt_exc_pending())
        return RT_NOVALUE;
    return get(self, S_CUR);
}

static rt_value_t ap_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    int v = ap_has_inner(self) ? it_valid(self) : 0;
    if (v < 0 || (v > 0 && !it_next(self, true)))
        return RT_NOVALUE;
    return ap_fetch(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t ap_get_inner(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    return ap_has_inner(self) ? get(self, S_INNER) : rt_none;
}

static rt_value_t ap_get_index(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? ap_list_call(self, "key", RT_NOVALUE) : RT_NOVALUE;
}

static rt_value_t ap_get_array_iterator(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, S_A) : RT_NOVALUE;
}

/* ---- EmptyIterator ---- */

static rt_value_t ei_nothing(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

static rt_value_t ei_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_false;
}

static rt_value_t ei_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return phpvm_throw("BadMethodCallException", "Accessing the key of an EmptyIterator");
}

static rt_value_t ei_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return phpvm_throw("BadMethodCallException", "Accessing the value of an EmptyIterator");
}

/* ---- MultipleIterator ---- */

/* The state: flags (M_FLAGS) and the iterators (M_ITS: object id => [iterator, info], in
** attachment order, as the SplObjectStorage php-src keeps them in). */
enum { M_FLAGS, M_ITS };
enum { MIT_NEED_ALL = 1, MIT_KEYS_ASSOC = 2 };

static phpvm_class_t *mi_class;
static rt_str_t *n_mstate;

static rt_value_t mget(rt_value_t self, int i)
{
    return phpvm_spl_state(self, mi_class, n_mstate, i);
}

static phpvm_array_t *mi_list(rt_value_t self)
{
    rt_value_t v = mget(self, M_ITS);
    if (phpvm_is_array(v))
        return phpvm_arr(v);
    phpvm_array_t *a = phpvm_array_new(0);
    phpvm_spl_state_set(self, mi_class, n_mstate, M_ITS, rt_from_ptr(a));
    return a;
}

/* The list made writable (copied first if shared). */
static phpvm_array_t *mi_list_w(rt_value_t self)
{
    rt_value_t v = rt_from_ptr(mi_list(self));
    phpvm_array_t *a = phpvm_array_sep(&v);
    phpvm_spl_state_set(self, mi_class, n_mstate, M_ITS, v);
    return a;
}

static int64_t mi_flags(rt_value_t self)
{
    return phpvm_to_int(mget(self, M_FLAGS));
}

static rt_value_t mi_pair(phpvm_array_t *a, int64_t p, int i)
{
    return phpvm_array_get(phpvm_arr(phpvm_array_val_at(a, p)), rt_small(i));
}

static rt_value_t mi_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t f = MIT_NEED_ALL;
    if (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, &f))
        return RT_NOVALUE;
    phpvm_array_t *st = phpvm_array_new(2);
    phpvm_array_append(st, phpvm_int(f));
    phpvm_array_append(st, rt_from_ptr(phpvm_array_new(0)));
    phpvm_spl_store(self, mi_class, SPL_NAME("\0mi"), rt_from_ptr(st));
    return rt_none;
}

static rt_value_t mi_get_flags(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return phpvm_int(mi_flags(self));
}

static rt_value_t mi_set_flags(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t f;
    if (!phpvm_arg_long(args, argc, 0, &f))
        return RT_NOVALUE;
    mi_list(self);
    phpvm_spl_state_set(self, mi_class, n_mstate, M_FLAGS, phpvm_int(f));
    return rt_none;
}

static rt_value_t mi_iterator_arg(rt_value_t *args, const char *method)
{
    rt_value_t it = phpvm_deref(args[0]);
    phpvm_class_t *k = phpvm_class_of(it);
    if (!k || !phpvm_is_object(it) || !phpvm_instanceof(k, phpvm_class_find_c("Iterator")))
        return phpvm_throw("TypeError", "MultipleIterator::%s(): Argument #1 ($iterator) must be "
                                        "of type Iterator, %s given", method, phpvm_type_name(it));
    return it;
}

static rt_value_t mi_attach(rt_value_t self, rt_value_t *args, int argc)
{
    rt_value_t it = mi_iterator_arg(args, "attachIterator");
    if (it == RT_NOVALUE)
        return it;
    rt_value_t info = phpvm_arg_given(argc, args, 1) ? phpvm_deref(args[1]) : rt_none;
    if (info != rt_none && !rt_is_int(info) && !phpvm_is_str(info))
        return phpvm_throw("TypeError", "MultipleIterator::attachIterator(): Argument #2 ($info) "
                                        "must be of type string|int|null, %s given",
                           phpvm_type_name(info));
    phpvm_array_t *a = mi_list(self);
    rt_value_t id = phpvm_int((int64_t)phpvm_obj(it)->id);
    for (int64_t p = phpvm_array_first(a); info != rt_none && p >= 0; p = phpvm_array_next(a, p))
        if (phpvm_strict_eq(mi_pair(a, p, 1), info) && !phpvm_strict_eq(phpvm_array_key_at(a, p), id))
            return phpvm_throw("InvalidArgumentException", "Key duplication error");
    phpvm_array_t *pair = phpvm_array_new(2);
    phpvm_array_append(pair, it);
    phpvm_array_append(pair, info);
    phpvm_array_set(mi_list_w(self), id, rt_from_ptr(pair));
    return rt_none;
}

static rt_value_t mi_detach(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t it = mi_iterator_arg(args, "detachIterator");
    if (it == RT_NOVALUE)
        return it;
    phpvm_array_del(mi_list_w(self), phpvm_int((int64_t)phpvm_obj(it)->id));
    return rt_none;
}

static rt_value_t mi_contains(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    rt_value_t it = mi_iterator_arg(args, "containsIterator");
    if (it == RT_NOVALUE)
        return it;
    rt_value_t id = phpvm_int((int64_t)phpvm_obj(it)->id);
    return phpvm_array_get(mi_list(self), id) != RT_NOVALUE ? rt_true : rt_false;
}

static rt_value_t mi_count(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_small(rt_map_count(mi_list(self)));
}

/* Calls method m of every sub-iterator (rewind, next). */
static rt_value_t mi_each(rt_value_t self, const char *m)
{
    phpvm_array_t *a = mi_list(self);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p))
        if (phpvm_spl_call(mi_pair(a, p, 0), m, NULL, 0) == RT_NOVALUE)
            return RT_NOVALUE;
    return rt_none;
}

static rt_value_t mi_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return mi_each(self, "rewind");
}

static rt_value_t mi_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return mi_each(self, "next");
}

/* valid(): all sub-iterators valid (MIT_NEED_ALL) or any (MIT_NEED_ANY); false without any. */
static rt_value_t mi_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    phpvm_array_t *a = mi_list(self);
    if (rt_map_count(a) == 0)
        return rt_false;
    bool all = mi_flags(self) & MIT_NEED_ALL;
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t v = phpvm_spl_call(mi_pair(a, p, 0), "valid", NULL, 0);
        if (v == RT_NOVALUE)
            return v;
        if (phpvm_to_bool(phpvm_deref(v)) != all)
            return all ? rt_false : rt_true;
    }
    return all ? rt_true : rt_false;
}

/* current() / key(): every sub-iterator's, keyed by position or (MIT_KEYS_ASSOC) info. */
static rt_value_t mi_all(rt_value_t self, const char *what)
{
    phpvm_array_t *a = mi_list(self), *out = phpvm_array_new(rt_map_count(a));
    if (rt_map_count(a) == 0)
        return phpvm_throw("RuntimeException", "Called %s() on an invalid iterator", what);
    int64_t flags = mi_flags(self);
    for (int64_t p = phpvm_array_first(a); p >= 0; p = phpvm_array_next(a, p)) {
        rt_value_t it = mi_pair(a, p, 0), v = phpvm_spl_call(it, "valid", NULL, 0);
        if (v == RT_NOVALUE)
            return v;
        if (phpvm_to_bool(phpvm_deref(v))) {
            v = phpvm_spl_call(it, what, NULL, 0);
            if (v == RT_NOVALUE)
                return v;
            v = phpvm_share(phpvm_deref(v));
        } else if (flags & MIT_NEED_ALL) {
            return phpvm_throw("RuntimeException", "Called %s() with non valid sub iterator",
                               what);
        } else {
            v = rt_none;
        }
        if (!(flags & MIT_KEYS_ASSOC)) {
            phpvm_array_append(out, v);
            continue;
        }
        rt_value_t info = mi_pair(a, p, 1);
        if (info == rt_none)
            return phpvm_throw("InvalidArgumentException", "Sub-Iterator is associated with NULL");
        phpvm_array_set(out, phpvm_key(info), v);
    }
    return rt_from_ptr(out);
}

static rt_value_t mi_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return mi_all(self, "current");
}

static rt_value_t mi_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return mi_all(self, "key");
}

/* ---- Declarations ---- */

#define END {NULL, NULL, 0, 0, NULL, 0}

static const phpvm_builtin_t ii_methods[] = {
    {"__construct", ii_construct, 1, 2, "iterator,class", 0},
    {"getInnerIterator", ii_get_inner, 0, 0, "", 0},
    {"rewind", ii_rewind, 0, 0, "", 0},
    {"valid", ii_valid, 0, 0, "", 0},
    {"key", ii_key, 0, 0, "", 0},
    {"current", ii_current, 0, 0, "", 0},
    {"next", ii_next, 0, 0, "", 0},
    {"__call", ii_call, 2, 2, "name,arguments", 0},
    END,
};
static const phpvm_builtin_t fi_methods[] = {
    {"__construct", fi_construct, 1, 1, "iterator", 0},
    {"accept", ei_valid, 0, 0, "", 0},
    {"rewind", fi_rewind, 0, 0, "", 0},
    {"next", fi_next, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t cfi_methods[] = {
    {"__construct", cfi_construct, 2, 2, "iterator,callback", 0},
    {"accept", cfi_accept, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t rcfi_methods[] = {
    {"__construct", rcfi_construct, 2, 2, "iterator,callback", 0},
    {"hasChildren", rfi_has_children, 0, 0, "", 0},
    {"getChildren", rcfi_get_children, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t rfi_methods[] = {
    {"__construct", rfi_construct, 1, 1, "iterator", 0},
    {"hasChildren", rfi_has_children, 0, 0, "", 0},
    {"getChildren", rfi_get_children, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t pi_methods[] = {
    {"__construct", pi_construct, 1, 1, "iterator", 0},
    {"accept", pi_accept, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t rx_methods[] = {
    {"__construct", rx_construct, 2, 5, "iterator,pattern,mode,flags,pregFlags", 0},
    {"accept", rx_accept, 0, 0, "", 0},
    {"getMode", rx_get_mode, 0, 0, "", 0},
    {"setMode", rx_set_mode, 1, 1, "mode", 0},
    {"getFlags", rx_get_flags, 0, 0, "", 0},
    {"setFlags", rx_set_flags, 1, 1, "flags", 0},
    {"getPregFlags", rx_get_preg_flags, 0, 0, "", 0},
    {"setPregFlags", rx_set_preg_flags, 1, 1, "pregFlags", 0},
    {"getRegex", rx_get_regex, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t rrx_methods[] = {
    {"__construct", rrx_construct, 2, 5, "iterator,pattern,mode,flags,pregFlags", 0},
    {"accept", rrx_accept, 0, 0, "", 0},
    {"hasChildren", rfi_has_children, 0, 0, "", 0},
    {"getChildren", rrx_get_children, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t li_methods[] = {
    {"__construct", li_construct, 1, 3, "iterator,offset,limit", 0},
    {"rewind", li_rewind, 0, 0, "", 0},
    {"valid", li_valid, 0, 0, "", 0},
    {"next", li_next, 0, 0, "", 0},
    {"seek", li_seek_m, 1, 1, "offset", 0},
    {"getPosition", li_get_position, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t cit_methods[] = {
    {"__construct", cit_construct, 1, 2, "iterator,flags", 0},
    {"rewind", cit_rewind, 0, 0, "", 0},
    {"valid", cit_valid, 0, 0, "", 0},
    {"next", cit_next_m, 0, 0, "", 0},
    {"hasNext", cit_has_next, 0, 0, "", 0},
    {"__toString", cit_to_string, 0, 0, "", 0},
    {"getFlags", cit_get_flags, 0, 0, "", 0},
    {"setFlags", cit_set_flags, 1, 1, "flags", 0},
    {"offsetGet", cit_offset_get, 1, 1, "key", 0},
    {"offsetSet", cit_offset_set, 2, 2, "key,value", 0},
    {"offsetUnset", cit_offset_unset, 1, 1, "key", 0},
    {"offsetExists", cit_offset_exists, 1, 1, "key", 0},
    {"getCache", cit_get_cache, 0, 0, "", 0},
    {"count", cit_count, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t rcit_methods[] = {
    {"__construct", rcit_construct, 1, 2, "iterator,flags", 0},
    {"hasChildren", rcit_has_children, 0, 0, "", 0},
    {"getChildren", rcit_get_children, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t nri_methods[] = {
    {"__construct", nri_construct, 1, 1, "iterator", 0},
    {"rewind", nri_rewind, 0, 0, "", 0},
    {"valid", nri_valid, 0, 0, "", 0},
    {"key", nri_key, 0, 0, "", 0},
    {"current", nri_current, 0, 0, "", 0},
    {"next", nri_next, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t inf_methods[] = {
    {"__construct", inf_construct, 1, 1, "iterator", 0},
    {"next", inf_next, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t ap_methods[] = {
    {"__construct", ap_construct, 0, 0, "", 0},
    {"append", ap_append, 1, 1, "iterator", 0},
    {"rewind", ap_rewind, 0, 0, "", 0},
    {"valid", ii_valid, 0, 0, "", 0},
    {"current", ap_current, 0, 0, "", 0},
    {"next", ap_next, 0, 0, "", 0},
    {"getInnerIterator", ap_get_inner, 0, 0, "", 0},
    {"getIteratorIndex", ap_get_index, 0, 0, "", 0},
    {"getArrayIterator", ap_get_array_iterator, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t mi_methods[] = {
    {"__construct", mi_construct, 0, 1, "flags", 0},
    {"getFlags", mi_get_flags, 0, 0, "", 0},
    {"setFlags", mi_set_flags, 1, 1, "flags", 0},
    {"attachIterator", mi_attach, 1, 2, "iterator,info", 0},
    {"detachIterator", mi_detach, 1, 1, "iterator", 0},
    {"containsIterator", mi_contains, 1, 1, "iterator", 0},
    {"countIterators", mi_count, 0, 0, "", 0},
    {"rewind", mi_rewind, 0, 0, "", 0},
    {"valid", mi_valid, 0, 0, "", 0},
    {"key", mi_key, 0, 0, "", 0},
    {"current", mi_current, 0, 0, "", 0},
    {"next", mi_next, 0, 0, "", 0},
    END,
};
static const phpvm_builtin_t ei_methods[] = {
    {"rewind", ei_nothing, 0, 0, "", 0},
    {"valid", ei_valid, 0, 0, "", 0},
    {"key", ei_key, 0, 0, "", 0},
    {"current", ei_current, 0, 0, "", 0},
    {"next", ei_nothing, 0, 0, "", 0},
    END,
};

/* The classes in declaration order (parents first). */
static const struct {
    const char *name, *parent, *ifaces;
    const phpvm_builtin_t *methods;
    uint32_t flags;
} classes[] = {
    {"IteratorIterator", NULL, "OuterIterator", ii_methods, 0},
    {"FilterIterator", "IteratorIterator", NULL, fi_methods, PHPVM_C_ABSTRACT},
    {"CallbackFilterIterator", "FilterIterator", NULL, cfi_methods, 0},
    {"RecursiveCallbackFilterIterator", "CallbackFilterIterator", "RecursiveIterator",
     rcfi_methods, 0},
    {"RecursiveFilterIterator", "FilterIterator", "RecursiveIterator", rfi_methods,
     PHPVM_C_ABSTRACT},
    {"ParentIterator", "RecursiveFilterIterator", NULL, pi_methods, 0},
    {"RegexIterator", "FilterIterator", NULL, rx_methods, 0},
    {"RecursiveRegexIterator", "RegexIterator", "RecursiveIterator", rrx_methods, 0},
    {"LimitIterator", "IteratorIterator", NULL, li_methods, 0},
    {"CachingIterator", "IteratorIterator", "ArrayAccess,Countable,Stringable", cit_methods, 0},
    {"RecursiveCachingIterator", "CachingIterator", "RecursiveIterator", rcit_methods, 0},
    {"NoRewindIterator", "IteratorIterator", NULL, nri_methods, 0},
    {"AppendIterator", "IteratorIterator", NULL, ap_methods, 0},
    {"InfiniteIterator", "IteratorIterator", NULL, inf_methods, 0},
    {"EmptyIterator", NULL, "Iterator", ei_methods, 0},
    {"MultipleIterator", NULL, "Iterator", mi_methods, 0},
};

void phpvm_spl_iterators_init(void)
{
    n_state = phpvm_spl_name(SPL_NAME("\0it"));
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
        phpvm_class_t *c = phpvm_spl_class(classes[i].name, classes[i].parent, classes[i].ifaces,
                                           classes[i].methods);
        c->flags |= classes[i].flags;
        if (i == 0) {
            phpvm_class_add_prop(c, n_state, PHPVM_F_PRIVATE,
                                 phpvm_share(rt_from_ptr(phpvm_array_new(0))));
            ii_class = c;
        }
        if (strcmp(classes[i].name, "FilterIterator") == 0)
            phpvm_spl_method_flags(c, "accept", PHPVM_F_PUBLIC | PHPVM_F_ABSTRACT);
        if (strcmp(classes[i].name, "RegexIterator") == 0) {
            phpvm_class_add_prop(c, phpvm_spl_name(SPL_NAME("replacement")), PHPVM_F_PUBLIC,
                                 rt_none);
            phpvm_spl_consts(c, (const phpvm_intconst_t[]){
                                    {"USE_KEY", RX_USE_KEY}, {"INVERT_MATCH", RX_INVERTED},
                                    {"MATCH", RX_MATCH}, {"GET_MATCH", RX_GET_MATCH},
                                    {"ALL_MATCHES", RX_ALL_MATCHES}, {"SPLIT", RX_SPLIT},
                                    {"REPLACE", RX_REPLACE}, {NULL, 0}});
        }
        if (strcmp(classes[i].name, "MultipleIterator") == 0) {
            n_mstate = phpvm_spl_name(SPL_NAME("\0mi"));
            phpvm_class_add_prop(c, n_mstate, PHPVM_F_PRIVATE,
                                 phpvm_share(rt_from_ptr(phpvm_array_new(0))));
            phpvm_spl_consts(c, (const phpvm_intconst_t[]){
                                    {"MIT_NEED_ANY", 0}, {"MIT_NEED_ALL", MIT_NEED_ALL},
                                    {"MIT_KEYS_NUMERIC", 0}, {"MIT_KEYS_ASSOC", MIT_KEYS_ASSOC},
                                    {NULL, 0}});
            mi_class = c;
        }
        if (strcmp(classes[i].name, "CachingIterator") == 0)
            phpvm_spl_consts(c, (const phpvm_intconst_t[]){
                                    {"CALL_TOSTRING", CIT_CALL_TOSTRING},
                                    {"CATCH_GET_CHILD", CIT_CATCH_GET_CHILD},
                                    {"TOSTRING_USE_KEY", CIT_TOSTRING_USE_KEY},
                                    {"TOSTRING_USE_CURRENT", CIT_TOSTRING_USE_CURRENT},
                                    {"TOSTRING_USE_INNER", CIT_TOSTRING_USE_INNER},
                                    {"FULL_CACHE", CIT_FULL_CACHE}, {NULL, 0}});
        phpvm_class_declare(c);
        if (strcmp(classes[i].name, "RecursiveCachingIterator") == 0)
            rci_class = c;
    }
}
