/// Tells titles apart that would be the same: the second "Claim" becomes "Claim (2)", the third
/// "Claim (3)", skipping any suffixed title already taken.
struct TitleSuffixes: Sendable {
    private var next: [String: Int] = [:]

    /// `base` if it is not taken, else the first of "base (2)", "base (3)", ... that is not.
    mutating func unique(_ base: String, isTaken: (String) -> Bool) -> String {
        guard isTaken(base) else { return base }
        var suffix = next[base, default: 2]
        while isTaken("\(base) (\(suffix))") { suffix += 1 }
        next[base] = suffix + 1
        return "\(base) (\(suffix))"
    }
}
