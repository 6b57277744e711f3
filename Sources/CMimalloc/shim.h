// mimalloc (Debian: libmimalloc-dev). Linking it replaces malloc and free for the whole
// process, the Swift runtime included: see docs/performance.md for why.
#include <mimalloc.h>
