/*
** recursive.c: SPL's recursive iteration: RecursiveIteratorIterator (LEAVES_ONLY, SELF_FIRST,
** CHILD_FIRST, max depth, CATCH_GET_CHILD and the hooks a subclass may override:
** beginIteration, endIteration, callHasChildren, callGetChildren, beginChildren, endChildren,
** nextElement), RecursiveTreeIterator (the ASCII tree over a RecursiveCachingIterator) and
** RecursiveArrayIterator. The stack of sub-iterators and their states lives
** in the hidden "\0rit" list (R_* slots, then two slots per level), and the walk is php-src's
** state machine (RS_*), so hooks run in PHP's order. A hook runs only when PHP code overrides
** it, as in php-src.
*/
#include <string.h>

#include "phpvm/ext/spl/spl.h"

enum { R_MODE, R_FLAGS, R_MAX, R_LEVEL, R_IN, R_HOOKS, R_PREFIX, R_POSTFIX, R_BASE };
/* RecursiveTreeIterator: R_PREFIX holds the six prefix parts, R_POSTFIX the postfix. */
enum { RTIT_BYPASS_CURRENT = 4, RTIT_BYPASS_KEY = 8 };
enum { RS_NEXT, RS_TEST, RS_SELF, RS_CHILD, RS_START };
enum { LEAVES_ONLY, SELF_FIRST, CHILD_FIRST };
enum { CATCH_GET_CHILD = 16, CHILD_ARRAYS_ONLY = 4 };

/* The overridable hooks, as bits of R_HOOKS. */
enum { H_BEGIN_IT = 1, H_END_IT = 2, H_CALL_HAS = 4, H_CALL_GET = 8, H_BEGIN_CH = 16,
       H_END_CH = 32, H_NEXT_EL = 64 };
static const struct {
    int bit;
    const char *name;
} hooks[] = {
    {H_BEGIN_IT, "beginIteration"}, {H_END_IT, "endIteration"},
    {H_CALL_HAS, "callHasChildren"}, {H_CALL_GET, "callGetChildren"},
    {H_BEGIN_CH, "beginChildren"}, {H_END_CH, "endChildren"}, {H_NEXT_EL, "nextElement"},
};

static phpvm_class_t *rii_class, *rai_class;
static rt_str_t *n_state;

static rt_value_t get(rt_value_t self, int64_t i)
{
    return phpvm_spl_state(self, rii_class, n_state, i);
}

static int64_t get_int(rt_value_t self, int64_t i)
{
    return phpvm_to_int(get(self, i));
}

static void put(rt_value_t self, int64_t i, rt_value_t v)
{
    phpvm_spl_state_set(self, rii_class, n_state, i, v);
}

static rt_value_t sub(rt_value_t self, int64_t level)
{
    return get(self, R_BASE + 2 * level);
}

static int64_t sub_state(rt_value_t self, int64_t level)
{
    return get_int(self, R_BASE + 2 * level + 1);
}

static void set_state(rt_value_t self, int64_t level, int64_t st)
{
    put(self, R_BASE + 2 * level + 1, rt_small(st));
}

static bool live(rt_value_t self)
{
    if (phpvm_is_object(sub(self, 0)) || phpvm_is_gen(sub(self, 0)))
        return true;
    phpvm_throw("Error", "The object is in an invalid state as the parent constructor was not "
                         "called");
    return false;
}

/* Runs hook h when PHP code overrides it; false with its exception pending. */
static bool hook(rt_value_t self, int h)
{
    if (!(get_int(self, R_HOOKS) & h))
        return true;
    for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++)
        if (hooks[i].bit == h)
            return phpvm_spl_call(self, hooks[i].name, NULL, 0) != RT_NOVALUE;
    return true;
}

/* After a failed step: CATCH_GET_CHILD swallows the exception (true), else it stays. */
static bool caught(rt_value_t self)
{
    if (!(get_int(self, R_FLAGS) & CATCH_GET_CHILD))
        return false;
    rt_exc_clear();
    return true;
}

static rt_value_t call0(rt_value_t obj, const char *m)
{
    rt_value_t r = phpvm_spl_call(obj, m, NULL, 0);
    return r == RT_NOVALUE ? r : phpvm_deref(r);
}

