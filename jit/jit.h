/*
** jit.h: jit/'s boundary header (ARCHITECTURE.md section 5, JIT.md). The meta-tracing JIT knows no
** language: a VM writes its opcode handlers once in the vocabulary (jvocab_interp.h and
** jvocab_record.h over jvocab.h), declares its helpers in an X-macro .def file, registers a resume
** hook per language, and calls the hot-path entry points below. This header holds what the VMs
** and the vocabulary headers see: parameters and start-up, the handler context, field and helper
** descriptors, the recorder entry points the recorder build of the vocabulary calls, trace entry.
*/
#ifndef PYHYP_JIT_H
#define PYHYP_JIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/rt.h"

/* The IR opcodes (ir.def; ir.h, internal, has the rest of the IR). */
#include "jit/ir.def"
typedef enum jit_op {
#define JIT_IR_ENUM(name, mode, l, r) JIT_IR_##name,
    JIT_IRDEF(JIT_IR_ENUM)
#undef JIT_IR_ENUM
    JIT_IR__MAX
} jit_op_t;

/* ---- Parameters and start-up ---- */

typedef struct jit_params {
    bool enabled;          /* --jit=on; off: counters never fire */
    bool optimize;         /* run the optimizer passes (off: fold/CSE only, for tests) */
    bool deopt_stress;     /* PYHYP_JIT_DEOPT_STRESS=1: guards fail at random */
    uint32_t threshold;    /* back-edge count that starts recording (PYHYP_JIT_THRESHOLD) */
    uint32_t max_record;   /* recorded IR instructions before "trace too long" */
    uint32_t max_inline;   /* inlined call depth */
    uint32_t max_aborts;   /* aborts at one loop header before it is blacklisted */
} jit_params_t;

#define JIT_DEFAULT_THRESHOLD 57

extern jit_params_t jit_params;
extern uint32_t jit_threshold; /* the back-edge count that calls jit_backedge_hot (UINT32_MAX: off) */

/* The defaults with the environment applied: PYHYP_JIT=off|on, PYHYP_JIT_THRESHOLD=n,
** PYHYP_JIT_DEOPT_STRESS=1. */
void jit_params_default(jit_params_t *p);

/* Starts the JIT after rt_init (p NULL: jit_params_default). Registers its GC root scanner and the
** version-invalidation hook. Calling it again applies new parameters and drops every trace. */
void jit_init(const jit_params_t *p);

/* jit_init unless the JIT runs already: each VM's start-up calls it, so that the one started
** second (a composed program) keeps the traces of the first. */
void jit_start(const jit_params_t *p);

/* Drops every trace and unregisters what jit_init registered. */
void jit_fini(void);

/* A second thread started: no more recording and no trace runs from now on (the recorder, the
** register stack and the trace tables are not per thread). A trace running now finishes. */
void jit_stop_for_threads(void);

/* ---- The handler context: what the vocabulary operates on in both builds ---- */

struct jit_rec;

typedef struct jit_hctx {
    rt_frame_t *f;         /* the running frame */
    uint32_t pc;           /* the instruction being run; handlers set the next one */
    uint32_t next;         /* the pc after this instruction (the VM's decoder sets it) */
    uint32_t sp;           /* the first free value-stack slot, as an index into f->slots */
    rt_value_t *top;       /* interpreter build: the same slot's address, which its handlers
                           ** move instead of sp (the VM loops keep a pointer); sp is computed
                           ** from it where the JIT or a slow path needs it */
    uint32_t arg[3];       /* decoded operands (greens) */
    rt_value_t ret;        /* the result when the entry frame returns */
    void *vm;              /* the VM's own state */
    struct jit_rec *J;     /* the recorder (recorder build) */
} jit_hctx_t;

/* What a handler (or a trace run) tells the VM's loop. */
typedef enum jit_step {
    JIT_STEP_OK = 0,   /* continue at H->f, H->pc */
    JIT_STEP_ERROR,    /* an exception is pending, raised by the instruction at H->pc */
    JIT_STEP_DONE,     /* the entry frame returned H->ret */
    JIT_STEP_RECORD,   /* recording started: run the recorder build from H->pc */
} jit_step_t;

