import ArgumentParser
import Foundation

/// A first word that is neither a command nor a file, but a command misspelt: `argmap chek`
/// would otherwise be taken for a map named `chek` and reported missing.
enum CommandSuggestion {
    /// The command `word` is probably a misspelling of: one or two letters off (a swap of two
    /// neighbours counts as one), when `word` names no file and looks like no path.
    static func command(near word: String, among names: [String]) -> String? {
        guard !word.isEmpty, !word.hasPrefix("-"), !word.contains("/"), !word.contains("."),
              !names.contains(word), !FileManager.default.fileExists(atPath: word) else { return nil }
        let lowered = word.lowercased()
        let scored = names.map { ($0, editDistance(lowered, $0)) }.filter { $0.1 <= min(2, $0.0.count / 2) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbouring characters, each counting one.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
