// A bump allocator for cmark-gfm, one per thread. A parse allocates a node for every piece of
// the document, a buffer for every line and inline run, and grows them with realloc; with
// malloc, each of those is allocated and later freed one by one (and freeing the tree walks
// it again). Here each thread hands out memory from blocks it keeps, `free` does nothing,
// and the whole parse's memory is taken back at once when the tree has been copied into
// Swift values (`studysite_cmark_arena_reset`). The blocks stay for the thread's next parse;
// beyond a few, they are returned to the system at the reset.
//
// A thread's blocks are freed when the thread ends (a key destructor): `serve` lives on while
// Dispatch's worker threads come and go.
//
// Every allocation has its size in the eight bytes before it, so that realloc can copy it;
// the last allocation of a block grows in place when the block has room (a growing buffer
// is nearly always the last thing allocated).
#include <pthread.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "CCmarkArena.h"

typedef struct block {
  struct block *next;
  size_t capacity;
  size_t used;
  alignas(16) unsigned char data[];
} block;

enum { block_size = 1 << 20, kept_bytes = 8 << 20, header = 16 };

static _Thread_local block *first;    // the thread's blocks, in order
static _Thread_local block *current;  // the block being filled
static _Thread_local void *last;      // the latest allocation, which realloc may grow in place

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

static pthread_key_t blocks_key;
static pthread_once_t blocks_key_once = PTHREAD_ONCE_INIT;

/// Frees a chain of blocks: the key's destructor, given the thread's first block.
static void free_blocks(void *chain) {
  block *next = chain;
  while (next) {
    block *this = next;
    next = this->next;
    free(this);
  }
}

static void make_blocks_key(void) { pthread_key_create(&blocks_key, free_blocks); }

/// Tells the key where the thread's chain starts now, for its destructor.
static void remember_first(void) {
  pthread_once(&blocks_key_once, make_blocks_key);
  pthread_setspecific(blocks_key, first);
}

static void out_of_memory(void) {
  fputs("studysite: out of memory while parsing Markdown\n", stderr);
  abort();
}

static block *new_block(size_t need) {
  size_t capacity = need > block_size ? rounded(need) : block_size;
  block *fresh = malloc(sizeof(block) + capacity);
  if (!fresh) out_of_memory();
  fresh->next = NULL;
  fresh->capacity = capacity;
  fresh->used = 0;
  return fresh;
}

static void *allocate(size_t size) {
  size_t need = header + rounded(size ? size : 1);
  if (!current) {
    current = first = new_block(need);
    remember_first();
  }
  while (current->capacity - current->used < need) {
    // The next kept block, if it is big enough; otherwise a new one goes in after this one.
    if (!current->next || current->next->capacity < need) {
      block *fresh = new_block(need);
      fresh->next = current->next;
      current->next = fresh;
    }
    current = current->next;
    current->used = 0;
  }
  unsigned char *start = current->data + current->used;
  current->used += need;
  *(size_t *)(start + header - sizeof(size_t)) = size;
  last = start + header;
  return last;
}

static size_t size_of(void *pointer) { return *(size_t *)((unsigned char *)pointer - sizeof(size_t)); }

static void *arena_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) out_of_memory();
  void *pointer = allocate(count * size);
  memset(pointer, 0, count * size);
  return pointer;
}

static void *arena_realloc(void *pointer, size_t size) {
  if (!pointer) return allocate(size);
  size_t old = size_of(pointer);
  if (pointer == last) {
    // The block's last allocation: it grows (or shrinks) where it is when there is room.
    size_t start = (size_t)((unsigned char *)pointer - current->data);
    size_t end = start + rounded(size ? size : 1);
    if (end <= current->capacity) {
      current->used = end;
      *(size_t *)((unsigned char *)pointer - sizeof(size_t)) = size;
      return pointer;
    }
  }
  void *moved = allocate(size);
  memcpy(moved, pointer, old < size ? old : size);
  return moved;
}

static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

cmark_mem *studysite_cmark_arena(void) { return &allocator; }

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STUDYSITE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define STUDYSITE_ASAN 1
#endif

int studysite_cmark_arena_enabled(void) {
#ifdef STUDYSITE_ASAN
  return 0;
#else
  return 1;
#endif
}

void studysite_cmark_arena_reset(void) {
  // The first blocks are kept for the next parse, up to `kept_bytes`; the rest are freed.
  size_t kept = 0;
  block **link = &first;
  while (*link) {
    block *this = *link;
    if (kept + this->capacity <= kept_bytes) {
      kept += this->capacity;
      this->used = 0;
      link = &this->next;
    } else {
      *link = this->next;
      free(this);
    }
  }
  current = first;
  last = NULL;
  remember_first();
}
