/*
** interp.c: the PHP interpreter loop (ARCHITECTURE.md section 4): one dispatch loop with computed
** goto over handlers.inc, stackless calls on the shared frame stack (a PHP-to-PHP call pushes a
** frame and keeps looping; only C helpers that call back into PHP recurse, through
** phpvm_call_func), exceptions unwound through each code object's try regions.
*/
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "phpvm/interp.h"

enum {
#define PHPVM_OP(name, fmt, pops, pushes, flags, doc) LEN_##name = 1 + 4 * (sizeof(fmt) - 1),
#include "phpvm/ops.def"
#undef PHPVM_OP
};

static const phpvm_handler_t *find_handler(const phpvm_code_t *code, uint32_t pc)
{
    const phpvm_handler_t *h = phpvm_code_handlers(code);
    for (uint32_t i = 0; i < code->nhandlers; i++)
        if (pc >= h[i].start && pc < h[i].end)
            return &h[i];
    return NULL;
}

/* An unset CV read: the enclosing foreign scope's variable of that name (phpvm_scope_fallback),
** else null with PHP's warning. */
static rt_value_t undefined_var(rt_frame_t *f, uint32_t slot)
{
    const phpvm_code_t *code = (const phpvm_code_t *)f->code;
    if (slot < PHPVM_NHIDDEN || slot - PHPVM_NHIDDEN >= code->ncv)
        return rt_none;
    rt_str_t *n = (rt_str_t *)rt_ptr(rt_tuple_get(code->cvnames, slot - PHPVM_NHIDDEN));
    rt_value_t v = phpvm_scope_lookup(f, n);
    if (v != RT_NOVALUE)
        return v;
    phpvm_error(PHPVM_E_WARNING, "Undefined variable $%s", n->data);
    return rt_none;
}

static rt_value_t cv_read(rt_frame_t *f, uint32_t slot)
{
    rt_value_t v = phpvm_deref(f->slots[slot]);
    return v == RT_NOVALUE ? undefined_var(f, slot) : v;
}

/* Stores into a CV, through its reference if it is one (phpvm_ref_set's store, inline: a
** by-reference parameter's writes take this path); false, storing nothing, when that is a typed
** reference (phpvm_ref_assign's). */
static inline bool cv_write(rt_value_t *slot, rt_value_t v)
{
    if (phpvm_is_ref(*slot)) {
        phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(*slot);
        if (__builtin_expect(r->src != 0, 0))
            return false;
        RT_STORE(r, v, v);
    } else {
        *slot = v;
    }
    return true;
}

/* cv_write, else the typed reference's checked store; false with its TypeError pending. */
static bool cv_assign(rt_value_t *slot, rt_value_t v)
{
    return cv_write(slot, v) || phpvm_ref_assign((phpvm_ref_t *)rt_ptr(*slot), v);
}

/* The slot a property entry's slot word w (vm.h) names in o. */
static inline rt_value_t *entry_slot(phpvm_object_t *o, int64_t w)
{
    if (w < 0)
        return &o->slots.overflow->items[(-(w & ~(int64_t)7) >> 3) - 1];
    return (rt_value_t *)((char *)o + (w & ~(int64_t)7));
}

/* cached_prop past its first way: the other ways, the entries for f's scope and those of
** overflow slots. */
static __attribute__((noinline)) rt_value_t *prop_entry(const rt_value_t *c, phpvm_object_t *o,
                                                        const rt_frame_t *f, int64_t *word)
{
    rt_value_t shape = rt_from_ptr(o->slots.shape);
    rt_value_t scope = rt_from_ptr(phpvm_frame_scope(f));
    for (int w = 0; w < PHPVM_CACHE_WAYS; w++, c += PHPVM_CACHE_ENTRY)
        if (c[0] == shape && (c[1] == scope || c[1] == rt_from_ptr(PHPVM_CACHE_ANY_SCOPE))) {
            *word = (int64_t)c[2];
            return entry_slot(o, *word);
        }
    return NULL;
}

/* The slot of obj's property that property inline cache c names for access from frame f
** (phpvm_prop_cache), or NULL on a miss; *word gets the entry's slot word (vm.h). A hit in the
** first way on an inline slot for every scope costs two compares and no look at the frame.
** this_: obj is a frame's $this slot, which holds 0 or a PHP object (phpvm_bind_ctx,
** phpvm_bind_closure), so that no type needs testing. */
static inline __attribute__((always_inline)) rt_value_t *
cached_prop(const rt_value_t *c, rt_value_t obj, const rt_frame_t *f, int64_t *word, bool this_)
{
    if (this_ ? !obj : !phpvm_is_object(obj))
        return NULL;
    phpvm_object_t *o = phpvm_obj(obj);
    if (__builtin_expect(c[0] != rt_from_ptr(o->slots.shape) ||
                             c[1] != rt_from_ptr(PHPVM_CACHE_ANY_SCOPE),
                         0))
        return prop_entry(c, o, f, word);
    int64_t w = (int64_t)c[2];
    *word = w;
    return (rt_value_t *)((char *)o + (w & ~(int64_t)7));
}

/* INIT_METHOD's entry of method cache c for class key called from frame f, or NULL: an entry
** for every scope in the first way needs no look at the frame. */
static inline __attribute__((always_inline)) const rt_value_t *
method_find(const rt_value_t *c, rt_value_t key, const rt_frame_t *f)
{
    if (c[0] == key && c[1] == rt_from_ptr(PHPVM_CACHE_ANY_SCOPE))
        return c;
    rt_value_t scope = rt_from_ptr(phpvm_frame_scope(f));
    for (int w = 0; w < PHPVM_CACHE_WAYS; w++, c += PHPVM_CACHE_ENTRY)
        if (c[0] == key && (c[1] == scope || c[1] == rt_from_ptr(PHPVM_CACHE_ANY_SCOPE)))
            return c;
    return NULL;
}

