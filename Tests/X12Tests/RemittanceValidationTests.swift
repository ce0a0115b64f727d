import Foundation
import Testing
import X12

/// Every 835 the tests build must pass an independent validator: pyx12 4.0.0's `x12valid`, from the
/// virtualenv that scripts/setup.sh installs at `.venv`. pyx12 does not check 835 balancing; the
/// tests check that with ``RemittanceAdvice/balancingProblems``.
struct RemittanceValidationTests {
    typealias Fixtures = RemittanceFixtures

    /// The repository root: three levels above this file (Tests/X12Tests/…).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Writes each text to its own file and runs `x12valid` on all of them; returns its report and the
    /// files, or `nil` (and a failed test) when the validator is missing.
    static func validate(_ texts: [(name: String, text: String)], sourceLocation: SourceLocation = #_sourceLocation)
        throws -> (report: String, files: [(path: String, text: String)])?
    {
        let validator = repositoryRoot.appendingPathComponent(".venv/bin/x12valid")
        guard FileManager.default.isExecutableFile(atPath: validator.path) else {
            Issue.record("pyx12 is not installed: \(validator.path) is missing; run scripts/setup.sh", sourceLocation: sourceLocation)
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("x12-pyx12-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [(path: String, text: String)] = []
        for (index, (name, text)) in texts.enumerated() {
            let safe = name.map { $0.isLetter || $0.isNumber ? $0 : "-" }
            let file = folder.appendingPathComponent("\(index)-\(String(safe)).x12")
            try Data(text.utf8).write(to: file)
            files.append((file.path, text))
        }
        let process = Process()
        process.executableURL = validator
        process.arguments = files.map(\.path)
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), files)
    }

    /// Runs `x12valid` on `texts` and expects `<file>: OK` for each (x12valid exits 1 even on success,
    /// so its status is not read).
    static func expectValid(_ texts: [(name: String, text: String)], sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        guard let (report, files) = try validate(texts, sourceLocation: sourceLocation) else { return }
        for (path, text) in files {
            #expect(
                report.contains("\(path): OK"), "pyx12 rejects \(path):\n\(report)\n\(text)", sourceLocation: sourceLocation)
        }
    }

    /// Guards the harness: pyx12 must see a broken 835 as broken (a claim filing indicator not in
    /// the guide's list). pyx12 4.0.0 does not check the NPIs of an 835.
    @Test func pyx12RejectsAnUnknownClaimFilingIndicator() throws {
        var advice = Fixtures.paid
        advice.claims[0].filingIndicator = "99"
        guard let (report, files) = try Self.validate([("bad filing indicator", try RemittanceAdviceTests.text(for: advice))]) else { return }
        #expect(!report.contains("\(files[0].path): OK"), "pyx12 accepts CLP06 99:\n\(report)")
        #expect(report.contains("ERROR"), "pyx12 names no error:\n\(report)")
    }

    @Test func everyFixture835PassesPyx12() throws {
        let texts = try Fixtures.cases.map { ($0.name, try RemittanceAdviceTests.text(for: $0.advice)) }
        try Self.expectValid(texts)
    }

    @Test func anInterchangeWithSeveralPayeesPassesPyx12() throws {
        var other = Fixtures.reversal
        other.payee = RemittancePayee(name: "SOUTH CLINIC", id: Fixtures.otherNPI)
        try Self.expectValid([("two payees", try RemittanceAdviceTests.text(for: [Fixtures.paid, other]))])
    }

    @Test func randomBalanced835sPassPyx12() throws {
        let seed = RemittanceRandomTests.seed
        var generator = X12GarblingTests.Generator(state: seed)
        let texts = try (0..<20).map { index in
            ("random \(index) seed \(seed)", try RemittanceAdviceTests.text(for: RemittanceRandomTests.advice(using: &generator)))
        }
        try Self.expectValid(texts)
    }
}
