import Foundation
@testable import RevCycleSandbox
import Testing
import X12

/// The sandbox payer answers 837Ps as a trading partner does: a 999, a 277CA and 835s.
///
/// Member W100000008 at payer 60054 is on the Gold PPO plan: $500 deductible with none met, 10%
/// coinsurance, $20 office copay, $3,000 out-of-pocket limit with none met.
struct SandboxAdjudicationTests {
    typealias Site = ClaimSite

    /// The hand-computed figures of the clean claim RC1001:
    ///
    /// | line | charge | allowed | CO-45 | patient | paid |
    /// |---|---|---|---|---|---|
    /// | 99214 | 265.00 | 171.00 (rate) | 94.00 | PR-3 20.00 copay | 151.00 |
    /// | 80053 | 50.00 | 21.00 (rate) | 29.00 | PR-1 21.00 deductible | 0.00 |
    /// | 20610 | 1,000.09 | 600.05 (60%, no rate) | 400.04 | PR-1 479.00 (the rest of the $500), PR-2 12.11 (10% of 121.05 = 12.105, half up) | 108.94 |
    ///
    /// The claim: charge 1,315.09, paid 259.94, patient 532.11. Afterwards the deductible is met and
    /// 3,000.00 − 532.11 = 2,467.89 of the out-of-pocket limit is left.
    static let cleanClaim = Site.claim("RC1001", [
        Site.line("99214", 26_500, control: "L1"), Site.line("80053", 5_000, control: "L2"),
        Site.line("20610", 100_009, modifiers: ["RT"], control: "L3"),
    ])

