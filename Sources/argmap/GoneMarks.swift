import ArgumentMap

extension Marks {
    /// Says on standard error which saved marks are for claims no longer in `map`, naming up to
    /// three: they count for nothing, and only the browser's marks list can drop them.
    func noteGone(from map: ArgumentMap) {
        let gone = gone(from: map)
        guard !gone.isEmpty else { return }
        let one = gone.count == 1
        let named = gone.prefix(3).map { "“\($0.title)”" }.joined(separator: ", ") + (gone.count > 3 ? " and \(gone.count - 3) more" : "")
        StandardError.write(
            "argmap: note: \(gone.count) saved \(one ? "mark is for a claim" : "marks are for claims") no longer in the map (\(named)), "
                + "so \(one ? "it counts" : "they count") for nothing; the browser's marks list (m) drops \(one ? "it" : "them") with d")
    }
}
