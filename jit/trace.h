/*
** trace.h: traces, snapshots and the recorder state, internal to jit/. The recorder (record.c)
** fills a jit_rec_t while the VM runs its recorder build; the optimizer passes (fold.c, opt_*.c)
** rewrite its IR; trace.c turns it into a jit_trace_t that the IR interpreter (irinterp.c) runs and
** deoptimization (exit.c) leaves through a snapshot (snap.c).
*/
#ifndef PYHYP_JIT_TRACE_H
#define PYHYP_JIT_TRACE_H

#include "jit/ir.h"
#include "jit/jit.h"

/* ---- Snapshots ---- */

/* One inlined frame of a snapshot, outermost first. */
typedef struct jit_snapframe {
    rt_code_t *code;
    uint32_t pc;      /* where the frame resumes (a caller: its call instruction) */
    uint32_t base;    /* its first slot in the recorder's slot space */
    uint32_t depth;   /* value-stack depth */
    uint8_t lang;
} jit_snapframe_t;

/* One restored slot: slot (recorder slot space) gets the value of ref. */
typedef struct jit_snapent {
    uint32_t slot;
    jit_ref_t ref;
} jit_snapent_t;

/* A snapshot covers the guards from `ref` up to the next snapshot's ref. */
typedef struct jit_snap {
    jit_ref_t ref;
    uint16_t nframes;
    uint32_t frame0, ent0, nent;
    uint32_t count;   /* exits taken */
} jit_snap_t;

typedef struct jit_snapbuf {
    jit_snap_t *snaps;
    jit_snapframe_t *frames;
    jit_snapent_t *ents;
    uint32_t nsnaps, nframes, nents;
    uint32_t capsnaps, capframes, capents;
} jit_snapbuf_t;

void jit_snapbuf_free(jit_snapbuf_t *sb);

/* The snapshot covering guard `ref` (the last one at or before it). */
uint32_t jit_snap_find(const jit_snapbuf_t *sb, jit_ref_t ref);

/* ---- Traces ---- */

typedef struct jit_trace {
    uint32_t number;
    rt_code_t *code;        /* green key: the loop header */
    uint32_t pc;
    uint8_t lang;
    bool mixed_lang;        /* some inlined frame is of another language than the entry */
    bool invalid;           /* a quasi-immutable dependency changed (GNOTINVAL fails) */
    uint32_t entry_sp;      /* value-stack slots in use at the header, as a slot index */
    jit_ir_t ir;
    jit_snapbuf_t sb;
    rt_version_t **deps;    /* the version counters J_LOAD_QI read */
    uint32_t ndeps;
} jit_trace_t;

/* ---- The recorder ---- */

#define JIT_MAX_SLOTS 1024
#define JIT_MAX_LEVELS 16

enum { JIT_SLOT_LOADED = 1, JIT_SLOT_WRITTEN = 2, JIT_SLOT_PINNED = 4 /* restored even if dead */ };

typedef struct jit_slot {
    jit_ref_t ref;
    uint8_t flags;
} jit_slot_t;

/* An inlined frame being recorded. */
typedef struct jit_level {
    rt_code_t *code;
    uint32_t base;          /* first slot in the slot space */
    uint32_t callpc;        /* while a callee records: the call instruction */
    uint32_t calldepth;     /* and the value-stack depth left after the arguments were popped */
} jit_level_t;

typedef struct jit_rec {
    bool active;
    jit_ir_t ir;
    jit_snapbuf_t sb;
    rt_code_t *code;        /* the trace's green key */
    uint32_t pc;
    uint32_t entry_sp;
    rt_frame_t *entry;      /* the runtime frame the trace started in */
    jit_slot_t slots[JIT_MAX_SLOTS];
    jit_level_t lvl[JIT_MAX_LEVELS];
    uint32_t nlevel;        /* levels in use; the current one is nlevel - 1 */
    uint32_t snap_pc;       /* the resume point of the current instruction's guards */
    uint32_t snap_sp;
    bool need_snap;         /* the next guard takes a new snapshot */
    bool effect;            /* this instruction already had an effect (rule 1) */
    bool pending_notforced; /* a may-force call ran: guard GNOTFORCED at the next instruction */
    bool mixed_lang;
    jit_ref_t ins_ref;      /* nins when the current instruction started */
    uint32_t ninsns;        /* bytecode instructions recorded */
    rt_version_t *deps[32];
    uint32_t ndeps;
} jit_rec_t;

