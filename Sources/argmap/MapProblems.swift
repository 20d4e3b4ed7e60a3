import ArgumentMap
import Foundation

/// Problems in the maps a command opened. They are reported the moment a map is open, so the
/// command still prints what could be read, and become exit status 65 when the command ends.
enum MapProblems {
    /// Errors printed one by one before the rest are only counted.
    static let shownErrors = 20

    private static let sawErrors = LockedFlag()

    static var haveErrors: Bool { sawErrors.isSet }

    /// Prints the errors in `loaded` compiler style and its warnings as a count, to standard error.
    /// The count takes in what `check` warns of besides what reading found.
    static func report(_ loaded: LoadedMap) {
        report(loaded.diagnostics + CheckReport.warningsBeyondReading(loaded.map, diagnostics: loaded.diagnostics), in: loaded.map.file)
    }

    /// The same for what a search of the sources found after the map itself was reported.
    static func report(citationProblems: [Diagnostic], in map: ArgumentMap) {
        report(citationProblems, in: map.file)
    }

    private static func report(_ diagnostics: [Diagnostic], in file: String?) {
        let errors = diagnostics.filter { $0.severity == .error }.sorted { $0.location < $1.location }
        let warnings = diagnostics.count { $0.severity == .warning }
        let file = file ?? "MAP"
        for error in errors.prefix(shownErrors) { StandardError.write(error.description) }
        if errors.count > shownErrors {
            StandardError.write("argmap: \(NodeLabel.count(errors.count - shownErrors, "more error")) in \(file); run `argmap check \(file)` to see them all")
        }
        if warnings > 0 {
            StandardError.write("argmap: \(NodeLabel.count(warnings, "warning")) in \(file); run `argmap check \(file)` for details")
        }
        if !errors.isEmpty { sawErrors.set() }
    }
}

/// A flag set once from any thread and read at exit.
private final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
