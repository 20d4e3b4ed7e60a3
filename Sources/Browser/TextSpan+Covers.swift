import ArgumentMap

extension TextSpan {
    func covers(line: Int, column: Int) -> Bool {
        (line, column) >= (self.line, self.column) && (line, column) <= (endLine, endColumn)
    }
}
