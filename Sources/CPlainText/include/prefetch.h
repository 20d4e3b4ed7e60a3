#ifndef ARGMAP_PREFETCH_H
#define ARGMAP_PREFETCH_H

/// Asks for the cache line at `address` to be loaded, for a write soon, without waiting for it:
/// a look-up known a moment ahead then finds it there instead of stalling on memory.
static inline void argmap_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
