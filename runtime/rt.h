/*
** rt.h: runtime/'s boundary header: the shared object model both interpreters stand on
** (ARCHITECTURE.md section 2). Directories above runtime/ include only this header.
*/
#ifndef PYHYP_RT_H
#define PYHYP_RT_H

#include "gc/gc.h"
#include "runtime/value.h"
#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/log.h"
#include "runtime/arena.h"

#endif