/* Resumes the interpreter at frame f (f->pc, f->depth: the deoptimized state): the VM sets H from
** f. Called by deoptimization for the innermost restored frame, in the language of that frame. */
typedef void (*jit_resume_fn)(jit_hctx_t *H, rt_frame_t *f);
void jit_set_resume_hook(rt_lang_t lang, jit_resume_fn fn);

/*
** What the JIT calls in each VM besides the resume hook, so that a trace, a recording and a call
** can cross from one language's frames into the other's (lang.c). A frame whose caller is of the
** other language runs in its own VM's loop, entered from C with RT_FRAME_ENTRY: the loops never
** run each other's frames; the recorder, which steps instruction by instruction, does.
*/
typedef struct jit_lang {
    /* Runs one instruction of the VM's recorder build at H (H->f is a frame of this language). */
    jit_step_t (*record_step)(jit_hctx_t *H);
    /* The pc after the call instruction at f->pc. */
    uint32_t (*after_call)(const rt_frame_t *f);
    /* Runs the VM's loop from the innermost frame (its pc and depth; with an exception pending,
    ** the instruction at its pc raised it) until frame `entry` (RT_FRAME_ENTRY) returns: the
    ** result, or RT_NOVALUE with the exception pending. May collect. */
    rt_value_t (*run)(rt_frame_t *entry);
} jit_lang_t;

void jit_set_lang(rt_lang_t lang, const jit_lang_t *l);

/* The bridge's adaptation of a result (RT_NOVALUE: of the pending exception) that a frame of
** language `from` returns to a caller of language `to`. Values that cross unconverted (small
** ints, floats, booleans, null) must come back unchanged: traces return them as they are. */
typedef rt_value_t (*jit_cross_fn)(rt_value_t v, rt_lang_t from, rt_lang_t to);
void jit_set_cross(jit_cross_fn fn);

/* The pc after the call instruction of frame f, whatever its language. */
uint32_t jit_after_call(const rt_frame_t *f);

/* Whether v crosses between the languages as itself (jit_cross_fn's identity cases). */
bool jit_crosses_as_is(rt_value_t v);

/* Brings H back into a frame of base's language: while frames of another language lie between
** base (a frame of the VM loop that calls this) and the innermost frame (after a trace exit, a
** recording that stopped inside an inlined callee, or a call that pushed a frame of the other
** language), runs them in their own VMs (C recursion, one level per crossing), adapts the result
** and delivers it to the caller's call instruction. Returns JIT_STEP_OK with H in base's
** language, or JIT_STEP_ERROR with the (adapted) exception pending at H->pc, the call. H's state
** must be stored in H->f (pc, depth) first. May collect. */
jit_step_t jit_settle(jit_hctx_t *H, rt_frame_t *base);

/* Runs the recorder from H until the recording ends, each instruction in the VM of its frame's
** language (jit_lang_t.record_step); then settles H into base's language (jit_settle). Returns
** JIT_STEP_OK (continue interpreting at H), JIT_STEP_ERROR (an exception is pending at H->pc)
** or JIT_STEP_DONE (the entry frame returned H->ret). */
jit_step_t jit_record(jit_hctx_t *H, rt_frame_t *base);

/* IR value types (the low bits of an instruction's type byte; ir.h adds the flags). */
enum {
    JIT_T_NIL = 0,  /* no value (guards, stores, structure) */
    JIT_T_INT = 1,  /* int64_t */
    JIT_T_FLT = 2,  /* double */
    JIT_T_VAL = 3,  /* rt_value_t: tagged small int or heap pointer (a GC reference) */
    JIT_T_PTR = 4,  /* a raw pointer (code objects, field addresses, C data) */
    JIT_T_BOOL = 5, /* 0 or 1 */
};

/* ---- Field descriptors (J_LOAD / J_STORE make one static descriptor per access site) ---- */

