/*
** code.c: code objects and their builder (code.h).
** The builder records instructions, local uses and definitions, jumps and handlers as the compiler
** emits them (in the compiler's arena); finish runs a backward liveness analysis over that record,
** encodes the line table, and lays every pointer-free table out in one heap "blob" object, so a code
** object costs four allocations (itself, the blob, the two tuples) and no C-heap memory.
**
** Line table: one entry per change of line, a (pc delta, zigzag line delta) pair of LEB128 varints:
** 2 bytes per line change on typical code (CPython 3.11 spends about 9, as it also keeps columns);
** every 16th entry is also a checkpoint {pc, line, offset} (12 bytes), so a lookup is a binary
** search plus at most 15 decodes.
*/
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/code.h"

struct rt_code_builder_insn {
    uint32_t pc;
    int32_t line;
    uint32_t depth;
    uint32_t flags;
    uint32_t handler;     /* label, or RT_CODE_NO_LABEL */
    uint32_t first_event; /* its events are [first_event, next insn's first_event) */
};

enum { EV_USE, EV_DEF, EV_JUMP };

struct rt_code_builder_event {
    uint32_t kind;
    uint32_t arg; /* slot or label */
};

enum { LINECHK_EVERY = 16 };

void rt_code_trace(gc_tracer_t *tracer, void *obj)
{
    rt_code_t *c = obj;
    gc_visit_ptr(tracer, c->name);
    gc_visit_ptr(tracer, c->qualname);
    gc_visit_ptr(tracer, c->filename);
    gc_visit_ptr(tracer, c->consts);
    gc_visit_ptr(tracer, c->names);
    gc_visit_ptr(tracer, c->blob);
}

rt_type_t rt_type_code = RT_TYPE_INIT("code", rt_code_trace, NULL, 0);

/* The blob: raw tables, no references. Not immutable: the hotness counters live in it. */
typedef struct code_blob {
    rt_obj_t hdr;
    uint64_t data[];
} code_blob_t;

static rt_type_t type_code_blob = RT_TYPE_INIT("code-tables", NULL, NULL, 0);

/* ---- Builder ---------------------------------------------------------------------------- */

/* Grows an arena array *arr of *cap elements of `size` bytes to hold at least `need`. */
static void grow(rt_arena_t *a, void **arr, uint32_t *cap, uint32_t need, size_t size)
{
    if (need <= *cap)
        return;
    uint32_t ncap = *cap ? *cap : 16;
    while (ncap < need)
        ncap *= 2;
    *arr = rt_arena_grow(a, *arr, (size_t)*cap * size, (size_t)ncap * size);
    *cap = ncap;
}

#define GROW(b, arr, cap, need) grow((b)->arena, (void **)&(b)->arr, &(b)->cap, (need), sizeof *(b)->arr)

static uint32_t words_for(uint32_t bits) { return (bits + 63) / 64; }

void rt_code_builder_init(rt_code_builder_t *b, rt_arena_t *arena, rt_lang_t lang, uint32_t nlocals)
{
    memset(b, 0, sizeof *b);
    b->arena = arena;
    b->lang = lang;
    b->nlocals = nlocals;
    b->handler = RT_CODE_NO_LABEL;
    b->pinned = rt_arena_zalloc(arena, (words_for(nlocals) + 1) * sizeof(uint64_t));
    b->consts = rt_vec_new(0);
    b->names = rt_vec_new(0);
    b->name_index = rt_map_new(0);
}

uint32_t rt_code_builder_label(rt_code_builder_t *b)
{
    GROW(b, labels, labels_cap, b->nlabels + 1);
    b->labels[b->nlabels] = UINT32_MAX;
    return b->nlabels++;
}

void rt_code_builder_bind(rt_code_builder_t *b, uint32_t label)
{
    assert(label < b->nlabels && b->labels[label] == UINT32_MAX);
    b->labels[label] = b->len;
}

uint32_t rt_code_builder_label_pc(const rt_code_builder_t *b, uint32_t label)
{
    return b->labels[label];
}

void rt_code_builder_insn(rt_code_builder_t *b, int32_t line, uint32_t depth, uint32_t flags)
{
    assert(b->ninsns == 0 ? b->len == 0 : b->insns[b->ninsns - 1].pc < b->len);
    GROW(b, insns, insns_cap, b->ninsns + 1);
    b->insns[b->ninsns++] = (rt_code_builder_insn_t){
        .pc = b->len, .line = line, .depth = depth, .flags = flags, .handler = b->handler,
        .first_event = b->nevents};
    if (depth > b->nstack)
        b->nstack = depth;
}

static void add_event(rt_code_builder_t *b, uint32_t kind, uint32_t arg)
{
    assert(b->ninsns > 0);
    GROW(b, events, events_cap, b->nevents + 1);
    b->events[b->nevents++] = (rt_code_builder_event_t){kind, arg};
}

