import Foundation
import Testing
import X12

/// ``RemittanceStream`` against the whole-file parser: the same advices, the same errors, and the same
/// balancing problems, whatever the size of the pieces the file is read in.
struct RemittanceStreamTests {
    typealias Fixtures = RemittanceFixtures

    /// How the stream reads its input: from memory, or from a file in pieces of a given size.
    enum Source: Sendable, CustomTestStringConvertible {
        case memory
        case file(chunkSize: Int)

        static let all: [Source] = [.memory, .file(chunkSize: 1), .file(chunkSize: 7), .file(chunkSize: 64), .file(chunkSize: 1 << 20)]

        var testDescription: String {
            switch self {
            case .memory: "in memory"
            case .file(let chunkSize): "from a file in \(chunkSize)-byte pieces"
            }
        }

        /// A stream over `bytes` (written to a temporary file for `.file`).
        func stream(_ bytes: [UInt8], run: (inout RemittanceStream) throws -> Void) throws {
            switch self {
            case .memory:
                var stream = try RemittanceStream(bytes: bytes)
                try run(&stream)
            case .file(let chunkSize):
                let url = FileManager.default.temporaryDirectory.appendingPathComponent("x12-stream-\(UUID().uuidString).835")
                try Data(bytes).write(to: url)
                defer { try? FileManager.default.removeItem(at: url) }
                var stream = try RemittanceStream(contentsOf: url.path, chunkSize: chunkSize)
                try run(&stream)
            }
        }
    }

    /// What the stream gives back: each advice put together again from its events, and the problems
    /// the incremental balance check found for each.
    struct Streamed {
        var advices: [RemittanceAdvice] = []
        var problems: [[RemittanceBalanceProblem]] = []
    }

    /// Reads `bytes` through a stream, checking the order of the events on the way.
    static func streamed(_ bytes: [UInt8], from source: Source, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> Streamed
    {
        var result = Streamed()
        try source.stream(bytes) { stream in
            var advice: RemittanceAdvice?
            var check = RemittanceBalanceCheck()
            var hasAdjustments = false
            while let event = try stream.next() {
                switch event {
                case .payment(let header):
                    #expect(advice == nil, "a payment starts inside another", sourceLocation: sourceLocation)
                    #expect(header.claims.isEmpty && header.providerAdjustments.isEmpty, sourceLocation: sourceLocation)
                    advice = header
                    check = RemittanceBalanceCheck()
                    hasAdjustments = false
                case .claim(let claim):
                    #expect(advice != nil && !hasAdjustments, "a claim outside a payment", sourceLocation: sourceLocation)
                    advice?.claims.append(claim)
                    check.add(claim)
                case .providerAdjustments(let adjustments):
                    #expect(advice != nil && !hasAdjustments, sourceLocation: sourceLocation)
                    advice?.providerAdjustments = adjustments
                    check.add(adjustments)
                    hasAdjustments = true
                case .endOfPayment:
                    #expect(hasAdjustments, "a payment ends without its provider adjustments", sourceLocation: sourceLocation)
                    if let advice {
                        result.advices.append(advice)
                        result.problems.append(check.finish(for: advice))
                    }
                    advice = nil
                }
            }
            #expect(advice == nil, "the stream ends inside a payment", sourceLocation: sourceLocation)
        }
        return result
    }

    /// The whole-file parse of `bytes`: the advices, or the error.
    static func parsed(_ bytes: [UInt8]) -> Result<[RemittanceAdvice], X12Error> {
        Result { () throws(X12Error) in try RemittanceAdvice.advices(in: X12Interchange(parsing: bytes)) }
    }

    /// The stream's reading of `bytes`: the advices, or the error.
    static func streamedResult(_ bytes: [UInt8], from source: Source) throws -> Result<[RemittanceAdvice], X12Error> {
        do {
            return .success(try streamed(bytes, from: source).advices)
        } catch let error as X12Error {
            return .failure(error)
        }
    }

    // MARK: - Valid input

    @Test("streaming every fixture 835, alone and together, gives the advices the whole-file parser gives", arguments: Source.all)
    func streamingTheFixturesGivesTheSameAdvices(_ source: Source) throws {
        let texts = try Fixtures.cases.map { try RemittanceAdviceTests.text(for: $0.advice) }
            + [try RemittanceAdviceTests.text(for: Fixtures.cases.map(\.advice))]
        for text in texts {
            let bytes = Array(text.utf8)
            let whole = try RemittanceAdvice.advices(in: X12Interchange(parsing: bytes))
            let streamed = try Self.streamed(bytes, from: source)
            #expect(streamed.advices == whole, "\(source.testDescription):\n\(text)")
            #expect(streamed.problems == whole.map(\.balancingProblems), "\(source.testDescription)")
        }
    }

    @Test("streaming seeded random balanced 835s gives the advices the whole-file parser gives", arguments: Source.all)
    func streamingRandomRemittancesGivesTheSameAdvices(_ source: Source) throws {
        let seed = RemittanceRandomTests.seed
        var generator = X12GarblingTests.Generator(state: seed)
        for index in 0..<40 {
            let advices = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                RemittanceRandomTests.advice(using: &generator)
            }
            let bytes = Array(try RemittanceAdviceTests.text(for: advices).utf8)
            let streamed = try Self.streamed(bytes, from: source)
            #expect(streamed.advices == advices, "case \(index) of seed \(seed) \(source.testDescription)")
            #expect(streamed.problems.allSatisfy { $0.isEmpty }, "case \(index) of seed \(seed): \(streamed.problems)")
        }
    }

