/*
** keep.c: native memory that native modules' objects own (an OpenSSL context, a zlib stream),
** listed from a C global while alive. Finalizers free it when the collector finds the object
** dead; a program may end before that, and LeakSanitizer must then still see it reachable.
*/
#include <stdlib.h>

#include "pyvm/modules/modules.h"

static void **kept;
static size_t nkept, capkept;

bool pyvm_mod_keep(void *p)
{
    if (nkept == capkept) {
        size_t cap = capkept ? capkept * 2 : 16;
        void **grown = realloc(kept, cap * sizeof *grown);
        if (!grown)
            return false;
        kept = grown;
        capkept = cap;
    }
    kept[nkept++] = p;
    return true;
}

void pyvm_mod_release(void *p)
{
    for (size_t i = nkept; i-- > 0;)
        if (kept[i] == p) {
            kept[i] = kept[--nkept];
            return;
        }
}
