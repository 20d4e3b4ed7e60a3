import Foundation

/// The nodes and edges of an AIF JSON file (AIFdb's `{"nodes", "edges", "locutions"}`, or OVA's
/// `{"AIF": {...}, "text": ...}` around it), checked field by field, each problem located.
struct AIFDocument {
    struct Node {
        var id: String
        var type: String
        var text: String
        /// argmap's own extension: the title a node had before it was written as AIF.
        var title: String?
        /// argmap's own extension on a CA: "attack", "undercut" or "contradiction".
        var relation: RelationKind?
        var location: SourceLocation
    }

    struct Edge {
        var id: String
        var from: String
        var to: String
        var location: SourceLocation
    }

    var nodes: [Node] = []
    var edges: [Edge] = []
    var problems: [Diagnostic] = []
    private var nodeOccurrences: [String: Int] = [:]

    init(bytes: [UInt8], file name: String) {
        let file = SourceLocation.File(name)
        let start = SourceLocation(file: file, line: 1, column: 1)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            problems.append(.error("not valid JSON (\(reason)); an AIF file is a JSON object with \"nodes\" and \"edges\"", at: start))
            return
        }
        guard var object = json as? [String: Any] else {
            problems.append(.error("an AIF file is a JSON object with \"nodes\" and \"edges\", not a \(Self.kind(of: json))", at: start))
            return
        }
        if let wrapped = object["AIF"] as? [String: Any] { object = wrapped }
        let lines = AIFLineFinder(bytes: bytes)
        guard let nodes = object["nodes"] as? [Any] else {
            problems.append(.error("no \"nodes\" list; an AIF file is a JSON object with \"nodes\" and \"edges\"", at: start))
            return
        }
        for (position, value) in nodes.enumerated() {
            readNode(value, position: position, lines: lines, file: file)
        }
        guard let edges = object["edges"] as? [Any] else {
            if object["edges"] != nil || !nodes.isEmpty {
                problems.append(.warning("no \"edges\" list; the nodes are read without relations", at: start))
            }
            return
        }
        for (position, value) in edges.enumerated() {
            readEdge(value, position: position, lines: lines, file: file)
        }
    }

    private mutating func readNode(_ value: Any, position: Int, lines: AIFLineFinder, file: SourceLocation.File) {
        let fallback = SourceLocation(file: file, line: 1, column: 1)
        guard let fields = value as? [String: Any] else {
            problems.append(.error("node \(position + 1) of \"nodes\" is a \(Self.kind(of: value)), not an object; skipped", at: fallback))
            return
        }
        guard let id = Self.identifier(fields["nodeID"]) else {
            problems.append(.error("node \(position + 1) of \"nodes\" has no \"nodeID\"; skipped", at: fallback))
            return
        }
        let occurrence = nodeOccurrences[id, default: 0]
        nodeOccurrences[id] = occurrence + 1
        let location = SourceLocation(file: file, line: lines.line(ofNode: id, occurrence: occurrence) ?? 1, column: 1)
        guard let type = fields["type"] as? String else {
            problems.append(.error("node \(id) has no \"type\" (I, RA, CA, MA, L, YA, TA); skipped", at: location))
            return
        }
        let text = fields["text"] as? String
        if text == nil, type == "I" {
            problems.append(.warning("node \(id) is an I-node without \"text\"", at: location))
        }
        nodes.append(Node(id: id, type: type, text: text ?? "", title: fields["title"] as? String, relation: (fields["relation"] as? String).flatMap(RelationKind.init(rawValue:)), location: location))
    }

    private mutating func readEdge(_ value: Any, position: Int, lines: AIFLineFinder, file: SourceLocation.File) {
        let fallback = SourceLocation(file: file, line: 1, column: 1)
        guard let fields = value as? [String: Any] else {
            problems.append(.error("edge \(position + 1) of \"edges\" is a \(Self.kind(of: value)), not an object; skipped", at: fallback))
            return
        }
        let id = Self.identifier(fields["edgeID"]) ?? "#\(position + 1)"
        let location = SourceLocation(file: file, line: lines.line(ofEdge: id) ?? 1, column: 1)
        guard let from = Self.identifier(fields["fromID"]), let to = Self.identifier(fields["toID"]) else {
            problems.append(.error("edge \(id) needs both \"fromID\" and \"toID\"; skipped", at: location))
            return
        }
        edges.append(Edge(id: id, from: from, to: to, location: location))
    }

    /// AIFdb writes ids as numbers, OVA as strings; both are read as text.
    static func identifier(_ value: Any?) -> String? {
        switch value {
        case let text as String: text.isEmpty ? nil : text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    private static func kind(of value: Any) -> String {
        switch value {
        case is [Any]: "list"
        case is String: "string"
        case is NSNumber: "number"
        case is NSNull: "null"
        default: "value"
        }
    }
}

/// Where each `"nodeID"` and `"edgeID"` value stands in the file, found in one pass over the bytes,
/// so problems can name a line although JSONSerialization keeps none.
struct AIFLineFinder {
    private var nodeLines: [String: [Int]] = [:]
    private var edgeLines: [String: [Int]] = [:]

    init(bytes: [UInt8]) {
        let nodeKey = Array("\"nodeID\"".utf8)
        let edgeKey = Array("\"edgeID\"".utf8)
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
            } else if byte == 0x22 {
                if Self.matches(nodeKey, in: bytes, at: index) {
                    index += nodeKey.count
                    if let value = Self.value(in: bytes, after: &index) { nodeLines[value, default: []].append(line) }
                    continue
                }
                if Self.matches(edgeKey, in: bytes, at: index) {
                    index += edgeKey.count
                    if let value = Self.value(in: bytes, after: &index) { edgeLines[value, default: []].append(line) }
                    continue
                }
                index = Self.endOfString(in: bytes, from: index, line: &line)
                continue
            }
            index += 1
        }
    }

    /// The line of the `occurrence`-th (from 0) node written with this id.
    func line(ofNode id: String, occurrence: Int = 0) -> Int? { nodeLines[id]?.dropFirst(occurrence).first }
    func line(ofEdge id: String, occurrence: Int = 0) -> Int? { edgeLines[id]?.dropFirst(occurrence).first }

    private static func matches(_ key: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        index + key.count <= bytes.count && bytes[index..<index + key.count].elementsEqual(key)
    }

    /// Skips `: ` and reads a string or number value on the same line; stops before anything else.
    private static func value(in bytes: [UInt8], after index: inout Int) -> String? {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x3A { index += 1 }
        guard index < bytes.count else { return nil }
        var end = index
        if bytes[index] == 0x22 {
            end += 1
            while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C, bytes[end] != 0x0A { end += 1 }
            guard end < bytes.count, bytes[end] == 0x22 else { return nil }
            defer { index = end + 1 }
            return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        }
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x2D || bytes[end] == 0x2E { end += 1 }
        guard end > index else { return nil }
        defer { index = end }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    /// The index after the string starting at `start` (a quote), counting the lines it spans.
    private static func endOfString(in bytes: [UInt8], from start: Int, line: inout Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case 0x5C: index += 2
            case 0x22: return index + 1
            case 0x0A: line += 1; index += 1
            default: index += 1
            }
        }
        return index
    }
}
