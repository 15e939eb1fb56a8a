/*
** frame.h: the one contiguous frame stack both languages share (ARCHITECTURE.md section 4).
** A frame is a common header {prev, code, pc, depth, lang, flags, obj} followed by code->nslots
** value slots: the locals, then the value stack. Frames are bump-allocated in the thread's frame
** stack (thread.h): a push is a bounds check, a few stores and zeroing the locals; a pop moves the
** top back. Frames are popped in LIFO order only.
**
** Frame OBJECTS (Python's frame, a generator's saved frame, a traceback's tb_frame, a PHP closure's
** captured scope) are made lazily, when a frame escapes (rt_frame_escape). While its frame is live
** the object reads through to the stack; when an escaped frame is popped, its slots are copied into
** the object, which stays valid for ever after (CPython 3.11's scheme). A Python generator's frame
** is a frame object that rt_frame_suspend fills and rt_frame_resume pushes back onto the stack; a
** PHP generator's is an owned frame that lives in its frame object (rt_frame_own), and that
** rt_frame_link and rt_frame_unlink put into and take out of the chain of frames without a copy.
**
** The GC scans the live part of the stack conservatively (every word of every frame), so the
** interpreters may cache slot pointers and stack pointers in C locals, and stale words above a
** frame's value-stack depth only retain garbage a little longer, never break anything.
*/
#ifndef PYHYP_RT_FRAME_H
#define PYHYP_RT_FRAME_H

#include <assert.h>
#include <stdint.h>
#include <string.h>

#include "runtime/code.h"
#include "runtime/thread.h"

/* Frame flags: the low 8 bits are runtime's, the high 8 bits the VM's. */
enum {
    RT_FRAME_ENTRY = 1u << 0,     /* entered from C: its return goes back to C, not to prev */
    RT_FRAME_GENERATOR = 1u << 1, /* a resumed generator frame (rt_frame_resume) */
    RT_FRAME_ESCAPED = 1u << 2,   /* obj != NULL: a VM's fast return tests flags alone */
    RT_FRAME_OWNED = 1u << 3,     /* lives in its frame object, not on the stack (rt_frame_own) */
    RT_FRAME_LANG_SHIFT = 8,
};

struct rt_frameobj;

typedef struct rt_frame {
    struct rt_frame *prev;   /* the caller (either language), NULL for the outermost */
    rt_code_t *code;
    uint32_t pc;             /* start of the current instruction (the call, while calling out) */
    uint32_t depth;          /* value-stack depth; the VM stores it before anything that can look
                             ** at this frame from outside: calls, suspension, escape, bail-out */
    uint8_t lang;            /* code->lang, copied so walkers need not load code */
    uint8_t caller_lang;     /* rt_ts->lang before the push, restored by the pop */
    uint16_t flags;          /* RT_FRAME_* */
    uint32_t ret;            /* the VM's (rt_frame_push_nested): where its caller resumes */
    struct rt_frameobj *obj; /* the frame object once escaped, else NULL */
    rt_value_t slots[];      /* code->nslots: locals [0, nlocals), value stack after */
} rt_frame_t;

/* The value stack of f: slots past the locals. */
static inline rt_value_t *rt_frame_stack(rt_frame_t *f) { return f->slots + f->code->nlocals; }

/* ---- Push and pop ---- */

/* The slow path of rt_frame_push: records why in ts->overflow and returns NULL. */
rt_frame_t *rt_frame_push_failed(rt_thread_t *ts, rt_code_t *code);

/*
** rt_frame_push without zeroing the locals: for callers that store every one of the
** code->nlocals locals themselves (arguments in place, the rest 0) before anything can look at the
** frame. Inlined everywhere: it is the heart of every call.
*/
static inline __attribute__((always_inline)) rt_frame_t *rt_frame_push_raw(rt_thread_t *ts,
                                                                          rt_code_t *code)
{
    size_t bytes = sizeof(rt_frame_t) + (size_t)code->nslots * sizeof(rt_value_t);
    char *top = ts->stack_top;
    unsigned lang = code->lang;
    if (__builtin_expect(bytes > (size_t)(ts->stack_limit - top) ||
                             ts->depth[lang] >= ts->limit[lang], 0))
        return rt_frame_push_failed(ts, code);
    rt_frame_t *f = (rt_frame_t *)top;
    f->prev = ts->frame;
    f->code = code;
    f->pc = 0;
    f->depth = 0;
    f->lang = (uint8_t)lang;
    f->caller_lang = (uint8_t)ts->lang;
    f->flags = 0;
    f->obj = NULL;
    ts->stack_top = top + bytes;
    ts->frame = f;
    ts->depth[lang]++;
    ts->lang = lang;
    return f;
}