    @Test("A clean claim is accepted in the 999 and 277CA and paid by the fee schedule and the plan, to the cent")
    func cleanClaimIsPaidByTheFigures() throws {
        let site = try Site()
        let pass = try site.submit(try Site.text(of: Site.batch([Self.cleanClaim])), as: "c1.837")
        #expect(pass.answered == ["c1.837"] && pass.written == ["c1.837.999", "c1.837.277", "c1.837.835"], "\(pass)")

        let ack = try site.implementationAcknowledgment("c1.837.999")
        #expect(ack.groupStatus == .accepted && ack.setResponses.map(\.status) == [.accepted], "\(ack)")

        let ca = try site.claimAcknowledgment("c1.837.277")
        let acknowledged = try #require(ca.claims.first)
        #expect(acknowledged.statuses.map { "\($0.code.category):\($0.code.code)" } == ["A2:20"])

        let advices = try site.remittances("c1.837.835")
        let advice = try #require(advices.first)
        #expect(advices.count == 1 && advice.balancingProblems == [], "\(advice.balancingProblems)")
        let claim = try #require(advice.claims.first)
        #expect(acknowledged.payerClaimControlNumber == claim.payerClaimControlNumber, "REF*1K is CLP07")
        #expect(claim.status == .processedAsPrimary && claim.chargeAmount == 131_509 && claim.paidAmount == 25_994)
        #expect(claim.patientResponsibility == 53_211 && claim.filingIndicator == "12")
        #expect(claim.lineAdjustments == [
            ["CO-45 9400", "PR-3 2000"], ["CO-45 2900", "PR-1 2100"], ["CO-45 40004", "PR-1 47900", "PR-2 1211"],
        ], "\(claim.lineAdjustments)")
        #expect(claim.serviceLines.map(\.paidAmount) == [15_100, 0, 10_894])
        #expect(claim.serviceLines.map(\.allowedAmount) == [17_100, 2_100, 60_005])
        #expect(claim.serviceLines.map(\.lineItemControlNumber) == ["L1", "L2", "L3"], "REF*6R echoes the line control numbers")
        #expect(advice.payment.amount == 25_994 && advice.payment.method == .ach && advice.payment.date == Site.today)
        #expect(advice.payer.payerID == "60054" && !advice.payer.technicalContacts.isEmpty)
        #expect(advice.payee.npi == "1245319599")

        let member = SandboxMember.lookup(payerID: "60054", memberID: "W100000008", year: 2026, month: 11)
        let accumulated = try site.payer.accumulators(of: member, year: 2026)
        #expect(accumulated.deductibleMet == 50_000 && accumulated.outOfPocketMet == 53_211, "\(accumulated)")
        try site.expectValid(pass.written)
    }

    /// One denial rule, the claim that meets it, and the adjustment and remark it gives.
    struct DenialCase: Sendable, CustomTestStringConvertible {
        var name: String
        var claim: ProfessionalClaim
        var memberID = "W100000008"
        var rules = Site.quietRules
        /// Line index, `GROUP-REASON amount` and remark expected.
        var line: Int
        var adjustment: String
        var remark: String?
        var status: RemittanceClaim.Status
        var testDescription: String { name }
    }

    static let denialCases: [DenialCase] = [
        DenialCase(name: "MRI without prior authorization: CO-197, M62",
                   claim: Site.claim("RC2001", [Site.line("70551", 120_000, control: "L1")]),
                   line: 0, adjustment: "CO-197 120000", remark: "M62", status: .denied),
        DenialCase(name: "cosmetic procedure: CO-96, N130",
                   claim: Site.claim("RC2002", [Site.line("99213", 15_000, control: "L1"), Site.line("15830", 250_000, control: "L2")]),
                   line: 1, adjustment: "CO-96 250000", remark: "N130", status: .processedAsPrimary),
        DenialCase(name: "date of service 223 days before the 837 (limit 180): CO-29",
                   claim: Site.claim("RC2003", [Site.line("99213", 15_000, on: X12Date(year: 2026, month: 4, day: 11)!, control: "L1")]),
                   line: 0, adjustment: "CO-29 15000", status: .denied),
        DenialCase(name: "venipuncture with a same-day office visit: CO-97, M15 on the venipuncture",
                   claim: Site.claim("RC2004", [Site.line("99213", 15_000, control: "L1"), Site.line("36415", 1_500, control: "L2")]),
                   rules: { var rules = Site.quietRules; rules.bundling.payerShare = 100; return rules }(),
                   line: 1, adjustment: "CO-97 1500", remark: "M15", status: .processedAsPrimary),
        DenialCase(name: "member terminated before the date of service: CO-27",
                   claim: Site.claim("RC2005", [Site.line("99213", 15_000, control: "L1")]), memberID: "TERM2005",
                   line: 0, adjustment: "CO-27 15000", status: .denied),
        DenialCase(name: "the random share of claims lacking information: CO-16, N290",
                   claim: Site.claim("RC2006", [Site.line("99213", 15_000, control: "L1")]),
                   rules: { var rules = Site.quietRules; rules.missingInformation.perThousand = 1_000; return rules }(),
                   line: 0, adjustment: "CO-16 15000", remark: "N290", status: .denied),
    ]

    @Test("Each denial rule gives its CARC and RARC on the line, and the 835 still balances", arguments: denialCases)
    func denialRules(_ denial: DenialCase) throws {
        let site = try Site(rules: denial.rules)
        let pass = try site.submit(try Site.text(of: Site.batch([denial.claim], memberID: denial.memberID)), as: "d.837")
        let advice = try #require(try site.remittances("d.837.835").first)
        let claim = try #require(advice.claims.first)
        #expect(claim.lineAdjustments[denial.line] == [denial.adjustment], "\(claim.lineAdjustments)")
        #expect(claim.serviceLines[denial.line].remarkCodes == (denial.remark.map { [$0] } ?? []))
        #expect(claim.serviceLines[denial.line].paidAmount == 0)
        #expect(claim.status == denial.status, "CLP02 is \(claim.status.code)")
        #expect(advice.balancingProblems == [], "\(advice.balancingProblems)")
        try site.expectValid(pass.written)
    }

    @Test("An exact duplicate of an adjudicated claim is denied OA-18 with N522, in another file")
    func duplicatesAreDenied() throws {
        let site = try Site()
        let claim = Site.claim("RC3001", [Site.line("99213", 15_000, control: "L1")])
        try site.submit(try Site.text(of: Site.batch([claim])), as: "a.837")
        var again = claim
        again.patientControlNumber = "RC3001B"
        try site.submit(try Site.text(of: Site.batch([again]), controlNumber: 2), as: "b.837")
        let first = try #require(try site.remittances("a.837.835").first?.claims.first)
        let second = try #require(try site.remittances("b.837.835").first?.claims.first)
        #expect(first.status == .processedAsPrimary && first.paidAmount == 7_200, "9200 allowed less the 20.00 copay")
        #expect(second.status == .denied && second.lineAdjustments == [["OA-18 15000"]] && second.remarkCodes == ["N522"])
    }

    @Test("A member the payer does not know is rejected in the 277CA (A7:164) and gets no 835", arguments: [
        ("NOTFOUND42", "60054", "CI", "1245319599", "A7:164:IL"),
        ("W100000008", "60054", "MB", "1245319599", "A3:116:PR"),
        ("W100000008", "60054", "CI", "1245319598", "A7:562:85"),
    ])
    func frontEndRejections(memberID: String, payerID: String, filing: String, npi: String, expected: String) throws {
        let site = try Site()
        var batch = Site.batch([Site.claim("RC4001", [Site.line("99213", 15_000, control: "L1")])], memberID: memberID,
                               payerID: payerID, filing: filing)
        batch.billingProviders[0].npi = "1245319599"
        var text = try Site.text(of: batch)
        text = text.replacingOccurrences(of: "XX*1245319599", with: "XX*" + npi)  // the builder refuses a bad NPI
        let pass = try site.submit(text, as: "r.837")
        #expect(pass.written == ["r.837.999", "r.837.277"], "no 835 for a rejected claim: \(pass.written)")
        let claim = try #require(try site.claimAcknowledgment("r.837.277").claims.first)
        let status = try #require(claim.statuses.first)
        #expect("\(status.code.category):\(status.code.code):\(status.code.entity ?? "")" == expected && status.isRejection)
        #expect(claim.payerClaimControlNumber == nil, "a rejected claim gets no payer claim number")
        try site.expectValid(pass.written)
    }

    @Test("A replacement reverses the original (CLP02 22, amounts negated, same CLP07) and pays anew; a void only reverses")
    func replacementsAndVoids() throws {
        let site = try Site()
        let original = Site.claim("RC5001", [Site.line("99214", 26_500, control: "L1")])
        try site.submit(try Site.text(of: Site.batch([original])), as: "a.837")
        let paid = try #require(try site.remittances("a.837.835").first?.claims.first)
        #expect(paid.paidAmount == 15_100)

        let replacement = Site.claim("RC5001", [Site.line("99214", 26_500, control: "L1"), Site.line("80053", 5_000, control: "L2")]) {
            $0.frequency = .replacement
            $0.payerClaimControlNumber = paid.payerClaimControlNumber
        }
        let pass = try site.submit(try Site.text(of: Site.batch([replacement]), controlNumber: 2), as: "b.837")
        let advice = try #require(try site.remittances("b.837.835").first)
        #expect(advice.claims.count == 2 && advice.balancingProblems == [], "\(advice.balancingProblems)")
        let reversal = advice.claims[0], corrected = advice.claims[1]
        #expect(reversal.status == .reversal && reversal.payerClaimControlNumber == paid.payerClaimControlNumber)
        #expect(reversal.chargeAmount == -26_500 && reversal.paidAmount == -15_100 && reversal.patientResponsibility == -2_000)
        #expect(reversal.adjustments.map { "\($0.group.rawValue)-\($0.reason) \($0.amount)" } == ["CO-45 -9400", "PR-3 -2000"])
        #expect(corrected.status == .processedAsPrimary && corrected.paidAmount == 15_100 && corrected.patientResponsibility == 4_100)
        #expect(corrected.payerClaimControlNumber != paid.payerClaimControlNumber)
        #expect(advice.payment.amount == 0 && advice.payment.handling == .notificationOnly, "−151.00 + 151.00 = 0")
        try site.expectValid(pass.written)

        let void = Site.claim("RC5001", replacement.lines) {
            $0.frequency = .void
            $0.payerClaimControlNumber = corrected.payerClaimControlNumber
        }
        let voided = try site.submit(try Site.text(of: Site.batch([void]), controlNumber: 3), as: "c.837")
        let debit = try #require(try site.remittances("c.837.835").first)
        #expect(debit.claims.map(\.status) == [.reversal] && debit.claims[0].paidAmount == -15_100)
        #expect(debit.payment.signedAmount == -15_100 && debit.balancingProblems == [])
        let member = SandboxMember.lookup(payerID: "60054", memberID: "W100000008", year: 2026, month: 11)
        let accumulated = try site.payer.accumulators(of: member, year: 2026)
        #expect(accumulated.deductibleMet == 0 && accumulated.outOfPocketMet == 0,
                "the reversals took the claims' patient amounts back out of the accumulators: \(accumulated)")
        try site.expectValid(voided.written)
    }

    @Test("A secondary claim pays what the primary left to the patient, with OA-23 for the primary's impact")
    func secondaryClaims() throws {
        let site = try Site()
        var line = Site.line("99214", 26_500, control: "L1")
        line.adjudications = [
            .init(payerID: "00952", paidAmount: 12_000, procedure: .init(code: "99214"),
                  adjustments: [RemittanceAdjustment(.contractualObligation, reason: "45", amount: 11_500),
                                RemittanceAdjustment(.patientResponsibility, reason: "1", amount: 2_000),
                                RemittanceAdjustment(.patientResponsibility, reason: "2", amount: 1_000)],
                  adjudicationDate: X12Date(year: 2026, month: 11, day: 18)!)
        ]
        let claim = Site.claim("RC6001", [line]) {
            $0.otherSubscribers = [
                .init(responsibility: "P", relationship: "18", claimFilingIndicator: "MB", paidAmount: 12_000,
                      subscriber: X12Person(lastName: "RIVERA", firstName: "ANA", memberID: "1EG4TE5MK73", address: Site.home),
                      payer: .init(name: "MEDICARE", payerID: "00952"))
            ]
        }
        var batch = Site.batch([claim])
        batch.billingProviders[0].subscribers[0].responsibility = "S"
        let pass = try site.submit(try Site.text(of: batch), as: "s.837")
        let advice = try #require(try site.remittances("s.837.835").first)
        let paid = try #require(advice.claims.first)
        // Allowed 171.00 less the primary's 120.00 leaves 51.00 of room; the patient owed 30.00: all paid.
        #expect(paid.status == .processedAsSecondary && paid.paidAmount == 3_000, "CLP02 \(paid.status.code), paid \(paid.paidAmount)")
        #expect(paid.lineAdjustments == [["OA-23 23500"]] && advice.balancingProblems == [])
        try site.expectValid(pass.written)
    }

    @Test("An unknown modifier is dropped: SVC01 shows the adjudicated code, SVC06 the billed one")
    func unknownModifiersAreDropped() throws {
        let site = try Site()
        let pass = try site.submit(
            try Site.text(of: Site.batch([Site.claim("RC7001", [Site.line("99214", 26_500, modifiers: ["25", "ZZ"], control: "L1")])])),
            as: "m.837")
        let line = try #require(try site.remittances("m.837.835").first?.claims.first?.serviceLines.first)
        #expect(line.procedure.modifiers == ["25"] && line.submittedProcedure?.modifiers == ["25", "ZZ"])
        try site.expectValid(pass.written)
    }

    @Test("Interest (PLB L6, negative) and a recovery (PLB WO) name the claim's patient control number, and BPR02 balances")
    func providerAdjustments() throws {
        var rules = Site.quietRules
        rules.interest.perThousand = 1_000
        rules.recoveries.perThousand = 1_000
        let site = try Site(rules: rules)
        let pass = try site.submit(try Site.text(of: Site.batch([Self.cleanClaim])), as: "p.837")
        let advice = try #require(try site.remittances("p.837.835").first)
        // Paid 259.94: interest 1.5% = 3.89 (rounded down), recovery a tenth = 25.99.
        #expect(advice.providerAdjustments.map { "\($0.reason):\($0.reference ?? "") \($0.amount)" } == ["L6:RC1001 -389", "WO:RC1001 2599"])
        #expect(advice.payment.amount == 25_994 + 389 - 2_599 && advice.balancingProblems == [])
        try site.expectValid(pass.written)
    }

    @Test("By default about 3% of claims draw CO-16, the same claims on every run")
    func missingInformationShare() throws {
        let rules = SandboxDenialRules()
        func draws() -> [Int] {
            (0..<2_000).filter { rules.claimDenial(isDuplicate: false, patientControlNumber: "RC\($0)") == .missingInformation }
        }
        let hits = draws()
        #expect((30...90).contains(hits.count), "\(hits.count) of 2000")
        #expect(hits == draws())
    }

    @Test("A set the 837P parser refuses is rejected in the 999, and no 277CA or 835 follows")
    func unreadableSetsAreRejected() throws {
        let site = try Site()
        let text = try Site.text(of: Site.batch([Self.cleanClaim])).replacingOccurrences(of: "BHT*0019*", with: "BHT*0099*")
        let pass = try site.submit(text, as: "x.837")
        #expect(pass.written == ["x.837.999"] && pass.answered == ["x.837"])
        let ack = try site.implementationAcknowledgment("x.837.999")
        #expect(ack.groupStatus == .rejected && ack.setResponses.first?.status == .rejected)
        #expect(ack.setResponses.first?.segmentErrors.first?.segmentID == "BHT")
        try site.expectValid(pass.written)
    }

    @Test("An 837P whose envelope does not parse goes to refused/, with a 999 rejecting its group")
    func unparseableFilesAreRefused() throws {
        let site = try Site()
        let text = try Site.text(of: Site.batch([Self.cleanClaim])).replacingOccurrences(of: "\nSE*", with: "\nSE*9")
        let pass = try site.submit(text, as: "bad.837")
        #expect(pass.refused == ["bad.837"] && pass.written == ["bad.837.999"], "\(pass)")
        #expect(FileManager.default.fileExists(atPath: site.outbox.appendingPathComponent("refused/bad.837").path))
        let ack = try site.implementationAcknowledgment("bad.837.999")
        #expect(ack.groupStatus == .rejected && ack.setResponses.first?.errorCodes == ["4"], "\(ack)")
        try site.expectValid(pass.written)
    }

    @Test("The same outbox processed twice answers nothing twice, and the same input gives the same answers")
    func answersOnceAndRepeats() throws {
        let text = try Site.text(of: Site.batch([Self.cleanClaim]))
        let site = try Site(), other = try Site()
        try site.submit(text, as: "c.837")
        #expect(try site.clearinghouse.process(on: Site.today, time: "1400") == SandboxClearinghouse.Pass())
        #expect(FileManager.default.fileExists(atPath: site.outbox.appendingPathComponent("sent/c.837").path))
        try other.submit(text, as: "c.837")
        for name in ["c.837.999", "c.837.277", "c.837.835"] {
            #expect(try site.answer(name) == other.answer(name), "\(name) differs between two runs")
        }
    }
}
