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

// Key codes of our own for the marks a terminal puts around pasted text once bracketed
// paste is on: above every code ncurses gives out, below the 16 bits its key table holds.
enum { ARGMAP_KEY_PASTE_START = 0x7A00, ARGMAP_KEY_PASTE_END = 0x7A01 };
static inline int argmap_key_paste_start(void) { return ARGMAP_KEY_PASTE_START; }
static inline int argmap_key_paste_end(void) { return ARGMAP_KEY_PASTE_END; }

/// Has `wget_wch` report the bracketed-paste marks as the two key codes above.
static inline void argmap_define_paste_keys(void) {
    define_key("\x1b[200~", ARGMAP_KEY_PASTE_START);
    define_key("\x1b[201~", ARGMAP_KEY_PASTE_END);
}

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

#endif
