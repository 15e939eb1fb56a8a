/*
** obj_list_sort.c: list.sort and sorted() (pyvm_list_sort, object.h). A timsort over two
** parallel arrays, the keys (the key function's results, or the items) and the items: natural
** runs (strictly descending ones reversed) are extended to a minimum length by binary insertion,
** kept on a stack whose lengths grow like Fibonacci numbers, and merged pairwise; a merge copies
** the shorter run aside and switches to galloping (exponential then binary search) while one side
** keeps winning. Only `<` is used and only ever as "right < left", so the sort is stable. When
** every key is a small int, every one a float or every one an exact str, keys compare in C
** (CPython's pre-checked comparisons); otherwise through Python's < (which may run code, raise and
** collect: the arrays are heap vectors held by the C stack, and they only ever hold the values
** already present, so an error leaves a permutation behind).
*/
#include <string.h>

#include "pyvm/code.h"

enum {
    MIN_GALLOP = 7, /* wins in a row before a merge gallops */
    MAX_RUNS = 85,  /* run lengths on the stack grow faster than Fibonacci: enough for 2^64 items */
};

typedef enum { KEYS_ANY, KEYS_SMALL, KEYS_FLOAT, KEYS_STR } keys_kind_t;

typedef struct run {
    int64_t base, len;
} run_t;

typedef struct sorter {
    keys_kind_t kind;
    bool err;                   /* a comparison raised: finish the current step and stop */
    rt_value_t *keys, *vals;    /* the arrays being sorted */
    rt_value_t *tk, *tv;        /* scratch for the shorter run of a merge, as long as the arrays */
    int64_t min_gallop;
    int nruns;
    run_t runs[MAX_RUNS];
} sorter_t;

static keys_kind_t keys_kind(const rt_value_t *keys, int64_t n)
{
    keys_kind_t kind = KEYS_ANY;
    for (int64_t i = 0; i < n; i++) {
        rt_value_t k = keys[i];
        keys_kind_t this = rt_is_small(k)                                     ? KEYS_SMALL
                           : rt_is_float(k)                                    ? KEYS_FLOAT
                           : !rt_is_ptr(k)                                     ? KEYS_ANY
                           : rt_obj_type(rt_ptr(k)) == &rt_type_str            ? KEYS_STR
                                                                              : KEYS_ANY;
        if (this == KEYS_ANY || (i > 0 && this != kind))
            return KEYS_ANY;
        kind = this;
    }
    return kind;
}

/* x < y for two tuples as tuple's < decides it (at the first items that are not equal), without
** the rich-comparison dispatch: the tuple keys of sorts. 1, 0, or -1 with the error pending. */
static int tuple_lt(const rt_tuple_t *x, const rt_tuple_t *y)
{
    int64_t nx = rt_tuple_len(x), ny = rt_tuple_len(y), i = 0;
    for (; i < nx && i < ny; i++) {
        int e = pyvm_eq(x->items[i], y->items[i]);
        if (e < 0)
            return -1;
        if (!e)
            return pyvm_lt(x->items[i], y->items[i]);
    }
    return nx < ny;
}

/* a < b for two keys; false with s->err set when the comparison raised (then nothing more is
** compared). */
static inline bool lt(sorter_t *s, rt_value_t a, rt_value_t b)
{
    switch (s->kind) {
    case KEYS_SMALL: /* the tagging keeps the order of the values */
        return (int64_t)a < (int64_t)b;
    case KEYS_FLOAT:
        return rt_float_value(a) < rt_float_value(b);
    case KEYS_STR: { /* UTF-8's byte order is the code points' order */
        const rt_str_t *x = rt_ptr(a), *y = rt_ptr(b);
        int c = memcmp(x->data, y->data, (size_t)(x->len < y->len ? x->len : y->len));
        return c < 0 || (c == 0 && x->len < y->len);
    }
    default: {
        if (s->err)
            return false;
        int r = pyvm_is_tuple(a) && pyvm_is_tuple(b) ? tuple_lt(rt_ptr(a), rt_ptr(b))
                                                     : pyvm_lt(a, b);
        if (r < 0)
            s->err = true;
        return r > 0;
    }
    }
}

/* ---- moving items (keys and values together) ---- */

static inline void move1(sorter_t *s, int64_t to, const rt_value_t *k, const rt_value_t *v,
                         int64_t from)
{
    s->keys[to] = k[from];
    s->vals[to] = v[from];
}

