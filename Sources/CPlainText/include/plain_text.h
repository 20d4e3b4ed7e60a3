#ifndef ARGMAP_PLAIN_TEXT_H
#define ARGMAP_PLAIN_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/// Whether `count` bytes hold no markup (a backslash, `#`, `@`, `[`, `*`, `_`, a tab or a line
/// break) and no space after a space: text an Argdown statement shows exactly as written. False
/// may also be said of other plain text (with a control byte, say), which only costs its reader
/// the slower way to the same text.
/// Sixteen bytes at a time in SSE2 registers where there are any; Swift's `SIMD` types compile
/// such comparisons one lane at a time.
bool argmap_bytes_are_plain(const uint8_t *bytes, size_t count);

/// Narrows `*start..<*end` past the spaces that begin and end it, and tells whether what is left
/// is plain (`argmap_bytes_are_plain`).
bool argmap_trimmed_bytes_are_plain(const uint8_t *bytes, size_t *start, size_t *end);

/// How many of the `count` bytes at `bytes` are ASCII other than NUL before the first byte that
/// is not: sixteen at a time where SSE2 is there.
size_t argmap_ascii_run_length(const uint8_t *bytes, size_t count);

/// The index of the first of the `set_count` bytes at `set` (at most eight) in the `count` bytes
/// at `bytes` from `start` on, or `count`: sixteen bytes at a time where SSE2 is there, the bytes
/// before `start` read too (not matched) so that a short rest needs no byte-by-byte loop.
size_t argmap_first_of(const uint8_t *bytes, size_t count, size_t start, const uint8_t *set, size_t set_count);

/// How many of the `count` bytes at `bytes` are `byte`: sixteen at a time where SSE2 is there.
size_t argmap_count_of(const uint8_t *bytes, size_t count, uint8_t byte);

/// The index of the first line feed in the `count` bytes at `bytes`, or `count`: the C library's
/// `memchr` reads a line a vector at a time, more than Swift's `SIMD` types do per step.
static inline size_t argmap_line_end(const uint8_t *bytes, size_t count) {
    const uint8_t *feed = (const uint8_t *)memchr(bytes, '\n', count);
    return feed ? (size_t)(feed - bytes) : count;
}

#endif