/* RS_TEST at `level`: decides between the element itself and descending. 1 the walk stops at
** this element, 0 go on with the next step, -1 an exception is pending. */
static int test_children(rt_value_t self, int64_t level)
{
    int64_t mode = get_int(self, R_MODE);
    rt_value_t r = get_int(self, R_HOOKS) & H_CALL_HAS ? call0(self, "callHasChildren")
                                                       : call0(sub(self, level), "hasChildren");
    if (r == RT_NOVALUE && !caught(self)) {
        set_state(self, level, RS_NEXT);
        return -1;
    }
    if (r != RT_NOVALUE && phpvm_to_bool(r)) {
        int64_t max = get_int(self, R_MAX);
        if (max == -1 || max > level) {
            set_state(self, level, mode == SELF_FIRST ? RS_SELF : RS_CHILD);
            return 0;
        }
        if (mode == LEAVES_ONLY) {
            set_state(self, level, RS_NEXT);
            return 0;
        }
    }
    bool ok = hook(self, H_NEXT_EL);
    set_state(self, level, RS_NEXT);
    return ok || caught(self) ? 1 : -1;
}

/* RS_CHILD at `level`: pushes the children's iterator. 0 go on, -1 an exception is pending. */
static int descend(rt_value_t self, int64_t level)
{
    rt_value_t kid = get_int(self, R_HOOKS) & H_CALL_GET ? call0(self, "callGetChildren")
                                                         : call0(sub(self, level), "getChildren");
    if (kid == RT_NOVALUE) {
        if (!caught(self))
            return -1;
        set_state(self, level, RS_NEXT);
        return 0;
    }
    phpvm_class_t *k = phpvm_class_of(kid);
    if (!k || !phpvm_instanceof(k, phpvm_class_find_c("RecursiveIterator"))) {
        phpvm_throw("UnexpectedValueException", "Objects returned by RecursiveIterator::"
                                                "getChildren() must implement RecursiveIterator");
        return -1;
    }
    set_state(self, level, get_int(self, R_MODE) == CHILD_FIRST ? RS_SELF : RS_NEXT);
    put(self, R_LEVEL, rt_small(++level));
    put(self, R_BASE + 2 * level, kid);
    set_state(self, level, RS_START);
    if (call0(kid, "rewind") == RT_NOVALUE)
        return -1;
    return hook(self, H_BEGIN_CH) || caught(self) ? 0 : -1;
}

/* Moves to the next element of the walk; false with an exception pending. */
static bool forward(rt_value_t self)
{
    while (!rt_exc_pending()) {
        int64_t level = get_int(self, R_LEVEL);
        rt_value_t it = sub(self, level);
        int r = 0;
        switch (sub_state(self, level)) {
        case RS_NEXT:
            if (call0(it, "next") == RT_NOVALUE && !caught(self))
                return false;
            /* fall through */
        case RS_START: {
            rt_value_t v = call0(it, "valid");
            if (v == RT_NOVALUE)
                return false;
            if (!phpvm_to_bool(v))
                break;
            set_state(self, level, RS_TEST);
        }
            /* fall through */
        case RS_TEST:
            r = test_children(self, level);
            if (r != 0)
                return r > 0;
            continue;
        case RS_SELF:
            if (get_int(self, R_MODE) != LEAVES_ONLY && !hook(self, H_NEXT_EL))
                return false;
            set_state(self, level, get_int(self, R_MODE) == SELF_FIRST ? RS_CHILD : RS_NEXT);
            return true;
        case RS_CHILD:
            if (descend(self, level) < 0)
                return false;
            continue;
        }
        /* this level is exhausted */
        if (level == 0)
            return true;
        if (!hook(self, H_END_CH) && !caught(self))
            return false;
        put(self, R_BASE + 2 * level, rt_none);
        put(self, R_LEVEL, rt_small(level - 1));
    }
    return false;
}

static bool rewind_walk(rt_value_t self)
{
    for (int64_t level = get_int(self, R_LEVEL); level > 0; level--) {
        put(self, R_BASE + 2 * level, rt_none);
        put(self, R_LEVEL, rt_small(level - 1));
        if (!rt_exc_pending() && !hook(self, H_END_CH))
            return false;
    }
    set_state(self, 0, RS_START);
    if (call0(sub(self, 0), "rewind") == RT_NOVALUE)
        return false;
    if (get(self, R_IN) != rt_true && !hook(self, H_BEGIN_IT))
        return false;
    put(self, R_IN, rt_true);
    return forward(self);
}

