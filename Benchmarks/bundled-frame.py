#!/usr/bin/env python3
"""The bundled debate's first frame, without a tracer: each ARGMAP binary in turn, ROUNDS times
alternated, in a fresh 100x30 pseudo-terminal; prints the milliseconds from the fork that execs
it to the moment its output holds the whole first frame (the status line's "? help"), then quits
it with q. Set ARGMAP_HOME (or use a build inside the package) so it finds the debate.

    Benchmarks/bundled-frame.py ROUNDS ARGMAP...
"""
import fcntl, os, pty, select, struct, sys, termios, time

rounds, binaries = int(sys.argv[1]), sys.argv[2:]

def first_frame_ms(binary):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv(binary, [binary])
    seen, shown = b"", None
    while shown is None and time.perf_counter() - start < 10:
        if select.select([fd], [], [], 0.5)[0]:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
            if b"? help" in seen:
                shown = time.perf_counter()
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)
    return None if shown is None else 1000 * (shown - start)

for round in range(1, rounds + 1):
    for binary in binaries:
        ms = first_frame_ms(binary)
        print(f"{binary} run {round}: first frame shown {ms:.1f} ms after fork" if ms else f"{binary} run {round}: no frame", flush=True)
        time.sleep(0.3)
