// Thread placement that Swift cannot reach: sched_getcpu and pthread_attr_setaffinity_np
// are GNU extensions, not in Glibc's Swift module.
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include "CThreadPlacement.h"

struct start {
    void (*body)(void *);
    void *context;
    cpu_set_t allowed;
    int restore;
};

static void *run(void *argument) {
    struct start *start = argument;
    // Free to move again, within the cores its creator may use.
    if (start->restore) sched_setaffinity(0, sizeof start->allowed, &start->allowed);
    void (*body)(void *) = start->body;
    void *context = start->context;
    free(start);
    body(context);
    return NULL;
}

int studysite_start_thread_elsewhere(void (*body)(void *), void *context, size_t stack_size) {
    struct start *start = malloc(sizeof *start);
    if (start == NULL) return -1;
    start->body = body;
    start->context = context;
    start->restore = 0;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setstacksize(&attributes, stack_size);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0
        && CPU_ISSET(here, &start->allowed) && CPU_COUNT(&start->allowed) > 1) {
        cpu_set_t elsewhere = start->allowed;
        CPU_CLR(here, &elsewhere);
        start->restore = pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere) == 0;
    }
    pthread_t thread;
    int result = pthread_create(&thread, &attributes, run, start);
    pthread_attr_destroy(&attributes);
    if (result != 0) free(start);
    return result;
}

int studysite_allowed_core_count(void) {
    cpu_set_t allowed;
    return sched_getaffinity(0, sizeof allowed, &allowed) == 0 ? CPU_COUNT(&allowed) : -1;
}

int studysite_current_core(void) { return sched_getcpu(); }

void studysite_leave_core(int core) {
    cpu_set_t allowed;
    if (core < 0 || sched_getaffinity(0, sizeof allowed, &allowed) != 0 || !CPU_ISSET(core, &allowed)
        || CPU_COUNT(&allowed) < 2) return;
    cpu_set_t elsewhere = allowed;
    CPU_CLR(core, &elsewhere);
    // Leaving the core's set moves the thread at once; the whole set is then allowed again.
    if (sched_setaffinity(0, sizeof elsewhere, &elsewhere) == 0) sched_setaffinity(0, sizeof allowed, &allowed);
}