/* Both operands as doubles when one is a float and the other a float or a small int: the
** arithmetic and comparisons that need none of PHP's conversion rules (ints widen exactly as
** PHP widens them). */
static inline __attribute__((always_inline)) bool float_pair(rt_value_t a, rt_value_t b,
                                                            double *x, double *y)
{
    if (rt_is_float(a)) {
        *x = rt_float_value(a);
        if (rt_is_float(b))
            *y = rt_float_value(b);
        else if (rt_is_small(b))
            *y = (double)rt_small_value(b);
        else
            return false;
        return true;
    }
    if (!rt_is_small(a) || !rt_is_float(b))
        return false;
    *x = (double)rt_small_value(a);
    *y = rt_float_value(b);
    return true;
}

/* a <op> b of small ints a and b when the result is one, RT_NOVALUE otherwise (and for the
** operators PHP's rules decide: **, division by zero, negative shifts): + - * on the tagged words
** ((2x+1) + (2y+1) - 1 = 2(x+y)+1 overflows int64 exactly when x+y leaves the small range), the
** others on the values. / of ints that do not divide allocates its float. */
static inline __attribute__((always_inline)) rt_value_t small_binop(phpvm_binop_t op,
                                                                   rt_value_t a, rt_value_t b)
{
    int64_t r, i = rt_small_value(a), j = rt_small_value(b);
    switch (op) {
    case PHPVM_OP_ADD:
        return __builtin_add_overflow((int64_t)a, (int64_t)b - 1, &r) ? RT_NOVALUE : (rt_value_t)r;
    case PHPVM_OP_SUB:
        return __builtin_sub_overflow((int64_t)a, (int64_t)b - 1, &r) ? RT_NOVALUE : (rt_value_t)r;
    case PHPVM_OP_MUL: /* 2x * y + 1 */
        return __builtin_mul_overflow((int64_t)a - 1, j, &r) ? RT_NOVALUE : (rt_value_t)r + 1;
    case PHPVM_OP_DIV:
        if (j == 0)
            return RT_NOVALUE;
        if (i % j)
            return rt_float_new((double)i / (double)j);
        r = i / j;
        break;
    case PHPVM_OP_MOD:
        if (j == 0)
            return RT_NOVALUE;
        r = i % j;
        break;
    case PHPVM_OP_SHL:
        if (j < 0 || j > 63)
            return RT_NOVALUE;
        r = (int64_t)((uint64_t)i << j); /* int64 wraps, as PHP's */
        break;
    case PHPVM_OP_SHR:
        if (j < 0)
            return RT_NOVALUE;
        r = i >> (j > 63 ? 63 : j);
        break;
    case PHPVM_OP_BAND: return a & b;
    case PHPVM_OP_BOR: return a | b;
    case PHPVM_OP_BXOR: r = i ^ j; break;
    default: return RT_NOVALUE;
    }
    return rt_small_fits(r) ? rt_small(r) : RT_NOVALUE;
}

/* a <op> b for + - * / ** when one operand is a float and the other a float or a small int (a
** new float), RT_NOVALUE otherwise (division by zero included). */
static inline __attribute__((always_inline)) rt_value_t float_binop(phpvm_binop_t op,
                                                                   rt_value_t a, rt_value_t b)
{
    double x, y;
    if (op > PHPVM_OP_POW || op == PHPVM_OP_MOD || !float_pair(a, b, &x, &y))
        return RT_NOVALUE;
    switch (op) {
    case PHPVM_OP_ADD: return rt_float_new(x + y);
    case PHPVM_OP_SUB: return rt_float_new(x - y);
    case PHPVM_OP_MUL: return rt_float_new(x * y);
    case PHPVM_OP_DIV: return y != 0.0 ? rt_float_new(x / y) : RT_NOVALUE;
    default: return rt_float_new(pow(x, y));
    }
}

/* a <op> b for + - * / of two immediate floats (rt_float_imm2), as a double: neither needs a
** test (an immediate is never a zero, so / never divides by one). */
static inline __attribute__((always_inline)) double imm_arith(phpvm_binop_t op, rt_value_t a,
                                                              rt_value_t b)
{
    double x = rt_float_imm_value(a), y = rt_float_imm_value(b);
    switch (op) {
    case PHPVM_OP_ADD: return x + y;
    case PHPVM_OP_SUB: return x - y;
    case PHPVM_OP_MUL: return x * y;
    default: return x / y;
    }
}

/* A binary operator's common cases without a call: small_binop's and float_binop's; RT_NOVALUE
** for everything else, which phpvm_binop does. */
static inline __attribute__((always_inline)) rt_value_t fast_binop(phpvm_binop_t op,
                                                                  rt_value_t a, rt_value_t b)
{
    if (rt_is_small(a) && rt_is_small(b))
        return small_binop(op, a, b);
    return float_binop(op, a, b);
}

/* Whether key is a string key that needs no conversion: it cannot spell an integer key, as it
** starts with neither a digit nor '-'. */
static inline __attribute__((always_inline)) bool plain_str_key(rt_value_t key)
{
    if (!phpvm_is_str(key))
        return false;
    const rt_str_t *s = phpvm_str(key);
    return !s->len || !((s->data[0] >= '0' && s->data[0] <= '9') || s->data[0] == '-');
}

/* The position of key `key` in array value `arr` when the key needs no conversion (a small int,
** or a string that cannot spell an integer key: it starts with neither a digit nor '-'); -1 if
** absent; -2 when arr is no array or the key needs phpvm_key. */
static inline __attribute__((always_inline)) int64_t array_pos(rt_value_t arr,
                                                               rt_value_t key)
{
    if (!phpvm_is_array(arr))
        return -2;
    if (rt_is_small(key))
        return rt_map_find_int(phpvm_arr(arr), rt_small_value(key));
    if (!plain_str_key(key))
        return -2;
    return rt_map_find_str(phpvm_arr(arr), phpvm_str(key));
}

