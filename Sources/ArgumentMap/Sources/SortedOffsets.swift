extension Array where Element == Int {
    /// The index of the last element not above `value`, in an array sorted ascending whose first
    /// element is not above it either: which line, or which run of folded text, holds an offset.
    func lastIndex(notAbove value: Int) -> Int {
        var low = 0
        var high = count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if self[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
