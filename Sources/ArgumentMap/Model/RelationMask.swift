/// Some of a map's relations, marked by their index in `relations`.
struct RelationMask {
    private var isMarked: [Bool]

    init(count: Int) { isMarked = [Bool](repeating: false, count: count) }

    mutating func insert(_ index: Int) { isMarked[index] = true }

    func contains(_ index: Int) -> Bool { isMarked[index] }

}
