/// Where a writer puts its bytes: a buffer handed on to the destination in large chunks, so an
/// export of any size needs one chunk of memory, not its whole output. Without a destination
/// the buffer keeps everything (`text`).
///
/// Text bound for a terminal is escaped as it arrives: `jsonTerminalSafe` writes each character
/// a terminal would act on as a JSON `\uXXXX` escape, so JSON stays valid JSON;
/// `terminalSafeLines` writes it the way `String.terminalSafe` does, line breaks kept.
public final class ExportSink {
    public enum Escaping: Sendable {
        case none
        case jsonTerminalSafe
        case terminalSafeLines
    }

    public typealias Destination = (UnsafeBufferPointer<UInt8>) throws -> Void

    @exclusivity(unchecked) private var buffer: [UInt8] = []
    private let escaping: Escaping
    /// How many bytes are gathered before they are handed on.
    public let chunkSize: Int
    private let destination: Destination?
    @exclusivity(unchecked) private var afterCarriageReturn = false
    /// The first error the destination threw; nothing is written after it.
    public private(set) var failure: (any Error)?

    public init(escaping: Escaping = .none, chunkSize: Int = 1 << 20, destination: Destination? = nil) {
        self.escaping = escaping
        self.chunkSize = chunkSize
        self.destination = destination
        buffer.reserveCapacity(destination == nil ? 0 : chunkSize + 4096)
    }

    /// Everything written, when there is no destination.
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    public static func += (sink: ExportSink, text: String) { sink.append(text) }

    public static func += (sink: ExportSink, text: Substring) { sink.append(String(text)) }

    public func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    public func append(bytes: UnsafeBufferPointer<UInt8>) {
        if escaping == .none {
            buffer.append(contentsOf: bytes)
        } else if !bytes.contains(where: Self.mayNeedEscape), !(afterCarriageReturn && bytes.first == 0x0A) {
            buffer.append(contentsOf: bytes)
            afterCarriageReturn = false
        } else {
            appendEscaped(String(decoding: bytes, as: UTF8.self))
        }
        if buffer.count >= chunkSize { flush() }
    }

    /// Hands what is buffered to the destination.
    public func flush() {
        guard let destination, !buffer.isEmpty else { return }
        if failure == nil {
            do { try buffer.withUnsafeBufferPointer { try destination($0) } } catch { failure = error }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Controls other than a line break, and every non-ASCII byte (C1 and bidi controls are non-ASCII).
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x0A) || byte >= 0x7F
    }

    private func appendEscaped(_ text: String) {
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            // A line break is kept, except after a carriage return: `\r\n` is one character
            // that `terminalSafe` escapes whole.
            let keptLineBreak = scalar == "\n" && (escaping == .jsonTerminalSafe || !afterCarriageReturn)
            guard scalar.needsEscapeOnTerminal, !keptLineBreak else {
                buffer.append(contentsOf: scalar.utf8)
                continue
            }
            switch escaping {
            case .none: buffer.append(contentsOf: scalar.utf8)
            case .jsonTerminalSafe:
                buffer.append(contentsOf: scalar.jsonEscaped(uppercase: true).utf8)
            case .terminalSafeLines:
                buffer.append(contentsOf: String(scalar).terminalSafe.utf8)
            }
        }
    }
}

/// Lines written to a sink, each ending in a line break; blocks separated by a blank line.
struct LineStream {
    let sink: ExportSink
    private var isEmpty = true

    init(_ sink: ExportSink) { self.sink = sink }

    mutating func append(_ line: String) {
        sink += line
        sink += "\n"
        isEmpty = false
    }

    /// The block after a blank line, unless it is the first thing written.
    mutating func appendBlock(_ block: [String]) {
        startBlock()
        for line in block { append(line) }
    }

    /// A blank line, unless nothing was written yet.
    func startBlock() {
        if !isEmpty { sink += "\n" }
    }

    /// Ends the output: a lone line break when no line was written.
    func finish() {
        if isEmpty { sink += "\n" }
    }
}
