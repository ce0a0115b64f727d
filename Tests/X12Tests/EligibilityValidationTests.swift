import Foundation
import Testing
import X12

/// Every 270 and 271 the tests produce must also pass an independent reader: linuxforhealth-x12
/// 0.57.0, run through scripts/x12-validate-eligibility.py from the virtualenv that
/// scripts/setup.sh installs at `.venv`.
struct EligibilityValidationTests {
    typealias Fixtures = EligibilityFixtures

    /// The repository root: three levels above this file (Tests/X12Tests/…).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Writes each text to a file named after it in a fresh temporary folder and runs the validator on
    /// all of them; `nil` (and a failed test) when the validator is not installed.
    static func validate(_ texts: [(name: String, text: String)], sourceLocation: SourceLocation = #_sourceLocation)
        throws -> (report: String, status: Int32, paths: [String])?
    {
        let python = repositoryRoot.appendingPathComponent(".venv/bin/python")
        let script = repositoryRoot.appendingPathComponent("scripts/x12-validate-eligibility.py")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record(
                "linuxforhealth-x12 is not installed: \(python.path) is missing; run scripts/setup.sh",
                sourceLocation: sourceLocation)
            return nil
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("x12-eligibility-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (name, text) in texts {
            let file = folder.appendingPathComponent(name.replacingOccurrences(of: " ", with: "-") + ".x12")
            try Data(text.utf8).write(to: file)
            paths.append(file.path)
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + paths
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
        for path in paths {
            #expect(report.contains("\(path): OK"), "linuxforhealth rejects \(path):\n\(report)", sourceLocation: sourceLocation)
        }
        #expect(status == 0, "the validator exits \(status):\n\(report)", sourceLocation: sourceLocation)
    }

    @Test func everyProduced270PassesLinuxForHealth() throws {
        let texts = try Fixtures.inquiryCases.map { testCase in
            (testCase.name, try EligibilityInquiryTests.text(for: testCase))
        }
        try Self.expectValid(texts)
    }

    /// The hand-written `activeFamily` sample is left out: it carries EB loops for both the subscriber
    /// and a dependent, which our reader accepts but linuxforhealth cannot parse (it files every EB
    /// under the patient, the dependent when there is one).
    ///
    /// The EB with a quantity (`EB09 VS`, `EB10 20`) is left out too: linuxforhealth 0.57.0 declares
    /// EB09, a code, as a decimal, and so rejects every EB that carries a quantity.
    @Test func produced271sPassLinuxForHealth() throws {
        var response = EligibilityResponseTests.builtResponse
        response.subscribers[0].benefits.removeAll { $0.quantityQualifier != nil }
        #expect(response.subscribers[0].benefits.count == EligibilityResponseTests.builtResponse.subscribers[0].benefits.count - 1)
        var texts = [
            ("built response", try EligibilityResponseTests.text(for: response)),
            ("built family response", try EligibilityResponseTests.text(for: EligibilityResponseTests.builtFamilyResponse)),
        ]
        for testCase in Fixtures.inquiryCases {
            var response = EligibilityResponse(
                answering: testCase.inquiry, creationDate: Fixtures.date("20261102"), creationTime: "1231")
            response.patient?.benefits = [EligibilityBenefit(.activeCoverage, coverageLevel: .individual, serviceTypes: ["30"])]
            response.patient?.dates = [EligibilityDate(.planBegin, Fixtures.date("20260101"))]
            texts.append(("answer to \(testCase.name)", try EligibilityResponseTests.text(for: response, delimiters: testCase.delimiters)))
        }
        try Self.expectValid(texts)
    }

    /// linuxforhealth-x12 0.57.0 checks 2100C/2100D AAA03 against the 2100B (provider) code list, so
    /// it rejects the guide's `AAA*N**75*C` for a subscriber not found. The test pins that this is its
    /// only complaint, so that any other problem in a not-found 271 still fails.
    @Test func aNotFound271FailsLinuxForHealthOnlyOnItsOwnAAACodeList() throws {
        var response = EligibilityResponse(
            answering: Fixtures.inquiry(), creationDate: Fixtures.date("20261102"), creationTime: "1231")
        response.patient?.rejections = [EligibilityRejection(reason: .subscriberNotFound, followUp: .correctAndResubmit)]
        let text = try EligibilityResponseTests.text(for: response)
        guard let (report, _, _) = try Self.validate([("not found", text)]) else { return }
        let paths = report.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(
            paths == ["ERROR loop_2000a -> 0 -> loop_2000b -> 0 -> loop_2000c -> 0 -> loop_2100c -> aaa_segment -> 0 -> reject_reason_code"],
            "linuxforhealth objects to more than its AAA code list:\n\(report)")
    }
}
