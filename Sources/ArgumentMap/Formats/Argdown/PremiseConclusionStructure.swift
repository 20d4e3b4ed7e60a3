/// A premise-conclusion structure being read: numbered statements with inference lines between them.
struct PremiseConclusionStructure {
    var argument: NodeID
    var location: SourceLocation
    private(set) var steps: [Inference.Step] = []
    /// The rules of an inference line not yet followed by its conclusion.
    private(set) var pendingInference: (rules: [String], location: SourceLocation)?

    init(argument: NodeID, location: SourceLocation) {
        self.argument = argument
        self.location = location
    }

    /// The number the next statement should have: one more than the last one written.
    private(set) var expectedNumber = 1

    mutating func addInference(rules: [String], at location: SourceLocation) {
        if var pending = pendingInference {
            pending.rules += rules
            pendingInference = pending
        } else {
            pendingInference = (rules, location)
        }
    }

    mutating func addRules(_ rules: [String]) {
        pendingInference?.rules += rules
    }

    mutating func addStatement(_ statement: NodeID, number: Int) {
        expectedNumber = number + 1
        steps.append(Inference.Step(statement: statement, rules: pendingInference?.rules ?? [], isDerived: pendingInference != nil))
        pendingInference = nil
    }

    /// The finished inference, or the problem that keeps it from being one.
    func finish(argumentName: String) -> Result<Inference, Diagnostic> {
        if let pending = pendingInference {
            return .failure(.error("inference line is not followed by a conclusion; add `(\(expectedNumber)) conclusion` after it", at: pending.location))
        }
        guard steps.count >= 2, steps.last?.isDerived == true else {
            return .failure(.error(
                "premise-conclusion structure of \(argumentName) has no conclusion; put an inference line `----` before its last statement",
                at: location))
        }
        return .success(Inference(steps: steps))
    }
}
