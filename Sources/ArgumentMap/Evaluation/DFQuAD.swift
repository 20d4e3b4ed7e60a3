/// The DF-QuAD gradual semantics: Rago, Toni, Aurisicchio and Baroni, "Discontinuity-Free
/// Decision Support with Quantitative Argumentation Debates", KR 2016.
///
/// A node's strength is its base score moved by the aggregated strength of its attackers
/// (down) and supporters (up), each aggregated with the probabilistic sum.
public enum DFQuAD {
    /// The base score of a node with no `weight` in its data.
    public static let defaultBase = 0.5

    /// F(v1, ..., vn) = 1 - (1 - v1)···(1 - vn); 0 for no values.
    public static func aggregate<Values: Sequence<Double>>(_ values: Values) -> Double {
        var product = 1.0
        for value in values { product *= 1 - value }
        return 1 - product
    }

    /// c(v0, va, vs): v0 - v0·|vs - va| when va >= vs, else v0 + (1 - v0)·|vs - va|.
    public static func combine(base: Double, attack: Double, support: Double) -> Double {
        let difference = abs(support - attack)
        return attack >= support ? base - base * difference : base + (1 - base) * difference
    }
}
