import Foundation
import RevCycleCore
import Testing
import X12

/// `counseling explain` and `counseling agb` on real claim cycles: the explanation is written from the
/// ledger and the 835's reasons, in the patient's language; AGB from the payers' answers.
@Suite(.serialized)
struct CounselingExplainTests {
    @Test("An insured visit is explained from the 835 in the patient's preferred language (Ana registered Spanish) or in English on request")
    func anInsuredVisitInWords() throws {
        let cli = try RemittancePostingTests.submittedClaim()
        let path = try RemittancePostingTests.file([RemittancePostingTests.paidClaim], trace: "EFT1001", in: cli, name: "era1.835")
        try cli.expectSuccess("billing", "remit", "import", path, "--user", "biller")
        let english = try cli.expectSuccess("counseling", "explain", "A1", "--language", "en", "--user", "counsel").stdout
        for phrase in ["$329.00", "$63.90", "$137.00", "CO-45", "$121.00", "PR-1", "$7.10", "PR-2", "$128.10"] {
            #expect(english.contains(phrase), "the explanation names \(phrase): \(english)")
        }
        #expect(english.split(separator: "\n").allSatisfy { $0.count <= 80 }, "80 columns: \(english)")
        let spanish = try cli.expectSuccess("counseling", "explain", "A1", "--user", "counsel").stdout
        #expect(spanish.contains("SU FACTURA, EXPLICADA") && spanish.contains("$128.10") && spanish.contains("20 de noviembre de 2026"), "\(spanish)")
    }

    @Test("A denied visit says the patient owes nothing yet and what the hospital is doing; the denial reason is in words")
    func aDeniedVisitInWords() throws {
        let cli = try RemittancePostingTests.submittedClaim()
        let denied = RemittancePostingTests.claim("RC1", .denied, charge: 32_900, paid: 0, patient: 0, lines: [
            RemittancePostingTests.line("99214", charge: 26_500, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "197", amount: 26_500)],
                                        remarks: ["N54"]),
            RemittancePostingTests.line("80053", charge: 6_400, paid: 0, [RemittanceAdjustment(.contractualObligation, reason: "197", amount: 6_400)]),
        ])
        try cli.expectSuccess("billing", "remit", "import", try RemittancePostingTests.file([denied], trace: "EFT2001", in: cli, name: "deny.835"),
                              "--user", "biller")
        let text = try cli.expectSuccess("counseling", "explain", "A1", "--language", "en", "--user", "counsel").stdout
        #expect(text.contains("CO-197") && text.contains("$329.00"), "\(text)")
        #expect(text.contains("You do not need to pay this now"), "a denial the hospital is working is not demanded: \(text)")
    }

    @Test("AGB by the look-back method from the 835 answers: allowed $192.00 over gross $329.00 is 58.35%, rounded down")
    func amountsGenerallyBilled() throws {
        let cli = try RemittancePostingTests.submittedClaim()
        let path = try RemittancePostingTests.file([RemittancePostingTests.paidClaim], trace: "EFT1001", in: cli, name: "era1.835")
        try cli.expectSuccess("billing", "remit", "import", path, "--user", "biller")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Chicago")!
        let tomorrow = CalendarDate(calendar.date(byAdding: .day, value: 1, to: Date())!, in: calendar.timeZone)
        let agb = try cli.expectSuccess("counseling", "agb", "--as-of", tomorrow.description, "--user", "counsel")
        #expect(agb.stdout.contains("58.35%"), "192.00 / 329.00 = 58.358…%, rounded down: \(agb.stdout)")
        #expect(agb.stderr.contains("agb_basis_points: 5835"), "\(agb.stderr)")
        let empty = try cli.run("counseling", "agb", "--as-of", "2020-01-01", "--user", "counsel")
        #expect(empty.exitCode != 0 && empty.stderr.contains("no data"), "an empty year is a clear error, not a division by zero: \(empty.stderr)")
    }
}