/* valid(): some level still has an element; at the end endIteration runs once. */
static int walk_valid(rt_value_t self)
{
    for (int64_t level = get_int(self, R_LEVEL); level >= 0; level--) {
        rt_value_t v = call0(sub(self, level), "valid");
        if (v == RT_NOVALUE)
            return -1;
        if (phpvm_to_bool(v))
            return 1;
    }
    if (get(self, R_IN) == rt_true) {
        put(self, R_IN, rt_false);
        if (!hook(self, H_END_IT))
            return -1;
    }
    return 0;
}

/* ---- RecursiveIteratorIterator's methods ---- */

/* Starts the walk over `it` (an IteratorAggregate is asked for its iterator first). */
static rt_value_t rii_init(rt_value_t self, rt_value_t it, int64_t mode, int64_t flags)
{
    phpvm_class_t *k = phpvm_class_of(it);
    if (k && phpvm_instanceof(k, phpvm_class_find_c("IteratorAggregate"))) {
        it = phpvm_spl_from_aggregate(it);
        if (it == RT_NOVALUE)
            return it;
        k = phpvm_class_of(it);
    }
    if (!k || !phpvm_instanceof(k, phpvm_class_find_c("RecursiveIterator")))
        return phpvm_throw("InvalidArgumentException", "An instance of RecursiveIterator or "
                                                       "IteratorAggregate creating it is "
                                                       "required");
    int64_t hooked = 0;
    for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++) {
        phpvm_func_t *m = phpvm_class_method(phpvm_obj(self)->cls,
                                             phpvm_spl_name(hooks[i].name, strlen(hooks[i].name)));
        if (m && m->scope != rii_class)
            hooked |= hooks[i].bit;
    }
    static const char *const prefix[6] = {"", "| ", "  ", "|-", "\\-", ""};
    phpvm_array_t *parts = phpvm_array_new(6);
    for (int i = 0; i < 6; i++)
        phpvm_array_append(parts, phpvm_cstr(prefix[i]));
    phpvm_array_t *st = phpvm_array_new(R_BASE + 2);
    rt_value_t init[R_BASE + 2] = {
        [R_MODE] = rt_small(mode), [R_FLAGS] = phpvm_int(flags), [R_MAX] = rt_small(-1),
        [R_LEVEL] = rt_small(0), [R_IN] = rt_false, [R_HOOKS] = rt_small(hooked),
        [R_PREFIX] = rt_from_ptr(parts), [R_POSTFIX] = phpvm_cstr(""),
        [R_BASE] = it, [R_BASE + 1] = rt_small(RS_START),
    };
    for (int i = 0; i < R_BASE + 2; i++)
        phpvm_array_append(st, init[i]);
    phpvm_spl_store(self, rii_class, SPL_NAME("\0rit"), rt_from_ptr(st));
    return rt_none;
}

static bool traversable_arg(rt_value_t it, const char *cls)
{
    phpvm_class_t *k = phpvm_class_of(it);
    if (k && phpvm_instanceof(k, phpvm_class_find_c("Traversable")))
        return true;
    phpvm_throw("TypeError", "%s::__construct(): Argument #1 ($iterator) must be of type "
                             "Traversable, %s given", cls, phpvm_type_name(it));
    return false;
}

static rt_value_t rii_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t mode = LEAVES_ONLY, flags = 0;
    if ((phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &mode)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &flags)))
        return RT_NOVALUE;
    rt_value_t it = phpvm_deref(args[0]);
    if (!traversable_arg(it, "RecursiveIteratorIterator"))
        return RT_NOVALUE;
    return rii_init(self, it, mode, flags);
}

static rt_value_t rii_rewind(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) && rewind_walk(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t rii_valid(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    int v = walk_valid(self);
    return v < 0 ? RT_NOVALUE : v ? rt_true : rt_false;
}

static rt_value_t rii_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? call0(sub(self, get_int(self, R_LEVEL)), "key") : RT_NOVALUE;
}

static rt_value_t rii_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? call0(sub(self, get_int(self, R_LEVEL)), "current") : RT_NOVALUE;
}

static rt_value_t rii_next(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) && forward(self) ? rt_none : RT_NOVALUE;
}

static rt_value_t rii_get_depth(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, R_LEVEL) : RT_NOVALUE;
}

static rt_value_t rii_get_sub_iterator(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t level;
    if (!live(self))
        return RT_NOVALUE;
    level = get_int(self, R_LEVEL);
    if (phpvm_arg_given(argc, args, 0) && phpvm_deref(args[0]) != rt_none) {
        int64_t want;
        if (!phpvm_arg_long(args, argc, 0, &want))
            return RT_NOVALUE;
        if (want < 0 || want > level)
            return rt_none;
        level = want;
    }
    return sub(self, level);
}

