/*
** trace.c: trace management (the JIT's lj_trace): parameters and start-up, the map from loop
** headers (code, pc) to traces and abort counts, the hot-counter slow path that runs a trace or
** starts recording, finishing a recording (optimizer passes, jit-log-noopt / jit-log-opt), the GC
** root scanner that keeps what traces embed alive, quasi-immutable invalidation, jit-summary.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/trace.h"

jit_params_t jit_params;
uint32_t jit_threshold = UINT32_MAX;
jit_stats_t jit_stats;

/* ---- The header map ---- */

typedef struct header {
    const rt_code_t *code;
    uint32_t pc;
    uint32_t aborts;
    jit_trace_t *trace;
} header_t;

static header_t *headers;
static uint32_t nheaders, capheaders;
static jit_trace_t **traces;
static uint32_t ntraces, captraces;
static bool scanner_on;

static uint32_t hash_key(const rt_code_t *code, uint32_t pc, uint32_t mask)
{
    uint64_t h = ((uint64_t)(uintptr_t)code >> 4) * 0x9e3779b97f4a7c15ull + pc;
    return (uint32_t)(h >> 32) & mask;
}

static header_t *find(const rt_code_t *code, uint32_t pc, bool add)
{
    if (add && 2 * (nheaders + 1) > capheaders) {
        header_t *old = headers;
        uint32_t oldcap = capheaders;
        capheaders = capheaders ? 2 * capheaders : 64;
        headers = calloc(capheaders, sizeof *headers);
        if (!headers)
            abort();
        for (uint32_t i = 0; i < oldcap; i++) {
            if (!old[i].code)
                continue;
            uint32_t j = hash_key(old[i].code, old[i].pc, capheaders - 1);
            while (headers[j].code)
                j = (j + 1) & (capheaders - 1);
            headers[j] = old[i];
        }
        free(old);
    }
    if (!capheaders)
        return NULL;
    for (uint32_t j = hash_key(code, pc, capheaders - 1);; j = (j + 1) & (capheaders - 1)) {
        if (headers[j].code == code && headers[j].pc == pc)
            return &headers[j];
        if (!headers[j].code) {
            if (!add)
                return NULL;
            nheaders++;
            headers[j] = (header_t){.code = code, .pc = pc};
            return &headers[j];
        }
    }
}

jit_trace_t *jit_trace_lookup(const rt_code_t *code, uint32_t pc)
{
    header_t *h = find(code, pc, false);
    return h && h->trace && !h->trace->invalid ? h->trace : NULL;
}

uint32_t jit_trace_count(void) { return ntraces; }
jit_trace_t *jit_trace_get(uint32_t i) { return i < ntraces ? traces[i] : NULL; }

void jit_trace_aborted(rt_code_t *code, uint32_t pc)
{
    jit_stats.aborts++;
    header_t *h = find(code, pc, true);
    h->aborts++;
}

/* ---- Roots: constants, code objects and snapshot frames of every trace ---- */

static void scan_ir(gc_tracer_t *tracer, const jit_ir_t *ir)
{
    for (jit_ref_t r = ir->chain[JIT_IR_KGC]; r; r = jit_ir_ins(ir, r)->prev)
        gc_visit(tracer, (uintptr_t)jit_ir_kval(ir, r));
}

static void scan_traces(gc_tracer_t *tracer, void *data)
{
    for (uint32_t i = 0; i < ntraces; i++) {
        jit_trace_t *T = traces[i];
        gc_visit_ptr(tracer, T->code);
        scan_ir(tracer, &T->ir);
        for (uint32_t k = 0; k < T->sb.nframes; k++)
            gc_visit_ptr(tracer, T->sb.frames[k].code);
    }
    if (jit_rec_active())
        scan_ir(tracer, &jit_rec->ir);
}

/* ---- Invalidation of quasi-immutable reads ---- */

/* rt_version_t.deps of a table holds a malloc'd list of the traces that read it. */
typedef struct deplist {
    uint32_t n, cap;
    jit_trace_t *t[];
} deplist_t;

static void invalidate(rt_version_t *v)
{
    deplist_t *d = v->deps;
    for (uint32_t i = 0; i < d->n; i++)
        d->t[i]->invalid = true;
    free(d);
    v->deps = NULL;
}

