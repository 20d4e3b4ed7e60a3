#ifndef ARGMAP_FREE_MEMORY_H
#define ARGMAP_FREE_MEMORY_H

/// Hands the whole pages malloc holds free, in every arena, back to the system (glibc's
/// `malloc_trim`); does nothing with another C library. Freed memory otherwise stays resident
/// until malloc reuses it, and what one large step let go of may not fit what the next asks for.
void argmap_return_free_memory(void);

/// Has malloc map every block of 128 KB or more apart and unmap it when it is freed (glibc's
/// `M_MMAP_THRESHOLD`, which otherwise rises to the size of the largest block freed, up to 32 MB,
/// after which such blocks come from the heap and leave holes that stay resident); does nothing
/// with another C library. Costs page faults on each new large block, so for large maps only.
void argmap_return_large_blocks_when_freed(void);

#endif