/*
** Pushes a frame for `code` on ts's frame stack and makes it the running frame (ts->lang becomes
** code->lang): pc 0, depth 0, locals 0 (unbound), value stack uninitialised. Returns NULL, with
** nothing pending, when the language's frame limit or the stack's bytes would be exceeded
** (ts->overflow says which): the caller turns that into its language's error with
** rt_frame_raise_overflow. Never allocates from the heap.
*/
static inline rt_frame_t *rt_frame_push(rt_thread_t *ts, rt_code_t *code)
{
    rt_frame_t *f = rt_frame_push_raw(ts, code);
    if (f)
        memset(f->slots, 0, (size_t)code->nlocals * sizeof(rt_value_t));
    return f;
}

/*
** rt_frame_push_raw for a call made by the running frame `caller` (ts->frame) to code of the same
** language `lang` (a constant: the caller's) whose frame count has no limit (PHP's: the stack's
** bytes are its limit), for VMs that store every local themselves: ts->lang stays, and the VM's
** `flags` and `ret` go into the header with it. NULL as rt_frame_push_raw. Pop it with
** rt_frame_pop, or rt_frame_pop_nested.
*/
static inline __attribute__((always_inline)) rt_frame_t *rt_frame_push_nested(
    rt_thread_t *ts, rt_frame_t *caller, rt_code_t *code, rt_lang_t lang, uint16_t flags,
    uint32_t ret)
{
    size_t bytes = sizeof(rt_frame_t) + (size_t)code->nslots * sizeof(rt_value_t);
    char *top = ts->stack_top;
    assert(caller == ts->frame && caller->lang == lang && code->lang == lang &&
           ts->limit[lang] == UINT32_MAX);
    if (__builtin_expect(bytes > (size_t)(ts->stack_limit - top), 0))
        return rt_frame_push_failed(ts, code);
    rt_frame_t *f = (rt_frame_t *)top;
    f->prev = caller;
    f->code = code;
    f->pc = 0;
    f->depth = 0;
    f->lang = (uint8_t)lang;
    f->caller_lang = (uint8_t)lang;
    f->flags = flags;
    f->ret = ret;
    f->obj = NULL;
    ts->stack_top = top + bytes;
    ts->frame = f;
    ts->depth[lang]++;
    return f;
}

/* The slow path of rt_frame_pop for an escaped frame: copies its state into its frame object and
** pops f; an owned frame (RT_FRAME_OWNED) is unlinked instead (rt_frame_unlink). */
void rt_frame_pop_escaped(rt_thread_t *ts, rt_frame_t *f);

/*
** Pops f, which must be the innermost frame; its caller runs again (ts->lang as before the push).
** An escaped frame first hands its slots (locals and f->depth stack values) to its frame object and
** gives that object a link to its caller's frame object (made then: it may allocate and collect);
** a plain frame's pop never allocates.
*/
static inline __attribute__((always_inline)) void rt_frame_pop(rt_thread_t *ts, rt_frame_t *f)
{
    assert(f == ts->frame);
    if (__builtin_expect(f->obj != NULL, 0)) {
        rt_frame_pop_escaped(ts, f);
        return;
    }
    ts->frame = f->prev;
    ts->stack_top = (char *)f;
    ts->depth[f->lang]--;
    ts->lang = f->caller_lang;
}

/* rt_frame_pop of a frame of language `lang` (a constant) that rt_frame_push_nested pushed and
** that never escaped (no RT_FRAME_ESCAPED). */
static inline __attribute__((always_inline)) void rt_frame_pop_nested(rt_thread_t *ts,
                                                                      rt_frame_t *f,
                                                                      rt_lang_t lang)
{
    assert(f == ts->frame && !f->obj && f->lang == lang && f->caller_lang == lang);
    ts->frame = f->prev;
    ts->stack_top = (char *)f;
    ts->depth[lang]--;
}

