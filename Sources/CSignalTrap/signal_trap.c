#include "signal_trap.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

struct argmap_trap_state {
    struct termios saved_modes;
    int saved_modes_valid;
    char reset_sequence[512];
    size_t reset_length;
    int signal_pipe[2];
    struct sigaction previous[NSIG];
};

static struct argmap_trap_state state = {.signal_pipe = {-1, -1}};

int argmap_save_modes(void) {
    state.saved_modes_valid = tcgetattr(STDIN_FILENO, &state.saved_modes) == 0;
    return state.saved_modes_valid;
}

void argmap_set_reset_sequence(const char *bytes, size_t length) {
    if (length > sizeof state.reset_sequence) length = sizeof state.reset_sequence;
    memcpy(state.reset_sequence, bytes, length);
    state.reset_length = length;
}

static void argmap_restore_now(void) {
    size_t written = 0;
    while (written < state.reset_length) {
        ssize_t n = write(STDOUT_FILENO, state.reset_sequence + written, state.reset_length - written);
        if (n <= 0) break;
        written += (size_t)n;
    }
    if (state.saved_modes_valid) tcsetattr(STDIN_FILENO, TCSANOW, &state.saved_modes);
}

void argmap_restore_modes(void) {
    if (state.saved_modes_valid) tcsetattr(STDIN_FILENO, TCSANOW, &state.saved_modes);
}

void argmap_restore_handler(int signal_number) {
    if (signal_number > 0 && signal_number < NSIG) sigaction(signal_number, &state.previous[signal_number], NULL);
}

// After restoring the terminal, the crash takes its default action (a core dump). Not the
// Swift runtime's backtracer: on a terminal it waits for a key before the process ends.
static void argmap_crash_handler(int signal_number) {
    argmap_restore_now();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void argmap_notify_handler(int signal_number) {
    int saved_errno = errno;
    unsigned char byte = (unsigned char)signal_number;
    if (state.signal_pipe[1] >= 0) (void)!write(state.signal_pipe[1], &byte, 1);
    errno = saved_errno;
}

int argmap_signal_pipe_reader(void) {
    if (state.signal_pipe[0] >= 0) return state.signal_pipe[0];
    if (pipe(state.signal_pipe) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        fcntl(state.signal_pipe[i], F_SETFL, fcntl(state.signal_pipe[i], F_GETFL) | O_NONBLOCK);
        fcntl(state.signal_pipe[i], F_SETFD, FD_CLOEXEC);
    }
    return state.signal_pipe[0];
}

int argmap_install_handler(int signal_number, int crash) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = crash ? argmap_crash_handler : argmap_notify_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = crash ? SA_RESETHAND : SA_RESTART;
    if (signal_number <= 0 || signal_number >= NSIG) return -1;
    if (sigaction(signal_number, &action, &state.previous[signal_number]) != 0) return -1;
    // A parent may have started us with the signal blocked; it must reach the handler.
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signal_number);
    return sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

void argmap_default_handler(int signal_number) { signal(signal_number, SIG_DFL); }

int argmap_next_signal(void) {
    unsigned char byte;
    if (state.signal_pipe[0] < 0) return 0;
    return read(state.signal_pipe[0], &byte, 1) == 1 ? byte : 0;
}