/* Whether array value `arr` is its holder's own (no copy-on-write sharing): writable in place. */
static inline __attribute__((always_inline)) bool own_array(rt_value_t arr)
{
    return phpvm_is_array(arr) && !(((rt_obj_t *)rt_ptr(arr))->gc.rt_flags & RT_OBJ_SHARED);
}

/* Value operand o (ops.h) of the instruction, a stack one `peek` below the top; RT_NOVALUE for
** an unset CV, whose read (unset_operand) warns. */
static inline __attribute__((always_inline)) rt_value_t vopnd(const phpvm_code_t *code,
                                                              const rt_value_t *L,
                                                              const rt_value_t *sp, uint32_t o,
                                                              uint32_t peek)
{
    if (__builtin_expect(o < PHPVM_V_STACK, 1)) /* a CV (one test) */
        return phpvm_deref(L[o]);
    if (o == PHPVM_V_STACK)
        return sp[-1 - (int)peek];
    return (o & PHPVM_V_CONST)
               ? rt_tuple_get(code->base.consts, o & ~(PHPVM_V_IMM | PHPVM_V_CONST))
               : rt_small(phpvm_v_int(o));
}

/* Value operand o of a loop test's fast path (handlers.inc): a CV's value (through its reference
** if `deref`, else the slot as it is), the value below *s (popped: *s moves down), the immediate
** or the constant. */
static inline __attribute__((always_inline)) rt_value_t xopnd(const phpvm_code_t *code,
                                                              const rt_value_t *L, rt_value_t **s,
                                                              uint32_t o, bool deref)
{
    if (__builtin_expect(o < PHPVM_V_STACK, 1))
        return deref ? phpvm_deref(L[o]) : L[o];
    if (o == PHPVM_V_STACK)
        return *--*s;
    return (o & PHPVM_V_CONST)
               ? rt_tuple_get(code->base.consts, o & ~(PHPVM_V_IMM | PHPVM_V_CONST))
               : rt_small(phpvm_v_int(o));
}

/* An unset CV operand's value, as LOAD reads it (a warning, null); RT_NOVALUE if an error
** handler threw. */
static rt_value_t unset_operand(rt_frame_t *f, uint32_t slot)
{
    rt_value_t v = cv_read(f, slot);
    return rt_exc_pending() ? RT_NOVALUE : v;
}

/* The value of small int key `key` of a packed array `arr` without a call: RT_NOVALUE when arr
** is no array, not packed, the key is no small int or out of range, or the element a hole (the
** general path decides those). */
static inline __attribute__((always_inline)) rt_value_t packed_get(rt_value_t arr, rt_value_t key)
{
    if (!rt_is_small(key) || !phpvm_is_array(arr))
        return RT_NOVALUE;
    const rt_map_store_t *st = phpvm_arr(arr)->store;
    uint64_t k = (uint64_t)rt_small_value(key);
    return st->index == NULL && k < (uint64_t)st->used ? st->data[k] : RT_NOVALUE;
}

/* The one-byte string at small int offset `key` (from the end when negative) of string value
** `s` without a call: RT_NOVALUE when s is no string, the key no small int or out of range (the
** general path decides those, with their warnings). */
static inline __attribute__((always_inline)) rt_value_t str_offset_get(rt_value_t s,
                                                                      rt_value_t key)
{
    if (!rt_is_small(key) || !phpvm_is_str(s))
        return RT_NOVALUE;
    const rt_str_t *str = phpvm_str(s);
    int64_t i = rt_small_value(key);
    if (i < 0)
        i += str->len;
    return (uint64_t)i < (uint64_t)str->len
               ? rt_from_ptr(rt_str_char((unsigned char)str->data[i]))
               : RT_NOVALUE;
}

/* For a write through property inline cache c (cached_prop): the slot of obj's property when
** the cache names it and it holds a value that is no reference (*old), else NULL; *word and
** this_ as cached_prop's. */
static inline __attribute__((always_inline)) rt_value_t *
cached_store(const rt_value_t *c, rt_value_t obj, const rt_frame_t *f, rt_value_t *old,
             int64_t *word, bool this_)
{
    rt_value_t *slot = cached_prop(c, obj, f, word, this_);
    if (!slot || !*slot || phpvm_is_ref(*slot))
        return NULL;
    *old = *slot;
    return slot;
}

/* The write barrier for a store into obj's slot of slot word w (cached_prop). */
static inline __attribute__((always_inline)) void cached_barrier(rt_value_t obj, int64_t w)
{
    phpvm_object_t *o = phpvm_obj(obj);
    gc_write_barrier(w < 0 ? (void *)o->slots.overflow : (void *)o);
}

/* A property's value as a read pushes it: dereferenced, and a string that `.=` owns in place
** (ASSIGN_PROP_OP) made an ordinary one first, so a later append cannot change it. */
static inline __attribute__((always_inline)) rt_value_t prop_value(rt_value_t v)
{
    if (rt_is_ptr(v)) {
        const rt_type_t *t = rt_obj_type(rt_ptr(v));
        if (t == &phpvm_type_ref)
            return ((phpvm_ref_t *)rt_ptr(v))->v;
        if (t == &rt_type_str)
            rt_str_disown(phpvm_str(v));
    }
    return v;
}

/* Stores v into the slot cached_store gave for obj (slot word w) when v may go there as it is
** (any value for an untyped property, else one that passes the declared type without
** coercion); false, storing nothing, otherwise. */
static inline __attribute__((always_inline)) bool cached_set(rt_value_t obj, rt_value_t *slot,
                                                             int64_t w, rt_value_t v)
{
    phpvm_object_t *o = phpvm_obj(obj);
    if (__builtin_expect(w & PHPVM_CACHE_TYPED, 0) &&
        !phpvm_type_admits_as_is((const phpvm_typedecl_t *)rt_ptr(rt_tuple_get(
                                     o->cls->slottypes, slot - o->slots.inl)),
                                 v, o->cls))
        return false;
    *slot = v;
    cached_barrier(obj, w);
    return true;
}

