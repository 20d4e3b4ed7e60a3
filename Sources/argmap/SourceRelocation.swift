import ArgumentMap
import Foundation

/// Source paths rewritten for a copy of a map written to another folder, so its citations still
/// find their sources: relative to that folder when a source lies inside it, absolute otherwise.
struct SourceRelocation {
    private(set) var map: ArgumentMap
    /// The folders of sources outside the new folder, which opening the copy needs `--sources` for.
    private(set) var outsideFolders: [String] = []

    init(_ loaded: LoadedMap, into folder: String) {
        map = loaded.map
        let folder = Self.absolute(folder)
        let mapFolder = loaded.map.file.map { Self.absolute($0 + "/..") } ?? Self.absolute(".")
        var rewritten: [String: String] = [:]
        for index in map.sources.indices {
            let source = map.sources[index]
            let path = loaded.documents[source.id]?.path ?? Self.absolute(source.file, in: mapFolder)
            let file: String
            if path.hasPrefix(folder + "/") {
                file = String(path.dropFirst(folder.count + 1))
            } else {
                file = path
                let sourceFolder = Self.absolute(path + "/..")
                if !outsideFolders.contains(sourceFolder) { outsideFolders.append(sourceFolder) }
            }
            map.sources[index].file = file
            rewritten[source.id] = file
        }
        if let index = map.frontMatter.firstIndex(where: { $0.key == "sources" }), let entries = map.frontMatter[index].value.entries {
            map.frontMatter[index].value = .map(entries.map { entry in
                Self.withFile(rewritten[entry.key], in: entry)
            })
        }
    }

    /// The declaration `entry` (`id: path` or `id: {file: path, ...}`) pointing at `file` instead.
    private static func withFile(_ file: String?, in entry: DataEntry) -> DataEntry {
        guard let file else { return entry }
        switch entry.value {
        case .string:
            return DataEntry(entry.key, .string(file))
        case .map(let fields):
            return DataEntry(entry.key, .map(fields.map { $0.key == "file" ? DataEntry("file", .string(file)) : $0 }))
        default:
            return entry
        }
    }

    private static func absolute(_ path: String, in folder: String = FileManager.default.currentDirectoryPath) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: folder, isDirectory: true)).standardizedFileURL.path
    }
}
