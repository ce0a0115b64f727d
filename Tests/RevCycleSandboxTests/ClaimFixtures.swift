import Foundation
import RevCycleSandbox
import Testing
import X12

/// 837Ps for the sandbox payer, a temporary outbox and inbox, and pyx12.
struct ClaimSite {
    static let today = X12Date(year: 2026, month: 11, day: 29)!
    static let filedOn = X12Date(year: 2026, month: 11, day: 20)!
    static let visit = X12Date(year: 2026, month: 11, day: 10)!
    /// The contracted rates of payer 60054 the tests use.
    static let feeSchedules: [String: [String: Int64]] = [
        "60054": ["99213": 9_200, "99214": 17_100, "80053": 2_100, "36415": 300, "70551": 45_000],
    ]
    static let office = X12Person.Address(line1: "1 MAIN ST", city: "SPRINGFIELD", state: "IL", postalCode: "627011234")
    static let home = X12Person.Address(line1: "12 ELM ST", city: "SPRINGFIELD", state: "IL", postalCode: "62704")
    static let doctor = ProfessionalClaim.RenderingProvider(
        lastName: "SMITH", firstName: "JOHN", npi: "1003000126", taxonomy: "207Q00000X")

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claims-\(UUID().uuidString)")
    var outbox: URL { folder.appendingPathComponent("outbox") }
    var inbox: URL { folder.appendingPathComponent("inbox") }
    let payer: SandboxPayer
    let clearinghouse: SandboxClearinghouse

    /// A site whose payer applies `rules` (by default every random rule off, so figures are exact).
    init(rules: SandboxDenialRules = Self.quietRules) throws {
        for url in [folder.appendingPathComponent("outbox"), folder.appendingPathComponent("inbox")] {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        payer = try SandboxPayer(file: folder.appendingPathComponent("payer.sqlite"))
        clearinghouse = SandboxClearinghouse(
            outbox: folder.appendingPathComponent("outbox"), inbox: folder.appendingPathComponent("inbox"), payer: payer,
            feeSchedules: Self.feeSchedules, denialRules: rules)
    }

    /// The default rules without the random ones (CO-16, interest, recoveries).
    static var quietRules: SandboxDenialRules {
        var rules = SandboxDenialRules()
        rules.missingInformation.perThousand = 0
        rules.interest.perThousand = 0
        rules.recoveries.perThousand = 0
        return rules
    }

    static func line(_ code: String, _ charge: Int64, modifiers: [String] = [], on date: X12Date = visit, control: String)
        -> ProfessionalClaim.ServiceLine
    {
        ProfessionalClaim.ServiceLine(
            procedure: .init(code: code, modifiers: modifiers), charge: charge, diagnosisPointers: [1], serviceDate: date,
            lineItemControlNumber: control)
    }

    static func claim(_ number: String, _ lines: [ProfessionalClaim.ServiceLine], configure: (inout ProfessionalClaim) -> Void = { _ in })
        -> ProfessionalClaim
    {
        var claim = ProfessionalClaim(
            patientControlNumber: number, totalCharge: lines.reduce(0) { $0 + $1.charge }, placeOfService: "11",
            diagnoses: ["J069"], renderingProvider: doctor, lines: lines)
        configure(&claim)
        return claim
    }

    static func batch(
        _ claims: [ProfessionalClaim], memberID: String = "W100000008", payerID: String = "60054", filing: String = "CI",
        npi: String = "1245319599"
    ) -> ProfessionalClaimBatch {
        let subscriber = ClaimSubscriber(
            person: X12Person(lastName: "RIVERA", firstName: "ANA", memberID: memberID, dateOfBirth: X12Date(year: 1984, month: 3, day: 9),
                              gender: .female, address: home),
            groupNumber: "GRP100", claimFilingIndicator: filing, payer: ClaimSubscriber.Payer(name: "AETNA", payerID: payerID),
            claims: claims)
        return ProfessionalClaimBatch(
            reference: "BATCH0001", creationDate: filedOn, creationTime: "1200",
            submitter: .init(name: "DEFAULT COMMUNITY HOSPITAL", id: "RCDEFAULT", contactName: "BILLING", phone: "5555551234"),
            receiver: .init(name: "SANDBOX CLEARINGHOUSE", id: "SANDBOXPAYER"),
            billingProviders: [
                BillingProvider(name: "DEFAULT COMMUNITY HOSPITAL", npi: npi, address: office, taxID: "123456789", subscribers: [subscriber])
            ])
    }

    /// The 837P text of `batch` (written without the builder's checks when `npi` must stay invalid).
    static func text(of batch: ProfessionalClaimBatch, controlNumber: Int = 1) throws -> String {
        var numbers = ControlNumbers(interchange: controlNumber, group: controlNumber, transactionSet: controlNumber)
        let envelope = X12Envelope(senderID: "RCDEFAULT", receiverID: "SANDBOXPAYER", date: filedOn, time: "1200", usage: .test)
        return try X12Writer(lineBreaks: true).text(for: batch.makeInterchange(envelope: envelope, controlNumbers: &numbers))
    }

    /// Drops `text` in the outbox as `name` and runs the clearinghouse once.
    @discardableResult
    func submit(_ text: String, as name: String, on date: X12Date = today) throws -> SandboxClearinghouse.Pass {
        try text.write(to: outbox.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return try clearinghouse.process(on: date, time: "1300")
    }

    func answer(_ name: String) throws -> String {
        try String(contentsOf: inbox.appendingPathComponent(name), encoding: .utf8)
    }

    func remittances(_ name: String) throws -> [RemittanceAdvice] {
        try RemittanceAdvice.advices(in: X12Interchange(parsing: answer(name)))
    }

    func claimAcknowledgment(_ name: String) throws -> ClaimAcknowledgment {
        let all = try ClaimAcknowledgment.acknowledgments(in: X12Interchange(parsing: answer(name)))
        return try #require(all.first)
    }

    func implementationAcknowledgment(_ name: String) throws -> ImplementationAcknowledgment {
        let all = try ImplementationAcknowledgment.acknowledgments(in: X12Interchange(parsing: answer(name)))
        return try #require(all.first)
    }

    // MARK: - pyx12

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs scripts/x12-validate.py on inbox files and expects every one to be OK; fails (never skips)
    /// when pyx12 is not installed.
    func expectValid(_ names: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let validator = Self.repositoryRoot.appendingPathComponent(".venv/bin/x12valid")
        guard FileManager.default.isExecutableFile(atPath: validator.path) else {
            Issue.record("pyx12 is not installed (\(validator.path) is missing): run scripts/setup.sh", sourceLocation: sourceLocation)
            return
        }
        // x12valid leaves a .997 beside each file it reads: validate copies, away from the inbox.
        let scratch = folder.appendingPathComponent("validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in names {
            try FileManager.default.copyItem(at: inbox.appendingPathComponent(name), to: scratch.appendingPathComponent(name))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.repositoryRoot.appendingPathComponent("scripts/x12-validate.py").path]
            + names.map { scratch.appendingPathComponent($0).path }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "pyx12 rejects an answer:\n\(report)", sourceLocation: sourceLocation)
    }
}

extension RemittanceClaim {
    /// Each line's adjustments as `CO-45 9400` strings, for compact expectations.
    var lineAdjustments: [[String]] {
        serviceLines.map { $0.adjustments.map { "\($0.group.rawValue)-\($0.reason) \($0.amount)" } }
    }
}
