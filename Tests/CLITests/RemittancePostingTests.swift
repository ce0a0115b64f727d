import Foundation
import GRDB
import Testing
import X12

/// 835s posted through `revcycle billing remit import`, with every expected posting worked out by
/// hand. The site's clearinghouse is `external` here, so only the remittances the tests write arrive.
@Suite("835 remittances post exactly, once, or not at all")
struct RemittancePostingTests {
    static let date = X12Date(year: 2026, month: 11, day: 25)!

    /// Ana (P1) with Aetna primary; account A1 on 2026-11-20 with 99214 $265.00 and 80053 $64.00 on claim RC1, submitted.
    static func submittedClaim(secondary: Bool = false) throws -> CLIRunner {
        let cli = try PatientAccessTests.homeWithAna()
        let site = cli.home.appendingPathComponent("config/sites/default.yaml")
        try String(contentsOf: site, encoding: .utf8).replacingOccurrences(of: "clearinghouse: sandbox", with: "clearinghouse: external")
            .write(to: site, atomically: true, encoding: .utf8)
        try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "AETNA", "--member-id", "W100000008",
                              "--subscriber-relationship", "self", "--priority", "primary", "--effective", "2026-01-01", "--user", "fdesk")
        if secondary {
            try cli.expectSuccess("access", "coverage", "add", "--patient", "P1", "--payer", "MEDICARE", "--member-id", "1EG4TE5MK72",
                                  "--subscriber-relationship", "self", "--priority", "secondary", "--effective", "2026-01-01", "--user", "fdesk")
        }
        try cli.expectSuccess("access", "open-account", "--patient", "P1", "--guarantor", "G1", "--service-date", "2026-11-20", "--user", "fdesk")
        try cli.expectSuccess("billing", "diagnoses", "A1", "--codes", "E11.9,I10", "--user", "biller")
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "99214", "--diagnosis-pointers", "1,2", "--payer", "AETNA",
                              "--user", "biller")
        try cli.expectSuccess("billing", "charge", "--account", "A1", "--code", "80053", "--payer", "AETNA", "--user", "biller")
        try cli.expectSuccess("billing", "claim", "create", "A1", "--user", "biller")
        try cli.expectSuccess("billing", "claim", "scrub", "RC1", "--user", "biller")
        try cli.expectSuccess("billing", "claim", "submit", "--user", "biller")
        return cli
    }

    static func line(_ code: String, charge: Int64, paid: Int64, _ adjustments: [RemittanceAdjustment], remarks: [String] = []) -> RemittanceServiceLine {
        RemittanceServiceLine(procedure: RemittanceProcedure(code: code), chargeAmount: charge, paidAmount: paid, units: X12Decimal(significand: 1),
                              serviceDate: X12Date(year: 2026, month: 11, day: 20)!, adjustments: adjustments, remarkCodes: remarks)
    }

    static func claim(_ pcn: String, _ status: RemittanceClaim.Status, charge: Int64, paid: Int64, patient: Int64,
                      lines: [RemittanceServiceLine], payerClaim: String = "PCN-1") -> RemittanceClaim {
        RemittanceClaim(patientControlNumber: pcn, status: status, chargeAmount: charge, paidAmount: paid, patientResponsibility: patient,
                        filingIndicator: "CI", payerClaimControlNumber: payerClaim, patient: PartyName(lastName: "RIVERA", firstName: "ANA"),
                        serviceLines: lines)
    }

    static func file(_ claims: [RemittanceClaim], trace: String, plb: [ProviderAdjustment] = [], in cli: CLIRunner, name: String,
                     payer: (name: String, id: String) = ("Aetna Commercial", "60054")) throws -> String {
        let total = claims.reduce(Int64(0)) { $0 + $1.paidAmount } - plb.reduce(Int64(0)) { $0 + $1.amount }
        let advice = RemittanceAdvice(
            payment: RemittancePayment(handling: .paymentWithRemittance, amount: abs(total), isCredit: total >= 0, method: .ach, date: date),
            traceNumber: trace, payerIdentifier: "1" + String(repeating: "0", count: 9 - payer.id.count) + payer.id,
            payer: RemittancePayer(name: payer.name, address: X12Person.Address(line1: "151 Farmington Ave", city: "Hartford", state: "CT",
                                                                                   postalCode: "06156"),
                                   additionalIDs: [X12Person.Reference(qualifier: "2U", value: payer.id)],
                                   technicalContacts: [RemittanceContact(name: "EDI", numbers: [.phone("8006240756")])]),
            payee: RemittancePayee(name: "Default Community Hospital", id: "1245319599"), claims: claims, providerAdjustments: plb)
        var numbers = ControlNumbers()
        let envelope = X12Envelope(senderID: "AETNA", receiverID: "RCDEFAULT", date: date, time: "0900")
        let text = try X12Writer(lineBreaks: true).text(for: try advice.makeInterchange(envelope: envelope, controlNumbers: &numbers))
        let url = cli.home.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Buckets of account A1 → cents, summed from its postings.
    static func balances(_ cli: CLIRunner, account: Int = 1) throws -> [String: Int64] {
        try DatabaseQueue(path: cli.databasePath).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT bucket, sum(amount) AS total FROM posting WHERE account_id = ? GROUP BY bucket HAVING total != 0
                """, arguments: [account]).map { ($0["bucket"] as String, $0["total"] as Int64) })
        }
    }

    static func snapshot(_ cli: CLIRunner) throws -> [String] {
        try DatabaseQueue(path: cli.databasePath).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM posting ORDER BY entry_id, account_id, bucket").map(\.description)
                + Row.fetchAll(db, sql: "SELECT * FROM account_balance ORDER BY account_id, bucket").map(\.description)
                + Row.fetchAll(db, sql: "SELECT id, state FROM billing_claim ORDER BY id").map(\.description)
        }
    }

    /// 99214: charge 265.00, allowed 171.00 → CO-45 94.00, PR-1 100.00 deductible, PR-2 7.10 (10% of 71.00), paid 63.90.
    /// 80053: charge 64.00, allowed 21.00 → CO-45 43.00, PR-1 21.00 deductible, paid 0.00.
    static let paidClaim = claim("RC1", .processedAsPrimary, charge: 32_900, paid: 6_390, patient: 12_810, lines: [
        line("99214", charge: 26_500, paid: 6_390, [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 9_400),
                                                    RemittanceAdjustment(.patientResponsibility, reason: "1", amount: 10_000),
                                                    RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 710)]),
        line("80053", charge: 6_400, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 4_300),
                                               RemittanceAdjustment(.patientResponsibility, reason: "1", amount: 2_100)]),
    ])

    @Test("Contractual, deductible and coinsurance post by hand-checked amounts; cash equals BPR02; the claim is paid")
    func aPaidClaimPostsEveryBucket() throws {
        let cli = try Self.submittedClaim()
        let path = try Self.file([Self.paidClaim], trace: "EFT1001", in: cli, name: "era1.835")
        let imported = try cli.expectSuccess("billing", "remit", "import", path, "--user", "biller", "--format", "csv")
        #expect(imported.stdout.contains("posted,1,63.90"), "\(imported.stdout)")
        let balances = try Self.balances(cli)
        #expect(balances == ["cash": 6_390, "adj:contractual": 13_700, "ar:patient": 12_810, "revenue:charges": -32_900],
                "insurance owes nothing; the patient owes deductible and coinsurance: \(balances)")
        #expect(try cli.expectSuccess("billing", "claim", "show", "RC1", "--user", "biller").stdout.contains("state               paid"))
        try cli.expectSuccess("ledger", "verify")
    }

    @Test("The same remittance imported again, from the same or another file, changes nothing and says so")
    func aRepeatedRemittanceChangesNothing() throws {
        let cli = try Self.submittedClaim()
        let first = try Self.file([Self.paidClaim], trace: "EFT1001", in: cli, name: "era1.835")
        try cli.expectSuccess("billing", "remit", "import", first, "--user", "biller")
        let before = try Self.snapshot(cli)
        let again = try cli.expectSuccess("billing", "remit", "import", first, "--user", "biller")
        let copy = try Self.file([Self.paidClaim], trace: "EFT1001", in: cli, name: "era1-copy.835")
        let fromCopy = try cli.expectSuccess("billing", "remit", "import", copy, "--user", "biller")
        #expect(again.stdout.contains("already imported: nothing posted") && fromCopy.stdout.contains("already imported"))
        #expect(try Self.snapshot(cli) == before, "journal, balances and claims must be exactly as before")
    }

    @Test("An 835 with one cent off in a CAS is refused whole, naming the segment and the equation")
    func anUnbalancedRemittanceIsRefusedWhole() throws {
        let cli = try Self.submittedClaim()
        var broken = Self.paidClaim
        broken.serviceLines[0].adjustments[0].amount = 9_401
        let path = try Self.file([broken], trace: "EFT1002", in: cli, name: "bad.835")
        let before = try Self.snapshot(cli)
        let outcome = try cli.run("billing", "remit", "import", path, "--user", "biller")
        #expect(outcome.exitCode == 65, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("SVC02 − Σ CAS = SVC03") && outcome.stderr.contains("bad.835"), "\(outcome.stderr)")
        #expect(try Self.snapshot(cli) == before)
    }

    @Test("A full denial stays owed by the payer, the claim is denied, and the routed worklist says why in words")
    func aDenialGoesToTheWorklist() throws {
        let cli = try Self.submittedClaim()
        let denied = Self.claim("RC1", .denied, charge: 32_900, paid: 0, patient: 0, lines: [
            Self.line("99214", charge: 26_500, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "197", amount: 26_500)], remarks: ["N54"]),
            Self.line("80053", charge: 6_400, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "197", amount: 6_400)]),
        ])
        try cli.expectSuccess("billing", "remit", "import", try Self.file([denied], trace: "EFT2001", in: cli, name: "deny.835"), "--user", "biller")
        #expect(try Self.balances(cli)["ar:insurance:AETNA"] == 32_900, "a denial writes nothing off")
        // The default billing.denial.route sends an authorization denial (CARC 197) to patient access.
        let tasks = try cli.expectSuccess("tasks", "list", "--role", "access", "--user", "fdesk")
        #expect(tasks.stdout.contains("Denied RC1 by AETNA: CO-197"), "\(tasks.stdout)")
        let task = try cli.expectSuccess("tasks", "show", "T1", "--user", "fdesk")
        #expect(task.stdout.contains("precertification or authorization") && task.stdout.contains("N54"), "\(task.stdout)")
        #expect(try cli.expectSuccess("billing", "claim", "show", "RC1", "--user", "biller").stdout.contains("denied"))
        let worklist = try cli.expectSuccess("billing", "worklist", "--user", "biller", "--format", "csv")
        #expect(worklist.stdout.contains("RC1,A1,AETNA,denied,2026-11-20,"), "\(worklist.stdout)")
    }

    @Test("A denial is listed in words, corrected as a frequency-7 claim naming the payer's claim number, and the 837P passes pyx12")
    func aDenialIsCorrectedAndResent() throws {
        let cli = try Self.submittedClaim()
        let denied = Self.claim("RC1", .denied, charge: 32_900, paid: 0, patient: 0, lines: [
            Self.line("99214", charge: 26_500, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "16", amount: 26_500)], remarks: ["N290"]),
            Self.line("80053", charge: 6_400, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "16", amount: 6_400)]),
        ], payerClaim: "AET-77120")
        try cli.expectSuccess("billing", "remit", "import", try Self.file([denied], trace: "EFT6001", in: cli, name: "deny.835"), "--user", "biller")
        let listed = try cli.expectSuccess("billing", "denials", "--user", "biller")
        #expect(listed.stdout.contains("CO-16 the claim lacks information") && listed.stdout.contains("N290"), "\(listed.stdout)")
        let appealedTooEarly = try cli.run("billing", "claim", "appeal", "RC1", "--note", "x", "--user", "biller")
        #expect(appealedTooEarly.exitCode == 64)
        let corrected = try cli.expectSuccess("billing", "claim", "correct", "RC1", "--reason", "rendering NPI fixed", "--user", "biller")
        #expect(corrected.stdout.contains("RC2") && corrected.stdout.contains("frequency 7"), "\(corrected.stdout)")
        #expect(try cli.expectSuccess("billing", "claim", "show", "RC1", "--user", "biller").stdout.contains("closed"))
        try cli.expectSuccess("billing", "claim", "scrub", "RC2", "--user", "biller")
        try cli.expectSuccess("billing", "claim", "submit", "--user", "biller")
        let outbox = cli.home.appendingPathComponent("var/exchange/default/outbox")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".837") }.sorted()
        let replacement = try String(contentsOf: outbox.appendingPathComponent(try #require(files.last)), encoding: .utf8)
        #expect(replacement.contains("CLM*RC2*329***11:B:7") && replacement.contains("REF*F8*AET-77120"), "\(replacement)")
        try Self.expectValid837s(files.map { outbox.appendingPathComponent($0).path })
    }

    /// pyx12 (scripts/x12-validate.py) passes every file.
    static func expectValid837s(_ files: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try CLIRunner.expectValidX12(files, validator: "x12-validate.py", what: "pyx12 refused a claim file", sourceLocation: sourceLocation)
    }

    @Test("A 999 accepts the file, a 277CA rejects the claim with its reason and a task; the claim is corrected and sent again")
    func acknowledgmentsMoveClaims() throws {
        let cli = try Self.submittedClaim()
        let outbox = cli.home.appendingPathComponent("var/exchange/default/outbox")
        let sent = try #require(try FileManager.default.contentsOfDirectory(atPath: outbox.path).first { $0.hasSuffix(".837") })
        let interchange = try X12Interchange(parsing: try String(contentsOf: outbox.appendingPathComponent(sent), encoding: .utf8))
        let group = try #require(interchange.functionalGroups.first)
        let ack = ImplementationAcknowledgment(acknowledging: group, responses: group.transactionSets.map {
            ImplementationAcknowledgment.SetResponse(acknowledging: $0, status: .accepted)
        })
        var numbers = ControlNumbers()
        let envelope = X12Envelope(senderID: "60054", receiverID: "RCDEFAULT", date: Self.date, time: "0800")
        let rejected = ClaimAcknowledgment.Status(ClaimAcknowledgment.Status.Code(category: "A7", code: "562", entity: "85"),
                                                  date: Self.date, message: "billing provider NPI not on file with the payer")
        let claimAck = ClaimAcknowledgment(
            reference: "ACK1", creationDate: Self.date, creationTime: "0800", source: PartyName(organization: "Aetna", idQualifier: "PI", id: "60054"),
            sourceTrace: "T1", receivedDate: Self.date, processedDate: Self.date,
            receiver: PartyName(organization: "Default Community Hospital", idQualifier: "46", id: "RCDEFAULT"), batchReference: "B1",
            receiverStatuses: [ClaimAcknowledgment.Status(ClaimAcknowledgment.Status.Code(category: "A1", code: "19", entity: "PR"), date: Self.date)],
            providers: [ClaimAcknowledgment.Provider(
                name: PartyName(organization: "Default Community Hospital", idQualifier: "XX", id: "1245319599"), trace: "P1",
                statuses: [ClaimAcknowledgment.Status(ClaimAcknowledgment.Status.Code(category: "A1", code: "19", entity: "PR"), date: Self.date)],
                claims: [ClaimAcknowledgment.Claim(patient: PartyName(lastName: "RIVERA", firstName: "ANA", idQualifier: "MI", id: "W100000008"),
                                                   patientControlNumber: "RC1", statuses: [rejected], serviceDate: X12Date(year: 2026, month: 11, day: 20)!)])])
        let inbox = cli.home.appendingPathComponent("var/exchange/default/inbox")
        try X12Writer(lineBreaks: true).text(for: try ack.makeInterchange(envelope: envelope, controlNumbers: &numbers))
            .write(to: inbox.appendingPathComponent("a.999"), atomically: true, encoding: .utf8)
        try X12Writer(lineBreaks: true).text(for: try claimAck.makeInterchange(envelope: envelope, controlNumbers: &numbers))
            .write(to: inbox.appendingPathComponent("a.277"), atomically: true, encoding: .utf8)
        let received = try cli.expectSuccess("billing", "receive", "--user", "biller")
        #expect(received.stdout.contains("rejected: RC1"), "\(received.stdout)")
        #expect(try cli.expectSuccess("billing", "claim", "show", "RC1", "--user", "biller").stdout.contains("A7:562:85"))
        let tasks = try cli.expectSuccess("tasks", "list", "--role", "billing", "--user", "biller")
        #expect(tasks.stdout.contains("Rejected RC1"), "\(tasks.stdout)")
        let again = try cli.expectSuccess("billing", "receive", "--user", "biller")
        #expect(again.stdout.contains("No answers were waiting"), "files read once: \(again.stdout)")
        try cli.expectSuccess("billing", "claim", "scrub", "RC1", "--user", "biller")
        let resent = try cli.expectSuccess("billing", "claim", "submit", "--user", "biller")
        #expect(resent.stdout.contains("aetna-837p-2"), "a new file with new control numbers: \(resent.stdout)")
    }

    @Test("A claim lost on the way gets a 276 after N days; the payer's 277 says it has no record, and the claim is rejected with a task")
    func aLostClaimIsFoundByAStatusInquiry() throws {
        let cli = try Self.submittedClaim()
        let outbox = cli.home.appendingPathComponent("var/exchange/default/outbox")
        for file in try FileManager.default.contentsOfDirectory(atPath: outbox.path) where file.hasSuffix(".837") {
            try FileManager.default.removeItem(at: outbox.appendingPathComponent(file))  // never reached the payer
        }
        let site = cli.home.appendingPathComponent("config/sites/default.yaml")
        try String(contentsOf: site, encoding: .utf8).replacingOccurrences(of: "clearinghouse: external", with: "clearinghouse: sandbox")
            .write(to: site, atomically: true, encoding: .utf8)
        let none = try cli.expectSuccess("billing", "claim", "status", "--user", "biller")
        #expect(none.stdout.contains("No claim has waited 30 days"), "a claim sent today is not asked about yet: \(none.stdout)")
        let asked = try cli.expectSuccess("billing", "claim", "status", "--older-than", "0", "--user", "biller")
        #expect(asked.stdout.contains("RC1") && asked.stdout.contains("the payer has no record"), "\(asked.stdout)")
        #expect(try cli.expectSuccess("billing", "claim", "show", "RC1", "--user", "biller").stdout.contains("rejected"))
        let tasks = try cli.expectSuccess("tasks", "list", "--role", "billing", "--user", "biller")
        #expect(tasks.stdout.contains("Payer has no record of RC1"), "\(tasks.stdout)")
        let again = try cli.expectSuccess("billing", "claim", "status", "--older-than", "0", "--user", "biller")
        #expect(again.stdout.contains("No claim has waited"), "a rejected claim is not asked about: \(again.stdout)")
    }

    @Test("A partial payment: one line paid with its copay, one line denied as bundled; the claim is partly paid and the denied line stays owed")
    func aPartialPaymentLeavesTheDeniedLineOwed() throws {
        let cli = try Self.submittedClaim()
        // 99214: allowed 171.00 → CO-45 94.00, PR-3 copay 20.00, paid 151.00. 80053: CO-97 bundled, 64.00 stays with the payer.
        let partial = Self.claim("RC1", .processedAsPrimary, charge: 32_900, paid: 15_100, patient: 2_000, lines: [
            Self.line("99214", charge: 26_500, paid: 15_100, [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 9_400),
                                                            RemittanceAdjustment(.patientResponsibility, reason: "3", amount: 2_000)]),
            Self.line("80053", charge: 6_400, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "97", amount: 6_400)], remarks: ["M15"]),
        ])
        try cli.expectSuccess("billing", "remit", "import", try Self.file([partial], trace: "EFT7001", in: cli, name: "partial.835"), "--user", "biller")
        let balances = try Self.balances(cli)
        #expect(balances == ["cash": 15_100, "adj:contractual": 9_400, "ar:patient": 2_000, "ar:insurance:AETNA": 6_400, "revenue:charges": -32_900],
                "\(balances)")
        #expect(try cli.expectSuccess("billing", "claim", "show", "RC1", "--user", "biller").stdout.contains("partially-paid"))
        let denials = try cli.expectSuccess("billing", "denials", "--user", "biller", "--format", "csv")
        #expect(denials.stdout.contains("CO-97 the service is included in the payment for another service (bundled)"), "\(denials.stdout)")
        try cli.expectSuccess("ledger", "verify")
    }

    @Test("A reversal undoes the first payment exactly and the corrected payment posts; PLB interest and a withholding land on the claim")
    func aReversalAndRepaymentWithProviderAdjustments() throws {
        let cli = try Self.submittedClaim()
        try cli.expectSuccess("billing", "remit", "import", try Self.file([Self.paidClaim], trace: "EFT1001", in: cli, name: "era1.835"),
                              "--user", "biller")
        var reversal = Self.paidClaim
        reversal.status = .reversal
        reversal.chargeAmount = -32_900
        reversal.paidAmount = -6_390
        reversal.patientResponsibility = -12_810
        reversal.serviceLines = reversal.serviceLines.map { line in
            var negated = line
            negated.chargeAmount = -line.chargeAmount
            negated.paidAmount = -line.paidAmount
            negated.adjustments = line.adjustments.map { RemittanceAdjustment($0.group, reason: $0.reason, amount: -$0.amount) }
            return negated
        }
        // The corrected adjudication: 99214 allowed 171.00 with the deductible already met elsewhere: PR-2 17.10, paid 153.90.
        let corrected = Self.claim("RC1", .processedAsPrimary, charge: 32_900, paid: 15_390 + 1_890, patient: 1_710 + 210, lines: [
            Self.line("99214", charge: 26_500, paid: 15_390, [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 9_400),
                                                            RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 1_710)]),
            Self.line("80053", charge: 6_400, paid: 1_890, [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 4_300),
                                                          RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 210)]),
        ], payerClaim: "PCN-1")
        let fiscal = X12Date(year: 2026, month: 12, day: 31)!
        let plb = [ProviderAdjustment(providerID: "1245319599", fiscalPeriodEnd: fiscal, reason: "WO", reference: "RC1", amount: 1_000),
                   ProviderAdjustment(providerID: "1245319599", fiscalPeriodEnd: fiscal, reason: "L6", reference: "RC1", amount: -250)]
        // BPR02 = −63.90 + 172.80 − (10.00 − 2.50) = 101.40.
        let path = try Self.file([reversal, corrected], trace: "EFT3001", plb: plb, in: cli, name: "era2.835")
        let imported = try cli.expectSuccess("billing", "remit", "import", path, "--user", "biller", "--format", "csv")
        #expect(imported.stdout.contains(",101.40,posted,2,101.40,"), "cash posted equals BPR02: \(imported.stdout)")
        let balances = try Self.balances(cli)
        let cash: Int64 = 6_390 + 10_140
        #expect(balances["cash"] == cash, "\(balances)")
        #expect(balances["ar:patient"] == 1_920 && balances["adj:contractual"] == 13_700, "\(balances)")
        #expect(balances["ar:insurance:AETNA"] == 1_000, "the withheld $10.00 is owed by the payer again: \(balances)")
        #expect(balances["revenue:interest"] == -250, "\(balances)")
        let history = try cli.expectSuccess("billing", "claim", "show", "RC1", "--user", "biller").stdout
        #expect(history.contains("paid → accepted") && history.contains("accepted → paid"), "reversed, then paid again: \(history)")
        try cli.expectSuccess("ledger", "verify")
    }

    @Test("With a secondary payer on file, the primary's patient responsibility moves to the secondary, not the patient")
    func patientResponsibilityCrossesOverToTheSecondary() throws {
        let cli = try Self.submittedClaim(secondary: true)
        try cli.expectSuccess("billing", "remit", "import", try Self.file([Self.paidClaim], trace: "EFT4001", in: cli, name: "era.835"),
                              "--user", "biller")
        let balances = try Self.balances(cli)
        #expect(balances["ar:insurance:MEDICARE"] == 12_810 && balances["ar:patient"] == nil, "\(balances)")

        // The secondary claim carries the primary's adjudication (2320 SBR/CAS/AMT*D, 2430 SVD/CAS/DTP*573) and passes pyx12.
        let created = try cli.expectSuccess("billing", "claim", "create", "A1", "--priority", "secondary", "--user", "biller")
        #expect(created.stdout.contains("RC2") && created.stdout.contains("MEDICARE"), "\(created.stdout)")
        try cli.expectSuccess("billing", "claim", "scrub", "RC2", "--user", "biller")
        try cli.expectSuccess("billing", "claim", "submit", "--user", "biller")
        let outbox = cli.home.appendingPathComponent("var/exchange/default/outbox")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: outbox.path).first { $0.contains("medicare") })
        let text = try String(contentsOf: outbox.appendingPathComponent(file), encoding: .utf8)
        for segment in ["SBR*S*18", "SBR*P*18", "AMT*D*63.9", "SVD*60054*63.9*HC:99214", "CAS*PR*1*100*", "DTP*573*D8*20261125"] {
            #expect(text.contains(segment), "the secondary 837P lacks \(segment):\n\(text)")
        }
        try Self.expectValid837s([outbox.appendingPathComponent(file).path])

        // Medicare pays 80% of what the primary left (128.10 → 102.48) and leaves 25.62 coinsurance; OA-23 is the primary's impact.
        let secondary = Self.claim("RC2", .processedAsSecondary, charge: 32_900, paid: 10_248, patient: 2_562, lines: [
            Self.line("99214", charge: 26_500, paid: 8_568, [RemittanceAdjustment(.otherAdjustment, reason: "23", amount: 15_790),
                                                            RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 2_142)]),
            Self.line("80053", charge: 6_400, paid: 1_680, [RemittanceAdjustment(.otherAdjustment, reason: "23", amount: 4_300),
                                                          RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 420)]),
        ], payerClaim: "MCR-5512")
        try cli.expectSuccess("billing", "remit", "import", try Self.file([secondary], trace: "MCR9001", in: cli, name: "mcr.835",
                                                                          payer: ("Medicare Part B", "00952")), "--user", "biller")
        let after = try Self.balances(cli)
        #expect(after["ar:insurance:MEDICARE"] == nil && after["ar:insurance:AETNA"] == nil && after["ar:patient"] == 2_562, "\(after)")
        let cash: Int64 = 6_390 + 10_248
        #expect(after["cash"] == cash, "\(after)")
        try cli.expectSuccess("ledger", "verify")
    }

    @Test("A claim the site never sent is an exception with a task, never dropped; the rest of the file posts")
    func anUnknownClaimIsAnException() throws {
        let cli = try Self.submittedClaim()
        let stranger = Self.claim("RC999", .processedAsPrimary, charge: 10_000, paid: 8_000, patient: 0, lines: [
            Self.line("99213", charge: 10_000, paid: 8_000, [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 2_000)]),
        ], payerClaim: "PCN-9")
        let imported = try cli.expectSuccess("billing", "remit", "import",
                                             try Self.file([Self.paidClaim, stranger], trace: "EFT5001", in: cli, name: "era.835"),
                                             "--user", "biller", "--format", "csv")
        #expect(imported.stdout.contains("unmatched-claim RC999 $80.00"), "\(imported.stdout)")
        let tasks = try cli.expectSuccess("tasks", "list", "--role", "billing", "--user", "biller")
        #expect(tasks.stdout.contains("Remittance exception: unmatched-claim RC999"), "\(tasks.stdout)")
        #expect(try Self.balances(cli)["cash"] == 6_390)
        let listed = try cli.expectSuccess("billing", "remit", "list", "--user", "biller", "--format", "csv")
        #expect(listed.stdout.contains(",EFT5001,143.90,2,63.90,80.00,"), "cash posted and what waits add up to BPR02: \(listed.stdout)")
    }
}
