#ifndef STUDYSITE_CCMARK_ARENA_H
#define STUDYSITE_CCMARK_ARENA_H

#include <cmark-gfm.h>

/// cmark-gfm's allocator for a parse on this thread: it takes memory from the thread's arena
/// and never frees it one piece at a time (see arena.c).
cmark_mem *studysite_cmark_arena(void);

/// 1 when parses should use the arena: 0 in builds with AddressSanitizer (the fuzzers and
/// `scripts/sanitizers.sh`), which can only check cmark's memory piece by piece with malloc.
int studysite_cmark_arena_enabled(void);

/// Everything this thread's arena gave out since the last reset is gone: the parser and the
/// tree made with `studysite_cmark_arena` on this thread must no longer be used.
void studysite_cmark_arena_reset(void);

#endif