/*
** Makes the language's error for a failed push of code of language `lang` (the running language
** when it differs is not consulted: the callee's language decides) and returns RT_NOVALUE:
**   Python: RecursionError "maximum recursion depth exceeded" (CPython 3.11's message);
**   PHP:    Error "Maximum call stack size of N bytes reached. Infinite recursion?" (PHP 8.3's
**           zend.max_allowed_stack_size error: PHP 8.2 itself has no limit and crashes).
** Raised through rt_raise with kind RT_EXC_RECURSION, so the VM's hook builds the object. May
** collect.
*/
rt_value_t rt_frame_raise_overflow(rt_thread_t *ts, rt_lang_t lang);

/* Saves the state of every escaped frame above `keep` (exclusive; NULL: all) into its object,
** without allocating and without popping: a fatal bail-out is about to discard those frames, and
** their objects must not read through to reused stack memory. They get no back links. */
void rt_frame_discard_to(rt_thread_t *ts, rt_frame_t *keep);

/* The number of frames on ts's stack (a walk: for tests and diagnostics). */
uint32_t rt_frame_count(const rt_thread_t *ts);

/* ---- Frame objects ---- */

/* Frame-object flags. */
enum {
    RT_FRAMEOBJ_GENERATOR = 1u << 0, /* a generator's frame: no back link when suspended */
    RT_FRAMEOBJ_OWNED = 1u << 1,     /* holds its frame (rt_frame_own): frame is set for ever */
};

typedef struct rt_frameobj {
    rt_obj_t hdr;
    rt_frame_t *frame;          /* the live frame while on the stack, else NULL */
    rt_code_t *code;
    uint32_t pc, depth;         /* the frame's, once it is off the stack */
    uint8_t lang;
    uint8_t unused;
    uint16_t flags;             /* RT_FRAMEOBJ_* */
    uint32_t nsaved;            /* saved[0, nsaved) hold the slots while off the stack */
    struct rt_frameobj *back;   /* off the stack: the caller's frame object (NULL: none/generator) */
    rt_value_t ext;             /* the language's extras (Python: f_locals dict, f_trace); traced */
    rt_value_t saved[];         /* room for code->nslots */
} rt_frameobj_t;

/* One type for frame objects of both languages; pyvm/ and phpvm/ install their slots here. */
extern rt_type_t rt_type_frameobj;

/* f's frame object, made on first call (then f->obj). May collect. Never fails. */
rt_frameobj_t *rt_frame_escape(rt_thread_t *ts, rt_frame_t *f);

/* Copies the state of f (escaped) into its frame object, which stops reading through to the
** stack; f is no longer escaped. Never allocates: also used when a bail-out discards frames. */
static inline void rt_frame_save(rt_frame_t *f)
{
    rt_frameobj_t *o = f->obj;
    uint32_t n = f->code->nlocals + f->depth;
    memcpy(o->saved, f->slots, (size_t)n * sizeof(rt_value_t));
    o->nsaved = n;
    o->pc = f->pc;
    o->depth = f->depth;
    o->frame = NULL;
    gc_write_barrier(o);
    f->obj = NULL;
    f->flags &= (uint16_t)~RT_FRAME_ESCAPED;
}

static inline bool rt_frameobj_live(const rt_frameobj_t *o) { return o->frame != NULL; }

/* The slots as they are now: on the stack while live, the saved copy otherwise. */
static inline rt_value_t *rt_frameobj_slots(rt_frameobj_t *o)
{
    return o->frame ? o->frame->slots : o->saved;
}

static inline uint32_t rt_frameobj_pc(const rt_frameobj_t *o)
{
    return o->frame ? o->frame->pc : o->pc;
}

/* Stores slot i of a frame object (f_locals writes, PHP closures binding by reference). Never
** allocates. */
void rt_frameobj_set_slot(rt_frameobj_t *o, uint32_t i, rt_value_t v);

/* The caller's frame object (Python's f_back): made on demand while live (may collect), the
** recorded link once popped; NULL for the outermost frame and for suspended generators. */
rt_frameobj_t *rt_frameobj_back(rt_thread_t *ts, rt_frameobj_t *o);

/* ---- Generator frames ---- */

/* rt_frame_suspend's first suspension of f: escapes it and marks its object a generator's. May
** collect. */
rt_frameobj_t *rt_frame_suspend_first(rt_thread_t *ts, rt_frame_t *f);

