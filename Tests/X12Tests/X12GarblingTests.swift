import Foundation
import Testing
import X12

/// Seeded random damage to valid interchanges: the reader must throw an ``X12Error`` or parse, never trap.
/// Replay a failure with REVCYCLE_TEST_SEED=<seed printed in the failure>.
struct X12GarblingTests {
    /// SplitMix64, so a seed replays the same damage.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Applies 1 to a few random edits to `bytes`: truncate, drop a byte, insert or overwrite one of
    /// the `interesting` bytes (delimiters, segment ids, digits), overwrite with any byte (when
    /// `anyByte`), or cut a run of up to 40 bytes.
    static func garble(_ bytes: inout [UInt8], edits: ClosedRange<Int>, interesting: [UInt8], anyByte: Bool,
                       using random: inout Generator) {
        for _ in 0..<Int.random(in: edits, using: &random) {
            let position = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<(anyByte ? 6 : 5), using: &random) {
            case 0: bytes = Array(bytes.prefix(position))
            case 1 where position < bytes.count: bytes.remove(at: position)
            case 2: bytes.insert(interesting.randomElement(using: &random)!, at: position)
            case 3 where position < bytes.count: bytes[position] = interesting.randomElement(using: &random)!
            case 4 where anyByte && position < bytes.count: bytes[position] = UInt8.random(in: 0...255, using: &random)
            default:
                let end = min(bytes.count, position + Int.random(in: 1...40, using: &random))
                bytes.replaceSubrange(position..<end, with: [])
            }
        }
    }

    static func seed() -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["REVCYCLE_TEST_SEED"], let seed = UInt64(text) { return seed }
        return UInt64.random(in: 1...UInt64.max)
    }

    @Test func garbledInputThrowsOrParsesButNeverTraps() throws {
        let seed = Self.seed()
        var random = Generator(state: seed)
        // Printed up front as well: a trap ends the process before any failure message could show it.
        print("X12GarblingTests seed \(seed) (replay with REVCYCLE_TEST_SEED=\(seed))")
        let sources = [
            Array(Samples.standard.utf8),
            Array(Samples.standard(element: "|", component: ">", repetition: "!", segment: "\n").utf8),
            Array(Samples.standard.split(separator: "~").map { $0 + "~\r\n" }.joined().utf8),
        ]
        let interesting = Array("*:^~|>!\n\r UISAGESTIE0123456789".utf8) + [0x00, 0xFF, 0xC3]
        var parsed = 0
        var refused = 0
        for round in 0..<3000 {
            var bytes = sources[round % sources.count]
            Self.garble(&bytes, edits: 1...4, interesting: interesting, anyByte: true, using: &random)
            let interchange: X12Interchange
            do {
                interchange = try X12Interchange(parsing: bytes)
                parsed += 1
            } catch {
                refused += 1
                #expect(!error.message.isEmpty, "round \(round), seed \(seed): an error without a message")
                if let ordinal = error.location?.segmentOrdinal {
                    #expect(ordinal >= 1, "round \(round), seed \(seed): ordinal \(ordinal)")
                }
                continue
            }
            // What parsed can be written back with its own delimiters and parses again.
            do {
                let text = try X12Writer(delimiters: interchange.delimiters).text(for: interchange)
                let again = try X12Interchange(parsing: text)
                #expect(again.functionalGroups.count == interchange.functionalGroups.count, "round \(round), seed \(seed)")
            } catch {
                Issue.record("round \(round), seed \(seed): a parsed interchange did not write back: \(error)")
            }
        }
        #expect(parsed + refused == 3000, "seed \(seed)")
        #expect(refused > 0, "seed \(seed): garbling should break some inputs")
    }
}