static rt_value_t rii_get_inner(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? sub(self, get_int(self, R_LEVEL)) : RT_NOVALUE;
}

static rt_value_t rii_nothing(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)args, (void)argc;
    return rt_none;
}

static rt_value_t rii_call_has_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    return call0(sub(self, get_int(self, R_LEVEL)), "hasChildren");
}

static rt_value_t rii_call_get_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    return call0(sub(self, get_int(self, R_LEVEL)), "getChildren");
}

static rt_value_t rii_set_max_depth(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t max = -1;
    if (!live(self) || (phpvm_arg_given(argc, args, 0) && !phpvm_arg_long(args, argc, 0, &max)))
        return RT_NOVALUE;
    if (max < -1)
        return phpvm_throw("ValueError", "RecursiveIteratorIterator::setMaxDepth(): Argument #1 "
                                         "($maxDepth) must be greater than or equal to -1");
    put(self, R_MAX, phpvm_int(max));
    return rt_none;
}

static rt_value_t rii_get_max_depth(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    rt_value_t max = get(self, R_MAX);
    return phpvm_to_int(max) == -1 ? rt_false : max;
}

/* Methods the class lacks go to the current sub-iterator, as in php-src. */
static rt_value_t rii_call(rt_value_t self, rt_value_t *args, int argc)
{
    (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    return phpvm_spl_forward(self, sub(self, get_int(self, R_LEVEL)), args);
}

/* ---- RecursiveArrayIterator ---- */

static rt_value_t rai_has_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t v = call0(self, "valid");
    if (v == RT_NOVALUE || !phpvm_to_bool(v))
        return v == RT_NOVALUE ? v : rt_false;
    rt_value_t cur = call0(self, "current"), flags = call0(self, "getFlags");
    if (cur == RT_NOVALUE || flags == RT_NOVALUE)
        return RT_NOVALUE;
    if (phpvm_is_array(cur))
        return rt_true;
    return phpvm_is_object(cur) && !(phpvm_to_int(flags) & CHILD_ARRAYS_ONLY) ? rt_true
                                                                               : rt_false;
}

/* getChildren(): an instance of self's class over the current array or object (an instance
** of that class itself is returned as it is; anything else fails in its constructor). */
static rt_value_t rai_get_children(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    rt_value_t cur = call0(self, "current"), flags = call0(self, "getFlags");
    if (cur == RT_NOVALUE || flags == RT_NOVALUE)
        return RT_NOVALUE;
    phpvm_class_t *k = phpvm_obj(self)->cls;
    if (phpvm_is_object(cur) && phpvm_instanceof(phpvm_obj(cur)->cls, k))
        return cur;
    rt_value_t o = phpvm_object_new(k);
    if (o == RT_NOVALUE)
        return o;
    rt_value_t argv[2] = {phpvm_share(cur), flags};
    return phpvm_spl_call(o, "__construct", argv, 2) == RT_NOVALUE ? RT_NOVALUE : o;
}

/* ---- RecursiveTreeIterator ---- */

static rt_value_t rti_construct(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t flags = RTIT_BYPASS_KEY, cit = CATCH_GET_CHILD, mode = SELF_FIRST;
    if ((phpvm_arg_given(argc, args, 1) && !phpvm_arg_long(args, argc, 1, &flags)) ||
        (phpvm_arg_given(argc, args, 2) && !phpvm_arg_long(args, argc, 2, &cit)) ||
        (phpvm_arg_given(argc, args, 3) && !phpvm_arg_long(args, argc, 3, &mode)))
        return RT_NOVALUE;
    rt_value_t it = phpvm_deref(args[0]);
    if (!traversable_arg(it, "RecursiveTreeIterator"))
        return RT_NOVALUE;
    if (phpvm_instanceof(phpvm_class_of(it), phpvm_class_find_c("IteratorAggregate")) &&
        (it = phpvm_spl_from_aggregate(it)) == RT_NOVALUE)
        return it;
    rt_value_t caching = phpvm_object_new(phpvm_class_find_c("RecursiveCachingIterator"));
    rt_value_t argv[2] = {it, phpvm_int(cit)};
    if (caching == RT_NOVALUE || phpvm_spl_call(caching, "__construct", argv, 2) == RT_NOVALUE)
        return RT_NOVALUE;
    return rii_init(self, caching, mode, flags);
}

