import Foundation
import RevCycleScripting
import Testing

/// A policy's payload table is reused from call to call: scripts read it, iterate it and copy what
/// they keep; they cannot add fields, and no field (nor a script's change to one) leaks from one
/// call to the next.
@Suite("Payload tables are reused, read-only and never leak between calls")
struct ReusedPayloadTests {
    @Test func aScriptCannotAddFieldsToItsPayload() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  claim.discount = 0
                  return { edits = {} }
                end)
                """
        ])
        let outcome = runtime.callPolicy("billing.claim.scrub", payload: ["claim_id": "C-1", "total_cents": 100, "payer_id": "P"])
        guard case .usedDefault(_, let failure) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(failure.message.contains("a hook's payload is read-only"), "\(failure.message)")
        #expect(failure.line == 2)
    }

    @Test func aFieldAbsentFromTheNextCallIsNilThere() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  local payer = claim.payer_id
                  if payer then
                    claim.total_cents = 0                    -- a change to a field lasts only for this call
                  end
                  local keys = {}
                  for key in pairs(claim) do keys[#keys + 1] = key end
                  table.sort(keys)
                  return { edits = { { code = tostring(claim.payer_id), severity = "warning",
                                       message = table.concat(keys, ",") } } }
                end)
                """
        ])
        func edit(_ payload: ScriptValue) -> (keys: String, payer: String) {
            guard case .decided(let value) = runtime.callPolicy("billing.claim.scrub", payload: payload),
                  let first = value["edits"]?.arrayValue?.first else { return ("?", "?") }
            return (first["message"]?.stringValue ?? "?", first["code"]?.stringValue ?? "?")
        }
        #expect(edit(["claim_id": "C-1", "total_cents": 100, "payer_id": "P-1"]) == ("claim_id,payer_id,total_cents", "P-1"))
        #expect(edit(["claim_id": "C-2", "total_cents": 5]) == ("claim_id,total_cents", "nil"))
        #expect(edit(["claim_id": "C-3", "total_cents": 5, "payer_id": .null]) == ("claim_id,total_cents", "nil"))
        #expect(edit(["claim_id": "C-4", "total_cents": 7, "payer_id": "P-4"]) == ("claim_id,payer_id,total_cents", "P-4"))
        #expect(edit(["claim_id": "C-5"]) == ("claim_id", "nil"), "a field the script changed does not survive into a call without it")
    }

    @Test func aPayloadWithAnUndeclaredKeyTakesAFreshTableAndTheNextCallIsClean() throws {
        let runtime = try Fixtures.runtime([
            "scrub.lua": """
                revcycle.policy("billing.claim.scrub", function(claim)
                  return { edits = { { code = tostring(claim.note), severity = "warning" } } }
                end)
                """
        ])
        let first = runtime.callPolicy("billing.claim.scrub", payload: ["claim_id": "C-1", "total_cents": 1, "note": "x"])
        let second = runtime.callPolicy("billing.claim.scrub", payload: ["claim_id": "C-2", "total_cents": 1])
        guard case .decided(let one) = first, case .decided(let two) = second else {
            Issue.record("expected decisions, got \(first) and \(second)")
            return
        }
        #expect(one["edits"]?[0]?["code"] == "x")
        #expect(two["edits"]?[0]?["code"] == "nil")
    }
}
