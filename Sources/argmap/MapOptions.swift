import ArgumentMap
import ArgumentParser
import Foundation

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
        let (loader, file) = try locate(path)
        return try loader.load(file, format: format)
    }

    /// The map at `path`, or the bundled debate, as read, with the loader that finds its citations.
    func read(_ path: String?) throws(MapLoadError) -> (ParsedMap, MapLoader) {
        let (loader, file) = try locate(path)
        return (try loader.read(file, format: format), loader)
    }

    /// The beginning of the map at `path` (`MapLoader.readBeginning`), with the loader and the
    /// path to read the whole with; nil when the map is to be read whole at once, or cannot be
    /// read at all (`openUnresolved` then says why).
    func readBeginning(_ path: String?) -> (MapBeginning, MapLoader, String)? {
        guard let (loader, file) = try? locate(path), let beginning = loader.readBeginning(file, format: format) else { return nil }
        return (beginning, loader, file)
    }

    /// The loader for the map at `path` (the bundled debate when nil) and the map's path.
    private func locate(_ path: String?) throws(MapLoadError) -> (MapLoader, String) {
        var installation: Installation?
        var lookupFailure = MapLoadError.noInstallation(searched: [])
        do {
            installation = try Installation.locate()
        } catch {
            lookupFailure = error
        }
        for folder in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
                throw .sourcesFolder(folder, problem: "there is no such folder")
            }
            guard isFolder.boolValue else { throw .sourcesFolder(folder, problem: "this is a file, not a folder") }
        }
        let loader = MapLoader(policy: SourcePathPolicy(allowedFolders: folders, trustedFolders: installation.map { [$0.resources] } ?? []))
        guard let path = path ?? installation?.bundledMap else { throw lookupFailure }
        return (loader, path)
    }

    /// Like `load`, but prints why a map cannot be read and exits with 66 (EX_NOINPUT). The map's
    /// errors go to standard error at once, and make the command exit with 65 once it is done.
    /// `kind` names what a missing file should have been, for commands where MAP is not optional.
    func open(_ path: String?, kind: String? = nil) throws -> LoadedMap {
        try reporting(kind: kind) { () throws(MapLoadError) in
            let loaded = try load(path)
            MapProblems.report(loaded)
            return loaded
        }
    }

    /// Like `open`, but only reads the map: the problems reported are the reading's, and the
    /// loader that finds the citations comes with it.
    func openUnresolved(_ path: String?) throws -> (ParsedMap, MapLoader) {
        try reporting(kind: nil) { () throws(MapLoadError) in
            let (parsed, loader) = try read(path)
            MapProblems.report(parsed.unresolved)
            return (parsed, loader)
        }
    }

    private func reporting<Opened>(kind: String?, _ opening: () throws(MapLoadError) -> Opened) throws -> Opened {
        do throws(MapLoadError) {
            return try opening()
        } catch .unreadable(.missing(let missing)) where kind != nil {
            StandardError.write("argmap: no file at \(missing); give the path of \(kind ?? "a map")")
            throw ExitCode(66)
        } catch .binary(let problem) {
            StandardError.write(problem.description)
            throw ExitCode(66)
        } catch {
            StandardError.write("argmap: \(error)")
            throw ExitCode(66)
        }
    }
}
