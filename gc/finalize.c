/*
** finalize.c: heavy finalizers, weak references and ephemerons (ARCHITECTURE.md section 3).
** After the main marking: ephemerons are traced to a fixpoint (a value is live only while its key
** is), weak references to unmarked targets are cleared (their callbacks queued), then unreachable
** objects with a heavy finalizer are queued in reachability order and resurrected until their
** finalizer has run at a safepoint. Ordering follows Boehm's and Java's ordered finalization: an
** object reachable from another finalizable object waits until that one has been finalized.
*/
#include "config.h"

#include <stdlib.h>

#include "gc/gc_internal.h"

typedef struct weak {
    gc_header_t h;
    void *target;             /* not traced */
    gc_heavy_fn callback;
    void *data;               /* traced: the callback's closure may be a heap object */
} weak_t;

typedef struct ephemeron {
    gc_header_t h;
    void *key;                /* not traced */
    void *value;              /* traced only while key is live */
} ephemeron_t;

static void weak_trace(gc_tracer_t *t, void *obj)
{
    gc_visit_ptr(t, ((weak_t *)obj)->data);
}

static const gc_desc_t weak_desc = {"gc.weakref", weak_trace, NULL, NULL, 0};
static const gc_desc_t ephemeron_desc = {"gc.ephemeron", NULL, NULL, NULL, 0};

/* Objects outside the heap (static singletons) never die. */
static bool alive(const void *p)
{
    return !gc_in_heap(p) || gc_is_marked(p);
}

/* ---- Weak references ---------------------------------------------------------------------- */

void *gc_weak_new(void *target, gc_heavy_fn callback, void *data)
{
    weak_t *w = gc_alloc(&weak_desc, sizeof *w);
    w->target = target;
    w->callback = callback;
    w->data = data;
    GC_VEC_PUSH(gc_heap.weaks, w);
    return w;
}

void *gc_weak_get(const void *weak)
{
    return ((const weak_t *)weak)->target;
}

/* Drops dead weak references from the list (unless `keep_unmarked`: marking is not over) and
** clears the marked ones whose target is unmarked; `queue` queues their callbacks (the first
** pass; the second only clears what resurrection brought back). */
static void clear_weaks_ex(bool queue, bool keep_unmarked)
{
    size_t k = 0;
    for (size_t i = 0; i < gc_heap.weaks.n; i++) {
        weak_t *w = gc_heap.weaks.v[i];
        if (!gc_is_marked(w)) {
            if (keep_unmarked)
                gc_heap.weaks.v[k++] = w;
            continue;
        }
        gc_heap.weaks.v[k++] = w;
        if (!w->target || alive(w->target))
            continue;
        w->target = NULL;
        if (queue && w->callback)
            GC_VEC_PUSH(gc_heap.pending, ((gc_fin_entry_t){w, w->callback, w->data}));
    }
    gc_heap.weaks.n = k;
}

static void clear_weaks(bool queue)
{
    clear_weaks_ex(queue, false);
}

/* ---- Ephemerons --------------------------------------------------------------------------- */

void *gc_ephemeron_new(void *key, void *value)
{
    ephemeron_t *e = gc_alloc(&ephemeron_desc, sizeof *e);
    e->key = key;
    e->value = value;
    GC_VEC_PUSH(gc_heap.ephemerons, e);
    return e;
}

void *gc_ephemeron_key(const void *eph)
{
    return ((const ephemeron_t *)eph)->key;
}

void *gc_ephemeron_value(const void *eph)
{
    return ((const ephemeron_t *)eph)->value;
}

void gc_ephemeron_set_value(void *eph, void *value)
{
    ((ephemeron_t *)eph)->value = value;
    gc_write_barrier(eph);
}

/* Each pass marks the values of live ephemerons with live keys; a value can make another key
** live, so passes repeat until one marks nothing new. Every live ephemeron is examined, old ones
** included, so an old ephemeron's young value needs no card. */
void gc_finalize_ephemerons(gc_tracer_t *t)
{
    bool changed = true;
    while (changed) {
        changed = false;
        for (size_t i = 0; i < gc_heap.ephemerons.n; i++) {
            ephemeron_t *e = gc_heap.ephemerons.v[i];
            if (!gc_is_marked(e) || !e->key || !alive(e->key) || !e->value || alive(e->value))
                continue;
            gc_visit_ptr(t, e->value);
            changed = true;
        }
        gc_mark_drain(t);
    }
}

/* As clear_weaks_ex, for ephemerons: a cleared one reads NULL for key and value. */
static void clear_ephemerons_ex(bool keep_unmarked)
{
    size_t k = 0;
    for (size_t i = 0; i < gc_heap.ephemerons.n; i++) {
        ephemeron_t *e = gc_heap.ephemerons.v[i];
        if (!gc_is_marked(e)) {
            if (keep_unmarked)
                gc_heap.ephemerons.v[k++] = e;
            continue;
        }
        gc_heap.ephemerons.v[k++] = e;
        if (e->key && !alive(e->key))
            e->key = e->value = NULL;
    }
    gc_heap.ephemerons.n = k;
}

static void clear_ephemerons(void)
{
    clear_ephemerons_ex(false);
}

/* ---- Heavy finalizers --------------------------------------------------------------------- */

/* At most one per object; `data` is not traced (keep a heap closure alive some other way). */
void gc_register_finalizer(void *obj, gc_heavy_fn fn, void *data)
{
    GC_VEC_PUSH(gc_heap.registered, ((gc_fin_entry_t){obj, fn, data}));
}

