/*
** code.h: language-neutral code objects (ARCHITECTURE.md section 4, JIT.md "Snapshots").
** A code object is one compiled function body of either language: its bytecode (each VM defines
** its own opcodes and operand encoding), constants, names, frame size, and the per-pc tables the
** JIT reads (line, value-stack depth, liveness of locals, hotness counters). The green key of a
** trace is (lang, code, pc), pc being a byte offset into the bytecode.
**
** Language extras: a VM embeds rt_code_t as the FIRST member of its own code struct and gives it a
** type descriptor of its own whose trace function calls rt_code_trace, then visits its extra fields
** (rt_code_builder_finish allocates the VM's size with the VM's type). So the JIT reads the common
** fields at fixed offsets from any code object, and a VM reaches its extras with a plain cast.
**
** A finished code object is immutable except for its hotness counters (which hold no references and
** need no write barrier) and the flag bits the JIT owns (RT_CODE_NOJIT).
*/
#ifndef PYHYP_RT_CODE_H
#define PYHYP_RT_CODE_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/arena.h"
#include "runtime/map.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/vec.h"

/* The language of a code object, a frame, a traceback entry. NONE: runtime code outside any VM. */
typedef enum rt_lang {
    RT_LANG_NONE = 0,
    RT_LANG_PY = 1,
    RT_LANG_PHP = 2,
    RT_LANG_COUNT = 3
} rt_lang_t;

/* Flags of a code object: the low 16 bits are runtime's, the high 16 bits the owning VM's own. */
enum {
    RT_CODE_GENERATOR = 1u << 0, /* frames of this code may be suspended (rt_frame_suspend) */
    RT_CODE_NOJIT = 1u << 1,     /* the JIT gave up on this code: do not count or trace it */
    RT_CODE_LANG_SHIFT = 16,     /* VM-specific flags: (bits << RT_CODE_LANG_SHIFT) */
};

/* A checkpoint of the line table: after the entry that starts at `pc`, the line is `line` and the
** next entry starts at byte `offset` of the table. */
typedef struct rt_code_linechk {
    uint32_t pc;
    int32_t line;
    uint32_t offset;
} rt_code_linechk_t;

/* A hotness counter of a back-edge target (a loop header). */
typedef struct rt_code_backedge {
    uint32_t target;  /* pc the backward jumps land on */
    uint32_t count;   /* incremented by the interpreter; the JIT compares and resets it */
} rt_code_backedge_t;

/*
** The common part of every code object. Slots of a frame of this code: [0, nlocals) are the locals
** (the VM decides their order: parameters first, cells, temporaries), [nlocals, nslots) the value
** stack. The table pointers point into `blob`, one pointer-free heap object kept alive by this
** object (the heap never moves, so the pointers stay valid): the JIT may read them directly.
*/
typedef struct rt_code {
    rt_obj_t hdr;
    uint8_t lang;               /* rt_lang_t */
    uint8_t unused[3];
    uint32_t flags;             /* RT_CODE_*; the VM's own bits above RT_CODE_LANG_SHIFT */
    uint32_t nlocals;
    uint32_t nstack;            /* maximum value-stack depth */
    uint32_t nslots;            /* nlocals + nstack: the slots of a frame */
    uint32_t len;               /* bytes of bytecode */
    uint32_t ninsns;            /* instructions */
    int32_t firstline;
    uint32_t entry_count;       /* hotness: incremented at each call by the interpreter */
    uint32_t nbackedges;
    uint32_t lwords;            /* 64-bit words per liveness row: (nlocals + 63) / 64 */
    uint32_t nlinechk;          /* checkpoints of the line table */
    uint32_t nlinebytes;        /* bytes of the line table */
    rt_str_t *name;             /* the function's name ("<module>", "{main}", ...) */
    rt_str_t *qualname;         /* Python's __qualname__; PHP's Class::method; else name */
    rt_str_t *filename;
    rt_tuple_t *consts;         /* the constants, in rt_code_builder_const order */
    rt_tuple_t *names;          /* interned strings, in rt_code_builder_name order */
    void *blob;                 /* the storage of everything below (traced) */
    const uint8_t *bytecode;    /* len bytes */
    const uint64_t *starts;     /* bit pc set iff an instruction starts at pc */
    const uint32_t *rank;       /* rank[w]: instructions starting before pc 64 * w */
    const uint16_t *depth;      /* per instruction: value-stack depth before it runs */
    const uint64_t *live;       /* per instruction: lwords words; bit i = local i is live */
    const uint8_t *linetable;   /* (pc delta, line delta) varint pairs, one per line change */
    const rt_code_linechk_t *linechk; /* every 16th entry, for binary search */
    rt_code_backedge_t *backedges;    /* nbackedges counters, indexed as the builder numbered them */
} rt_code_t;

