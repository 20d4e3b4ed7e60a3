/// The searches accepted in this session, oldest first, which Up and Down bring back in the
/// search prompt, as in vim and less.
struct SearchHistory: Hashable, Sendable {
    private(set) var queries: [String] = []

    static let limit = 100

    /// Keeps an accepted query as the newest; one searched for again moves there from its place.
    mutating func add(_ query: String) {
        queries.removeAll { $0 == query }
        queries.append(query)
        if queries.count > Self.limit { queries.removeFirst() }
    }
}