extern jit_rec_t *jit_rec;

/* Starts recording at H's loop header (false: the code cannot be traced). */
bool jit_rec_start(jit_hctx_t *H);

/* Counts an abort at (code, pc); enough of them blacklist the header. */
void jit_trace_aborted(rt_code_t *code, uint32_t pc);

/* snap.c: a snapshot of the recorder's current state (shared while need_snap is false). */
void jit_snap_take(jit_rec_t *J);

/* opt_loop.c's copy of snapshot src for the loop body, at ref: its refs substituted, merged with
** the loop snapshot's entries (the iteration-start values) for the slots it does not list. */
void jit_snap_subst(jit_snapbuf_t *sb, uint32_t src, const jit_ref_t *subst, uint32_t loopsnap,
                    jit_ref_t ref);

/* fold.c: emits op through constant folding, algebraic rules, guard elimination, the heap cache
** and CSE. Returns the ref of the result (maybe an older instruction or a constant); for a guard
** proven always true, JIT_REF_NONE. */
jit_ref_t jit_fold_emit(jit_ir_t *ir, unsigned op, unsigned t, jit_ref_t a, jit_ref_t b);

/* opt_mem.c: the heap cache consulted by fold.c. Each returns a ref to use instead of emitting,
** or NONE. */
jit_ref_t jit_opt_mem_fload(jit_ir_t *ir, jit_ref_t obj, uint16_t fid);
jit_ref_t jit_opt_mem_aload(jit_ir_t *ir, jit_ref_t aref);

/* opt_guard.c: whether a guard is implied by facts (known class, integer bounds). */
bool jit_opt_guard_redundant(jit_ir_t *ir, unsigned op, jit_ref_t a, jit_ref_t b);

/* opt_loop.c: peels the recorded iteration and closes the loop with PHIs; false if it cannot. */
bool jit_opt_loop(jit_rec_t *J);

/* opt_dce.c: removes unused pure instructions; opt_sink.c: marks non-escaping allocations and
** their stores JIT_T_SUNK. */
void jit_opt_dce(jit_ir_t *ir, const jit_snapbuf_t *sb);
void jit_opt_sink(jit_ir_t *ir, const jit_snapbuf_t *sb);

/* trace.c: makes a trace of the finished recording and registers it at its loop header. */
void jit_trace_finish(jit_rec_t *J);

/* The trace registered at (code, pc), or NULL. */
jit_trace_t *jit_trace_lookup(const rt_code_t *code, uint32_t pc);

/* Traces made so far, in order (tests look at their IR). */
uint32_t jit_trace_count(void);
jit_trace_t *jit_trace_get(uint32_t i);

/* irinterp.c: runs T from its entry in frame f; returns the guard ref it left through. regs is
** the register file (T->ir's refs), kept where the collector scans it. */
jit_ref_t jit_irinterp_run(jit_trace_t *T, rt_frame_t *f, uint64_t *regs);

/* Stores v into the field fd describes at address p (FSTORE, and materialization at exits). */
void jit_irinterp_store_field(const jit_field_t *fd, uintptr_t p, uint64_t v);

/* exit.c: leaves T through the snapshot of guard gref: rebuilds the frames of every inlined level,
** materializes sunk allocations, and resumes the innermost frame's VM. May collect. */
jit_step_t jit_exit(jit_hctx_t *H, jit_trace_t *T, jit_ref_t gref, uint64_t *regs,
                    rt_frame_t *entry);

/* The value a snapshot ref stands for at an exit (constants, registers, sunk allocations). */
uint64_t jit_exit_value(jit_trace_t *T, jit_ref_t ref, jit_ref_t gref, uint64_t *regs);

/* Logging: an abort of the trace of loop header (code, pc) at instruction (at, atpc). */
void jit_log_abort(const rt_code_t *code, uint32_t pc, const rt_code_t *at, uint32_t atpc,
                   const char *reason);

#endif