extern rt_type_t rt_type_code; /* a code object with no extras (tests, runtime-made code) */

/* Visits the references of the common part; a VM's code type calls it from its trace function. */
void rt_code_trace(gc_tracer_t *tracer, void *obj);

/* ---- Reading (none of these allocates or fails) ---- */

/* The index of the instruction starting at pc, or -1 when none starts there (pc < len). O(1). */
static inline int64_t rt_code_insn_index(const rt_code_t *c, uint32_t pc)
{
    if (pc >= c->len)
        return -1;
    uint64_t word = c->starts[pc >> 6];
    uint64_t bit = (uint64_t)1 << (pc & 63);
    if (!(word & bit))
        return -1;
    return (int64_t)c->rank[pc >> 6] + __builtin_popcountll(word & (bit - 1));
}

/* The value-stack depth before the instruction at pc runs; pc must start an instruction. */
static inline uint32_t rt_code_depth_at(const rt_code_t *c, uint32_t pc)
{
    return c->depth[rt_code_insn_index(c, pc)];
}

/* The liveness row (lwords words; bit i = local i may be read later) before the instruction at pc;
** pc must start an instruction. Value-stack slots below the depth are always live. */
static inline const uint64_t *rt_code_live_at(const rt_code_t *c, uint32_t pc)
{
    return c->live + (size_t)rt_code_insn_index(c, pc) * c->lwords;
}

static inline bool rt_code_local_live(const rt_code_t *c, uint32_t pc, uint32_t slot)
{
    return (rt_code_live_at(c, pc)[slot >> 6] >> (slot & 63)) & 1;
}

/* The source line of the instruction containing pc (any pc < len): O(log n) over the checkpoints
** plus at most 15 decoded entries. 0 when the compiler recorded no line there. */
int32_t rt_code_line(const rt_code_t *c, uint32_t pc);

/* The counter of back-edge target `target` (a pc), or NULL when no backward jump lands there.
** Linear in the (small) table; the interpreter uses the index the builder returned instead. */
rt_code_backedge_t *rt_code_backedge_find(rt_code_t *c, uint32_t target);

/* Where a frame of this code is at pc: file, line, function name (tracebacks, profiles). */
typedef struct rt_code_loc {
    rt_str_t *filename;
    rt_str_t *name;
    rt_str_t *qualname;
    int32_t line;
} rt_code_loc_t;

rt_code_loc_t rt_code_location(const rt_code_t *c, uint32_t pc);

/* ---- Building ---- */

/* An instruction's flags, given to rt_code_builder_insn. */
enum {
    RT_INSN_NOFALL = 1u << 0, /* control never reaches the next instruction (jump, return, raise) */
};

#define RT_CODE_NO_LABEL   UINT32_MAX /* rt_code_builder_handler: no exception handler */
#define RT_CODE_NO_COUNTER UINT32_MAX /* rt_code_builder_jump: the jump is not backward */

/*
** A code builder, used by the bytecode compilers. The builder lives on the C stack (or in a
** registered root), as rt_strbuf does: the heap objects it collects (constants, names) are kept
** alive only through its fields. Its tables live in the compiler's arena, so an abandoned builder
** needs no cleanup.
**
** Protocol, per instruction:
**   rt_code_builder_bind(b, label)          labels that land here (any number)
**   rt_code_builder_insn(b, line, depth, f) starts an instruction at the current pc
**   rt_code_builder_use / _def (b, slot)    locals it reads / writes (for liveness)
**   rt_code_builder_jump(b, label)          each label it may jump to
**   rt_code_builder_emit*(b, ...)           its bytes, in the VM's own encoding
** then rt_code_builder_finish. Jump operands are the VM's business: note the operand's pc, and
** rt_code_builder_patch it once the target label is bound (rt_code_builder_label_pc).
** Only init, const, name and finish touch the heap (they may collect); the rest never collect.
** Nothing fails: arena or malloc exhaustion aborts, the heap limit bails out (rt_fatal_oom).
*/
typedef struct rt_code_builder_insn rt_code_builder_insn_t;
typedef struct rt_code_builder_event rt_code_builder_event_t;

typedef struct rt_code_builder {
    rt_arena_t *arena;
    rt_lang_t lang;
    uint32_t nlocals;
    uint8_t *bytes;
    uint32_t len, cap;
    rt_code_builder_insn_t *insns;
    uint32_t ninsns, insns_cap;
    rt_code_builder_event_t *events; /* uses, defs, jumps, in emission order */
    uint32_t nevents, events_cap;
    uint32_t *labels;                /* the pc each label is bound at, or UINT32_MAX */
    uint32_t nlabels, labels_cap;
    uint32_t *backedges;             /* target pcs of backward jumps, in counter order */
    uint32_t nbackedges, backedges_cap;
    uint64_t *pinned;                /* locals live everywhere (rt_code_builder_pin) */
    uint32_t handler;                /* current exception-handler label */
    uint32_t nstack;                 /* maximum depth seen */
    rt_vec_t *consts;                /* heap: kept alive by this field */
    rt_vec_t *names;
    rt_map_t *name_index;            /* name -> index in names */
} rt_code_builder_t;