/* a === b when neither needs a look inside: small ints, null, booleans and objects are
** identical only to themselves. 1, 0, or -1 for "ask phpvm_strict_eq". */
static inline int fast_ident(rt_value_t a, rt_value_t b)
{
    bool sa = rt_is_small(a) || a == rt_none || a == rt_true || a == rt_false ||
              phpvm_is_object(a);
    bool sb = rt_is_small(b) || b == rt_none || b == rt_true || b == rt_false ||
              phpvm_is_object(b);
    return sa && sb ? a == b : -1;
}

static rt_value_t fast_cmp(int op, rt_value_t a, rt_value_t b)
{
    /* PHP evaluates a > b as b < a: uncomparable operands (arrays with different keys) are
    ** then neither smaller nor greater. */
    int c = op < 2 ? phpvm_compare(a, b) : phpvm_compare(b, a);
    return rt_bool(c == -1 || (c == 0 && (op & 1)));
}

static rt_value_t do_echo(rt_value_t v)
{
    v = phpvm_deref(v);
    if (phpvm_is_str(v)) {
        phpvm_out_str(phpvm_str(v));
        return rt_none;
    }
    rt_str_t *s = phpvm_to_str(v);
    if (!s)
        return RT_NOVALUE;
    phpvm_out_str(s);
    return rt_none;
}

/* ++/-- (mode as incdec_slot's) through typed reference r: PHP's error when an int would leave
** the int range for a property that takes no float, else the result coerced to the properties'
** types (phpvm_ref_assign_as, direct as its). RT_NOVALUE with an exception pending. */
static rt_value_t incdec_typed(phpvm_ref_t *r, uint32_t mode, bool direct)
{
    if (phpvm_ref_static_uninit(r))
        return RT_NOVALUE;
    rt_value_t old = r->v;
    rt_value_t nv = phpvm_incdec(old, !(mode & 1));
    if (nv == RT_NOVALUE ||
        (rt_is_int(old) && rt_is_float(nv) && !phpvm_ref_incdec_check(r, !(mode & 1), direct)) ||
        !phpvm_ref_assign_as(r, nv, direct))
        return RT_NOVALUE;
    return (mode & 2) ? old : r->v;
}

/* For ++/-- of element `key` of array `arr` that took int old past the int range (to float
** nv): whether the element may hold the float, a typed reference's check
** (phpvm_ref_incdec_check); false with its TypeError pending. */
static bool incdec_elem_ok(rt_value_t arr, rt_value_t key, rt_value_t old, rt_value_t nv,
                           bool inc)
{
    int64_t pos = rt_is_int(old) && rt_is_float(nv) ? array_pos(arr, key) : -1;
    rt_value_t e = pos >= 0 ? rt_map_value_at(phpvm_arr(arr), pos) : RT_NOVALUE;
    return !phpvm_is_ref(e) || phpvm_ref_incdec_check((phpvm_ref_t *)rt_ptr(e), inc, false);
}

/* ++/-- on a stored value; mode bit0 dec, bit1 post. Returns the expression's value. */
static rt_value_t incdec_slot(rt_value_t *slot, void *owner, uint32_t mode)
{
    rt_value_t *target = slot;
    if (phpvm_is_ref(*slot)) {
        owner = rt_ptr(*slot);
        if (((phpvm_ref_t *)owner)->src)
            return incdec_typed(owner, mode, false);
        target = &((phpvm_ref_t *)owner)->v;
    }
    rt_value_t old = *target ? *target : rt_none;
    rt_value_t nv = phpvm_incdec(old, !(mode & 1));
    if (nv == RT_NOVALUE)
        return RT_NOVALUE;
    *target = nv;
    if (owner)
        gc_write_barrier(owner);
    return (mode & 2) ? old : nv;
}

static rt_value_t exit_with(rt_value_t v)
{
    v = phpvm_deref(v);
    if (phpvm_is_str(v))
        phpvm_out_str(phpvm_str(v));
    else if (rt_is_int(v))
        phpvm_vm->exit_status = (int)phpvm_int_of(v);
    phpvm_vm->exiting = true;
    return RT_NOVALUE;
}

static bool type_check(rt_value_t v, uint32_t kind)
{
    return (uint32_t)phpvm_kind(phpvm_deref(v)) == kind;
}

/* ---- The helpers of jhandlers.inc (helpers.def); the running frame is rt_ts->frame ---- */

rt_value_t phpvm_jh_cv_read(int64_t slot)
{
    return cv_read(rt_ts->frame, (uint32_t)slot);
}

rt_value_t phpvm_jh_ref_new(rt_value_t v)
{
    return rt_from_ptr(phpvm_ref_new(v));
}

rt_value_t phpvm_jh_ref_assign(rt_value_t c, rt_value_t v)
{
    phpvm_ref_t *r = (phpvm_ref_t *)rt_ptr(c);
    return phpvm_ref_assign(r, v) ? r->v : RT_NOVALUE;
}

rt_value_t phpvm_jh_share(rt_value_t v)
{
    return phpvm_share(v);
}

rt_value_t phpvm_jh_assign_op(int64_t slot, int64_t op, rt_value_t b)
{
    rt_frame_t *f = rt_ts->frame;
    if ((op & ~PHPVM_ASSIGN_OP_NOPUSH) == PHPVM_OP_CONCAT) {
        rt_value_t r = phpvm_concat_to(&f->slots[slot], b);
        if (r != RT_NOVALUE) {
            if (!(op & PHPVM_ASSIGN_OP_NOPUSH))
                rt_str_disown(phpvm_str(r)); /* the pushed copy escapes */
            return r;
        }
    }
    op &= ~PHPVM_ASSIGN_OP_NOPUSH;
    rt_value_t v = cv_read(f, (uint32_t)slot);
    if (v != RT_NOVALUE && !rt_exc_pending())
        v = phpvm_binop((phpvm_binop_t)op, v, b);
    if (v == RT_NOVALUE || rt_exc_pending() || !cv_assign(&f->slots[slot], v))
        return RT_NOVALUE;
    return phpvm_deref(f->slots[slot]); /* (a typed reference's coerced value) */
}