    @Test("a segment cut by the end of a piece is read whole, with its byte offset in the file")
    func aSegmentStraddlingPiecesKeepsItsOffset() throws {
        let text = try RemittanceAdviceTests.text(for: Fixtures.paid)
        let bytes = Array(text.utf8)
        let clpOffset = try #require(text.utf8.indices(of: "CLP"))
        let claims = try Self.streamed(bytes, from: .file(chunkSize: clpOffset + 2)).advices.flatMap(\.claims)
        #expect(claims.first?.readFrom.location?.byteOffset == clpOffset, "\(claims.first?.readFrom.description ?? "no claim")")
    }

    // MARK: - Errors

    @Test("garbled seeded 835s throw the same error when streamed as when parsed whole", arguments: [Source.memory, .file(chunkSize: 7)])
    func garbledInputThrowsTheSameErrors(_ source: Source) throws {
        let seed = X12GarblingTests.seed()
        var random = X12GarblingTests.Generator(state: seed)
        print("RemittanceStreamTests seed \(seed) (replay with REVCYCLE_TEST_SEED=\(seed))")
        let sources = try [
            Array(RemittanceAdviceTests.text(for: Fixtures.cases.map(\.advice)).utf8),
            Array(RemittanceAdviceTests.text(for: Fixtures.providerLevel).utf8),
        ]
        let interesting = Array("*:^~\n\r UISAGESTIELXCLPSVCCASN1PRPE0123456789.-".utf8) + [0x00, 0xFF]
        var refused = 0
        for round in 0..<300 {
            var bytes = sources[round % sources.count]
            X12GarblingTests.garble(&bytes, edits: 1...3, interesting: interesting, anyByte: false, using: &random)
            let whole = Self.parsed(bytes)
            let streamed = try Self.streamedResult(bytes, from: source)
            if case .failure = whole { refused += 1 }
            switch (whole, streamed) {
            case (.success(let expected), .success(let actual)):
                #expect(actual == expected, "round \(round), seed \(seed): the advices differ")
            case (.failure(let expected), .failure(let actual)):
                #expect(actual == expected, "round \(round), seed \(seed): the stream throws \(actual), not \(expected)")
                #expect(actual.location?.byteOffset == expected.location?.byteOffset, "round \(round), seed \(seed)")
            default:
                Issue.record("round \(round), seed \(seed): whole gives \(whole), the stream \(streamed)")
            }
        }
        #expect(refused > 0, "seed \(seed): garbling should break some inputs")
    }