enum {
    JIT_F_SIGNED = 1u << 0, /* integer field, sign-extended */
    JIT_F_REF = 1u << 1,    /* holds a GC reference: stores need the write barrier */
    JIT_F_IMM = 1u << 2,    /* immutable after construction: loads fold on constant objects */
    JIT_F_FLT = 1u << 3,    /* a double */
};

typedef struct jit_field {
    const char *name;       /* "type.field": descriptors of the same name are one alias class */
    uint32_t offset;
    uint8_t size;           /* 1, 2, 4 or 8 */
    uint8_t flags;          /* JIT_F_* */
    uint8_t type;           /* IR type of the loaded value */
    uint16_t id;            /* the interned id (0 until first recorded) */
} jit_field_t;

/* The id of fd's alias class (fd must have static storage). Never allocates from the heap. */
uint16_t jit_field_id(jit_field_t *fd);

/* The type-descriptor word of every heap object (rt_obj_t's header): what J_CLASS_IS loads. */
extern jit_field_t jit_field_desc;
const jit_field_t *jit_field_get(uint16_t id);

/* ---- Helpers: JHELPER(name, ret, EFFECT, (args)) ---- */

/* Effect classes, in increasing strength; JIT_E_RAISE may be ORed in. */
enum {
    JIT_E_PURE = 0,   /* no effect, result depends on the arguments only: foldable, CSE */
    JIT_E_READS = 1,  /* reads memory: CSE up to the next effect */
    JIT_E_WRITES = 2, /* side effects on existing objects */
    JIT_E_ALLOC = 3,  /* allocates (may collect) but changes no existing object */
    JIT_E_FORCE = 4,  /* may re-enter the VM and look at or change the frames */
    JIT_E_CLASS = 7,
    JIT_E_RAISE = 8,  /* may leave an exception pending: follow with J_CHECK_EXC() */
};

#define JIT_HELPER_MAXARGS 6

typedef struct jit_helper {
    const char *name;
    uint64_t (*thunk)(const uint64_t *args); /* calls the helper on raw argument words */
    uint8_t effect;                          /* JIT_E_* */
    uint8_t ret;                             /* IR type of the result */
    uint8_t nargs;
    uint8_t args[JIT_HELPER_MAXARGS];        /* IR types of the arguments */
    uint16_t id;                             /* interned on first use */
} jit_helper_t;

uint16_t jit_helper_id(jit_helper_t *h);
const jit_helper_t *jit_helper_get(uint16_t id);

/*
** Generation from a .def file of JHELPER(name, ret, EFFECT, (T1, ..., Tn)) entries, 1 <= n <= 6,
** types JV JI JF JB JPV (void *). The helper itself is the C function `name` with the C types
** (rt_value_t, int64_t, double, bool, void *); its descriptor is `name##_jhd`.
**   #define JHELPER JIT_HELPER_PROTO   in a header: prototypes and descriptor declarations
**   #define JHELPER JIT_HELPER_DEFINE  in one .c file: thunks and descriptors
**   #define JHELPER J_HELPER_WRAPPER   in a handlers build: typed wrappers jh_##name (jvocab.h)
** then #include the .def and #undef JHELPER. jit/helpers.def is the JIT's own list; each VM keeps
** its own (pyvm/helpers.def, phpvm/helpers.def) and instantiates the three modes itself.
*/
#define JIT_PP_NARG(...) JIT_PP_NARG_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define JIT_PP_NARG_(a, b, c, d, e, f, n, ...) n
#define JIT_PP_CAT(a, b) JIT_PP_CAT_(a, b)
#define JIT_PP_CAT_(a, b) a##b
#define JIT_PP_ID(...) __VA_ARGS__
/* JIT_MAP(M, (A, B)) -> M(0, A), M(1, B) */
#define JIT_MAP(M, args) JIT_MAP_E(JIT_PP_CAT(JIT_MAP_, JIT_PP_NARG args), M, JIT_PP_ID args)
#define JIT_MAP_E(f, ...) f(__VA_ARGS__)
#define JIT_MAP_1(M, a) M(0, a)
#define JIT_MAP_2(M, a, b) M(0, a), M(1, b)
#define JIT_MAP_3(M, a, b, c) M(0, a), M(1, b), M(2, c)
#define JIT_MAP_4(M, a, b, c, d) M(0, a), M(1, b), M(2, c), M(3, d)
#define JIT_MAP_5(M, a, b, c, d, e) M(0, a), M(1, b), M(2, c), M(3, d), M(4, e)
#define JIT_MAP_6(M, a, b, c, d, e, f) M(0, a), M(1, b), M(2, c), M(3, d), M(4, e), M(5, f)