void rt_code_builder_trim_locals(rt_code_builder_t *b, uint32_t n)
{
    assert(n <= b->nlocals);
    for (uint32_t i = 0; i < b->nevents; i++)
        assert(b->events[i].kind == EV_JUMP || b->events[i].arg < n);
    b->nlocals = n;
}

void rt_code_builder_use(rt_code_builder_t *b, uint32_t slot)
{
    assert(slot < b->nlocals);
    add_event(b, EV_USE, slot);
}

void rt_code_builder_def(rt_code_builder_t *b, uint32_t slot)
{
    assert(slot < b->nlocals);
    add_event(b, EV_DEF, slot);
}

void rt_code_builder_pin(rt_code_builder_t *b, uint32_t first, uint32_t n)
{
    assert(first + n <= b->nlocals);
    for (uint32_t s = first; s < first + n; s++)
        b->pinned[s >> 6] |= (uint64_t)1 << (s & 63);
}

uint32_t rt_code_builder_jump(rt_code_builder_t *b, uint32_t label)
{
    assert(label < b->nlabels);
    add_event(b, EV_JUMP, label);
    uint32_t target = b->labels[label];
    if (target == UINT32_MAX || target > b->insns[b->ninsns - 1].pc)
        return RT_CODE_NO_COUNTER;
    for (uint32_t i = 0; i < b->nbackedges; i++)
        if (b->backedges[i] == target)
            return i;
    GROW(b, backedges, backedges_cap, b->nbackedges + 1);
    b->backedges[b->nbackedges] = target;
    return b->nbackedges++;
}

void rt_code_builder_handler(rt_code_builder_t *b, uint32_t label)
{
    assert(label == RT_CODE_NO_LABEL || label < b->nlabels);
    b->handler = label;
}

void rt_code_builder_emit(rt_code_builder_t *b, const void *bytes, size_t n)
{
    assert(b->ninsns > 0);
    GROW(b, bytes, cap, b->len + (uint32_t)n);
    memcpy(b->bytes + b->len, bytes, n);
    b->len += (uint32_t)n;
}

void rt_code_builder_patch(rt_code_builder_t *b, uint32_t pc, const void *bytes, size_t n)
{
    assert(pc + n <= b->len);
    memcpy(b->bytes + pc, bytes, n);
}

void rt_code_builder_reserve_stack(rt_code_builder_t *b, uint32_t n)
{
    if (n > b->nstack)
        b->nstack = n;
}

uint32_t rt_code_builder_const(rt_code_builder_t *b, rt_value_t v)
{
    rt_vec_append(b->consts, v);
    return (uint32_t)(rt_vec_len(b->consts) - 1);
}

uint32_t rt_code_builder_name(rt_code_builder_t *b, rt_str_t *s)
{
    s = rt_str_intern(s);
    rt_value_t known = rt_map_get_str(b->name_index, s);
    if (known != RT_NOVALUE)
        return (uint32_t)rt_small_value(known);
    uint32_t index = (uint32_t)rt_vec_len(b->names);
    rt_vec_append(b->names, rt_from_ptr(s));
    rt_map_set_str(b->name_index, s, rt_small(index));
    return index;
}

/* ---- Liveness --------------------------------------------------------------------------- */

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fprintf(stderr, "pyhyp: out of memory computing liveness\n");
        abort();
    }
    return p;
}