/* Starts building code of language `lang` with `nlocals` locals. Tables go into `arena`. May
** collect. */
void rt_code_builder_init(rt_code_builder_t *b, rt_arena_t *arena, rt_lang_t lang,
                          uint32_t nlocals);

/* The pc the next emitted byte will get. */
static inline uint32_t rt_code_builder_pc(const rt_code_builder_t *b) { return b->len; }

/* A new unbound label. Never collects. */
uint32_t rt_code_builder_label(rt_code_builder_t *b);

/* Binds `label` to the current pc; the next rt_code_builder_insn starts its target instruction. */
void rt_code_builder_bind(rt_code_builder_t *b, uint32_t label);

/* The pc a bound label landed on (UINT32_MAX while unbound). */
uint32_t rt_code_builder_label_pc(const rt_code_builder_t *b, uint32_t label);

/* Starts an instruction at the current pc: its source line (0 for none), the value-stack depth
** before it runs, RT_INSN_* flags. */
void rt_code_builder_insn(rt_code_builder_t *b, int32_t line, uint32_t depth, uint32_t flags);

/* Lowers the locals to the first n: a VM that reserved locals (temporaries) before compiling a
** body gives back those no instruction used, so that calls need not clear them. */
void rt_code_builder_trim_locals(rt_code_builder_t *b, uint32_t n);
/* The current instruction reads / writes local `slot` (< nlocals). */
void rt_code_builder_use(rt_code_builder_t *b, uint32_t slot);
void rt_code_builder_def(rt_code_builder_t *b, uint32_t slot);

/* Marks locals [first, first + n) live at every pc: locals a language can observe at any time
** (Python's named locals, seen by locals(), frame.f_locals and tracebacks). */
void rt_code_builder_pin(rt_code_builder_t *b, uint32_t first, uint32_t n);

/* The current instruction may jump to `label`. Returns the index of the hotness counter of the
** target when the jump is backward (the label is already bound at or before this instruction;
** one counter per target pc), else RT_CODE_NO_COUNTER. The VM may encode the index in the jump's
** operand so that its back-edge handler finds the counter in O(1). */
uint32_t rt_code_builder_jump(rt_code_builder_t *b, uint32_t label);

/* Exceptions raised by the instructions started from now on go to `label` (RT_CODE_NO_LABEL:
** to the caller). Liveness treats the handler as a successor of each such instruction. */
void rt_code_builder_handler(rt_code_builder_t *b, uint32_t label);

/* Appends bytes of the current instruction. */
void rt_code_builder_emit(rt_code_builder_t *b, const void *bytes, size_t n);
static inline void rt_code_builder_emit_u8(rt_code_builder_t *b, uint8_t x)
{
    rt_code_builder_emit(b, &x, 1);
}

/* Overwrites n already emitted bytes at pc (jump operands). */
void rt_code_builder_patch(rt_code_builder_t *b, uint32_t pc, const void *bytes, size_t n);

/* Makes the value stack at least `n` slots deep (for depths no instruction start records). */
void rt_code_builder_reserve_stack(rt_code_builder_t *b, uint32_t n);

/* Appends a constant and returns its index. No deduplication: equality of constants is the
** language's (Python keeps 1, 1.0 and True apart), so the compiler dedupes. May collect. */
uint32_t rt_code_builder_const(rt_code_builder_t *b, rt_value_t v);

/* The index of name s (interned here; a str), adding it the first time. May collect. */
uint32_t rt_code_builder_name(rt_code_builder_t *b, rt_str_t *s);

/* What finish needs besides the builder. type/size: the VM's code type and struct size (NULL/0:
** rt_type_code, sizeof(rt_code_t)); the extras beyond rt_code_t are zero for the VM to fill. */
typedef struct rt_code_desc {
    const rt_type_t *type;
    size_t size;
    rt_str_t *name, *qualname, *filename; /* qualname NULL: name */
    int32_t firstline;
    uint32_t flags;
} rt_code_desc_t;

/*
** Makes the code object: computes the liveness of locals (backward data flow over the recorded
** jumps, fallthroughs and handlers), encodes the line table, and copies everything into the heap.
** Every label a jump names must be bound; every byte must belong to an instruction. May collect.
** The builder must not be used afterwards.
*/
rt_code_t *rt_code_builder_finish(rt_code_builder_t *b, const rt_code_desc_t *desc);

#endif
