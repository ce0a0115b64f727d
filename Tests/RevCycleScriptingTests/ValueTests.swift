import Foundation
import RevCycleCore
import RevCycleScripting
import Testing

@Suite("Script values, shapes and the hook catalog")
struct ValueTests {
    @Test func jsonRenderingSortsKeysAndKeepsIntegers() {
        let value: ScriptValue = ["b": [1, 2.5, "x\n\"y\""], "a": ["z": nil, "t": true], "c": .number(3)]
        #expect(value.jsonString() == #"{"a":{"t":true,"z":null},"b":[1,2.5,"x\n\"y\""],"c":3.0}"#)
        #expect(ScriptValue.table([:]).jsonString(pretty: true) == "{}")
        #expect(ScriptValue.array([1, ["k": 2]]).jsonString(pretty: true) == "[\n  1,\n  {\n    \"k\": 2\n  }\n]")
    }

    @Test func jsonTextConvertsWithIntegersFloatsAndBooleansApart() throws {
        let value = try ScriptValue(json: #"{"cents": 1250, "rate": 0.5, "ok": true, "none": null, "list": [1, "a"]}"#)
        #expect(value == ["cents": 1250, "rate": 0.5, "ok": true, "none": nil, "list": [1, "a"]])
        #expect(throws: ScriptValueError.self) { try ScriptValue(json: "{oops") }
        #expect(try ScriptValue(jsonObject: ["n": 3, "flag": false] as [String: Any]) == ["n": 3, "flag": false])
    }

    @Test func shapesExplainViolationsWithPaths() {
        let result: ScriptValue = [
            "edits": [["code": "A", "severity": "error"], ["code": "B", "severity": "fatal", "extra": 1]],
        ]
        let messages = Fixtures.scrubResult.validate(result, path: "result").map(\.description)
        #expect(messages == [
            #"result.edits[2].severity: expected one of error, warning; got "fatal""#,
            "result.edits[2].extra: expected no such field; got 1",
        ])
        #expect(ValueShape.cents(0...100).validate(.number(1.5)).map(\.description) == [
            "result: expected whole cents (an integer) (use math.floor or // to make whole cents); got 1.5"
        ])
        #expect(ValueShape.record([.init("a", .bool)]).validate([:]).map(\.description) == [
            "result.a: expected a value; got nothing"
        ])
        #expect(ValueShape.array(.any, maxCount: 1).validate([1, 2]).count == 1)
        #expect(ValueShape.optional(.string(maxLength: 2)).validate(nil).isEmpty)
        #expect(ValueShape.string(maxLength: 2).validate("abc").count == 1)
        #expect(ValueShape.record([]).validate(.array([])).isEmpty, "an empty Lua table fits an empty record")
    }

    @Test func shapesRenderForDocs() {
        #expect(Fixtures.scrubResult.description
            == #"{ edits: [{ code: string(≤20), severity: "error" | "warning", message?: string(≤200) }] (≤50) }"#)
        let rendered = ValueShape.record([.init("cents", .cents(0...Int64.max), doc: "the amount")]).rendered()
        #expect(rendered == "{\n  cents: cents(0...)  -- the amount\n}")
    }

    @Test func theCatalogRefusesDuplicatesAndBadDefaults() throws {
        let hook = HookDeclaration.policy("a.b", payload: .any, result: .bool, default: false, doc: "d")
        #expect(throws: RevCycleError.self) { try HookCatalog([hook, hook]) }
        #expect(throws: RevCycleError.self) {
            try HookCatalog([.policy("a.c", payload: .any, result: .bool, default: 1, doc: "d")])
        }
        #expect(throws: RevCycleError.self) { try HookCatalog([.event("Bad Name", payload: .any, doc: "d")]) }
        let catalog = try HookCatalog([hook, .event("a.happened", payload: .any, doc: "d")])
        #expect(catalog["a.b"]?.kind == .policy)
        #expect(catalog.policies.map(\.name) == ["a.b"] && catalog.events.map(\.name) == ["a.happened"])
    }
}
