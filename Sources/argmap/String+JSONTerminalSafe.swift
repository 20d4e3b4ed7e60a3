import ArgumentMap

extension String {
    /// JSON text with every character a terminal would act on written as a JSON `\uXXXX`
    /// escape, so it stays valid JSON with the same strings (`terminalSafe` would write
    /// `\u{202E}`, which JSON does not allow). Newlines between tokens are kept.
    var jsonTerminalSafe: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.needsEscapeOnTerminal, scalar != "\n" {
                result += scalar.jsonEscaped(uppercase: true)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