/* The C type, IR type and word conversions of each helper type. */
#define JIT_CT_JV rt_value_t
#define JIT_CT_JI int64_t
#define JIT_CT_JF double
#define JIT_CT_JB bool
#define JIT_CT_JPV void *
#define JIT_IRT_JV JIT_T_VAL
#define JIT_IRT_JI JIT_T_INT
#define JIT_IRT_JF JIT_T_FLT
#define JIT_IRT_JB JIT_T_BOOL
#define JIT_IRT_JPV JIT_T_PTR

static inline uint64_t jit_w_of_JV(rt_value_t v) { return v; }
static inline uint64_t jit_w_of_JI(int64_t v) { return (uint64_t)v; }
static inline uint64_t jit_w_of_JB(bool v) { return v; }
static inline uint64_t jit_w_of_JPV(void *v) { return (uint64_t)(uintptr_t)v; }
static inline uint64_t jit_w_of_JF(double d)
{
    union { double d; uint64_t u; } x = {.d = d};
    return x.u;
}
static inline rt_value_t jit_JV_of_w(uint64_t w) { return w; }
static inline int64_t jit_JI_of_w(uint64_t w) { return (int64_t)w; }
static inline bool jit_JB_of_w(uint64_t w) { return w != 0; }
static inline void *jit_JPV_of_w(uint64_t w) { return (void *)(uintptr_t)w; }
static inline double jit_JF_of_w(uint64_t w)
{
    union { uint64_t u; double d; } x = {.u = w};
    return x.d;
}

#define JIT_HP_CT(i, T) JIT_CT_##T
#define JIT_HP_IRT(i, T) JIT_IRT_##T
#define JIT_HP_UNW(i, T) jit_##T##_of_w(a[i])

#define JIT_HELPER_PROTO(name, ret, eff, args)                                                     \
    JIT_CT_##ret name(JIT_MAP(JIT_HP_CT, args));                                                   \
    extern jit_helper_t name##_jhd;

#define JIT_HELPER_DEFINE(name, ret, eff, args)                                                    \
    static uint64_t name##_jthunk(const uint64_t *a)                                               \
    {                                                                                              \
        return jit_w_of_##ret(name(JIT_MAP(JIT_HP_UNW, args)));                                    \
    }                                                                                              \
    jit_helper_t name##_jhd = {#name, name##_jthunk, (eff), JIT_IRT_##ret, JIT_PP_NARG args,       \
                               {JIT_MAP(JIT_HP_IRT, args)}, 0};

/* The JIT's own helpers. */
#define JHELPER JIT_HELPER_PROTO
#include "jit/helpers.def"
#undef JHELPER

/* ---- The hot paths a VM's interpreter calls ---- */

/* A back-edge counter reached jit_threshold (H->pc is the loop header, H->f the frame): runs the
** loop's trace if it has one (returns OK or ERROR with H resumed after the trace exited), starts
** recording (RECORD: the VM runs its recorder build until jit_rec_active() turns false), or resets
** the counter (OK). May collect (trace exits materialize objects). */
jit_step_t jit_backedge_hot(jit_hctx_t *H, uint32_t counter);

/* ---- The recorder (called by the recorder build of the vocabulary, jvocab_record.h) ---- */

/* Whether a trace is being recorded. */
bool jit_rec_active(void);

/* The VM's recorder loop calls this before each instruction's handler, with H->pc and H->sp set:
** the resume point of the instruction's guards. */
void jit_rec_ins_start(jit_hctx_t *H);