/* The prefix: the left part, one mid part per enclosing level (whether that level has more
** elements), the end part of this level, the right part. */
static rt_value_t rti_prefix(rt_value_t self)
{
    phpvm_array_t *parts = phpvm_arr(get(self, R_PREFIX));
    int64_t level = get_int(self, R_LEVEL);
    rt_strbuf_t b;
    rt_strbuf_init(&b, 16);
    rt_strbuf_append_str(&b, phpvm_str(phpvm_array_get(parts, rt_small(0))));
    for (int64_t l = 0; l <= level; l++) {
        rt_value_t more = call0(sub(self, l), "hasNext");
        if (more == RT_NOVALUE)
            return more;
        int part = (l < level ? 1 : 3) + !phpvm_to_bool(more);
        rt_strbuf_append_str(&b, phpvm_str(phpvm_array_get(parts, rt_small(part))));
    }
    rt_strbuf_append_str(&b, phpvm_str(phpvm_array_get(parts, rt_small(5))));
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* The current element as a string ("Array" for arrays, without a warning). */
static rt_value_t rti_entry(rt_value_t self)
{
    rt_value_t v = call0(sub(self, get_int(self, R_LEVEL)), "current");
    if (v == RT_NOVALUE || phpvm_is_array(v))
        return v == RT_NOVALUE ? v : phpvm_cstr("Array");
    rt_str_t *s = phpvm_to_str(v);
    return s ? rt_from_ptr(s) : RT_NOVALUE;
}

/* prefix . s . postfix */
static rt_value_t rti_decorate(rt_value_t self, rt_value_t s)
{
    rt_value_t pre = s == RT_NOVALUE ? s : rti_prefix(self);
    if (pre == RT_NOVALUE)
        return pre;
    rt_strbuf_t b;
    rt_strbuf_init(&b, 32);
    rt_strbuf_append_str(&b, phpvm_str(pre));
    rt_strbuf_append_str(&b, phpvm_str(s));
    rt_strbuf_append_str(&b, phpvm_str(get(self, R_POSTFIX)));
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

static rt_value_t rti_current(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    if (get_int(self, R_FLAGS) & RTIT_BYPASS_CURRENT)
        return call0(sub(self, get_int(self, R_LEVEL)), "current");
    return rti_decorate(self, rti_entry(self));
}

static rt_value_t rti_key(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    if (!live(self))
        return RT_NOVALUE;
    rt_value_t k = call0(sub(self, get_int(self, R_LEVEL)), "key");
    if (k == RT_NOVALUE || (get_int(self, R_FLAGS) & RTIT_BYPASS_KEY))
        return k;
    rt_str_t *s = phpvm_to_str(k);
    return rti_decorate(self, s ? rt_from_ptr(s) : RT_NOVALUE);
}

static rt_value_t rti_get_prefix(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? rti_prefix(self) : RT_NOVALUE;
}

static rt_value_t rti_get_entry(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? rti_entry(self) : RT_NOVALUE;
}

static rt_value_t rti_get_postfix(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return live(self) ? get(self, R_POSTFIX) : RT_NOVALUE;
}

static rt_value_t rti_set_postfix(rt_value_t self, rt_value_t *args, int argc)
{
    rt_str_t *s = phpvm_arg_str(args, argc, 0);
    if (!s || !live(self))
        return RT_NOVALUE;
    put(self, R_POSTFIX, rt_from_ptr(s));
    return rt_none;
}

static rt_value_t rti_set_prefix_part(rt_value_t self, rt_value_t *args, int argc)
{
    int64_t part;
    rt_str_t *s = phpvm_arg_str(args, argc, 1);
    if (!phpvm_arg_long(args, argc, 0, &part) || !s || !live(self))
        return RT_NOVALUE;
    if (part < 0 || part > 5)
        return phpvm_throw("ValueError", "RecursiveTreeIterator::setPrefixPart(): Argument #1 "
                                         "($part) must be a RecursiveTreeIterator::PREFIX_* "
                                         "constant");
    rt_value_t v = get(self, R_PREFIX);
    phpvm_array_t *parts = phpvm_array_sep(&v);
    phpvm_array_set(parts, rt_small(part), rt_from_ptr(s));
    put(self, R_PREFIX, v);
    return rt_none;
}

#define END {NULL, NULL, 0, 0, NULL, 0}

static const phpvm_builtin_t rii_methods[] = {
    {"__construct", rii_construct, 1, 3, "iterator,mode,flags", 0},
    {"rewind", rii_rewind, 0, 0, "", 0},
    {"valid", rii_valid, 0, 0, "", 0},
    {"key", rii_key, 0, 0, "", 0},
    {"current", rii_current, 0, 0, "", 0},
    {"next", rii_next, 0, 0, "", 0},
    {"getDepth", rii_get_depth, 0, 0, "", 0},
    {"getSubIterator", rii_get_sub_iterator, 0, 1, "level", 0},
    {"getInnerIterator", rii_get_inner, 0, 0, "", 0},
    {"beginIteration", rii_nothing, 0, 0, "", 0},
    {"endIteration", rii_nothing, 0, 0, "", 0},
    {"callHasChildren", rii_call_has_children, 0, 0, "", 0},
    {"callGetChildren", rii_call_get_children, 0, 0, "", 0},
    {"beginChildren", rii_nothing, 0, 0, "", 0},
    {"endChildren", rii_nothing, 0, 0, "", 0},
    {"nextElement", rii_nothing, 0, 0, "", 0},
    {"setMaxDepth", rii_set_max_depth, 0, 1, "maxDepth", 0},
    {"getMaxDepth", rii_get_max_depth, 0, 0, "", 0},
    {"__call", rii_call, 2, 2, "name,arguments", 0},
    END,
};

static const phpvm_builtin_t rti_methods[] = {
    {"__construct", rti_construct, 1, 4, "iterator,flags,cachingIteratorFlags,mode", 0},
    {"current", rti_current, 0, 0, "", 0},
    {"key", rti_key, 0, 0, "", 0},
    {"getPrefix", rti_get_prefix, 0, 0, "", 0},
    {"setPrefixPart", rti_set_prefix_part, 2, 2, "part,value", 0},
    {"getEntry", rti_get_entry, 0, 0, "", 0},
    {"setPostfix", rti_set_postfix, 1, 1, "postfix", 0},
    {"getPostfix", rti_get_postfix, 0, 0, "", 0},
    END,
};

static const phpvm_builtin_t rai_methods[] = {
    {"hasChildren", rai_has_children, 0, 0, "", 0},
    {"getChildren", rai_get_children, 0, 0, "", 0},
    END,
};

void phpvm_spl_recursive_init(void)
{
    n_state = phpvm_spl_name(SPL_NAME("\0rit"));
    phpvm_class_t *c = phpvm_spl_class("RecursiveIteratorIterator", NULL, "OuterIterator",
                                       rii_methods);
    phpvm_class_add_prop(c, n_state, PHPVM_F_PRIVATE, phpvm_share(rt_from_ptr(phpvm_array_new(0))));
    phpvm_spl_consts(c, (const phpvm_intconst_t[]){{"LEAVES_ONLY", LEAVES_ONLY},
                                                  {"SELF_FIRST", SELF_FIRST},
                                                  {"CHILD_FIRST", CHILD_FIRST},
                                                  {"CATCH_GET_CHILD", CATCH_GET_CHILD},
                                                  {NULL, 0}});
    phpvm_class_declare(c);
    rii_class = c;
    c = phpvm_spl_class("RecursiveTreeIterator", "RecursiveIteratorIterator", NULL, rti_methods);
    phpvm_spl_consts(c, (const phpvm_intconst_t[]){{"BYPASS_CURRENT", RTIT_BYPASS_CURRENT},
                                                  {"BYPASS_KEY", RTIT_BYPASS_KEY},
                                                  {"PREFIX_LEFT", 0},
                                                  {"PREFIX_MID_HAS_NEXT", 1},
                                                  {"PREFIX_MID_LAST", 2},
                                                  {"PREFIX_END_HAS_NEXT", 3},
                                                  {"PREFIX_END_LAST", 4},
                                                  {"PREFIX_RIGHT", 5},
                                                  {NULL, 0}});
    phpvm_class_declare(c);
    c = phpvm_spl_class("RecursiveArrayIterator", "ArrayIterator", "RecursiveIterator",
                        rai_methods);
    phpvm_spl_consts(c, (const phpvm_intconst_t[]){{"CHILD_ARRAYS_ONLY", CHILD_ARRAYS_ONLY},
                                                  {NULL, 0}});
    phpvm_class_declare(c);
    rai_class = c;
}
