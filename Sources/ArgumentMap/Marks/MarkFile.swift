/// The state file for one map's marks, as written to disk.
struct MarkFile: Codable, Equatable {
    static let currentVersion = 1

    var version: Int
    /// The map's absolute real path: what the file's name is a hash of.
    var map: String
    var marks: [Mark]

    init(map: String, marks: Marks) {
        self.version = MarkFile.currentVersion
        self.map = map
        self.marks = marks.all
    }
}