static inline void move_n(rt_value_t *dk, rt_value_t *dv, const rt_value_t *sk,
                          const rt_value_t *sv, int64_t n)
{
    memmove(dk, sk, (size_t)n * sizeof *dk);
    memmove(dv, sv, (size_t)n * sizeof *dv);
}

static void reverse(sorter_t *s, int64_t lo, int64_t hi)
{
    for (hi--; lo < hi; lo++, hi--) {
        rt_value_t k = s->keys[lo], v = s->vals[lo];
        s->keys[lo] = s->keys[hi], s->vals[lo] = s->vals[hi];
        s->keys[hi] = k, s->vals[hi] = v;
    }
}

/* ---- runs ---- */

/* The length of the run starting at lo (< hi); a strictly descending one is reversed in place. */
static int64_t count_run(sorter_t *s, int64_t lo, int64_t hi)
{
    int64_t i = lo + 1;
    if (i == hi)
        return 1;
    if (lt(s, s->keys[i], s->keys[lo])) {
        while (++i < hi && lt(s, s->keys[i], s->keys[i - 1]))
            ;
        reverse(s, lo, i);
    } else {
        while (++i < hi && !lt(s, s->keys[i], s->keys[i - 1]))
            ;
    }
    return i - lo;
}

/* Sorts [lo, hi) whose prefix [lo, start) is sorted: each next item goes after its equals. */
static void binary_insertion(sorter_t *s, int64_t lo, int64_t hi, int64_t start)
{
    for (int64_t i = start; i < hi && !s->err; i++) {
        rt_value_t k = s->keys[i], v = s->vals[i];
        int64_t l = lo, r = i;
        while (l < r) {
            int64_t m = l + (r - l) / 2;
            if (lt(s, k, s->keys[m]))
                r = m;
            else
                l = m + 1;
        }
        move_n(s->keys + l + 1, s->vals + l + 1, s->keys + l, s->vals + l, i - l);
        s->keys[l] = k, s->vals[l] = v;
    }
}

