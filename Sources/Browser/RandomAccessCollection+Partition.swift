extension RandomAccessCollection {
    /// The index of the first element for which `isAtOrAfter` holds, in a collection where it
    /// holds for every element after that one too; `endIndex` when it holds for none.
    func partitionPoint(where isAtOrAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = index(low, offsetBy: distance(from: low, to: high) / 2)
            if isAtOrAfter(self[middle]) { high = middle } else { low = index(after: middle) }
        }
        return low
    }
}