/* Ends recording with a reason logged to jit-abort (no-op when not recording). */
void jit_rec_abort(jit_hctx_t *H, const char *reason);

/* The first and last steps a language's recorder shares: jit_rec_frame_sync stores H->pc and the
** depth into the frame (what a guard and a trace exit resume from), sets H->vm to the frame's code
** and returns the instruction's bytes; jit_rec_nyi ends the recording at an opcode not written in
** the vocabulary ("NYI: opcode NAME") and lets the interpreter run it. */
const uint8_t *jit_rec_frame_sync(jit_hctx_t *H);
jit_step_t jit_rec_nyi(jit_hctx_t *H, const char *opname);

/* Called by jit_fini and tests: abandons any recording. */
void jit_rec_reset(void);

/* Ends the recording, if any, with `reason` logged at the running frame rt_ts->frame: for a
** switch of stacks (a PHP Fiber), which a trace must not span. */
void jit_rec_abort_here(const char *reason);

/*
** The traced operations, one per vocabulary macro (jvocab_record.h is their only caller). Each is
** a no-op returning JIT_REF_NONE when nothing is recorded (after an abort the handler just runs
** on). Refs are IR refs (jit_ref_t in ir.h, uint16_t here to keep that header internal).
*/
uint16_t jit_rec_k(jit_hctx_t *H, unsigned type, uint64_t word);
uint16_t jit_rec_op(jit_hctx_t *H, unsigned op, unsigned type, uint16_t a, uint16_t b);
uint16_t jit_rec_slot_get(jit_hctx_t *H, uint32_t slot);
void jit_rec_slot_set(jit_hctx_t *H, uint32_t slot, uint16_t ref);
void jit_rec_if(jit_hctx_t *H, uint16_t ref, bool outcome);
uint16_t jit_rec_arith_ov(jit_hctx_t *H, unsigned op, uint16_t a, uint16_t b, bool overflowed);
uint16_t jit_rec_promote(jit_hctx_t *H, uint16_t ref, unsigned type, uint64_t word);
uint16_t jit_rec_load_qi(jit_hctx_t *H, rt_version_t *ver, unsigned type, uint64_t word);
uint16_t jit_rec_fload(jit_hctx_t *H, jit_field_t *fd, uint16_t obj);
void jit_rec_fstore(jit_hctx_t *H, jit_field_t *fd, uint16_t obj, uint16_t val);
uint16_t jit_rec_aload(jit_hctx_t *H, unsigned type, uint16_t base, uint16_t idx);
void jit_rec_astore(jit_hctx_t *H, uint16_t obj, uint16_t base, uint16_t idx, uint16_t val,
                    bool barrier);
uint16_t jit_rec_new(jit_hctx_t *H, const rt_type_t *type, size_t size, uint16_t nref);
uint16_t jit_rec_call(jit_hctx_t *H, jit_helper_t *h, const uint16_t *args);
void jit_rec_check_exc(jit_hctx_t *H);
void jit_rec_call_frame(jit_hctx_t *H, rt_code_t *callee, uint16_t coderef, const uint16_t *pre,
                        uint32_t npre, uint32_t nargs, uint32_t ndrop);
void jit_rec_return(jit_hctx_t *H, uint16_t ref, rt_value_t v);
void jit_rec_backedge(jit_hctx_t *H);
void jit_rec_effect_boundary(jit_hctx_t *H);
uint32_t jit_rec_unroll(jit_hctx_t *H, uint32_t n);
void jit_rec_force_frames(jit_hctx_t *H);

/* Tells a running trace that a may-force helper looked at or changed the frames: the trace leaves
** right after the call (GNOTFORCED). Helpers that need the real frames call it. */
void jit_force_frames(void);

/* Statistics for tests and jit-summary. */
typedef struct jit_stats {
    uint32_t traces, aborts, exits, exception_exits, inline_exits, materialized, stress_fails;
    uint32_t trace_runs, rule_violations;
} jit_stats_t;

extern jit_stats_t jit_stats;

#endif