/* A run length between 32 and 64 such that n / it is a power of two or a little less. */
static int64_t min_run(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* ---- galloping: a[0, n) sorted, hint a first guess; both return a position in [0, n] ---- */

/* The first position whose item is not below key: a[k-1] < key <= a[k]. */
static int64_t gallop_left(sorter_t *s, rt_value_t key, const rt_value_t *a, int64_t n,
                           int64_t hint)
{
    int64_t last = 0, ofs = 1;
    if (lt(s, a[hint], key)) { /* a[hint + last] < key <= a[hint + ofs] */
        int64_t max = n - hint;
        while (ofs < max && lt(s, a[hint + ofs], key)) {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        last += hint, ofs += hint;
    } else { /* a[hint - ofs] < key <= a[hint - last] */
        int64_t max = hint + 1;
        while (ofs < max && !lt(s, a[hint - ofs], key)) {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        int64_t k = last;
        last = hint - ofs, ofs = hint - k;
    }
    for (last++; last < ofs;) { /* a[last - 1] < key <= a[ofs] */
        int64_t m = last + (ofs - last) / 2;
        if (lt(s, a[m], key))
            last = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* The first position whose item is above key: a[k-1] <= key < a[k]. */
static int64_t gallop_right(sorter_t *s, rt_value_t key, const rt_value_t *a, int64_t n,
                            int64_t hint)
{
    int64_t last = 0, ofs = 1;
    if (lt(s, key, a[hint])) { /* a[hint - ofs] <= key < a[hint - last] */
        int64_t max = hint + 1;
        while (ofs < max && lt(s, key, a[hint - ofs])) {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        int64_t k = last;
        last = hint - ofs, ofs = hint - k;
    } else { /* a[hint + last] <= key < a[hint + ofs] */
        int64_t max = n - hint;
        while (ofs < max && !lt(s, key, a[hint + ofs])) {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        if (ofs > max)
            ofs = max;
        last += hint, ofs += hint;
    }
    for (last++; last < ofs;) { /* a[last - 1] <= key < a[ofs] */
        int64_t m = last + (ofs - last) / 2;
        if (lt(s, key, a[m]))
            ofs = m;
        else
            last = m + 1;
    }
    return ofs;
}

/* ---- merging ---- */

/*
** Merges the adjacent runs A = [a, a + na) and B = [b = a + na, b + nb), na <= nb, where B[0] <
** A[0] and A[na - 1] > B[nb - 1] (merge_at trims both ends): A goes to scratch and the merge
** fills from the left. The invariant d + na == j (the next B item) makes the final copy of what
** is left of A, on success or error, land exactly in the gap.
*/
static void merge_lo(sorter_t *s, int64_t a, int64_t na, int64_t b, int64_t nb)
{
    rt_value_t *k = s->keys, *v = s->vals, *tk = s->tk, *tv = s->tv;
    int64_t i = 0, j = b, d = a, min_gallop = s->min_gallop;
    move_n(tk, tv, k + a, v + a, na);
    move1(s, d++, k, v, j++);
    if (--nb == 0)
        goto done;
    if (na == 1)
        goto last_a;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        do { /* one item at a time until one side wins min_gallop times in a row */
            if (lt(s, k[j], tk[i])) {
                move1(s, d++, k, v, j++);
                bcount++, acount = 0;
                if (--nb == 0)
                    goto done;
            } else {
                move1(s, d++, tk, tv, i++);
                acount++, bcount = 0;
                if (--na == 1)
                    goto last_a;
            }
            if (s->err)
                goto done;
        } while ((acount | bcount) < min_gallop);
        min_gallop++;
        do { /* galloping: whole stretches from each side */
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            int64_t n = gallop_right(s, k[j], tk + i, na, 0);
            if (s->err)
                goto done;
            acount = n;
            move_n(k + d, v + d, tk + i, tv + i, n);
            d += n, i += n, na -= n;
            if (na == 1)
                goto last_a;
            if (na == 0) /* only with an inconsistent < */
                goto done;
            move1(s, d++, k, v, j++);
            if (--nb == 0)
                goto done;
            n = gallop_left(s, tk[i], k + j, nb, 0);
            if (s->err)
                goto done;
            bcount = n;
            move_n(k + d, v + d, k + j, v + j, n);
            d += n, j += n, nb -= n;
            if (nb == 0)
                goto done;
            move1(s, d++, tk, tv, i++);
            if (--na == 1)
                goto last_a;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
last_a: /* A's last item goes after everything left in B */
    move_n(k + d, v + d, k + j, v + j, nb);
    d += nb;
done:
    move_n(k + d, v + d, tk + i, tv + i, na);
}

/* The mirror image for na > nb: B goes to scratch and the merge fills from the right. */
static void merge_hi(sorter_t *s, int64_t a, int64_t na, int64_t b, int64_t nb)
{
    rt_value_t *k = s->keys, *v = s->vals, *tk = s->tk, *tv = s->tv;
    int64_t i = a + na - 1, t = nb - 1, d = b + nb - 1, min_gallop = s->min_gallop;
    move_n(tk, tv, k + b, v + b, nb);
    move1(s, d--, k, v, i--);
    if (--na == 0)
        goto done;
    if (nb == 1)
        goto first_b;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        do {
            if (lt(s, tk[t], k[i])) {
                move1(s, d--, k, v, i--);
                acount++, bcount = 0;
                if (--na == 0)
                    goto done;
            } else {
                move1(s, d--, tk, tv, t--);
                bcount++, acount = 0;
                if (--nb == 1)
                    goto first_b;
            }
            if (s->err)
                goto done;
        } while ((acount | bcount) < min_gallop);
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            int64_t n = na - gallop_right(s, tk[t], k + a, na, na - 1);
            if (s->err)
                goto done;
            acount = n;
            d -= n, i -= n, na -= n;
            move_n(k + d + 1, v + d + 1, k + i + 1, v + i + 1, n);
            if (na == 0)
                goto done;
            move1(s, d--, tk, tv, t--);
            if (--nb == 1)
                goto first_b;
            n = nb - gallop_left(s, k[i], tk, nb, nb - 1);
            if (s->err)
                goto done;
            bcount = n;
            d -= n, t -= n, nb -= n;
            move_n(k + d + 1, v + d + 1, tk + t + 1, tv + t + 1, n);
            if (nb == 1)
                goto first_b;
            if (nb == 0) /* only with an inconsistent < */
                goto done;
            move1(s, d--, k, v, i--);
            if (--na == 0)
                goto done;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
first_b: /* B's first item goes before everything left in A */
    d -= na, i -= na;
    move_n(k + d + 1, v + d + 1, k + i + 1, v + i + 1, na);
    move1(s, d, tk, tv, t);
    return;
done:
    move_n(k + d - nb + 1, v + d - nb + 1, tk, tv, nb);
}

/* Merges runs[r] and runs[r + 1] (r is the second or third from the top). */
static void merge_at(sorter_t *s, int r)
{
    int64_t a = s->runs[r].base, na = s->runs[r].len;
    int64_t b = s->runs[r + 1].base, nb = s->runs[r + 1].len;
    s->runs[r].len = na + nb;
    if (r == s->nruns - 3)
        s->runs[r + 1] = s->runs[r + 2];
    s->nruns--;
    /* A's items not above B[0] and B's items not below A's last stay where they are */
    int64_t n = gallop_right(s, s->keys[b], s->keys + a, na, 0);
    if (s->err)
        return;
    a += n, na -= n;
    if (na == 0)
        return;
    nb = gallop_left(s, s->keys[a + na - 1], s->keys + b, nb, nb - 1);
    if (s->err || nb == 0)
        return;
    if (na <= nb)
        merge_lo(s, a, na, b, nb);
    else
        merge_hi(s, a, na, b, nb);
}

/* Restores the stack invariants (each run longer than the next two together, from the bottom),
** checked on the top four runs as the corrected timsort does. */
static void merge_collapse(sorter_t *s)
{
    run_t *p = s->runs;
    while (s->nruns > 1 && !s->err) {
        int n = s->nruns - 2;
        if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
            (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len)
                n--;
        } else if (p[n].len > p[n + 1].len) {
            break;
        }
        merge_at(s, n);
    }
}

static void merge_force_collapse(sorter_t *s)
{
    while (s->nruns > 1 && !s->err) {
        int n = s->nruns - 2;
        if (n > 0 && s->runs[n - 1].len < s->runs[n + 1].len)
            n--;
        merge_at(s, n);
    }
}

/* Sorts keys[0, n) and vals along with them; false when a comparison raised. */
static bool timsort(sorter_t *s, int64_t n)
{
    int64_t minrun = min_run(n);
    for (int64_t lo = 0; lo < n && !s->err;) {
        int64_t len = count_run(s, lo, n);
        if (len < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            binary_insertion(s, lo, lo + force, lo + len);
            len = force;
        }
        s->runs[s->nruns++] = (run_t){lo, len};
        merge_collapse(s);
        lo += len;
    }
    merge_force_collapse(s);
    return !s->err;
}

/* The list looks empty while it is sorted, as CPython's does: key functions and comparisons see
** an empty list, and one that changed meanwhile (anything stored into it since) makes the sort
** fail with ValueError once the sorted items are back in place. */
bool pyvm_list_sort(rt_vec_t *v, rt_value_t key, bool reverse_order)
{
    int64_t n = rt_vec_len(v);
    rt_vec_t *keys = rt_vec_new(n), *vals = rt_vec_new(n), *tk = rt_vec_new(n),
             *tv = rt_vec_new(n);
    rt_vec_replace(vals, 0, 0, rt_vec_items(v), n);
    rt_vec_clear(v);
    const rt_value_t *emptied = rt_vec_items(v);
    bool ok = true;
    for (int64_t i = 0; i < n && ok; i++) {
        rt_value_t x = rt_vec_get(vals, i);
        rt_value_t k = key != rt_none ? pyvm_call1(key, x) : x;
        ok = k != RT_NOVALUE;
        rt_vec_append(keys, k);
        rt_vec_append(tk, rt_none);
        rt_vec_append(tv, rt_none);
    }
    sorter_t s = {
        .kind = keys_kind(rt_vec_items(keys), n),
        .keys = rt_vec_items(keys), .vals = rt_vec_items(vals),
        .tk = rt_vec_items(tk), .tv = rt_vec_items(tv),
        .min_gallop = MIN_GALLOP,
    };
    /* reverse=True: the stable ascending sort of the reversed list, reversed (equal items keep
    ** their order, as CPython's) */
    if (ok && reverse_order)
        reverse(&s, 0, n);
    ok = ok && timsort(&s, n);
    if (ok && reverse_order)
        reverse(&s, 0, n);
    bool modified = rt_vec_len(v) != 0 || rt_vec_items(v) != emptied;
    rt_vec_replace(v, 0, rt_vec_len(v), s.vals, n);
    if (ok && modified) {
        rt_raise(RT_EXC_VALUE, "list modified during sort");
        return false;
    }
    return ok;
}