rt_value_t phpvm_jh_inc_cv(int64_t slot, int64_t mode)
{
    rt_frame_t *f = rt_ts->frame;
    if (phpvm_deref(f->slots[slot]) == RT_NOVALUE &&
        !cv_assign(&f->slots[slot], undefined_var(f, (uint32_t)slot)))
        return RT_NOVALUE;
    return incdec_slot(&f->slots[slot], NULL, (uint32_t)mode);
}

/* Inlined into BINOP's glue, as the plain-C handler inlined fast_binop. */
inline __attribute__((always_inline)) rt_value_t phpvm_jh_fast_binop(int64_t op, rt_value_t a,
                                                                     rt_value_t b)
{
    return fast_binop((phpvm_binop_t)op, a, b);
}

rt_value_t phpvm_jh_binop(int64_t op, rt_value_t a, rt_value_t b)
{
    return phpvm_binop((phpvm_binop_t)op, a, b);
}

rt_value_t phpvm_jh_compare(int64_t op, rt_value_t a, rt_value_t b)
{
    rt_value_t r = op < 4 ? fast_cmp((int)op, a, b) : rt_bool(phpvm_loose_eq(a, b) == (op == 4));
    /* (exiting: a fatal error, comparing cyclic data) */
    return rt_exc_pending() || phpvm_vm->exiting ? RT_NOVALUE : r;
}

int64_t phpvm_jh_to_bool(rt_value_t v)
{
    return phpvm_to_bool(v);
}

#define JHELPER JIT_HELPER_DEFINE
#include "phpvm/helpers.def"
#undef JHELPER

/* ---- The slow paths of jhandlers.inc (interp.h) ---- */

/* Continues after the instruction with v pushed (RT_NOVALUE or a pending exception: ERROR). */
static jit_step_t push_next(jit_hctx_t *H, rt_value_t v)
{
    if (v == RT_NOVALUE || rt_exc_pending())
        return JIT_STEP_ERROR;
    H->f->slots[H->sp++] = v;
    H->pc = H->next;
    return JIT_STEP_OK;
}

jit_step_t phpvm_interp_slow_init_fcall(jit_hctx_t *H)
{
    rt_frame_t *f = H->f;
    phpvm_code_t *code = (phpvm_code_t *)f->code;
    rt_value_t callee, ctx;
    f->depth = H->sp - code->base.nlocals;
    phpvm_func_t *fn = phpvm_func_at(code, H->arg[0], -1);
    if (fn) {
        callee = rt_from_ptr(fn);
        ctx = rt_none;
        goto found;
    }
    rt_str_t *name = rt_ptr(rt_tuple_get(code->base.names, H->arg[0]));
    rt_value_t v = phpvm_scope_lookup(f, name); /* a function of an enclosing foreign scope */
    if (v == RT_NOVALUE || !phpvm_callable(v, &callee, &ctx, true)) {
        if (!rt_exc_pending())
            phpvm_throw("Error", "Call to undefined function %s()", name->data);
        return JIT_STEP_ERROR;
    }
found:
    f->slots[H->sp++] = callee;
    return push_next(H, ctx);
}

/* Value v returned by frame f's function as its return type takes it: the value itself or its
** coercion; RT_NOVALUE with PHP's TypeError pending if the type rejects it. */
static __attribute__((noinline)) rt_value_t verified_return(rt_frame_t *f, rt_value_t v)
{
    phpvm_func_t *fn = phpvm_callee_func(f->slots[PHPVM_SLOT_FUNC]);
    rt_value_t w = v;
    if (fn->rettype && !phpvm_type_admits_as_is(fn->rettype, v, phpvm_frame_scope(f)) &&
        !phpvm_coerce(fn->rettype, v, &w, phpvm_frame_scope(f), f->code->flags & PHPVM_CODE_STRICT)) {
        char name[256];
        phpvm_func_display(fn, name, sizeof name);
        return phpvm_throw("TypeError", "%s(): Return value must be of type %s, %s returned",
                           name, ((rt_str_t *)rt_ptr(rt_tuple_get(fn->rettype, 1)))->data,
                           phpvm_type_name(v));
    }
    return w;
}

jit_step_t phpvm_interp_slow_verify_return(jit_hctx_t *H)
{
    rt_frame_t *f = H->f;
    f->depth = H->sp - f->code->nlocals;
    rt_value_t w = verified_return(f, phpvm_deref(f->slots[H->sp - 1]));
    if (w == RT_NOVALUE)
        return JIT_STEP_ERROR;
    f->slots[H->sp - 1] = w;
    H->pc = H->next;
    return JIT_STEP_OK;
}

/* VERIFY_RETURN_REF of r: a reference stays, its value checked and a coercion stored back in
** the cell (the variable it refers to is coerced, as in PHP); a value (a call's result that
** was none) is checked as VERIFY_RETURN checks it. RT_NOVALUE with the TypeError pending. */
static __attribute__((noinline)) rt_value_t verify_return_ref(rt_frame_t *f, rt_value_t r)
{
    if (!phpvm_is_ref(r))
        return verified_return(f, r);
    rt_value_t v = phpvm_deref(r), w = verified_return(f, v);
    if (w == RT_NOVALUE)
        return RT_NOVALUE;
    if (w != v)
        phpvm_ref_set((phpvm_ref_t *)rt_ptr(r), w);
    return r;
}

