/// Each node's base score before disputes: its `weight` from node data, or DF-QuAD's default.
/// Kept node by node only for a map that gives some node a weight.
struct NodeWeights: Sendable {
    private var weights: [Double] = []
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    subscript(node: Int) -> Double {
        get { weights.isEmpty ? DFQuAD.defaultBase : weights[node] }
        set {
            if weights.isEmpty { weights = [Double](repeating: DFQuAD.defaultBase, count: count) }
            weights[node] = newValue
        }
    }
}
