#ifndef ARGMAP_FREE_MEMORY_H
#define ARGMAP_FREE_MEMORY_H

/// Hands the whole pages malloc holds free, in every arena, back to the system (glibc's
/// `malloc_trim`); does nothing with another C library. Freed memory otherwise stays resident
/// until malloc reuses it, and what one large step let go of may not fit what the next asks for.
void argmap_return_free_memory(void);

#endif