jit_step_t phpvm_interp_slow_init_dyn(jit_hctx_t *H)
{
    rt_frame_t *f = H->f;
    rt_value_t callee, ctx;
    f->depth = H->sp - f->code->nlocals;
    if (!phpvm_callable(f->slots[H->sp - 1], &callee, &ctx, true))
        return JIT_STEP_ERROR;
    phpvm_func_t *fn = phpvm_callee_func(callee);
    if (fn->builtin && (fn->builtin->byref & PHPVM_B_NO_DYNAMIC) &&
        !((f->code->flags & PHPVM_CODE_MAIN) &&
          (fn->builtin->byref & PHPVM_B_GLOBAL_SCOPE_FIRST))) {
        phpvm_throw("Error", "Cannot call %s() dynamically", fn->builtin->name);
        return JIT_STEP_ERROR;
    }
    f->slots[H->sp - 1] = callee;
    return push_next(H, ctx);
}

/* Inlined into CALL's glue: builtins (intdiv, count...) are called from hot loops. */
inline __attribute__((always_inline)) jit_step_t phpvm_interp_slow_call(jit_hctx_t *H)
{
    rt_frame_t *f = H->f;
    int argc = (int)H->arg[0];
    rt_value_t *args = f->slots + H->sp - argc;
    rt_value_t callee = args[-2], ctx = args[-1];
    phpvm_func_t *fn = phpvm_callee_func(callee);
    H->sp -= (uint32_t)argc + 2;
    f->depth = H->sp - f->code->nlocals;
    rt_value_t packed[2];
    if (__builtin_expect(fn->flags & PHPVM_F_TRAMPOLINE, 0)) {
        fn = phpvm_trampoline_call(&callee, &ctx, phpvm_args_array(args, argc), packed);
        args = packed;
        argc = 2;
    }
    if (fn->builtin) {
        if (phpvm_is_closure(callee))
            ctx = phpvm_closure_ctx((phpvm_closure_t *)rt_ptr(callee));
        return push_next(H, phpvm_call_builtin(fn, ctx, args, argc));
    }
    rt_frame_t *nf = phpvm_push_call(rt_ts, fn, callee, ctx, args, argc);
    if (!nf)
        return JIT_STEP_ERROR;
    if (fn->flags & PHPVM_F_GENERATOR)
        return push_next(H, phpvm_gen_new(rt_ts, nf));
    H->f = nf;
    H->pc = 0;
    H->sp = nf->code->nlocals;
    return JIT_STEP_OK;
}

/* The vocabulary handlers, interpreter build, each a function of its own: the hot cases are
** handlers.inc's fast paths, and run() inlining every glue made GCC spill the loop's registers
** in them (callgrind geomean against php -n 1.325 -> 1.281 out of line). */
#define J_HANDLER_INLINE __attribute__((noinline, unused))
#include "jit/jvocab_interp.h"

#define JHELPER J_HELPER_WRAPPER
#include "jit/helpers.def"
#include "phpvm/helpers.def"
#undef JHELPER

#include "phpvm/jhandlers.inc"

/* Deoptimization lands here: the frame and its pc and depth are what a trace exit rebuilt. */
static void resume(jit_hctx_t *H, rt_frame_t *f)
{
    H->f = f;
    H->pc = f->pc;
    H->sp = f->code->nlocals + f->depth;
}

static rt_value_t run(rt_frame_t *entry, rt_frame_t *f, bool raise);

/* Pops f, left by an exception or exit: a generator's frame that a foreach resumed
** (PHPVM_FRAME_GEN) finishes its generator, and the unwinding goes on in the consumer's. */
static void unwind_pop(rt_thread_t *ts, rt_frame_t *f)
{
    bool gen = (f->flags & PHPVM_FRAME_GEN) != 0;
    rt_frame_pop(ts, f);
    if (gen)
        phpvm_gen_exit(RT_NOVALUE);
}

/* The value stack pointer's register in run(): GCC's allocator, left alone over a function this
** size, keeps f and ip in registers but spills sp, and every handler then pays a load and a store
** for it. A callee-saved register survives the calls the handlers make. */
#if defined(__x86_64__)
#define SP_REGISTER __asm__("r15")
#elif defined(__aarch64__)
#define SP_REGISTER __asm__("x28")
#else
#define SP_REGISTER
#endif

static uint32_t after_call(const rt_frame_t *f) { return J_VM_AFTER_CALL(f); }

/* jit_lang_t.run: the innermost frame runs until `entry` returns. */
static rt_value_t run_to(rt_frame_t *entry)
{
    return run(entry, rt_ts->frame, rt_exc_pending());
}

void phpvm_interp_init(void)
{
    jit_set_resume_hook(RT_LANG_PHP, resume);
    jit_set_lang(RT_LANG_PHP, &(jit_lang_t){phpvm_record_step, after_call, run_to});
}

