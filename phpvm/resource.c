/*
** resource.c: PHP resources (streams, directory handles, stream contexts): a heap object with
** PHP's resource id, a type name and an extension's payload that its close function releases,
** either when PHP code closes it (fclose...) or, through the light finalizer, when the
** resource dies unclosed, or at the end of the script (phpvm_resource_close_all), and a heap
** value it keeps alive (a stream context's options). Ids 1-3 are php-cli's STDIN, STDOUT and
** STDERR.
*/
#include <stdlib.h>

#include "phpvm/vm.h"

/* The resources not yet released, for phpvm_resource_close_all (C memory, not roots: a dying
** resource leaves the list in its finalizer). */
static phpvm_resource_t **open_list;
static size_t nopen, capopen;

static void resource_finalize(void *obj)
{
    phpvm_resource_t *r = obj;
    if (r->close && r->data) {
        r->close(r->data);
        open_list[r->slot] = open_list[--nopen];
        open_list[r->slot]->slot = r->slot;
    }
    r->data = NULL;
}

static void resource_trace(gc_tracer_t *t, void *obj)
{
    gc_visit(t, ((phpvm_resource_t *)obj)->value);
}

rt_type_t phpvm_type_resource = RT_TYPE_INIT("php-resource", resource_trace, resource_finalize, 0);

static int64_t next_id = 5; /* php -n's first fopen() gets 5 */

phpvm_resource_t *phpvm_resource_new(const char *type, void *data, void (*close)(void *))
{
    phpvm_resource_t *r = rt_alloc(&phpvm_type_resource, sizeof *r);
    r->id = next_id++;
    r->type = type;
    r->data = data;
    r->close = close;
    if (close && data) {
        if (nopen == capopen) {
            capopen = capopen ? 2 * capopen : 16;
            open_list = realloc(open_list, capopen * sizeof *open_list);
        }
        r->slot = nopen;
        open_list[nopen++] = r;
    }
    return r;
}

void phpvm_resource_close_all(void)
{
    while (nopen)
        phpvm_resource_close(open_list[nopen - 1]);
}

phpvm_resource_t *phpvm_resource_std(int64_t id, const char *type, void *data)
{
    phpvm_resource_t *r = rt_alloc(&phpvm_type_resource, sizeof *r);
    r->id = id;
    r->type = type;
    r->data = data;
    return r;
}

void phpvm_resource_close(phpvm_resource_t *r)
{
    resource_finalize(r);
    r->type = "Unknown";
    RT_STORE(r, value, rt_none);
}
