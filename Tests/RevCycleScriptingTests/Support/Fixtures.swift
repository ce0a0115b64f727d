import Foundation
import RevCycleScripting

/// Hooks and script folders for the tests.
enum Fixtures {
    static let scrubResult: ValueShape = .record([
        .init(
            "edits",
            .array(
                .record([
                    .init("code", .string(maxLength: 20)),
                    .init("severity", .oneOf(["error", "warning"])),
                    .init("message", .string(maxLength: 200), required: false),
                ]), maxCount: 50)),
    ])

    static let priorityPayload: ValueShape = .record([
        .init("account_id", .string(maxLength: 40)),
        .init("balance_cents", .cents(0...100_000_000)),
        .init("days_past_due", .integer(0...10_000)),
        .init("payer", .string(maxLength: 40)),
        .init("has_plan", .bool),
    ])

    static let priorityPayloadSample: ScriptValue = [
        "account_id": "A-1", "balance_cents": 125_000, "days_past_due": 95, "payer": "self", "has_plan": false,
    ]

    static let catalog: HookCatalog = try! HookCatalog([
        .policy(
            "billing.claim.scrub",
            payload: .record([
                .init("claim_id", .string(maxLength: 40)),
                .init("total_cents", .cents(0...100_000_000)),
                .init("payer_id", .string(maxLength: 40)),
            ]),
            result: scrubResult, default: ["edits": []],
            doc: "Returns the edits a claim needs before it is sent.",
            samples: [
                ["claim_id": "C-1", "total_cents": 12_500, "payer_id": "P-1"],
                ["claim_id": "C-2", "total_cents": 0, "payer_id": "P-2"],
            ]),
        .policy(
            "collections.worklist.priority", payload: priorityPayload, result: .integer(0...1_000_000), default: 0,
            doc: "Orders the collections worklist: a higher number comes first.", samples: [priorityPayloadSample]),
        .policy(
            "counseling.fa.tier", payload: .record([.init("fpl_percent", .integer(0...1000))]),
            result: .oneOf(["none", "partial", "full"]), default: "none", onFailure: .refuse,
            doc: "Picks the financial-assistance tier.", samples: [["fpl_percent": 150]]),
        .event(
            "claim.denied", payload: .record([.init("claim_id", .string(maxLength: 40)), .init("reason", .text)]),
            doc: "A payer denied a claim.", samples: [["claim_id": "C-1", "reason": "CO-16"]]),
    ])

    /// A fresh temporary folder named `name` holding the files.
    static func folder(_ name: String, _ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("revcycle-scripting-\(UUID().uuidString)")
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, text) in files {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func runtime(
        _ files: [String: String], site: String = "north", host: TestHost = TestHost(), limits: ScriptLimits = .standard
    ) throws -> SiteScriptRuntime {
        try SiteScriptRuntime(
            site: site, folders: [folder(site, files)], catalog: catalog, host: host, limits: limits)
    }
}
