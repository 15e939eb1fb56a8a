/*
** jvocab_interp.h: the vocabulary's interpreter build (JIT.md "Vocabulary", left column). Traced
** values are one-field structs around the C value, so every J_* macro is the plain C operation
** and the compiler sees through them; hot counters call jit_backedge_hot. Include it (instead of
** jvocab_record.h) before a VM's handlers.inc.
*/
#ifndef PYHYP_JIT_JVOCAB_INTERP_H
#define PYHYP_JIT_JVOCAB_INTERP_H

#include "jit/jit.h"

typedef struct { int64_t v; } JI;
typedef struct { double v; } JF;
typedef struct { bool v; } JB;
typedef struct { rt_value_t v; } JV;
typedef struct { void *v; } JPV;
#define JP(T) jp_##T
/* A typed pointer kind; its J_KFLAGS_/J_KTYPE_ constants let JP(T) be a field kind (J_STORE). */
#define J_PTR_TYPE(T)                                                                              \
    typedef struct { T *v; } jp_##T;                                                                \
    enum { J_KFLAGS_jp_##T = JIT_F_REF, J_KTYPE_jp_##T = JIT_T_PTR };

#define J_STATIC static inline __attribute__((always_inline, unused))
/* Handlers inline into the VM's glue, so the context they run on can live in registers; a VM
** whose loop has plain-C fast paths in front of most glue may define it first to keep the glue
** out of line (phpvm/interp.c). */
#ifndef J_HANDLER_INLINE
#define J_HANDLER_INLINE inline __attribute__((always_inline))
#endif

J_STATIC JI j_kint(jit_hctx_t *H, int64_t c) { return (JI){c}; }
J_STATIC JF j_kflt(jit_hctx_t *H, double d) { return (JF){d}; }
J_STATIC JV j_kval(jit_hctx_t *H, rt_value_t v) { return (JV){v}; }
J_STATIC JV j_local(jit_hctx_t *H, uint32_t i) { return (JV){H->f->slots[i]}; }
J_STATIC void j_setlocal(jit_hctx_t *H, uint32_t i, JV x) { H->f->slots[i] = x.v; }
/* The value stack through H->top, as the VM loops keep it (no index arithmetic per handler). */
J_STATIC void j_push(jit_hctx_t *H, JV x) { *H->top++ = x.v; }
J_STATIC JV j_pop(jit_hctx_t *H) { return (JV){*--H->top}; }
J_STATIC JV j_peek(jit_hctx_t *H, uint32_t n) { return (JV){H->top[-1 - (ptrdiff_t)n]}; }
J_STATIC void j_drop(jit_hctx_t *H, uint32_t n) { H->top -= n; }
J_STATIC void j_setpeek(jit_hctx_t *H, uint32_t n, JV x) { H->top[-1 - (ptrdiff_t)n] = x.v; }
/* H->sp from H->top before the JIT or a slow path looks at it; H->top back from H->sp after. */
J_STATIC void j_sp_out(jit_hctx_t *H) { H->sp = (uint32_t)(H->top - H->f->slots); }
J_STATIC void j_sp_in(jit_hctx_t *H) { H->top = H->f->slots + H->sp; }
/* A slow path fn(H) runs on a copy of H: the glue's own H never has its address taken, so the
** compiler keeps it in registers on the fast paths. */
J_STATIC jit_step_t j_slow(jit_hctx_t *H, jit_step_t (*fn)(jit_hctx_t *))
{
    jit_hctx_t c;
    memcpy(&c, H, sizeof c); /* fields the glue left unset are copied unread */
    j_sp_out(&c);
    c.f->pc = c.pc;
    jit_step_t s = fn(&c);
    j_sp_in(&c);
    memcpy(H, &c, sizeof c);
    return s;
}
/* The glue hands its handler state h over to the VM's jit_step code in jh after a step that left
** the fast path: field by field, since a whole-struct copy after narrow stores stalls store
** forwarding; ret and J only when the step set them. */
#define J_HAND_OVER(jh, h, step)                                                                   \
    do {                                                                                           \
        (jh).f = (h).f;                                                                            \
        (jh).pc = (h).pc;                                                                          \
        (jh).sp = (uint32_t)((h).top - (h).f->slots);                                              \
        if ((step) == JIT_STEP_DONE)                                                               \
            (jh).ret = (h).ret;                                                                    \
        if ((step) == JIT_STEP_RECORD)                                                             \
            (jh).J = (h).J;                                                                        \
    } while (0)
J_STATIC uint16_t j_ref_of_any(void) { return 0; }
#define j_ref_of(x) j_ref_of_any()

#define J_DEF_INT_BINOP(name, op, expr)                                                            \
    J_STATIC JI j_##name(jit_hctx_t *H, JI a, JI b) { return (JI){expr}; }
#define J_DEF_FLT_BINOP(name, op, expr)                                                            \
    J_STATIC JF j_##name(jit_hctx_t *H, JF a, JF b) { return (JF){expr}; }
#define J_DEF_INT_CMP(name, op, expr)                                                              \
    J_STATIC JB j_##name(jit_hctx_t *H, JI a, JI b) { return (JB){expr}; }
#define J_DEF_FLT_CMP(name, op, expr)                                                              \
    J_STATIC JB j_##name(jit_hctx_t *H, JF a, JF b) { return (JB){expr}; }

J_STATIC JB j_arith_ov(jit_hctx_t *H, unsigned op, JI *r, JI a, JI b)
{
    if (op == JIT_IR_ADDOV)
        return (JB){__builtin_add_overflow(a.v, b.v, &r->v)};
    if (op == JIT_IR_SUBOV)
        return (JB){__builtin_sub_overflow(a.v, b.v, &r->v)};
    return (JB){__builtin_mul_overflow(a.v, b.v, &r->v)};
}

J_STATIC JB j_veq(jit_hctx_t *H, JV a, JV b) { return (JB){a.v == b.v}; }
J_STATIC JB j_is_small(jit_hctx_t *H, JV v) { return (JB){rt_is_small(v.v)}; }
J_STATIC JB j_is_ptrword(jit_hctx_t *H, JV v) { return (JB){(v.v & 3) == 0}; }
J_STATIC JI j_untag(jit_hctx_t *H, JV v) { return (JI){rt_small_value(v.v)}; }
J_STATIC JV j_tag(jit_hctx_t *H, JI i) { return (JV){rt_small(i.v)}; }
J_STATIC bool j_if(jit_hctx_t *H, JB b) { return b.v; }
J_STATIC void j_check_exc(jit_hctx_t *H) {}

#define J_NEG(a) ((JI){(int64_t)(0 - (uint64_t)(a).v)})
#define J_BNOT(a) ((JI){~(a).v})
#define J_FNEG(a) ((JF){-(a).v})
#define J_I2F(a) ((JF){(double)(a).v})
#define J_F2I(a) ((JI){(int64_t)(a).v})
#define J_FBITS(a) ((JI){(int64_t)jit_w_of_JF((a).v)})
#define J_IBITS(a) ((JF){jit_JF_of_w((uint64_t)(a).v)})
#define J_AS_INT(x) ((JI){(int64_t)(x).v})
#define J_AS_VAL(x) ((JV){(rt_value_t)(x).v})
#define J_AS_PTR(T, x) ((JP(T)){(T *)rt_ptr((x).v)})
#define J_VAL_OF(p) ((JV){rt_from_ptr((p).v)})
#define J_VOIDP(p) ((JPV){(void *)(p).v})
#define J_PCAST(T, p) ((JP(T)){(T *)(p).v})
#define J_PTR(T, p) ((JP(T)){(p)})

#define J_LOAD(K, T, o, f) ((K){(o).v->f})
#define J_LOAD_IMM(K, T, o, f) J_LOAD(K, T, o, f)
#define J_LOAD_QI(K, T, o, f, ver) J_LOAD(K, T, o, f)
#define J_ALEN(T, o, f) J_LOAD(JI, T, o, f)
#define J_STORE(K, T, o, f, x)                                                                     \
    do {                                                                                           \
        __typeof__(o) o_ = (o);                                                                    \
        o_.v->f = (x).v;                                                                           \
        if ((J_KFLAGS_##K) & JIT_F_REF)                                                            \
            gc_write_barrier(o_.v);                                                                \
    } while (0)
/* Arrays: p points at element 0 of 8-byte elements (a value array, an int64 array). */
#define J_ITEMS(T, o, f) ((JPV){(void *)(o).v->f})
#define J_ALOAD(K, p, i) ((K){((__typeof__(((K *)0)->v) *)(p).v)[(i).v]})
#define J_ASTORE(o, p, i, x)                                                                       \
    do {                                                                                           \
        ((rt_value_t *)(p).v)[(i).v] = (x).v;                                                      \
        gc_write_barrier((o).v);                                                                   \
    } while (0)

/* The running frame's depth and pc, stored before anything that may collect, raise or re-enter
** (the collector and tracebacks read them; rt_frame_t's contract): a VM loop need not store the
** pc on every instruction. */
J_STATIC void j_sync(jit_hctx_t *H)
{
    H->f->depth = (uint32_t)(H->top - H->f->slots) - H->f->code->nlocals;
    H->f->pc = H->pc;
}

/* A back edge answers the interpreter lock's requests (gil.h) with its frame in order; out of
** line, so that the dispatch loop keeps its registers. */
static __attribute__((noinline, cold, unused)) bool j_eval_break(jit_hctx_t *H)
{
    j_sync(H);
    H->f->pc = H->pc;
    return rt_eval_break();
}

#define J_NEW(T, type) (j_sync(H), (JP(T)){rt_alloc((type), sizeof(T))})
#define J_NEW_ARR(T, type, n)                                                                      \
    (j_sync(H), (JP(T)){rt_alloc((type), sizeof(T) + 8 * (size_t)(n).v)})

#define J_CLASS_IS(p, type) ((JB){rt_obj_type((p).v) == (type)})
#define J_TYPE_IS(x, type) ((JB){rt_is_ptr((x).v) && rt_obj_type(rt_ptr((x).v)) == (type)})
#define J_PROMOTE(x) (x)
#define J_SWITCH(x) ((x).v)

#define J_BACKEDGE(target, counter)                                                                \
    do {                                                                                           \
        H->pc = (target);                                                                          \
        if (__builtin_expect(rt_eval_breaker, 0) && !j_eval_break(H))                              \
            return JIT_STEP_ERROR;                                                                 \
        rt_code_backedge_t *be_ = &H->f->code->backedges[counter];                                 \
        if (be_->count < jit_threshold) {                                                          \
            be_->count++;                                                                          \
            return JIT_STEP_OK;                                                                    \
        }                                                                                          \
        jit_hctx_t hc_; /* a copy, as j_slow's */                                                \
        memcpy(&hc_, H, sizeof hc_);                                                               \
        j_sp_out(&hc_);                                                                            \
        jit_step_t hs_ = jit_backedge_hot(&hc_, (counter));                                        \
        j_sp_in(&hc_);                                                                             \
        memcpy(H, &hc_, sizeof hc_);                                                               \
        return hs_;                                                                                \
    } while (0)
#define J_EFFECT_BOUNDARY() ((void)0)
#define J_UNROLL(i, n) for (uint32_t i = 0, i##_n_ = (n); i < i##_n_; i++)
#define J_FORCE_FRAMES() ((void)0)
#define J_NYI(reason) ((void)0)

#define J_HELPER_WRAPPER(name, ret, eff, args)                                                     \
    J_STATIC ret jh_##name(jit_hctx_t *H, JIT_MAP(J_HW_PARAM, args))                               \
    {                                                                                              \
        j_sync(H);                                                                                 \
        return (ret){name(JIT_MAP(J_HW_ARGV, args))};                                              \
    }

/* In the interpreter a frame whose caller is of the other language is an entry frame. */
#define J_VM_RETURN_PC(caller, f) J_VM_AFTER_CALL(caller)

#include "jit/jvocab.h"

J_STATIC jit_step_t j_call_frame(jit_hctx_t *H, JP(rt_code_t) c, const JV *pre, uint32_t npre,
                                 uint32_t nargs, uint32_t ndrop)
{
    rt_value_t p[4];
    for (uint32_t i = 0; i < npre && i < 4; i++)
        p[i] = pre[i].v;
    j_sp_out(H);
    jit_step_t s = jit_vm_call_frame(H, c.v, p, npre, nargs, ndrop);
    j_sp_in(H);
    return s;
}

J_STATIC jit_step_t j_return(jit_hctx_t *H, JV x)
{
    jit_step_t s = jit_vm_return(H, x.v);
    if (s == JIT_STEP_OK) /* the entry frame's return (DONE) leaves H->sp unset */
        j_sp_in(H);
    return s;
}

#endif
