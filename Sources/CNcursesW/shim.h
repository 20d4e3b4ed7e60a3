#ifndef ARGMAP_CNCURSESW_SHIM_H
#define ARGMAP_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses mutable C globals and cannot import function-like macros,
// so everything the Terminal target needs from them is wrapped here.

static inline WINDOW *argmap_stdscr(void) { return stdscr; }
static inline WINDOW *argmap_curscr(void) { return curscr; }
static inline int argmap_lines(void) { return LINES; }
static inline int argmap_cols(void) { return COLS; }
static inline int argmap_colors(void) { return COLORS; }
static inline int argmap_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t argmap_a_normal(void) { return A_NORMAL; }
static inline attr_t argmap_a_bold(void) { return A_BOLD; }
static inline attr_t argmap_a_dim(void) { return A_DIM; }
static inline attr_t argmap_a_underline(void) { return A_UNDERLINE; }
static inline attr_t argmap_a_reverse(void) { return A_REVERSE; }
static inline attr_t argmap_a_italic(void) { return A_ITALIC; }

static inline mmask_t argmap_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t argmap_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t argmap_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t argmap_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t argmap_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t argmap_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

static inline int argmap_key_code_yes(void) { return KEY_CODE_YES; }
static inline int argmap_key_resize(void) { return KEY_RESIZE; }
static inline int argmap_key_mouse(void) { return KEY_MOUSE; }

static inline int argmap_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int argmap_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

static inline int argmap_wcwidth(wchar_t c) { return wcwidth(c); }

static inline int argmap_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline SCREEN *argmap_newterm(void) { return newterm(NULL, stdout, stdin); }

/// Rows and columns of the terminal on standard output, or 0 when it cannot be asked.
static inline int argmap_window_size(int *rows, int *columns) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 1;
}

// Signal handling. Handlers may only do async-signal-safe work, so they live here in C
// with the state they touch. The state is `static`, one copy per object file that uses
// it, so a single Swift file (Terminal/SignalTrap.swift) must make every call below.

// Swift does not emit file-scope statics of a header, so the state lives in functions.
struct argmap_trap_state {
    struct termios saved_modes;
    int saved_modes_valid;
    char reset_sequence[512];
    size_t reset_length;
    int signal_pipe[2];
    struct sigaction previous[NSIG];
};

static inline struct argmap_trap_state *argmap_trap(void) {
    static struct argmap_trap_state state = {.signal_pipe = {-1, -1}};
    return &state;
}

/// Remembers the terminal's modes as they are now (what `stty -g` shows), to restore on a crash.
static inline int argmap_save_modes(void) {
    argmap_trap()->saved_modes_valid = tcgetattr(STDIN_FILENO, &argmap_trap()->saved_modes) == 0;
    return argmap_trap()->saved_modes_valid;
}

/// The bytes a crash handler writes to leave the alternate screen, show the cursor and so on.
static inline void argmap_set_reset_sequence(const char *bytes, size_t length) {
    if (length > sizeof argmap_trap()->reset_sequence) length = sizeof argmap_trap()->reset_sequence;
    memcpy(argmap_trap()->reset_sequence, bytes, length);
    argmap_trap()->reset_length = length;
}

static inline void argmap_restore_now(void) {
    size_t written = 0;
    while (written < argmap_trap()->reset_length) {
        ssize_t n = write(STDOUT_FILENO, argmap_trap()->reset_sequence + written, argmap_trap()->reset_length - written);
        if (n <= 0) break;
        written += (size_t)n;
    }
    if (argmap_trap()->saved_modes_valid) tcsetattr(STDIN_FILENO, TCSANOW, &argmap_trap()->saved_modes);
}

/// Puts the modes saved by `argmap_save_modes` back, so `stty -g` reads as it did before.
static inline void argmap_restore_modes(void) {
    if (argmap_trap()->saved_modes_valid) tcsetattr(STDIN_FILENO, TCSANOW, &argmap_trap()->saved_modes);
}

/// Puts back the handler that was there before `argmap_install_handler`.
static inline void argmap_restore_handler(int signal_number) {
    if (signal_number > 0 && signal_number < NSIG) sigaction(signal_number, &argmap_trap()->previous[signal_number], NULL);
}

// After restoring the terminal, the crash takes its default action (a core dump). Not the
// Swift runtime's backtracer: on a terminal it waits for a key before the process ends.
static inline void argmap_crash_handler(int signal_number) {
    argmap_restore_now();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static inline void argmap_notify_handler(int signal_number) {
    int saved_errno = errno;
    unsigned char byte = (unsigned char)signal_number;
    if (argmap_trap()->signal_pipe[1] >= 0) (void)!write(argmap_trap()->signal_pipe[1], &byte, 1);
    errno = saved_errno;
}

/// The read end of the pipe that notified signals are written to, or -1.
static inline int argmap_signal_pipe_reader(void) {
    if (argmap_trap()->signal_pipe[0] >= 0) return argmap_trap()->signal_pipe[0];
    if (pipe(argmap_trap()->signal_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(argmap_trap()->signal_pipe[i], F_SETFL, fcntl(argmap_trap()->signal_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(argmap_trap()->signal_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    return argmap_trap()->signal_pipe[0];
}

static inline int argmap_install_handler(int signal_number, int crash) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = crash ? argmap_crash_handler : argmap_notify_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = crash ? SA_RESETHAND : SA_RESTART;
    if (signal_number <= 0 || signal_number >= NSIG) return -1;
    if (sigaction(signal_number, &action, &argmap_trap()->previous[signal_number]) != 0) return -1;
    // A parent may have started us with the signal blocked; it must reach the handler.
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signal_number);
    return sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

static inline void argmap_default_handler(int signal_number) { signal(signal_number, SIG_DFL); }

/// Reads one notified signal number, or returns 0 when none is waiting.
static inline int argmap_next_signal(void) {
    unsigned char byte;
    if (argmap_trap()->signal_pipe[0] < 0) return 0;
    return read(argmap_trap()->signal_pipe[0], &byte, 1) == 1 ? byte : 0;
}

#endif
