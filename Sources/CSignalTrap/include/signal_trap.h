#ifndef ARGMAP_SIGNAL_TRAP_H
#define ARGMAP_SIGNAL_TRAP_H

#include <stddef.h>

// Signal handling while argmap holds the terminal. Handlers may only do async-signal-safe
// work, so they live here in C with the state they touch. The state is defined once, in
// signal_trap.c: header-only statics would give each object file its own copy, and a
// release build that inlines a call into another module would then read a pipe nobody
// writes to.

/// Remembers the terminal's modes as they are now (what `stty -g` shows), to restore on a crash.
int argmap_save_modes(void);
/// The bytes a crash handler writes to leave the alternate screen, show the cursor and so on.
void argmap_set_reset_sequence(const char *bytes, size_t length);
/// Puts the modes saved by `argmap_save_modes` back, so `stty -g` reads as it did before.
void argmap_restore_modes(void);
/// Puts back the handler that was there before `argmap_install_handler`.
void argmap_restore_handler(int signal_number);
/// The read end of the pipe that notified signals are written to, or -1.
int argmap_signal_pipe_reader(void);
/// Catches `signal_number`: a crash restores the terminal and takes the default action; any
/// other signal is written to the pipe. Returns 0 on success.
int argmap_install_handler(int signal_number, int crash);
void argmap_default_handler(int signal_number);
/// Reads one notified signal number, or returns 0 when none is waiting.
int argmap_next_signal(void);

#endif
