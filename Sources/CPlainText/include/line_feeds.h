#ifndef ARGMAP_LINE_FEEDS_H
#define ARGMAP_LINE_FEEDS_H

#include <stddef.h>
#include <stdint.h>

/// How many line feeds the `count` bytes at `bytes` hold: sixteen bytes at a time in SSE2
/// registers where there are any, as `wc -l` counts them.
size_t argmap_line_feeds(const uint8_t *bytes, size_t count);

#endif