/* The loop: runs frame f, the innermost one, and the frames it calls until `entry` (f or one of
** its callers, pushed with RT_FRAME_ENTRY) returns; `raise`: the instruction at f's pc raised
** the pending exception. */
static rt_value_t run(rt_frame_t *entry, rt_frame_t *f, bool raise)
{
    /* The entry of an op is op_NAME, or fast_NAME for the vocabulary ops with a plain-C fast
    ** path in handlers.inc that falls back to their glue op_NAME: those have a FAST_NAME macro,
    ** a comma that shifts ENTRY's arguments (the preprocessor has no "is defined" in an
    ** expansion). Those whose fast path never falls back also have a FAST_ONLY_NAME: no glue
    ** in this loop (the recorder runs their handlers). */
#define FAST_ONLY_NOP ~,
#define FAST_ONLY_CONST ~,
#define FAST_ONLY_NULL ~,
#define FAST_ONLY_TRUE ~,
#define FAST_ONLY_FALSE ~,
#define FAST_ONLY_INT ~,
#define FAST_ONLY_POP ~,
#define FAST_ONLY_JMP ~,
#define FAST_NOP ~,
#define FAST_CONST ~,
#define FAST_NULL ~,
#define FAST_TRUE ~,
#define FAST_FALSE ~,
#define FAST_INT ~,
#define FAST_POP ~,
#define FAST_JMP ~,
#define FAST_LOOP ~,
#define FAST_INIT_FCALL ~,
#define FAST_CALL ~,
#define FAST_VERIFY_RETURN ~,
#define FAST_RETURN ~,
#define FAST_JMP_ARG_BYVAL ~,
#define FAST_LOAD ~,
#define FAST_JMPZ ~,
#define FAST_JMPNZ ~,
#define FAST_JMPZ_KEEP ~,
#define FAST_JMPNZ_KEEP ~,
#define FAST_INIT_DYN ~,
#define FAST_INC_CV ~,
#define FAST_ASSIGN_OP ~,
#define FAST_ASSIGN_POP ~,
#define FAST_MOVE ~,
#define FAST_ADD ~,
#define FAST_SUB ~,
#define FAST_MUL ~,
#define FAST_JMPZ_LT ~,
#define FAST_JMPZ_LE ~,
#define FAST_JMPZ_GT ~,
#define FAST_JMPZ_GE ~,
#define FAST_JMPZ_EQ ~,
#define FAST_JMPZ_NE ~,
#define FAST_LOOP_LT ~,
#define FAST_LOOP_LE ~,
#define FAST_LOOP_GT ~,
#define FAST_LOOP_GE ~,
#define FAST_LOOP_EQ ~,
#define FAST_LOOP_NE ~,
#define FAST_ADD_V ~,
#define FAST_SUB_V ~,
#define FAST_MUL_V ~,
#define FAST_MOD_V ~,
#define FAST_BINOP_V ~,
#define FAST_ADD_TO ~,
#define FAST_SUB_TO ~,
#define FAST_MUL_TO ~,
#define ENTRY_(probe, entry, ...) entry
#define ENTRY(...) ENTRY_(__VA_ARGS__)
    static void *const labels[PHPVM_NOPS] = {
#define PHPVM_OP(name, fmt, pops, pushes, flags, doc) ENTRY(FAST_##name &&fast_##name, &&op_##name, ),
#include "phpvm/ops.def"
#undef PHPVM_OP
    };
#undef ENTRY
#undef ENTRY_
    /* The loop's registers are f, ip and sp alone: everything else is derived from f when used,
    ** as a spilled copy would cost the same load and more registers live across the dispatch
    ** would push these three out of theirs. */
    rt_thread_t *ts = rt_ts;
    const uint8_t *ip; /* the instruction */
    register rt_value_t *sp SP_REGISTER; /* the value stack's top */
    rt_value_t v, w, x;
    int64_t iw; /* a property inline cache's slot word (cached_prop) */
    rt_str_t *pn;
    jit_hctx_t jh; /* the state after a vocabulary handler left the fast path */
    jit_step_t step;

/* The frame's slots, code, bytecode, value stack base and the instruction's pc: what f and ip
** give. */
#define L (f->slots)
#define CODE ((phpvm_code_t *)f->code)
#define BC (CODE->base.bytecode)
#define BASE (L + CODE->base.nlocals)
#define PC ((uint32_t)(ip - BC))
/* After f changed: the loop's registers from what the frame stored. */
#define RELOAD()                                                                                   \
    do {                                                                                           \
        sp = BASE + f->depth;                                                                      \
        ip = BC + f->pc;                                                                           \
    } while (0)
/* f->pc is stored only where it can be read (SYNC, the vocabulary's j_sync and slow paths,
** calls, suspension, errors): the handlers' plain fast paths leave it behind. */
#define DISPATCH() goto *labels[*ip]
#define NEXT(name)                                                                                 \
    do {                                                                                           \
        ip += LEN_##name;                                                                          \
        DISPATCH();                                                                                \
    } while (0)
/* Continues at pc `target` of the frame's code. */
#define JUMP(target)                                                                               \
    do {                                                                                           \
        ip = BC + (target);                                                                        \
        DISPATCH();                                                                                \
    } while (0)
#define OPA phpvm_operand(ip, 0)
#define OPB phpvm_operand(ip, 1)
#define OPC phpvm_operand(ip, 2)
#define OPD phpvm_operand(ip, 3)
#define NAME(i) ((rt_str_t *)rt_ptr(rt_tuple_get(CODE->base.names, (i))))
#define CACHE(i) (CODE->caches->items + (size_t)(i) * PHPVM_CACHE_WORDS)
/* Before anything that may collect, raise, warn or call out: the depth and the pc (tracebacks,
** warnings' lines, a callee's return address and the collector read them). */
#define SYNC() SYNC_AT(sp)
#define SYNC_AT(top) (f->depth = (uint32_t)((top)-BASE), f->pc = PC)
/* cv_write of a handler, written out so that the compiler keeps run()'s plain CV store as it
** was (a reference unlikely, a typed one more so): a typed reference's store may throw. */
#define CV_WRITE(slot, val)                                                                        \
    do {                                                                                           \
        rt_value_t cvw_ = (val);                                                                   \
        if (__builtin_expect(phpvm_is_ref(*(slot)), 0)) {                                          \
            phpvm_ref_t *cvr_ = (phpvm_ref_t *)rt_ptr(*(slot));                                    \
            if (__builtin_expect(cvr_->src != 0, 0)) {                                             \
                SYNC();                                                                            \
                if (!phpvm_ref_assign(cvr_, cvw_))                                                 \
                    goto error;                                                                    \
            } else {                                                                               \
                RT_STORE(cvr_, v, cvw_);                                                           \
            }                                                                                      \
        } else {                                                                                   \
            *(slot) = cvw_;                                                                        \
        }                                                                                          \
    } while (0)
/* pn: a property instruction's name, from the names or popped from the stack (PHPVM_DYN_NAME). */
#define PROP_NAME()                                                                                \
    do {                                                                                           \
        if (__builtin_expect(OPA == PHPVM_DYN_NAME, 0)) {                                          \
            SYNC();                                                                                \
            pn = phpvm_to_str(phpvm_deref(*--sp));                                                 \
            if (!pn)                                                                               \
                goto error;                                                                        \
        } else {                                                                                   \
            pn = NAME(OPA);                                                                        \
        }                                                                                          \
    } while (0)
/* After a helper: its failure, or an exception a user error handler threw from a warning. */
#define CHECK(val)                                                                                 \
    do {                                                                                           \
        if ((val) == RT_NOVALUE || ts->exc != RT_NOVALUE)                                          \
            goto error;                                                                            \
    } while (0)
/* v, w = the value operands a and b (ops.h) of the instruction, read as LOADs would read them
** (an unset CV warns), and those on the stack popped. */
#define VOPND2()                                                                                   \
    do {                                                                                           \
        v = vopnd(CODE, L, sp, OPA, OPB == PHPVM_V_STACK);                                         \
        w = vopnd(CODE, L, sp, OPB, 0);                                                            \
        if (__builtin_expect(v == RT_NOVALUE || w == RT_NOVALUE, 0)) {                             \
            SYNC();                                                                                \
            if (v == RT_NOVALUE) {                                                                 \
                v = unset_operand(f, OPA);                                                         \
                CHECK(v);                                                                          \
                w = vopnd(CODE, L, sp, OPB, 0);                                                    \
            }                                                                                      \
            if (w == RT_NOVALUE) {                                                                 \
                w = unset_operand(f, OPB);                                                         \
                CHECK(w);                                                                          \
            }                                                                                      \
        }                                                                                          \
        sp -= (OPA == PHPVM_V_STACK) + (OPB == PHPVM_V_STACK);                                     \
    } while (0)
#define SCOPE() phpvm_frame_scope(f)
/* The frame a variable-variable instruction names: its own, or the global scope's. */
#define VARS_FRAME() ((OPA & 2) && phpvm_vm->main_frame ? phpvm_vm->main_frame : f)

    RELOAD();
    if (__builtin_expect(raise, 0))
        goto error;
    if (__builtin_expect(f->flags & PHPVM_FRAME_THROW, 0)) {
        f->flags &= (uint16_t)~PHPVM_FRAME_THROW;
        goto error;
    }
    DISPATCH();

#include "phpvm/handlers.inc"

    /* The vocabulary handlers: the loop's state in and out of a jit_hctx_t. A handler that stays
    ** in the frame continues at once; anything else (a trace exit into other frames, recording,
    ** an error) goes through jit_step. */
#define GLUE_(probe, which, ...) which
#define GLUE(...) GLUE_(__VA_ARGS__)
#define NO_GLUE(name, nopnd)
#define JSTEP(name, nopnd) GLUE(FAST_ONLY_##name NO_GLUE, JSTEP_GLUE, )(name, nopnd)
#define JSTEP_GLUE(name, nopnd)                                                                    \
    op_##name: {                                                                                   \
        jit_hctx_t h_; /* no initializer: zeroing it would cost stores on every instruction */     \
        const uint8_t *bc_ = BC;                                                                   \
        h_.f = f;                                                                                  \
        h_.pc = (uint32_t)(ip - bc_);                                                              \
        h_.top = sp;                                                                               \
        phpvm_interp_decode(&h_, ip, nopnd);                                                       \
        step = h_##name(&h_);                                                                      \
        if (__builtin_expect(step == JIT_STEP_OK, 1)) {                                            \
            sp = h_.top;                                                                           \
            if (__builtin_expect(h_.f == f, 1)) {                                                  \
                ip = bc_ + h_.pc;                                                                  \
                DISPATCH();                                                                        \
            }                                                                                      \
            if (h_.f->lang == RT_LANG_PHP) { /* a call or a return */                              \
                f = h_.f;                                                                          \
                JUMP(h_.pc);                                                                       \
            }                                                                                      \
        }                                                                                          \
        J_HAND_OVER(jh, h_, step);                                                                 \
        goto jit_step;                                                                             \
    }
    PHPVM_JIT_OPS(JSTEP)
