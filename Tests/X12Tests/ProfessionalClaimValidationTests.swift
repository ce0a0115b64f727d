import Foundation
import Testing
import X12

/// Every 837P the tests build must also pass an independent validator: pyx12 4.0.0's x12valid,
/// run through scripts/x12-validate.py from the virtualenv that scripts/setup.sh installs at `.venv`.
/// A missing validator fails the tests (it is never skipped).
struct ProfessionalClaimValidationTests {
    typealias Fixtures = ProfessionalClaimFixtures

    static let repositoryRoot = EligibilityValidationTests.repositoryRoot

    /// Writes each text to a file in a fresh temporary folder and runs the validator on all of them;
    /// `nil` (and a failed test) when pyx12 is not installed.
    static func validate(_ texts: [(name: String, text: String)], sourceLocation: SourceLocation = #_sourceLocation)
        throws -> (report: String, status: Int32, paths: [String])?
    {
        let x12valid = repositoryRoot.appendingPathComponent(".venv/bin/x12valid")
        let script = repositoryRoot.appendingPathComponent("scripts/x12-validate.py")
        guard FileManager.default.isExecutableFile(atPath: x12valid.path) else {
            Issue.record("pyx12 is not installed: \(x12valid.path) is missing; run scripts/setup.sh", sourceLocation: sourceLocation)
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("x12-837p-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (name, text) in texts {
            let safe = name.map { $0.isLetter || $0.isNumber ? $0 : "-" }
            let file = folder.appendingPathComponent(String(safe) + ".x12")
            try Data(text.utf8).write(to: file)
            paths.append(file.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus, paths)
    }

    /// Runs the validator on `texts` and expects `FILE: OK` for each and exit status 0.
    static func expectValid(_ texts: [(name: String, text: String)], sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        guard let (report, status, paths) = try validate(texts, sourceLocation: sourceLocation) else { return }
        for (path, text) in zip(paths, texts.map(\.text)) {
            #expect(
                report.contains("\(path): OK"), "pyx12 rejects \(path):\n\(report)\n\(text)", sourceLocation: sourceLocation)
        }
        #expect(status == 0, "the validator exits \(status):\n\(report)", sourceLocation: sourceLocation)
    }

    @Test func everyFixture837PPassesPyx12() throws {
        try Self.expectValid(Fixtures.cases.map { ($0.name, try ProfessionalClaimTests.text(for: $0)) })
    }

    @Test func randomBatchesPassPyx12() throws {
        let seed = ProfessionalClaimRandomTests.seed
        let texts = try ProfessionalClaimGenerator.batches(20, seed: seed).enumerated().map { index, batch in
            ("seed \(seed) batch \(index)", try ProfessionalClaimTests.text(for: batch))
        }
        try Self.expectValid(texts)
    }

    /// pyx12 4.0.0 checks neither NPI check digits nor the form of ICD-10-CM codes, so the builder
    /// does (see ProfessionalClaimTests.invalidBatchesAreRefused). If pyx12 starts checking them,
    /// this test fails and the note in scripts/x12-validate.py should change.
    @Test func pyx12LeavesNPIsAndDiagnosisCodesToTheBuilder() throws {
        let text = try ProfessionalClaimTests.text(for: Fixtures.cases[0])
        let edited = text.replacingOccurrences(of: Fixtures.clinicNPI, with: "1245319598")
            .replacingOccurrences(of: "ABK:J069", with: "ABK:J06.9")
        try Self.expectValid([("bad NPI and dotted diagnosis", edited)])
    }

    /// The validator must not say OK to everything: a wrong segment count and an unknown state fail.
    @Test func pyx12RejectsABrokenClaim() throws {
        let text = try ProfessionalClaimTests.text(for: Fixtures.cases[0])
        let badState = text.replacingOccurrences(of: "N4*SPRINGFIELD*IL*62704", with: "N4*SPRINGFIELD*XX*62704")
        let badCount = ProfessionalClaimParsingTests.recounted(text, removing: 1)
        guard let (report, status, paths) = try Self.validate([("bad state", badState), ("bad count", badCount)]) else { return }
        for path in paths {
            #expect(report.contains("\(path): Failure"), "pyx12 accepts \(path):\n\(report)")
        }
        #expect(status == 1, "the validator exits \(status):\n\(report)")
    }
}
