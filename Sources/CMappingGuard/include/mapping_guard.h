#ifndef ARGMAP_MAPPING_GUARD_H
#define ARGMAP_MAPPING_GUARD_H

#include <stddef.h>

// A file mapped for reading raises SIGBUS when another program truncates it and a page past
// its new end is read. For a guarded mapping, the handler instead puts zero pages in place of
// the lost part and notes it; the reader reads on and asks afterwards. Any other SIGBUS goes to
// the handler that was there before (the runtime's backtracer, or the default core dump).

/// Guards `length` bytes mapped at `start`. Returns the guard's number, or -1 when no more
/// mappings can be guarded at once or the handler cannot be installed (then copy the file instead).
int argmap_guard_mapping(const void *start, size_t length);

/// Whether part of the guarded mapping was lost to a truncation and read as zeros.
int argmap_mapping_lost_pages(int guard);

/// Stops guarding; call before unmapping.
void argmap_unguard_mapping(int guard);

#endif
