#include "mapping_guard.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// The handler only reads the slots and maps pages: no locks, no allocation. Registration is
// serialised by a mutex; a slot's start is published last and cleared first, so the handler
// never sees a slot half set.
#define ARGMAP_GUARD_SLOTS 64

struct argmap_guarded_mapping {
    atomic_int taken;
    atomic_uintptr_t start;
    atomic_size_t length;
    atomic_int lost_pages;
};

static struct argmap_guarded_mapping slots[ARGMAP_GUARD_SLOTS];
static pthread_mutex_t registration = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction previous;
static atomic_uintptr_t page_size;

static void argmap_on_bus_error(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    uintptr_t address = (uintptr_t)info->si_addr;
    // A positive code means the fault came from a memory access; a SIGBUS sent by kill has none.
    if (info->si_code > 0) {
        uintptr_t page = atomic_load(&page_size);
        for (int i = 0; i < ARGMAP_GUARD_SLOTS; i++) {
            uintptr_t start = atomic_load(&slots[i].start);
            size_t length = atomic_load(&slots[i].length);
            if (start == 0 || address < start || address - start >= length) continue;
            uintptr_t from = address & ~(page - 1);
            uintptr_t end = (start + length + page - 1) & ~(page - 1);
            void *zeros = mmap((void *)from, end - from, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
            if (zeros == MAP_FAILED) break;
            atomic_store(&slots[i].lost_pages, 1);
            return;
        }
    }
    // Not ours: the handler before takes it. A fault happens again on return; a sent signal is sent again.
    sigaction(signal_number, &previous, NULL);
    if (info->si_code <= 0) raise(signal_number);
}

// Installs the handler unless it is there already (the terminal's crash handlers may have
// taken its place since), keeping the one it replaces.
static int argmap_install_bus_handler(void) {
    struct sigaction current;
    if (sigaction(SIGBUS, NULL, &current) != 0) return -1;
    if ((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == argmap_on_bus_error) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = argmap_on_bus_error;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO;
    atomic_store(&page_size, (uintptr_t)sysconf(_SC_PAGESIZE));
    return sigaction(SIGBUS, &action, &previous);
}

int argmap_guard_mapping(const void *start, size_t length) {
    if (start == NULL || length == 0) return -1;
    pthread_mutex_lock(&registration);
    int guard = -1;
    if (argmap_install_bus_handler() == 0) {
        for (int i = 0; i < ARGMAP_GUARD_SLOTS && guard < 0; i++) {
            if (atomic_load(&slots[i].taken)) continue;
            atomic_store(&slots[i].taken, 1);
            atomic_store(&slots[i].lost_pages, 0);
            atomic_store(&slots[i].length, length);
            atomic_store(&slots[i].start, (uintptr_t)start);
            guard = i;
        }
    }
    pthread_mutex_unlock(&registration);
    return guard;
}

int argmap_mapping_lost_pages(int guard) {
    if (guard < 0 || guard >= ARGMAP_GUARD_SLOTS) return 0;
    return atomic_load(&slots[guard].lost_pages);
}

void argmap_unguard_mapping(int guard) {
    if (guard < 0 || guard >= ARGMAP_GUARD_SLOTS) return;
    pthread_mutex_lock(&registration);
    atomic_store(&slots[guard].start, 0);
    atomic_store(&slots[guard].length, 0);
    atomic_store(&slots[guard].taken, 0);
    pthread_mutex_unlock(&registration);
}
