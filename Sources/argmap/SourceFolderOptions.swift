import ArgumentMap
import ArgumentParser

/// `--sources DIR`: folders outside the map's own that its sources may come from.
struct SourceFolderOptions: ParsableArguments {
    @Option(
        name: .customLong("sources"),
        help: ArgumentHelp("Also allow sources in DIR (repeatable); by default they must sit in the map's folder.", valueName: "DIR")
    )
    var folders: [String] = []

    /// The map at `path`, or the bundled debate when `path` is nil, with its sources loaded.
    func load(_ path: String?) throws(MapLoadError) -> LoadedMap {
        var installation: Installation?
        var lookupFailure = MapLoadError.noInstallation(searched: [])
        do {
            installation = try Installation.locate()
        } catch {
            lookupFailure = error
        }
        let loader = MapLoader(policy: SourcePathPolicy(allowedFolders: folders, trustedFolders: installation.map { [$0.resources] } ?? []))
        guard let path = path ?? installation?.bundledMap else { throw lookupFailure }
        return try loader.load(path)
    }

    /// Like `load`, but prints why a map cannot be read and exits with 66 (EX_NOINPUT).
    func open(_ path: String?) throws -> LoadedMap {
        do {
            return try load(path)
        } catch {
            StandardError.write("argmap: \(error)")
            throw ExitCode(66)
        }
    }
}
