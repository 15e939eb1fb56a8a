/*
** snap.c: snapshots (JIT.md "Snapshots and deoptimization"). A snapshot records where the
** interpreter resumes when a guard fails: every inlined frame {lang, code, pc, base, depth},
** outermost first, and for each live slot whose value the trace changed, the IR ref (or constant)
** holding it. One snapshot serves all guards of an instruction (they resume at its start) until an
** effect boundary; exit.c replays it. Liveness of locals comes from the code object's per-pc
** table; value-stack slots below the depth are always live.
*/
#include <stdlib.h>
#include <string.h>

#include "jit/trace.h"

#define GROW(arr, n, cap)                                                                          \
    do {                                                                                           \
        if ((n) >= (cap)) {                                                                        \
            (cap) = (cap) ? 2 * (cap) : 16;                                                        \
            void *p_ = realloc((arr), (size_t)(cap) * sizeof *(arr));                              \
            if (!p_)                                                                               \
                abort();                                                                           \
            (arr) = p_;                                                                            \
        }                                                                                          \
    } while (0)

void jit_snapbuf_free(jit_snapbuf_t *sb)
{
    free(sb->snaps);
    free(sb->frames);
    free(sb->ents);
    memset(sb, 0, sizeof *sb);
}

uint32_t jit_snap_find(const jit_snapbuf_t *sb, jit_ref_t ref)
{
    uint32_t lo = 0, hi = sb->nsnaps;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (sb->snaps[mid].ref <= ref)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Appends slot entries of one frame: [base, base + n) where live, written ones only. */
static void add_entries(jit_rec_t *J, jit_snapbuf_t *sb, const jit_snapframe_t *fr)
{
    const rt_code_t *c = fr->code;
    const uint64_t *live = rt_code_live_at(c, fr->pc);
    uint32_t n = c->nlocals + fr->depth;
    for (uint32_t i = 0; i < n; i++) {
        const jit_slot_t *s = &J->slots[fr->base + i];
        if (!(s->flags & JIT_SLOT_WRITTEN))
            continue;
        if (i < c->nlocals && !(s->flags & JIT_SLOT_PINNED) && !((live[i >> 6] >> (i & 63)) & 1))
            continue;
        GROW(sb->ents, sb->nents, sb->capents);
        sb->ents[sb->nents++] = (jit_snapent_t){fr->base + i, s->ref};
    }
}

void jit_snap_take(jit_rec_t *J)
{
    jit_snapbuf_t *sb = &J->sb;
    /* a snapshot no instruction uses yet is replaced rather than kept */
    if (sb->nsnaps && sb->snaps[sb->nsnaps - 1].ref == J->ir.nins) {
        jit_snap_t *last = &sb->snaps[--sb->nsnaps];
        sb->nframes = last->frame0;
        sb->nents = last->ent0;
    }
    GROW(sb->snaps, sb->nsnaps, sb->capsnaps);
    jit_snap_t *s = &sb->snaps[sb->nsnaps++];
    s->ref = J->ir.nins;
    s->nframes = (uint16_t)J->nlevel;
    s->frame0 = sb->nframes;
    s->ent0 = sb->nents;
    s->count = 0;
    for (uint32_t l = 0; l < J->nlevel; l++) {
        const jit_level_t *lv = &J->lvl[l];
        bool inner = l + 1 == J->nlevel;
        jit_snapframe_t fr = {
            .code = lv->code,
            .pc = inner ? J->snap_pc : lv->callpc,
            .base = lv->base,
            .depth = inner ? J->snap_sp - lv->code->nlocals : lv->calldepth,
            .lang = lv->code->lang,
        };
        GROW(sb->frames, sb->nframes, sb->capframes);
        sb->frames[sb->nframes++] = fr;
        add_entries(J, sb, &fr);
    }
    s->nent = sb->nents - s->ent0;
    J->need_snap = false;
}

void jit_snap_subst(jit_snapbuf_t *sb, uint32_t src, const jit_ref_t *subst, uint32_t loopsnap,
                    jit_ref_t ref)
{
    GROW(sb->snaps, sb->nsnaps, sb->capsnaps);
    jit_snap_t *s = &sb->snaps[sb->nsnaps++];
    const jit_snap_t *from = &sb->snaps[src], *loop = &sb->snaps[loopsnap];
    s->ref = ref;
    s->nframes = from->nframes;
    s->frame0 = sb->nframes;
    s->ent0 = sb->nents;
    s->count = 0;
    for (uint32_t i = 0; i < from->nframes; i++) {
        GROW(sb->frames, sb->nframes, sb->capframes);
        sb->frames[sb->nframes++] = sb->frames[from->frame0 + i];
    }
    /* merge by slot: the iteration's own entries (substituted) win over the loop-start values */
    uint32_t i = 0, k = 0;
    while (i < from->nent || k < loop->nent) {
        jit_snapent_t e;
        const jit_snapent_t *a = i < from->nent ? &sb->ents[from->ent0 + i] : NULL;
        const jit_snapent_t *b = k < loop->nent ? &sb->ents[loop->ent0 + k] : NULL;
        if (a && (!b || a->slot <= b->slot)) {
            e = *a;
            if (!jit_ref_isk(e.ref))
                e.ref = subst[e.ref - JIT_REF_BIAS];
            if (b && b->slot == a->slot)
                k++;
            i++;
        } else {
            e = *b;
            k++;
        }
        GROW(sb->ents, sb->nents, sb->capents);
        sb->ents[sb->nents++] = e;
    }
    s->nent = sb->nents - s->ent0;
}