static void add_dep(rt_version_t *v, jit_trace_t *T)
{
    deplist_t *d = v->deps;
    if (!d || d->n == d->cap) {
        uint32_t cap = d ? 2 * d->cap : 4;
        d = realloc(d, sizeof *d + cap * sizeof d->t[0]);
        if (!d)
            abort();
        if (!v->deps)
            d->n = 0;
        d->cap = cap;
        v->deps = d;
    }
    d->t[d->n++] = T;
}

/* ---- Finishing a recording ---- */

static void log_trace(rt_log_cat_t cat, const jit_ir_t *ir, const jit_trace_t *T, const char *t)
{
    if (!rt_log_enabled(cat))
        return;
    rt_log_start(cat);
    jit_ir_log(ir, T, t);
    rt_log_end(cat);
}

void jit_trace_finish(jit_rec_t *J)
{
    jit_trace_t *T = calloc(1, sizeof *T);
    if (!T)
        abort();
    T->number = ntraces;
    T->code = J->code;
    T->pc = J->pc;
    T->lang = J->code->lang;
    T->mixed_lang = J->mixed_lang;
    T->entry_sp = J->entry_sp;
    if (rt_log_enabled(RT_LOG_JIT_LOG_NOOPT)) {
        T->ir = J->ir;
        T->sb = J->sb;
        log_trace(RT_LOG_JIT_LOG_NOOPT, &J->ir, T, "Loop (unoptimized: fold, CSE, peeling)");
    }
    if (jit_params.optimize) {
        jit_opt_dce(&J->ir, &J->sb);
        jit_opt_sink(&J->ir, &J->sb);
    }
    jit_ir_compact(&T->ir, &J->ir);
    T->sb = J->sb;
    memset(&J->sb, 0, sizeof J->sb); /* the trace owns the snapshots now */
    T->ndeps = J->ndeps;
    if (J->ndeps) {
        T->deps = malloc(J->ndeps * sizeof *T->deps);
        if (!T->deps)
            abort();
        memcpy(T->deps, J->deps, J->ndeps * sizeof *T->deps);
        for (uint32_t i = 0; i < J->ndeps; i++)
            add_dep(J->deps[i], T);
    }
    if (ntraces == captraces) {
        captraces = captraces ? 2 * captraces : 16;
        traces = realloc(traces, captraces * sizeof *traces);
        if (!traces)
            abort();
    }
    traces[ntraces++] = T;
    find(T->code, T->pc, true)->trace = T;
    rt_code_backedge_t *be = rt_code_backedge_find(T->code, T->pc);
    if (be)
        be->count = jit_threshold; /* enter the trace at the next back-edge */
    jit_stats.traces++;
    log_trace(RT_LOG_JIT_LOG_OPT, &T->ir, T, "Loop (optimized)");
}

void jit_log_abort(const rt_code_t *code, uint32_t pc, const rt_code_t *at, uint32_t atpc,
                   const char *reason)
{
    if (!rt_log_enabled(RT_LOG_JIT_ABORT))
        return;
    rt_code_loc_t loc = rt_code_location(code, pc), aloc = rt_code_location(at, atpc);
    rt_log_start(RT_LOG_JIT_ABORT);
    rt_log_printf("abort: %s at %.*s:%d pc %u (loop %.*s:%d pc %u)\n", reason,
                  (int)aloc.name->len, aloc.name->data, aloc.line, atpc, (int)loc.name->len,
                  loc.name->data, loc.line, pc);
    rt_log_end(RT_LOG_JIT_ABORT);
}

/* ---- The hot path ---- */

/* The register files of running traces: a stack (a helper may re-enter the VM and run another
** trace), scanned conservatively by the collector since it holds values in flight. */
static uint64_t *regstack;
static size_t regtop, regcap;

static void scan_regs(gc_tracer_t *tracer, void *data)
{
    if (regtop)
        gc_visit_conservative(tracer, regstack, regstack + regtop);
}

static jit_step_t run(jit_hctx_t *H, jit_trace_t *T)
{
    size_t n = (size_t)T->ir.nins - T->ir.kbase;
    if (regtop + n > regcap)
        return JIT_STEP_OK; /* too deeply nested: interpret */
    uint64_t *regs = regstack + regtop;
    regtop += n;
    for (jit_ref_t k = T->ir.nk; k < JIT_REF_BIAS; k += 2)
        regs[k - T->ir.kbase] = (uint64_t)jit_ir_kval(&T->ir, k);
    memset(regs + (JIT_REF_BIAS - T->ir.kbase), 0, (n - (JIT_REF_BIAS - T->ir.kbase)) * 8);
    jit_stats.trace_runs++;
    rt_frame_t *entry = H->f;
    jit_ref_t gref = jit_irinterp_run(T, entry, regs);
    jit_step_t step = jit_exit(H, T, gref, regs, entry);
    regtop -= n;
    return step;
}

