#include "free_memory.h"

// Defines __GLIBC__ under glibc (through <features.h>), which the test below needs first:
// without a C library header before it, malloc_trim was left out and nothing was given back.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void argmap_return_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void argmap_return_large_blocks_when_freed(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
