import Foundation
import Testing
import ArgumentMap

/// The debate every user sees first: it must load without a single complaint, and its
/// theses must show both sides.
@Suite struct BundledMapTests {
    /// The package root, three folders above this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func load() throws -> LoadedMap {
        let installation = Installation(root: root)
        let policy = SourcePathPolicy(trustedFolders: [installation.resources])
        return try MapLoader(policy: policy).load(installation.bundledMap)
    }

    @Test func checksCleanWithoutErrorsOrWarnings() throws {
        let loaded = try Self.load()
        let problems = loaded.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(loaded.map.nodes.count >= 100)
    }

    @Test func citesAllFourSources() throws {
        let loaded = try Self.load()
        let cited = Set(loaded.citations.map { loaded.citation($0).source })
        #expect(cited == ["overview", "report", "thread", "digest"])
        #expect(Set(loaded.documents.keys) == cited)
    }

    @Test func everyClaimButTheThesesCitesASource() throws {
        let map = try Self.load().map
        let uncited = map.nodes.filter { $0.isDefined && !$0.tags.contains("thesis") && $0.citations.isEmpty }
        #expect(uncited.map(\.title) == [])
    }

    @Test(arguments: [
        "Pre-training is plateauing",
        "Post-training RL is the frontier",
        "Post-training selects what pre-training learned",
    ])
    func namedThesisHasASupporterAndAnAttacker(title: String) throws {
        let map = try Self.load().map
        let thesis = try #require(map.node(titled: title, kind: .statement))
        let kinds = map.incoming(thesis).map(\.kind)
        #expect(kinds.contains(.support), "no reason given for [\(title)]")
        #expect(kinds.contains(.attack), "no objection to [\(title)]")
    }

    @Test(arguments: ["Anthropic", "OpenAI", "Google", "Meta", "xAI"])
    func eachLabStanceBearsOnAThesis(lab: String) throws {
        let map = try Self.load().map
        for stage in ["pre-training", "post-training"] {
            let stance = try #require(map.node(titled: "\(lab) on \(stage)", kind: .statement))
            let targets = map.outgoing(stance).map { map[$0.to] }
            #expect(targets.contains { $0.tags.contains("thesis") }, "[\(lab) on \(stage)] bears on no thesis")
            #expect(!map[stance].citations.isEmpty, "[\(lab) on \(stage)] cites nothing")
        }
    }

    @Test func undercutsAttackArguments() throws {
        let map = try Self.load().map
        let undercuts = map.relations.filter { $0.kind == .undercut }
        #expect(undercuts.count >= 4)
        #expect(undercuts.allSatisfy { map[$0.to].kind == .argument })
    }
}