/*
** Suspends f (the innermost frame; f->pc and f->depth already describe where to resume): its slots
** move into its frame object, which is made now if needed and marked a generator frame, and f is
** popped. The generator object of the language keeps the returned frame object. May collect (the
** first time). Inline: generators suspend at every value. (Python's generators; PHP's own their
** frames: rt_frame_own.)
*/
static inline rt_frameobj_t *rt_frame_suspend(rt_thread_t *ts, rt_frame_t *f)
{
    assert(f == ts->frame);
    rt_frameobj_t *o = f->obj;
    if (__builtin_expect(!o || !(o->flags & RT_FRAMEOBJ_GENERATOR), 0))
        o = rt_frame_suspend_first(ts, f);
    rt_frame_save(f);
    rt_frame_pop(ts, f); /* f->obj is NULL now: no detach */
    return o;
}

/*
** Pushes o's frame back onto the stack with the saved slots, pc and depth, flagged
** RT_FRAME_GENERATOR, and makes o live again. NULL on overflow, as rt_frame_push. o must be off
** the stack (a running generator raises "generator already executing" in the VM first). Never
** allocates from the heap. Inline, as rt_frame_suspend.
*/
static inline rt_frame_t *rt_frame_resume(rt_thread_t *ts, rt_frameobj_t *o)
{
    assert(!o->frame);
    rt_frame_t *f = rt_frame_push_raw(ts, o->code); /* the saved slots cover every local */
    if (!f)
        return NULL;
    memcpy(f->slots, o->saved, (size_t)o->nsaved * sizeof(rt_value_t));
    f->pc = o->pc;
    f->depth = o->depth;
    f->flags |= RT_FRAME_GENERATOR | RT_FRAME_ESCAPED;
    f->obj = o;
    o->frame = f;
    o->nsaved = 0; /* the live slots are on the stack now; the stale copy is not traced */
    return f;
}

/* ---- Owned frames ---- */

/*
** Moves f (the innermost frame, on the stack, not escaped; pc and depth stored) into a new frame
** object that holds the frame itself, header and slots, from now on, and pops it from the stack:
** a generator's frame that rt_frame_link runs in place, so that resuming and suspending copy no
** slots. The frame object's frame stays set (rt_frameobj_slots reads the frame's slots); f->obj
** and RT_FRAME_ESCAPED are set, so popping it (rt_frame_pop, at its return) unlinks it. May
** collect.
*/
rt_frameobj_t *rt_frame_own(rt_thread_t *ts, rt_frame_t *f);

/*
** Makes o's owned frame the running frame, called by ts->frame, with no flags but the runtime's
** generator ones (the VM adds its own), and returns it. NULL, as
** rt_frame_push, when the language's frame count is at its limit. While linked, the frame is a
** root that every collection scans (rt_frame_scan_owned). Never allocates.
*/
static inline rt_frame_t *rt_frame_link(rt_thread_t *ts, rt_frameobj_t *o)
{
    rt_frame_t *f = o->frame;
    assert(f->flags & RT_FRAME_OWNED);
    if (__builtin_expect(ts->depth[f->lang] >= ts->limit[f->lang], 0))
        return rt_frame_push_failed(ts, f->code);
    f->prev = ts->frame;
    f->caller_lang = (uint8_t)ts->lang;
    f->flags = RT_FRAME_GENERATOR | RT_FRAME_ESCAPED | RT_FRAME_OWNED; /* as pushed afresh */
    ts->frame = f;
    ts->depth[f->lang]++;
    ts->lang = f->lang;
    return f;
}

/* Unlinks the running owned frame f (the innermost): its caller runs again; the stores made while
** it ran (no write barriers) are recorded at once with its object's card. Never allocates. */
static inline void rt_frame_unlink(rt_thread_t *ts, rt_frame_t *f)
{
    assert(f == ts->frame && (f->flags & RT_FRAME_OWNED));
    ts->frame = f->prev;
    ts->depth[f->lang]--;
    ts->lang = f->caller_lang;
    gc_write_barrier(f->obj);
}

/* Scans the slots of the owned frames in the chain from `top` (the stack's scan does not see
** them): thread roots and stopped coroutines. */
void rt_frame_scan_owned(gc_tracer_t *tracer, const rt_frame_t *top);

#endif