#undef JSTEP_GLUE
#undef JSTEP
#undef NO_GLUE
#undef GLUE
#undef GLUE_

jit_step:
    if (step == JIT_STEP_RECORD) {
        step = jit_record(&jh, f);
    } else if (step == JIT_STEP_OK && jh.f->lang != RT_LANG_PHP) { /* a call into Python */
        jh.f->pc = jh.pc;
        jh.f->depth = jh.sp - jh.f->code->nlocals;
        step = jit_settle(&jh, f);
    }
    if (step == JIT_STEP_DONE)
        return jh.ret;
    f = jh.f;
    sp = L + jh.sp;
    ip = BC + jh.pc;
    if (step == JIT_STEP_ERROR)
        goto error;
    DISPATCH();

suspend:
    SYNC();
    if (f->flags & PHPVM_FRAME_GEN) { /* the FE_FETCH that resumed it continues */
        rt_value_t kv[2];
        f = phpvm_gen_leave(ts, f, kv);
        RELOAD();
        *sp++ = kv[0];
        if (OPA & 1)
            *sp++ = kv[1];
        NEXT(FE_FETCH);
    }
    rt_frame_unlink(ts, f);
    return rt_none;

error:
    SYNC();
    for (;;) {
        if (phpvm_vm->exiting) {
            phpvm_exit_unmark();
            bool at_entry = f == entry;
            unwind_pop(ts, f);
            if (at_entry)
                return RT_NOVALUE;
            f = ts->frame;
            continue;
        }
        const phpvm_handler_t *h = find_handler(CODE, PC);
        if (h) {
            sp = BASE + h->depth;
            JUMP(h->target);
        }
        rt_tb_here(f, false);
        bool at_entry = f == entry;
        unwind_pop(ts, f);
        if (at_entry)
            return RT_NOVALUE;
        f = ts->frame;
        RELOAD();
    }
}
#undef L
#undef CODE

rt_value_t phpvm_interp(rt_frame_t *entry)
{
    return run(entry, entry, false);
}