    @Test(
        "each malformed 835 of the parsing tests throws the same error when streamed",
        arguments: RemittanceAdviceTests.malformedCases)
    func malformedInputThrowsTheSameError(_ testCase: RemittanceAdviceTests.MalformedCase) throws {
        let bytes = Array(try RemittanceAdviceTests.text(for: Fixtures.providerLevel, editing: testCase.edit).utf8)
        let expected = try #require(throws: X12Error.self) { try RemittanceAdvice.advices(in: X12Interchange(parsing: bytes)) }
        for source in Source.all {
            let actual = try #require(throws: X12Error.self) { _ = try Self.streamed(bytes, from: source) }
            #expect(actual == expected, "\(source.testDescription): \(actual), not \(expected)")
        }
    }

    @Test("an envelope error after a bad claim wins, as in the whole-file parser")
    func anEnvelopeErrorWinsOverAnEarlierClaimError() throws {
        var text = try RemittanceAdviceTests.text(for: Fixtures.paid, editing: RemittanceAdviceTests.replacing("CLP") {
            $0.elements[3] = "12.345"
        })
        text = text.replacingOccurrences(of: "IEA*1*", with: "IEA*2*")
        let bytes = Array(text.utf8)
        let expected = try #require(throws: X12Error.self) { try RemittanceAdvice.advices(in: X12Interchange(parsing: bytes)) }
        #expect(expected.code == .countMismatch, "\(expected)")
        let actual = try #require(throws: X12Error.self) { _ = try Self.streamed(bytes, from: .file(chunkSize: 64)) }
        #expect(actual == expected, "\(actual)")
    }

    @Test("a file that cannot be opened throws an unreadable-input error")
    func aMissingFileIsUnreadable() {
        let error = #expect(throws: X12Error.self) { _ = try RemittanceStream(contentsOf: "/nonexistent/era.835") }
        #expect(error?.code == .unreadableInput, "\(String(describing: error))")
    }

    // MARK: - Balancing

    @Test("the incremental balance check finds what the whole-advice check finds on unbalanced seeded 835s")
    func theIncrementalBalanceCheckEqualsTheWholeOne() throws {
        let seed = RemittanceRandomTests.seed
        var generator = X12GarblingTests.Generator(state: seed)
        var unbalanced = 0
        for index in 0..<100 {
            var advice = RemittanceRandomTests.advice(using: &generator)
            // Break some equations: a line's payment, a claim's payment, the total.
            for claim in advice.claims.indices where Bool.random(using: &generator) {
                if !advice.claims[claim].serviceLines.isEmpty, Bool.random(using: &generator) {
                    advice.claims[claim].serviceLines[0].paidAmount += Int64.random(in: 1...999, using: &generator)
                } else {
                    advice.claims[claim].paidAmount -= Int64.random(in: 1...999, using: &generator)
                }
            }
            if Bool.random(using: &generator) { advice.payment.amount += 1 }
            let whole = advice.balancingProblems
            if !whole.isEmpty { unbalanced += 1 }
            var check = RemittanceBalanceCheck()
            for claim in advice.claims { check.add(claim) }
            check.add(advice.providerAdjustments)
            #expect(check.finish(for: advice) == whole, "case \(index) of seed \(seed)")
            let bytes = Array(try RemittanceAdviceTests.text(for: advice).utf8)
            let read = try RemittanceAdvice.advices(in: X12Interchange(parsing: bytes))
            let streamed = try Self.streamed(bytes, from: .file(chunkSize: 64))
            #expect(streamed.problems == read.map(\.balancingProblems), "case \(index) of seed \(seed)")
            #expect(streamed.problems.first?.map(\.rule) == whole.map(\.rule), "case \(index) of seed \(seed)")
        }
        #expect(unbalanced > 20, "seed \(seed): only \(unbalanced) of 100 cases are unbalanced")
    }
}

extension String.UTF8View {
    /// The offset of the first occurrence of `needle`, or `nil`.
    fileprivate func indices(of needle: String) -> Int? {
        let bytes = Array(self)
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        return (0...(bytes.count - pattern.count)).first { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
}
