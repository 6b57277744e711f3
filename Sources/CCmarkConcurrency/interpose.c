// cmark-gfm 0.29 keeps the table of "special" inline characters in a process-wide array.
// At the start of every parse's inline pass it sets the characters of the parser's
// extensions (`~` for strikethrough, `:` `w` for autolinks) and at the end it clears them
// again, so one parser finishing clears them under another that is still running, which
// then silently loses strikethrough and autolinks. That is why parsing held one lock.
//
// The library makes both calls through its exported function
// `cmark_manage_extensions_special_characters` (through the PLT), so a definition in this
// program takes its place. The first parse attaches every extension StudySite uses, so the
// replacement sets all their characters (with the library's own code) and never clears them.
// Once the first parse has set them, nothing writes the table again, and parsers can run in
// parallel (a later parse without the autolink extension sees its `:` and `w` in the table:
// they only split text nodes, which the converter joins again). If the library was built so
// that its calls do not come here, `called` stays 0 and MarkdownParser keeps the lock.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>
#include "CCmarkConcurrency.h"

typedef void (*manage_function)(void *parser, int add);

static atomic_int called = 0;
static atomic_int characters_set = 0;
static manage_function library_version = NULL;

void cmark_manage_extensions_special_characters(void *parser, int add) {
    atomic_store(&called, 1);
    if (!add || atomic_load(&characters_set)) return;
    // Only reached by the first parse, which MarkdownParser runs alone under its lock.
    if (library_version == NULL) {
        library_version = (manage_function)dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters");
    }
    if (library_version != NULL) {
        library_version(parser, add);
        atomic_store(&characters_set, 1);
    }
}

int studysite_cmark_concurrent_parsing_ready(void) {
    return atomic_load(&called) && atomic_load(&characters_set);
}
