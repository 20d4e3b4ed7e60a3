@testable import ArgumentMap

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKialoReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let broken = ReaderProbe.violations(reading: bytes, as: .kialo).first { fatalError(broken) }
    return 0
}
