import Foundation

/// Where argmap's own files live: the folder holding `maps/debate.argdown` and `Resources/`.
public struct Installation: Sendable, Hashable {
    public var root: String

    public init(root: String) { self.root = root }

    public var bundledMap: String { root + "/maps/debate.argdown" }
    public var resources: String { root + "/Resources" }

    public static let systemRoots = ["/usr/local/share/argmap", "/usr/share/argmap"]

    /// `$ARGMAP_HOME` if set; else the nearest folder above the running executable (as
    /// `swift run` leaves it in `.build/debug/`); else the system-wide share folders.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String? = runningExecutable
    ) throws(MapLoadError) -> Installation {
        if let home = environment["ARGMAP_HOME"], !home.isEmpty {
            let root = FileSystemPath.absolute(home, relativeTo: FileSystemPath.currentDirectory)
            guard holdsInstallation(root) else { throw .badHome(home) }
            return Installation(root: root)
        }
        var searched: [String] = []
        if let executable {
            var folder = FileSystemPath.folder(of: executable)
            while true {
                if holdsInstallation(folder) { return Installation(root: folder) }
                guard folder != "/" else { break }
                folder = FileSystemPath.folder(of: folder)
            }
            searched.append("the folders above \(executable)")
        }
        for root in systemRoots {
            if holdsInstallation(root) { return Installation(root: root) }
            searched.append(root)
        }
        throw .noInstallation(searched: searched)
    }

    /// The real path of the program running now.
    public static var runningExecutable: String? {
        if let linux = FileSystemPath.real("/proc/self/exe") { return linux }
        guard let first = CommandLine.arguments.first else { return nil }
        return FileSystemPath.real(FileSystemPath.absolute(first, relativeTo: FileSystemPath.currentDirectory))
    }

    private static func holdsInstallation(_ folder: String) -> Bool {
        var isFolder: ObjCBool = false
        let fileManager = FileManager.default
        return fileManager.fileExists(atPath: folder + "/maps/debate.argdown")
            && fileManager.fileExists(atPath: folder + "/Resources", isDirectory: &isFolder) && isFolder.boolValue
    }
}
