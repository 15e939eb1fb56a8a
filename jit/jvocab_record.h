/*
** jvocab_record.h: the vocabulary's recorder build (JIT.md "Vocabulary", right column). Every
** traced value carries its concrete value and its IR ref; each J_* macro runs the operation for
** real (record-and-execute) and records it through record.c: slot reads become SLOADs or slot
** refs, J_IF emits the guard for the outcome taken, helper calls become IR calls by effect class,
** loads and stores carry a static field descriptor per site. Include it (instead of
** jvocab_interp.h) before a VM's handlers.inc to make its recorder.
*/
#ifndef PYHYP_JIT_JVOCAB_RECORD_H
#define PYHYP_JIT_JVOCAB_RECORD_H

#include "jit/jit.h"

typedef struct { int64_t v; uint16_t r; } JI;
typedef struct { double v; uint16_t r; } JF;
typedef struct { bool v; uint16_t r; } JB;
typedef struct { rt_value_t v; uint16_t r; } JV;
typedef struct { void *v; uint16_t r; } JPV;
#define JP(T) jp_##T
/* A typed pointer kind; its J_KFLAGS_/J_KTYPE_ constants let JP(T) be a field kind (J_STORE). */
#define J_PTR_TYPE(T)                                                                              \
    typedef struct { T *v; uint16_t r; } jp_##T;                                                    \
    enum { J_KFLAGS_jp_##T = JIT_F_REF, J_KTYPE_jp_##T = JIT_T_PTR };

#define J_STATIC static inline __attribute__((unused))
#define J_HANDLER_INLINE

/* The raw word of a concrete value (for constants and promotion). */
#define J_WORD(x)                                                                                  \
    ({                                                                                             \
        uint64_t w_ = 0;                                                                           \
        __typeof__((x).v) v_ = (x).v;                                                              \
        memcpy(&w_, &v_, sizeof v_);                                                               \
        w_;                                                                                        \
    })
#define j_ref_of(x) ((x).r)

J_STATIC JI j_kint(jit_hctx_t *H, int64_t c) { return (JI){c, jit_rec_k(H, JIT_T_INT, (uint64_t)c)}; }
J_STATIC JF j_kflt(jit_hctx_t *H, double d)
{
    return (JF){d, jit_rec_k(H, JIT_T_FLT, jit_w_of_JF(d))};
}
J_STATIC JV j_kval(jit_hctx_t *H, rt_value_t v) { return (JV){v, jit_rec_k(H, JIT_T_VAL, v)}; }
J_STATIC JB j_kbool(jit_hctx_t *H, bool b) { return (JB){b, jit_rec_k(H, JIT_T_BOOL, b)}; }
J_STATIC JV j_local(jit_hctx_t *H, uint32_t i) { return (JV){H->f->slots[i], jit_rec_slot_get(H, i)}; }
J_STATIC void j_setlocal(jit_hctx_t *H, uint32_t i, JV x)
{
    H->f->slots[i] = x.v;
    jit_rec_slot_set(H, i, x.r);
}
J_STATIC void j_push(jit_hctx_t *H, JV x) { j_setlocal(H, H->sp++, x); }
J_STATIC JV j_pop(jit_hctx_t *H) { return j_local(H, --H->sp); }
J_STATIC JV j_peek(jit_hctx_t *H, uint32_t n) { return j_local(H, H->sp - 1 - n); }
J_STATIC void j_drop(jit_hctx_t *H, uint32_t n) { H->sp -= n; }
J_STATIC void j_setpeek(jit_hctx_t *H, uint32_t n, JV x) { j_setlocal(H, H->sp - 1 - n, x); }
J_STATIC jit_step_t j_slow(jit_hctx_t *H, jit_step_t (*fn)(jit_hctx_t *)) { return fn(H); }

#define J_DEF_INT_BINOP(name, op, expr)                                                            \
    J_STATIC JI j_##name(jit_hctx_t *H, JI a, JI b)                                                \
    {                                                                                              \
        return (JI){expr, jit_rec_op(H, op, JIT_T_INT, a.r, b.r)};                                 \
    }
#define J_DEF_FLT_BINOP(name, op, expr)                                                            \
    J_STATIC JF j_##name(jit_hctx_t *H, JF a, JF b)                                                \
    {                                                                                              \
        return (JF){expr, jit_rec_op(H, op, JIT_T_FLT, a.r, b.r)};                                 \
    }
#define J_DEF_INT_CMP(name, op, expr)                                                              \
    J_STATIC JB j_##name(jit_hctx_t *H, JI a, JI b)                                                \
    {                                                                                              \
        return (JB){expr, jit_rec_op(H, op, JIT_T_BOOL, a.r, b.r)};                                \
    }
#define J_DEF_FLT_CMP(name, op, expr)                                                              \
    J_STATIC JB j_##name(jit_hctx_t *H, JF a, JF b)                                                \
    {                                                                                              \
        return (JB){expr, jit_rec_op(H, op, JIT_T_BOOL, a.r, b.r)};                                \
    }

J_STATIC JB j_arith_ov(jit_hctx_t *H, unsigned op, JI *r, JI a, JI b)
{
    bool o = op == JIT_IR_ADDOV   ? __builtin_add_overflow(a.v, b.v, &r->v)
             : op == JIT_IR_SUBOV ? __builtin_sub_overflow(a.v, b.v, &r->v)
                                  : __builtin_mul_overflow(a.v, b.v, &r->v);
    r->r = jit_rec_arith_ov(H, op, a.r, b.r, o);
    return j_kbool(H, o); /* the guard is emitted: the outcome is a constant now */
}

J_STATIC JB j_veq(jit_hctx_t *H, JV a, JV b)
{
    return (JB){a.v == b.v, jit_rec_op(H, JIT_IR_EQ, JIT_T_BOOL, a.r, b.r)};
}
J_STATIC JB j_is_small(jit_hctx_t *H, JV v)
{
    uint16_t tag = jit_rec_op(H, JIT_IR_BAND, JIT_T_INT, v.r, jit_rec_k(H, JIT_T_INT, 1));
    return (JB){rt_is_small(v.v), jit_rec_op(H, JIT_IR_NE, JIT_T_BOOL, tag, jit_rec_k(H, JIT_T_INT, 0))};
}
J_STATIC JB j_is_ptrword(jit_hctx_t *H, JV v)
{
    uint16_t tag = jit_rec_op(H, JIT_IR_BAND, JIT_T_INT, v.r, jit_rec_k(H, JIT_T_INT, 3));
    return (JB){(v.v & 3) == 0, jit_rec_op(H, JIT_IR_EQ, JIT_T_BOOL, tag, jit_rec_k(H, JIT_T_INT, 0))};
}
J_STATIC JI j_untag(jit_hctx_t *H, JV v)
{
    return (JI){rt_small_value(v.v), jit_rec_op(H, JIT_IR_BSAR, JIT_T_INT, v.r, jit_rec_k(H, JIT_T_INT, 1))};
}
J_STATIC JV j_tag(jit_hctx_t *H, JI i)
{
    uint16_t s = jit_rec_op(H, JIT_IR_BSHL, JIT_T_INT, i.r, jit_rec_k(H, JIT_T_INT, 1));
    return (JV){rt_small(i.v), jit_rec_op(H, JIT_IR_BOR, JIT_T_VAL, s, jit_rec_k(H, JIT_T_INT, 1))};
}
J_STATIC bool j_if(jit_hctx_t *H, JB b)
{
    jit_rec_if(H, b.r, b.v);
    return b.v;
}
J_STATIC void j_check_exc(jit_hctx_t *H) { jit_rec_check_exc(H); }

J_STATIC JI j_unop_i(jit_hctx_t *H, unsigned op, int64_t v, uint16_t a)
{
    return (JI){v, jit_rec_op(H, op, JIT_T_INT, a, 0)};
}
J_STATIC JF j_unop_f(jit_hctx_t *H, unsigned op, double v, uint16_t a)
{
    return (JF){v, jit_rec_op(H, op, JIT_T_FLT, a, 0)};
}
#define J_NEG(a) ({ JI a_ = (a); j_unop_i(H, JIT_IR_NEG, (int64_t)(0 - (uint64_t)a_.v), a_.r); })
#define J_BNOT(a) ({ JI a_ = (a); j_unop_i(H, JIT_IR_BNOT, ~a_.v, a_.r); })
#define J_FNEG(a) ({ JF a_ = (a); j_unop_f(H, JIT_IR_FNEG, -a_.v, a_.r); })
#define J_I2F(a) ({ JI a_ = (a); j_unop_f(H, JIT_IR_I2F, (double)a_.v, a_.r); })
#define J_F2I(a) ({ JF a_ = (a); j_unop_i(H, JIT_IR_F2I, (int64_t)a_.v, a_.r); })
#define J_FBITS(a) ({ JF a_ = (a); j_unop_i(H, JIT_IR_FBITS, (int64_t)jit_w_of_JF(a_.v), a_.r); })
#define J_IBITS(a) ({ JI a_ = (a); j_unop_f(H, JIT_IR_IBITS, jit_JF_of_w((uint64_t)a_.v), a_.r); })
#define J_AS_INT(x) ({ __typeof__(x) x_ = (x); (JI){(int64_t)x_.v, x_.r}; })
#define J_AS_VAL(x) ({ __typeof__(x) x_ = (x); (JV){(rt_value_t)x_.v, x_.r}; })
#define J_AS_PTR(T, x) ({ JV x_ = (x); (JP(T)){(T *)rt_ptr(x_.v), x_.r}; })
#define J_VAL_OF(p) ({ __typeof__(p) p_ = (p); (JV){rt_from_ptr(p_.v), p_.r}; })
#define J_VOIDP(p) ({ __typeof__(p) vp_ = (p); (JPV){(void *)vp_.v, vp_.r}; })
#define J_PCAST(T, p) ({ JPV pc_ = (p); (JP(T)){(T *)pc_.v, pc_.r}; })
#define J_PTR(T, p) ({ T *p_ = (p); (JP(T)){p_, jit_rec_k(H, JIT_T_PTR, (uint64_t)(uintptr_t)p_)}; })

#define J_LOAD_FLAGS(K, T, o, f, extra)                                                            \
    ({                                                                                             \
        static jit_field_t fd_ = J_FIELD_DESC(K, T, f, extra);                                     \
        __typeof__(o) o_ = (o);                                                                    \
        K r_ = {o_.v->f, 0};                                                                       \
        r_.r = jit_rec_fload(H, &fd_, o_.r);                                                       \
        r_;                                                                                        \
    })
#define J_LOAD(K, T, o, f) J_LOAD_FLAGS(K, T, o, f, 0)
#define J_LOAD_IMM(K, T, o, f) J_LOAD_FLAGS(K, T, o, f, JIT_F_IMM)
#define J_ALEN(T, o, f) J_LOAD(JI, T, o, f)
/* A quasi-immutable field of an object that is promoted to a constant: the value becomes a
** constant guarded by GNOTINVAL; a change of `ver` invalidates the trace. */
#define J_LOAD_QI(K, T, o, f, ver)                                                                 \
    ({                                                                                             \
        __typeof__(o) o_ = J_PROMOTE(o);                                                           \
        K r_ = {o_.v->f, 0};                                                                       \
        r_.r = jit_rec_load_qi(H, (ver), J_KTYPE_##K, J_WORD(r_));                                 \
        r_;                                                                                        \
    })
#define J_STORE(K, T, o, f, x)                                                                     \
    do {                                                                                           \
        static jit_field_t sfd_ = J_FIELD_DESC(K, T, f, 0);                                        \
        __typeof__(o) so_ = (o);                                                                   \
        K sx_ = (x);                                                                               \
        so_.v->f = sx_.v;                                                                          \
        if ((J_KFLAGS_##K) & JIT_F_REF)                                                            \
            gc_write_barrier(so_.v);                                                               \
        jit_rec_fstore(H, &sfd_, so_.r, sx_.r);                                                    \
    } while (0)
#define J_ITEMS(T, o, f)                                                                           \
    ({                                                                                             \
        __typeof__(o) io_ = (o);                                                                   \
        (JPV){(void *)io_.v->f, jit_rec_op(H, JIT_IR_ADD, JIT_T_PTR, io_.r,                        \
                                           jit_rec_k(H, JIT_T_INT, offsetof(T, f)))};              \
    })
#define J_ALOAD(K, p, i)                                                                           \
    ({                                                                                             \
        JPV p_ = (p);                                                                              \
        JI i_ = (i);                                                                               \
        K r_ = {((__typeof__(r_.v) *)p_.v)[i_.v], 0};                                              \
        r_.r = jit_rec_aload(H, J_IRTYPE(r_), p_.r, i_.r);                                         \
        r_;                                                                                        \
    })
#define J_ASTORE(o, p, i, x)                                                                       \
    do {                                                                                           \
        __typeof__(o) o_ = (o);                                                                    \
        JPV p_ = (p);                                                                              \
        JI i_ = (i);                                                                               \
        JV x_ = (x);                                                                               \
        ((rt_value_t *)p_.v)[i_.v] = x_.v;                                                         \
        gc_write_barrier(o_.v);                                                                    \
        jit_rec_astore(H, o_.r, p_.r, i_.r, x_.r, true);                                           \
    } while (0)

#define J_NEW(T, type)                                                                             \
    ({                                                                                             \
        JP(T) p_ = {rt_alloc((type), sizeof(T)), 0};                                               \
        p_.r = jit_rec_new(H, (type), sizeof(T), 0);                                               \
        p_;                                                                                        \
    })
#define J_NEW_ARR(T, type, n)                                                                      \
    ({                                                                                             \
        JI n_ = (n);                                                                               \
        JP(T) p_ = {rt_alloc((type), sizeof(T) + 8 * (size_t)n_.v), 0};                            \
        JI sz_ = J_ADD(J_MUL(n_, J_INT(8)), J_INT(sizeof(T)));                                     \
        p_.r = jit_rec_new(H, (type), 0, sz_.r);                                                   \
        p_;                                                                                        \
    })

J_STATIC JB j_class_is(jit_hctx_t *H, void *p, uint16_t pref, const rt_type_t *type)
{
    uint16_t t = jit_rec_fload(H, &jit_field_desc, pref);
    uint16_t k = jit_rec_k(H, JIT_T_PTR, (uint64_t)(uintptr_t)type);
    return (JB){rt_obj_type(p) == type, jit_rec_op(H, JIT_IR_EQ, JIT_T_BOOL, t, k)};
}
J_STATIC JB j_type_is(jit_hctx_t *H, JV x, const rt_type_t *type)
{
    /* the tag is specialized on at once: a small int or an immediate float has no header */
    if (!j_if(H, j_is_ptrword(H, x)))
        return j_kbool(H, false);
    return j_class_is(H, rt_ptr(x.v), x.r, type);
}
#define J_CLASS_IS(p, type) ({ __typeof__(p) p_ = (p); j_class_is(H, (void *)p_.v, p_.r, (type)); })
#define J_TYPE_IS(x, type) j_type_is(H, (x), (type))
#define J_PROMOTE(x)                                                                               \
    ({                                                                                             \
        __typeof__(x) pr_ = (x);                                                                   \
        pr_.r = jit_rec_promote(H, pr_.r, J_IRTYPE(pr_), J_WORD(pr_));                             \
        pr_;                                                                                       \
    })
#define J_SWITCH(x) (J_PROMOTE(x).v)

#define J_BACKEDGE(target, counter)                                                                \
    do {                                                                                           \
        (void)(counter);                                                                           \
        H->pc = (target);                                                                          \
        jit_rec_backedge(H);                                                                       \
        return JIT_STEP_OK;                                                                        \
    } while (0)
#define J_EFFECT_BOUNDARY() jit_rec_effect_boundary(H)
#define J_UNROLL(i, n) for (uint32_t i = 0, i##_n_ = jit_rec_unroll(H, (n)); i < i##_n_; i++)
#define J_FORCE_FRAMES() jit_rec_force_frames(H)
#define J_NYI(reason) jit_rec_abort(H, (reason))

#define J_HELPER_WRAPPER(name, ret, eff, args)                                                     \
    J_STATIC ret jh_##name(jit_hctx_t *H, JIT_MAP(J_HW_PARAM, args))                               \
    {                                                                                              \
        ret r_ = {name(JIT_MAP(J_HW_ARGV, args)), 0};                                              \
        const uint16_t refs_[] = {JIT_MAP(J_HW_REF, args)};                                        \
        r_.r = jit_rec_call(H, &name##_jhd, refs_);                                                \
        return r_;                                                                                 \
    }

#define J_VM_RETURN_PC(caller, f)                                                                  \
    ((caller)->lang == (f)->lang ? J_VM_AFTER_CALL(caller) : jit_after_call(caller))

#include "jit/jvocab.h"

J_STATIC jit_step_t j_call_frame(jit_hctx_t *H, JP(rt_code_t) c, const JV *pre, uint32_t npre,
                                 uint32_t nargs, uint32_t ndrop)
{
    rt_value_t p[4];
    uint16_t r[4];
    for (uint32_t i = 0; i < npre && i < 4; i++) {
        p[i] = pre[i].v;
        r[i] = pre[i].r;
    }
    jit_rec_call_frame(H, c.v, c.r, r, npre, nargs, ndrop);
    jit_step_t s = jit_vm_call_frame(H, c.v, p, npre, nargs, ndrop);
    if (s != JIT_STEP_OK)
        jit_rec_abort(H, "call failed while recording");
    return s;
}

J_STATIC jit_step_t j_return(jit_hctx_t *H, JV x)
{
    jit_rec_return(H, x.r, x.v);
    return jit_vm_return(H, x.v);
}

#endif
