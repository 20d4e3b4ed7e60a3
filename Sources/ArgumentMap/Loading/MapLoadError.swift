/// Why a map could not be loaded at all (problems inside a map are diagnostics instead).
public enum MapLoadError: Error, Hashable, CustomStringConvertible {
    case unreadable(FileReadFailure)
    case noInstallation(searched: [String])
    case badHome(String)
    case emptyPath
    /// A `--sources DIR` that is not a folder.
    case sourcesFolder(String, problem: String)
    /// A NUL byte near the start of the file, where it says.
    case binary(Diagnostic)

    public var description: String {
        switch self {
        case .unreadable(.missing(let path)):
            "no map at \(path); give the path of an .argdown file, or none for the bundled debate"
        case .unreadable(let failure):
            "cannot open the map: \(failure)"
        case .noInstallation(let searched):
            "cannot find the bundled debate (maps/debate.argdown beside Resources/); looked in "
                + searched.joined(separator: ", ") + "; set ARGMAP_HOME to the folder holding them, or give a MAP"
        case .binary(let problem):
            problem.description
        case let .sourcesFolder(folder, problem):
            "--sources \(folder): \(problem); give the folder that holds the map's sources"
        case .emptyPath:
            "the map's path is empty; give the path of an .argdown file, or none for the bundled debate"
        case .badHome(let home):
            "ARGMAP_HOME is \(home), which holds no maps/debate.argdown and Resources/; point it at the argmap folder or unset it"
        }
    }
}