/* The instruction starting at pc (which must start one), or ninsns for pc == len (falls off the
** end: nothing is live there). Binary search over the instructions, which are in pc order. */
static uint32_t insn_at(const rt_code_builder_t *b, uint32_t pc)
{
    uint32_t lo = 0, hi = b->ninsns;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (b->insns[mid].pc < pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    assert(lo == b->ninsns ? pc == b->len : b->insns[lo].pc == pc);
    return lo;
}

/*
** Writes live-in sets into out[ninsns * lwords]: live_in(i) = pinned | use(i) | (live_out(i) &
** ~def(i)) | live_in(handler(i)), live_out(i) = union of live_in of its successors (the next
** instruction unless NOFALL, its jump targets). The handler is joined unmasked because an
** exception may leave before the instruction's definitions happen. Round-robin in reverse order to
** the fixed point; row ninsns of the scratch array is the empty set after the end.
*/
static void compute_liveness(const rt_code_builder_t *b, uint64_t *out)
{
    uint32_t n = b->ninsns, lw = words_for(b->nlocals);
    if (lw == 0)
        return;
    uint64_t *use = xcalloc((size_t)n * lw, sizeof(uint64_t));
    uint64_t *def = xcalloc((size_t)n * lw, sizeof(uint64_t));
    uint64_t *in = xcalloc(((size_t)n + 1) * lw, sizeof(uint64_t));
    uint32_t *label_insn = xcalloc(b->nlabels, sizeof(uint32_t));
    for (uint32_t l = 0; l < b->nlabels; l++)
        label_insn[l] = b->labels[l] == UINT32_MAX ? n : insn_at(b, b->labels[l]);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t end = i + 1 < n ? b->insns[i + 1].first_event : b->nevents;
        for (uint32_t e = b->insns[i].first_event; e < end; e++) {
            const rt_code_builder_event_t *ev = &b->events[e];
            uint64_t bit = (uint64_t)1 << (ev->arg & 63);
            /* A use counts even when the same instruction also defines the slot: the order of
            ** the two inside one instruction is not recorded, so assume the read comes first. */
            if (ev->kind == EV_USE)
                use[(size_t)i * lw + (ev->arg >> 6)] |= bit;
            else if (ev->kind == EV_DEF)
                def[(size_t)i * lw + (ev->arg >> 6)] |= bit;
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = n; i-- > 0;) {
            const rt_code_builder_insn_t *ins = &b->insns[i];
            uint32_t end = i + 1 < n ? b->insns[i + 1].first_event : b->nevents;
            uint32_t h = ins->handler == RT_CODE_NO_LABEL ? n : label_insn[ins->handler];
            for (uint32_t w = 0; w < lw; w++) {
                uint64_t o = (ins->flags & RT_INSN_NOFALL) ? 0 : in[(size_t)(i + 1) * lw + w];
                for (uint32_t e = ins->first_event; e < end; e++)
                    if (b->events[e].kind == EV_JUMP)
                        o |= in[(size_t)label_insn[b->events[e].arg] * lw + w];
                uint64_t v = b->pinned[w] | use[(size_t)i * lw + w] |
                             (o & ~def[(size_t)i * lw + w]) | in[(size_t)h * lw + w];
                if (v != in[(size_t)i * lw + w]) {
                    in[(size_t)i * lw + w] = v;
                    changed = true;
                }
            }
        }
    }
    memcpy(out, in, (size_t)n * lw * sizeof(uint64_t));
    free(use);
    free(def);
    free(in);
    free(label_insn);
}

/* ---- Line table ------------------------------------------------------------------------- */

static size_t put_varint(uint8_t *p, uint64_t x)
{
    size_t n = 0;
    do {
        uint8_t byte = x & 0x7f;
        x >>= 7;
        p[n++] = byte | (x ? 0x80 : 0);
    } while (x);
    return n;
}

static uint64_t get_varint(const uint8_t **p)
{
    uint64_t x = 0;
    for (unsigned shift = 0;; shift += 7) {
        uint8_t byte = *(*p)++;
        x |= (uint64_t)(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return x;
    }
}

static uint64_t zigzag(int64_t v) { return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63); }
static int64_t unzigzag(uint64_t u) { return (int64_t)(u >> 1) ^ -(int64_t)(u & 1); }

/* Encodes the line table into out and its checkpoints into chk (both NULL: only measure); returns
** the encoded bytes and sets *nchk to the number of checkpoints. */
static size_t encode_lines(const rt_code_builder_t *b, uint8_t *out, rt_code_linechk_t *chk,
                           uint32_t *nchk)
{
    uint8_t scratch[10];
    size_t n = 0;
    uint32_t k = 0, last_pc = 0;
    int32_t last_line = 0;
    for (uint32_t i = 0; i < b->ninsns; i++) {
        const rt_code_builder_insn_t *ins = &b->insns[i];
        if (i > 0 && ins->line == b->insns[i - 1].line)
            continue;
        if (k > 0) {
            n += put_varint(out ? out + n : scratch, ins->pc - last_pc);
            n += put_varint(out ? out + n : scratch, zigzag((int64_t)ins->line - last_line));
        }
        if (chk && k % LINECHK_EVERY == 0)
            chk[k / LINECHK_EVERY] = (rt_code_linechk_t){ins->pc, ins->line, (uint32_t)n};
        k++;
        last_pc = ins->pc;
        last_line = ins->line;
    }
    *nchk = (k + LINECHK_EVERY - 1) / LINECHK_EVERY;
    return n;
}

/* ---- Finishing -------------------------------------------------------------------------- */

/* Reserves `bytes` at *off, keeping every table 8-byte aligned; returns where it starts. */
static size_t place(size_t *off, size_t bytes)
{
    size_t at = *off;
    *off = (at + bytes + 7) & ~(size_t)7;
    return at;
}

