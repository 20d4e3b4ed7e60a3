import ArgumentMap
import ArgumentParser

extension MapFormat: ExpressibleByArgument {}

/// How every command reads its MAP: `--from FORMAT` (or `--input-format FORMAT`) and `--sources DIR`.
struct MapOptions: ParsableArguments, MapReading {
    @Option(name: [.customLong("from"), .customLong("input-format")], help: formatHelp)
    var format: MapFormat?

    @Option(name: .customLong("sources"), help: sourcesHelp)
    var folders: [String] = []
}

/// The same for `tree`, whose `--from` names the node to start from: the format is `--input-format`.
struct OutlineMapOptions: ParsableArguments, MapReading {
    @Option(name: .customLong("input-format"), help: formatHelp)
    var format: MapFormat?

    @Option(name: .customLong("sources"), help: sourcesHelp)
    var folders: [String] = []
}

private let formatHelp = ArgumentHelp("Read MAP as argdown, kialo or aif instead of recognising it from its content.", valueName: "FORMAT")
private let sourcesHelp = ArgumentHelp("Also allow sources in DIR (repeatable); by default they must sit in the map's folder.", valueName: "DIR")

protocol MapReading {
    var format: MapFormat? { get }
    var folders: [String] { get }
}

extension MapReading {
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
        return try loader.load(path, format: format)
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