/* cand.v[i]: registered[i] was unreachable at the start of select_ready. */
static GC_VEC(uint8_t) cand;

static void mark_all(gc_tracer_t *t)
{
    gc_mark_drain(t);
    gc_finalize_ephemerons(t);
}

/* ready.v[i]: registered[i] is to be queued (select_ready's verdict). */
static GC_VEC(uint8_t) ready;

/*
** Unreachable registered objects are candidates. Tracing from each candidate's children marks the
** candidates reachable from another one: they wait for a later collection. The rest are ready.
** If every candidate was reached (all sit on cycles), all are ready: a cycle has no order, and
** finalizing nothing would leak it forever. Returns the number of candidates (0: none ready).
*/
static size_t select_ready(gc_tracer_t *t)
{
    size_t n = gc_heap.registered.n, ncand = 0;
    cand.n = 0;
    for (size_t i = 0; i < n; i++) {
        bool c = !alive(gc_heap.registered.v[i].obj);
        GC_VEC_PUSH(cand, c);
        ncand += c;
    }
    ready.n = 0;
    if (ncand == 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        void *obj = gc_heap.registered.v[i].obj;
        const gc_header_t *h = obj;
        if (cand.v[i] && h->desc->trace) {
            h->desc->trace(t, obj);
            mark_all(t);
        }
    }
    size_t nready = 0;
    for (size_t i = 0; i < n; i++)
        nready += cand.v[i] && !alive(gc_heap.registered.v[i].obj);
    for (size_t i = 0; i < n; i++)
        GC_VEC_PUSH(ready, cand.v[i] && (!nready || !alive(gc_heap.registered.v[i].obj)));
    return ncand;
}

/* Queues the ready objects (select_ready) and resurrects them with what they reach. */
static void queue_ready(gc_tracer_t *t, size_t nselected)
{
    if (nselected == 0)
        return;
    size_t n = gc_heap.registered.n, k = 0, first = gc_heap.pending.n;
    for (size_t i = 0; i < n; i++) {
        gc_fin_entry_t e = gc_heap.registered.v[i];
        if (ready.v[i])
            GC_VEC_PUSH(gc_heap.pending, e);
        else
            gc_heap.registered.v[k++] = e;
    }
    gc_heap.registered.n = k;
    for (size_t i = first; i < gc_heap.pending.n; i++)
        gc_visit_ptr(t, gc_heap.pending.v[i].obj);
    mark_all(t);
}

void gc_finalize_process(gc_tracer_t *t)
{
    gc_finalize_ephemerons(t);
    clear_weaks(true);
    queue_ready(t, select_ready(t));
    clear_weaks(false);
    clear_ephemerons();
}

/* The ready set is chosen on the precise roots' reach, and the weak references and ephemerons
** the precise roots reach clear on it too (what only the stack or a scanner keeps is not freed
** but reads as dead); then the other roots are marked, the rest clears as usual and the ready
** objects are queued. */
void gc_finalize_process_split(gc_tracer_t *t, void (*precise)(gc_tracer_t *t),
                               void (*rest)(gc_tracer_t *t))
{
    precise(t);
    gc_mark_drain(t);
    gc_finalize_ephemerons(t);
    clear_weaks_ex(true, true);
    clear_ephemerons_ex(true);
    size_t nselected = select_ready(t);
    rest(t);
    gc_mark_drain(t);
    gc_finalize_ephemerons(t);
    clear_weaks(true);
    queue_ready(t, nselected);
    clear_weaks(false);
    clear_ephemerons();
}

void gc_finalize_mark_pending(gc_tracer_t *t)
{
    for (size_t i = gc_heap.pending_head; i < gc_heap.pending.n; i++)
        gc_visit_ptr(t, gc_heap.pending.v[i].obj);
}

void gc_safepoint(void)
{
    if (gc_heap.finalizing)
        return;
    gc_heap.finalizing = true;
    while (gc_heap.pending_head < gc_heap.pending.n) {
        gc_fin_entry_t e = gc_heap.pending.v[gc_heap.pending_head++];
        e.fn(e.obj, e.data);
    }
    gc_heap.pending.n = gc_heap.pending_head = 0;
    gc_heap.finalizing = false;
}

/* Whether a collection could queue anything: a registered finalizer or a weak reference with a
** callback exists. */
static bool may_finalize(void)
{
    if (gc_heap.registered.n > 0)
        return true;
    for (size_t i = 0; i < gc_heap.weaks.n; i++)
        if (((const weak_t *)gc_heap.weaks.v[i])->callback)
            return true;
    return false;
}

/* Script end: finalizes the unreachable in order first, then everything still registered. The
** ordering collection is skipped when it could not queue anything (a full mark and sweep of a
** large heap just before exit). */
void gc_finalize_all(void)
{
    gc_safepoint();
    if (!may_finalize())
        return;
    gc_collect(GC_MAJOR);
    gc_safepoint();
    for (int round = 0; round < 16 && gc_heap.registered.n > 0; round++) {
        for (size_t i = 0; i < gc_heap.registered.n; i++)
            GC_VEC_PUSH(gc_heap.pending, gc_heap.registered.v[i]);
        gc_heap.registered.n = 0;
        gc_safepoint();
    }
}

void gc_finalize_release(void)
{
    free(gc_heap.registered.v);
    free(gc_heap.pending.v);
    free(gc_heap.weaks.v);
    free(gc_heap.ephemerons.v);
    free(cand.v);
    cand.v = NULL;
    cand.n = cand.cap = 0;
    free(ready.v);
    ready.v = NULL;
    ready.n = ready.cap = 0;
}
