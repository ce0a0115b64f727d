import Foundation
import RevCycleCore
import RevCycleScripting

extension HostEvent {
    /// The payload a site script's `revcycle.on(event, fn)` handler receives.
    var scriptValue: ScriptValue {
        var table: [String: ScriptValue] = [
            "event": .string(name), "site": .string(site), "sequence": .integer(sequence ?? 0),
            "occurred_at": .string(occurredAt.formatted(.iso8601)),  // a FormatStyle: no formatter built per event
            "fields": .table(fields.mapValues(ScriptValue.string)),
        ]
        if let account { table["account"] = .string(account.description) }
        if let patient { table["patient"] = .string(patient.description) }
        return .table(table)
    }

    /// The shape of ``scriptValue`` for an event with the declared `fields`.
    static func scriptShape(fields: [String: String]) -> ValueShape {
        .record([
            .init("event", .string(maxLength: 100)),
            .init("site", .string(maxLength: 40)),
            .init("sequence", .integer(0...Int64.max)),
            .init("occurred_at", .string(maxLength: 40), doc: "ISO-8601 UTC"),
            .init("account", .string(maxLength: 20), required: false),
            .init("patient", .string(maxLength: 20), required: false),
            .init("fields", .record(fields.keys.sorted().map { .init($0, .string(maxLength: 200), required: false, doc: fields[$0]) })),
        ])
    }

    /// A sample payload for `scripts check`, from the declaration's example values.
    static func sampleScriptValue(_ declaration: EventDeclaration) -> ScriptValue {
        .table([
            "event": .string(declaration.name), "site": "default", "sequence": 1, "occurred_at": "2026-11-02T15:00:00Z",
            "account": "A7", "patient": "P3",
            "fields": .table(Dictionary(uniqueKeysWithValues: declaration.fields.keys.map { key in
                (key, ScriptValue.string(declaration.example[key] ?? "0"))
            })),
        ])
    }
}
