import ArgumentMap

/// Which rows the outline brings forward: rows that do not pass are dimmed and skipped by j/k.
public enum OutlineFilter: String, Hashable, Sendable, CaseIterable {
    case all, supporting, attacking, disputed, uncited

    var next: OutlineFilter {
        switch self {
        case .all: .supporting
        case .supporting: .attacking
        case .attacking: .disputed
        case .disputed: .uncited
        case .uncited: .all
        }
    }

    func admits(_ row: OutlineRow, map: ArgumentMap, marks: Marks) -> Bool {
        switch self {
        case .all: return true
        case .supporting: return row.relation >= 0 && map.relations[Int(row.relation)].kind.isSupport
        case .attacking: return row.relation >= 0 && map.relations[Int(row.relation)].kind.isAttack
        case .disputed: return marks.isDisputed(map[row.node])
        case .uncited: return map[row.node].citations.isEmpty
        }
    }
}
