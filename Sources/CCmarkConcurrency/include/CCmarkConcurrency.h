#ifndef STUDYSITE_CCMARK_CONCURRENCY_H
#define STUDYSITE_CCMARK_CONCURRENCY_H

/// 1 when cmark-gfm called this program's replacement for
/// `cmark_manage_extensions_special_characters` (see interpose.c) and the library's own
/// version was found, so parsers may run on several threads at once.
int studysite_cmark_concurrent_parsing_ready(void);

#endif
