/// An `Int` kept in 32 bits, for what a map holds once for each of a million citations (lines,
/// columns, positions); a value beyond 32 bits is clamped.
@propertyWrapper
public struct Compact32: Hashable, Sendable {
    private var stored: Int32

    public init(wrappedValue: Int) {
        stored = Int32(clamping: wrappedValue)
    }

    public var wrappedValue: Int {
        get { Int(stored) }
        set { stored = Int32(clamping: newValue) }
    }
}
