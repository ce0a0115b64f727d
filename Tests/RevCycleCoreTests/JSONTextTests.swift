import Foundation
import RevCycleCore
import Testing

@Suite("JSON text for event fields")
struct JSONTextTests {
    @Test("Keys come out sorted, so the same fields always give the same text")
    func sortedKeys() {
        let text = JSONText.object(["payer": "AETNA", "amount_cents": "1250", "claim": "RC12"])
        #expect(text == #"{"amount_cents":"1250","claim":"RC12","payer":"AETNA"}"#)
        #expect(JSONText.object([:]) == "{}")
    }

    @Test("Quotes, backslashes and control characters are escaped; other text is kept as UTF-8",
          arguments: [
              ("plain", #""plain""#),
              ("say \"no\"", #""say \"no\"""#),
              (#"C:\path"#, #""C:\\path""#),
              ("line\nbreak\ttab\rreturn", #""line\nbreak\ttab\rreturn""#),
              ("bell\u{07}", #""bell\u0007""#),
              ("unit\u{1F}", #""unit\u001f""#),
              ("Peña — ünïcödé 🙂", "\"Peña — ünïcödé 🙂\""),
              ("", #""""#),
          ])
    func escaping(value: String, expected: String) {
        var out = ""
        JSONText.appendString(value, to: &out)
        #expect(out == expected)
    }

    @Test("What it writes reads back to the same fields through Foundation's JSON reader")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 29)
        let alphabet = Array("aZ09 \"\\/\n\t\u{01}\u{1F}é🙂-_.:")
        for _ in 0..<200 {
            var fields: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let key = String((0..<Int.random(in: 1...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
                fields[key] = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            }
            let text = JSONText.object(fields)
            let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
            #expect(decoded == fields, "seed 29: \(text)")
        }
    }
}
