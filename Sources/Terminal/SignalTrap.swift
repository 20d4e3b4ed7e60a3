import CSignalTrap
import Glibc

/// The process's signal handling while the terminal is taken over; the handlers and the
/// state they touch are C, in the CSignalTrap target.
enum SignalTrap {
    /// Signals that end the program; the run loop hears of them through the pipe.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Signals after which the terminal is restored at once, then the signal's default
    /// action (a core dump) takes place. Once the terminal is given back, the handlers
    /// that were there before (such as the runtime's backtracer) return.
    static let crashing: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP, SIGQUIT]

    /// Saves the terminal modes and installs the handlers. Returns the pipe to poll, or -1.
    static func install() -> Int32 {
        _ = argmap_save_modes()
        let pipe = argmap_signal_pipe_reader()
        for signal in terminating + [SIGTSTP, SIGWINCH] { _ = argmap_install_handler(signal, 0) }
        for signal in crashing { _ = argmap_install_handler(signal, 1) }
        return pipe
    }

    static func setResetSequence(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { argmap_set_reset_sequence($0.baseAddress, $0.count) }
        }
    }

    static func uninstall() {
        for signal in terminating + [SIGTSTP, SIGWINCH] + crashing { argmap_restore_handler(signal) }
    }

    /// The next signal the handlers have noted, if any.
    static func next() -> Int32? {
        let signal = argmap_next_signal()
        return signal == 0 ? nil : signal
    }

    /// Ends the process with `signal`'s default action, as if it had never been caught.
    static func reraise(_ signal: Int32) -> Never {
        argmap_default_handler(signal)
        raise(signal)
        exit(128 + signal)
    }
}

extension SignalTrap {
    /// Puts the terminal modes back as they were when the trap was installed.
    static func restoreModes() { argmap_restore_modes() }
}
