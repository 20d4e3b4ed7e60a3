@testable import ArgumentMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuoteMatching(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let broken = QuoteMatchingProbe.violations(for: bytes).first { fatalError(broken) }
    return 0
}