jit_step_t jit_backedge_hot(jit_hctx_t *H, uint32_t counter)
{
    rt_code_t *c = H->f->code;
    if (!jit_params.enabled) { /* jit_stop_for_threads; a counter left at jit_threshold */
        c->backedges[counter].count = 0;
        return JIT_STEP_OK;
    }
    header_t *h = find(c, H->pc, false);
    if (h && h->trace && !h->trace->invalid)
        return run(H, h->trace);
    c->backedges[counter].count = 0;
    if (!jit_params.enabled || jit_rec_active() || (c->flags & RT_CODE_NOJIT) ||
        (h && h->aborts >= jit_params.max_aborts))
        return JIT_STEP_OK;
    return jit_rec_start(H) ? JIT_STEP_RECORD : JIT_STEP_OK;
}

/* ---- Start-up ---- */

void jit_params_default(jit_params_t *p)
{
    *p = (jit_params_t){.enabled = true, .optimize = true, .threshold = JIT_DEFAULT_THRESHOLD,
                        .max_record = 3000, .max_inline = 8, .max_aborts = 4};
    const char *e = getenv("PYHYP_JIT");
    if (e && !strcmp(e, "off"))
        p->enabled = false;
    e = getenv("PYHYP_JIT_THRESHOLD");
    if (e && atoi(e) > 0)
        p->threshold = (uint32_t)atoi(e);
    e = getenv("PYHYP_JIT_DEOPT_STRESS");
    p->deopt_stress = e && !strcmp(e, "1");
}

static void drop_traces(void)
{
    jit_rec_reset();
    for (uint32_t i = 0; i < ntraces; i++) {
        jit_trace_t *T = traces[i];
        for (uint32_t k = 0; k < T->ndeps; k++) {
            deplist_t *d = T->deps[k]->deps;
            for (uint32_t j = 0; d && j < d->n; j++)
                if (d->t[j] == T)
                    d->t[j--] = d->t[--d->n];
        }
        free(T->deps);
        jit_ir_free(&T->ir);
        jit_snapbuf_free(&T->sb);
        free(T);
    }
    ntraces = 0;
    free(headers);
    headers = NULL;
    nheaders = capheaders = 0;
}

static void summary(void)
{
    if (!rt_log_enabled(RT_LOG_JIT_SUMMARY))
        return;
    rt_log_start(RT_LOG_JIT_SUMMARY);
    rt_log_printf("Tracing:      \t%u\nAborts:       \t%u\nTrace runs:   \t%u\n"
                  "Exits:        \t%u\nException exits:\t%u\nInlined exits:\t%u\n"
                  "Materialized: \t%u\n", jit_stats.traces, jit_stats.aborts,
                  jit_stats.trace_runs, jit_stats.exits, jit_stats.exception_exits,
                  jit_stats.inline_exits, jit_stats.materialized);
    rt_log_end(RT_LOG_JIT_SUMMARY);
}

void jit_init(const jit_params_t *p)
{
    drop_traces();
    if (p)
        jit_params = *p;
    else
        jit_params_default(&jit_params);
    jit_threshold = jit_params.enabled ? jit_params.threshold : UINT32_MAX;
    memset(&jit_stats, 0, sizeof jit_stats);
    if (!scanner_on) {
        regcap = (size_t)1 << 20;
        regstack = malloc(regcap * sizeof *regstack);
        if (!regstack)
            abort();
        gc_root_scanner_add(scan_traces, NULL);
        gc_root_scanner_add(scan_regs, NULL);
        rt_version_set_hook(invalidate);
        scanner_on = true;
    }
}

void jit_start(const jit_params_t *p)
{
    if (!scanner_on)
        jit_init(p);
}

void jit_stop_for_threads(void)
{
    jit_params.enabled = false;
    jit_threshold = UINT32_MAX;
}

void jit_fini(void)
{
    summary();
    drop_traces();
    free(traces);
    traces = NULL;
    captraces = 0;
    if (scanner_on) {
        gc_root_scanner_remove(scan_traces, NULL);
        gc_root_scanner_remove(scan_regs, NULL);
        rt_version_set_hook(NULL);
        free(regstack);
        regstack = NULL;
        regtop = 0;
        scanner_on = false;
    }
    jit_threshold = UINT32_MAX;
}
