#ifndef CTHREADPLACEMENT_H
#define CTHREADPLACEMENT_H
#include <stddef.h>

/// Starts a detached thread that runs `body(context)` with `stack_size` bytes of stack. It
/// starts on a core other than the calling thread's when the calling thread may run on
/// more than one, and may then run on any core the calling thread may run on. Returns
/// pthread_create's result (0: started).
int studysite_start_thread_elsewhere(void (*body)(void *), void *context, size_t stack_size);

/// The core the calling thread runs on (-1 if that cannot be read).
int studysite_current_core(void);

/// Moves the calling thread off `core` to another it may run on, then lets it run on all of
/// them again. Does nothing where it may run on `core` only.
void studysite_leave_core(int core);

/// How many cores the calling thread may run on (-1 if that cannot be read).
int studysite_allowed_core_count(void);

#endif
