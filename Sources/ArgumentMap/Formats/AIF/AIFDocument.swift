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

    init(bytes: [UInt8], file name: String) {
        let file = SourceLocation.File(name)
        let start = SourceLocation(file: file, line: 1, column: 1)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            let place = Self.byteOffset(of: error, fileSize: bytes.count).map { AIFLineFinder.location(ofByte: $0, in: bytes, file: file) } ?? start
            problems.append(.error("not valid JSON (\(Self.withoutOffset(reason))); an AIF file is a JSON object with \"nodes\" and \"edges\"", at: place))
            return
        }
        guard var object = json as? [String: Any] else {
            problems.append(.error("an AIF file is a JSON object with \"nodes\" and \"edges\", not a \(Self.kind(of: json))", at: start))
            return
        }
        let wrapped = object["AIF"] as? [String: Any]
        if let wrapped { object = wrapped }
        let lines = AIFLineFinder(bytes: bytes, wrapped: wrapped != nil)
        guard let nodes = object["nodes"] as? [Any] else {
            if Self.isArgmapExport(object) {
                problems.append(.error(Self.argmapExportMessage, at: start))
                return
            }
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
        let location = SourceLocation(file: file, line: lines.line(of: .nodes, at: position) ?? 1, column: 1)
        guard let fields = value as? [String: Any] else {
            problems.append(.error("node \(position + 1) of \"nodes\" is a \(Self.kind(of: value)), not an object; skipped", at: location))
            return
        }
        guard let id = Self.identifier(fields["nodeID"]) else {
            problems.append(.error("node \(position + 1) of \"nodes\" has no \"nodeID\"; skipped", at: location))
            return
        }
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
        let location = SourceLocation(file: file, line: lines.line(of: .edges, at: position) ?? 1, column: 1)
        guard let fields = value as? [String: Any] else {
            problems.append(.error("edge \(position + 1) of \"edges\" is a \(Self.kind(of: value)), not an object; skipped", at: location))
            return
        }
        let id = Self.identifier(fields["edgeID"]) ?? "#\(position + 1)"
        guard let from = Self.identifier(fields["fromID"]), let to = Self.identifier(fields["toID"]) else {
            problems.append(.error("edge \(id) needs both \"fromID\" and \"toID\"; skipped", at: location))
            return
        }
        edges.append(Edge(id: id, from: from, to: to, location: location))
    }

    static let argmapExportMessage = "this is argmap's own JSON export (\"statements\", \"relations\"), which is written for other programs and not read back; export the map with --to argdown (or --to aif) to get a file argmap reads"

    /// Whether `object` has the top-level keys of `argmap export --to json`.
    private static func isArgmapExport(_ object: [String: Any]) -> Bool {
        object["statements"] is [String: Any] && object["relations"] is [Any]
    }

    /// AIFdb writes ids as numbers, OVA as strings; both are read as text.
    static func identifier(_ value: Any?) -> String? {
        switch value {
        case let text as String: text.isEmpty ? nil : text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    /// Where JSONSerialization stopped, in bytes from the start: it says "around character N",
    /// or that the file ended.
    private static func byteOffset(of error: any Error, fileSize: Int) -> Int? {
        let userInfo = (error as NSError).userInfo
        if let index = userInfo["NSJSONSerializationErrorIndex"] as? Int { return index }
        guard let reason = userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
        if reason.localizedCaseInsensitiveContains("end of file") { return fileSize }
        guard let mark = reason.range(of: "around character ") else { return nil }
        return Int(reason[mark.upperBound...].prefix { $0.isNumber })
    }

    /// Foundation's reason without its byte offset, which the location replaces.
    private static func withoutOffset(_ reason: String) -> String {
        guard let mark = reason.range(of: " around character ") else { return reason }
        return String(reason[..<mark.lowerBound])
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

/// Where each element of the `"nodes"` and `"edges"` lists starts, found in one pass over the
/// bytes, so problems can name a line although JSONSerialization keeps none.
struct AIFLineFinder {
    enum List: Hashable { case nodes, edges }

    private var lines: [List: [Int]] = [:]

    private struct Container {
        var isObject: Bool
        /// For an object: whether the next string is a key, and the last key read.
        var expectsKey = false
        var key: [UInt8] = []
        /// For an object: whether its "nodes" and "edges" are the ones read.
        var holdsLists = false
        /// For an array: the list it is, if it is one of those read.
        var list: List?
    }

    /// - Parameter wrapped: whether the lists read are those of the top-level `"AIF"` object (OVA).
    init(bytes: [UInt8], wrapped: Bool) {
        var stack: [Container] = []
        var line = 1
        var index = 0
        func valueStarts() {
            if let list = stack.last?.list { lines[list, default: []].append(line) }
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                line += 1
            case 0x20, 0x09, 0x0D, 0x3A:
                break
            case 0x2C:
                if stack.last?.isObject == true { stack[stack.count - 1].expectsKey = true }
            case 0x22:
                let end = Self.endOfString(in: bytes, from: index, line: &line)
                if let top = stack.last, top.isObject, top.expectsKey {
                    stack[stack.count - 1].key = Array(bytes[(index + 1)..<max(index + 1, end - 1)])
                    stack[stack.count - 1].expectsKey = false
                } else {
                    valueStarts()
                }
                index = end
                continue
            case 0x7B:
                valueStarts()
                let holdsLists = wrapped
                    ? stack.count == 1 && stack[0].key.elementsEqual("AIF".utf8)
                    : stack.isEmpty
                stack.append(Container(isObject: true, expectsKey: true, holdsLists: holdsLists))
            case 0x5B:
                valueStarts()
                var list: List?
                if let top = stack.last, top.isObject, top.holdsLists {
                    list = top.key.elementsEqual("nodes".utf8) ? .nodes : top.key.elementsEqual("edges".utf8) ? .edges : nil
                }
                stack.append(Container(isObject: false, list: list))
            case 0x7D, 0x5D:
                stack.popLast()
            default:
                valueStarts()
                while index + 1 < bytes.count, !Self.endsScalar(bytes[index + 1]) { index += 1 }
            }
            index += 1
        }
    }

    /// The line on which element `position` (from 0) of `list` starts.
    func line(of list: List, at position: Int) -> Int? {
        lines[list].flatMap { position < $0.count ? $0[position] : nil }
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        [0x2C, 0x5D, 0x7D, 0x20, 0x09, 0x0A, 0x0D].contains(byte)
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

    /// The line and column (in Unicode scalars) of the byte at `offset`.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: SourceLocation.File) -> SourceLocation {
        let end = min(max(0, offset), bytes.count)
        let before = bytes[..<end]
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = before.count { $0 == 0x0A } + 1
        let column = bytes[lineStart..<end].count { $0 & 0xC0 != 0x80 } + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