rt_code_t *rt_code_builder_finish(rt_code_builder_t *b, const rt_code_desc_t *desc)
{
    uint32_t n = b->ninsns, lw = words_for(b->nlocals), sw = words_for(b->len), nchk;
    assert(n > 0 && b->insns[n - 1].pc < b->len);
    size_t nlinebytes = encode_lines(b, NULL, NULL, &nchk);
    size_t off = 0;
    size_t o_bc = place(&off, b->len), o_starts = place(&off, (size_t)sw * 8),
           o_rank = place(&off, (size_t)sw * 4), o_depth = place(&off, (size_t)n * 2),
           o_live = place(&off, (size_t)n * lw * 8),
           o_be = place(&off, b->nbackedges * sizeof(rt_code_backedge_t)),
           o_chk = place(&off, nchk * sizeof(rt_code_linechk_t)), o_lt = place(&off, nlinebytes);

    rt_tuple_t *consts = rt_tuple_from(rt_vec_items(b->consts), rt_vec_len(b->consts));
    rt_tuple_t *names = rt_tuple_from(rt_vec_items(b->names), rt_vec_len(b->names));
    code_blob_t *blob = rt_alloc(&type_code_blob, sizeof(code_blob_t) + off);
    char *base = (char *)blob->data;
    memcpy(base + o_bc, b->bytes, b->len);
    uint64_t *starts = (uint64_t *)(base + o_starts);
    uint32_t *rank = (uint32_t *)(base + o_rank);
    uint16_t *depth = (uint16_t *)(base + o_depth);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t pc = b->insns[i].pc;
        starts[pc >> 6] |= (uint64_t)1 << (pc & 63);
        assert(b->insns[i].depth <= UINT16_MAX);
        depth[i] = (uint16_t)b->insns[i].depth;
    }
    for (uint32_t w = 0, total = 0; w < sw; w++) {
        rank[w] = total;
        total += (uint32_t)__builtin_popcountll(starts[w]);
    }
    compute_liveness(b, (uint64_t *)(base + o_live));
    rt_code_backedge_t *be = (rt_code_backedge_t *)(base + o_be);
    for (uint32_t i = 0; i < b->nbackedges; i++)
        be[i] = (rt_code_backedge_t){b->backedges[i], 0};
    encode_lines(b, (uint8_t *)(base + o_lt), (rt_code_linechk_t *)(base + o_chk), &nchk);

    assert(!desc->size || desc->size >= sizeof(rt_code_t));
    rt_code_t *c = rt_alloc(desc->type ? desc->type : &rt_type_code,
                            desc->size ? desc->size : sizeof(rt_code_t));
    c->lang = (uint8_t)b->lang;
    c->flags = desc->flags;
    c->nlocals = b->nlocals;
    c->nstack = b->nstack;
    c->nslots = b->nlocals + b->nstack;
    c->len = b->len;
    c->ninsns = n;
    c->firstline = desc->firstline;
    c->nbackedges = b->nbackedges;
    c->lwords = lw;
    c->nlinechk = nchk;
    c->nlinebytes = (uint32_t)nlinebytes;
    c->name = desc->name;
    c->qualname = desc->qualname ? desc->qualname : desc->name;
    c->filename = desc->filename;
    c->consts = consts;
    c->names = names;
    c->blob = blob;
    c->bytecode = (const uint8_t *)(base + o_bc);
    c->starts = starts;
    c->rank = rank;
    c->depth = depth;
    c->live = (const uint64_t *)(base + o_live);
    c->linetable = (const uint8_t *)(base + o_lt);
    c->linechk = (const rt_code_linechk_t *)(base + o_chk);
    c->backedges = be;
    gc_write_barrier(c);
    return c;
}

/* ---- Reading ---------------------------------------------------------------------------- */

int32_t rt_code_line(const rt_code_t *c, uint32_t pc)
{
    if (c->nlinechk == 0)
        return 0;
    uint32_t lo = 0, hi = c->nlinechk; /* the last checkpoint at or before pc; linechk[0].pc == 0 */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->linechk[mid].pc <= pc)
            lo = mid;
        else
            hi = mid;
    }
    const rt_code_linechk_t *k = &c->linechk[lo];
    uint32_t at = k->pc;
    int64_t line = k->line;
    const uint8_t *p = c->linetable + k->offset, *end = c->linetable + c->nlinebytes;
    for (int i = 1; i < LINECHK_EVERY && p < end; i++) {
        const uint8_t *q = p;
        uint64_t dpc = get_varint(&q);
        int64_t dline = unzigzag(get_varint(&q));
        if (at + dpc > pc)
            break;
        at += (uint32_t)dpc;
        line += dline;
        p = q;
    }
    return (int32_t)line;
}

rt_code_backedge_t *rt_code_backedge_find(rt_code_t *c, uint32_t target)
{
    for (uint32_t i = 0; i < c->nbackedges; i++)
        if (c->backedges[i].target == target)
            return &c->backedges[i];
    return NULL;
}

rt_code_loc_t rt_code_location(const rt_code_t *c, uint32_t pc)
{
    return (rt_code_loc_t){c->filename, c->name, c->qualname, rt_code_line(c, pc)};
}
