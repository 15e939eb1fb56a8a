/*
** rt.h: runtime/'s boundary header: the shared object model both interpreters stand on
** (ARCHITECTURE.md section 2). Directories above runtime/ include only this header.
*/
#ifndef PYHYP_RT_H
#define PYHYP_RT_H

#include "gc/gc.h"
#include "runtime/value.h"
#include "runtime/object.h"
#include "runtime/singletons.h"
#include "runtime/int.h"
#include "runtime/phpint.h"
#include "runtime/float.h"
#include "runtime/numfmt.h"
#include "runtime/numparse.h"
#include "runtime/str.h"
#include "runtime/map.h"
#include "runtime/vec.h"
#include "runtime/tuple.h"
#include "runtime/log.h"
#include "runtime/arena.h"
#include "runtime/code.h"
#include "runtime/thread.h"
#include "runtime/gil.h"
#include "runtime/frame.h"
#include "runtime/exc.h"
#include "runtime/coro.h"
#include "runtime/shape.h"
#include "runtime/version.h"

#endif
