/// Free data attached to a node or a map (Argdown's `{key: value}`, YAML front matter).
/// Mappings keep their keys in the order they were written.
public enum DataValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([DataValue])
    case map([DataEntry])

    public subscript(key: String) -> DataValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.last(where: { $0.key == key })?.value
    }

    public var string: String? {
        switch self {
        case .string(let text): text
        case .number(let number): DataValue.format(number)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    public var number: Double? {
        switch self {
        case .number(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }

    public var list: [DataValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    public var entries: [DataEntry]? {
        if case .map(let entries) = self { return entries }
        return nil
    }

    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

public struct DataEntry: Hashable, Sendable {
    public var key: String
    public var value: DataValue

    public init(_ key: String, _ value: DataValue) {
        self.key = key
        self.value = value
    }
}

extension Array where Element == DataEntry {
    public subscript(key: String) -> DataValue? {
        last(where: { $0.key == key })?.value
    }

    /// Sets `key`, replacing an earlier value in place so the order of first appearance stays.
    public mutating func set(_ key: String, _ value: DataValue) {
        if let index = firstIndex(where: { $0.key == key }) {
            self[index].value = value
        } else {
            append(DataEntry(key, value))
        }
    }

    /// Sets each of `entries` in turn, as `set` does, in time linear in both lists rather than their product.
    public mutating func merge(_ entries: [DataEntry]) {
        guard !entries.isEmpty else { return }
        var positions: [String: Int] = [:]
        for (position, entry) in enumerated() where positions[entry.key] == nil { positions[entry.key] = position }
        for entry in entries {
            if let position = positions[entry.key] {
                self[position].value = entry.value
            } else {
                positions[entry.key] = count
                append(entry)
            }
        }
    }
}
