import RevCycleCore
import Testing

struct GoodFaithEstimateTests {
    private let calendar = BusinessCalendar.usFederal(years: 2026...2027)

    private func item(_ code: String, _ charge: String, quantity: Int = 1) throws -> GoodFaithEstimate.Item {
        try GoodFaithEstimate.Item(providerName: "North Hospital", npi: try NationalProviderID(parsing: "1234567893"),
                                   tin: try TaxpayerID(parsing: "36-1234567"), serviceCode: code,
                                   description: "Service \(code)", quantity: quantity, expectedCharge: try Money(parsing: charge))
    }

    private func estimate(items: [GoodFaithEstimate.Item], serviceDate: String?) throws -> GoodFaithEstimate {
        let issued = try CalendarDate(parsing: "2026-11-25")
        let deadline = try GoodFaithEstimateDeadline(scheduledOn: issued, serviceDate: try serviceDate.map { try CalendarDate(parsing: $0) },
                                                     calendar: calendar)
        return try GoodFaithEstimate(patientName: "Ana Rivera", patientBirthDate: try CalendarDate(parsing: "1984-03-09"),
                                     serviceDescription: "Colonoscopy", primaryServiceCode: "45378", diagnosisCodes: ["Z12.11"],
                                     items: items, issuedOn: issued, deadline: deadline)
    }

    @Test func theTotalIsTheSumOfTheItems() throws {
        let gfe = try estimate(items: [try item("45378", "1450.00"), try item("00811", "612.35"), try item("88305", "98.10", quantity: 2)],
                               serviceDate: "2026-12-14")
        #expect(gfe.total == (try Money(parsing: "2160.45")), "total \(gfe.total), expected 2,160.45")
        #expect(gfe.serviceDateText == "2026-12-14")
        #expect(gfe.deadline.dueDate?.description == "2026-12-01")
    }

    @Test func anEstimateWithoutSchedulingSaysRequested() throws {
        let gfe = try estimate(items: [try item("45378", "1450.00")], serviceDate: nil)
        #expect(gfe.serviceDate == nil)
        #expect(gfe.serviceDateText == "requested")
    }

    @Test func theDisclaimersCarryTheDisputeRule() {
        let text = GoodFaithEstimate.disclaimers.joined(separator: "\n")
        for phrase in ["not a contract", "at least $400.00 more", "within 120 calendar days", "Keep a copy",
                       "will not be sent to collections", "could be charged more"] {
            #expect(text.contains(phrase), "the disclaimers should say \"\(phrase)\"")
        }
        let changed = GoodFaithEstimate.disclaimers(rule: GoodFaithEstimateDisputeRule(threshold: Money(cents: 50_000), disputeWindowDays: 90))
        #expect(changed.joined().contains("at least $500.00 more") && changed.joined().contains("within 90 calendar days"))
    }

    @Test("A bill at least $400 above the estimate may be disputed", arguments: [
        ("1399.99", false), ("1400.00", true), ("2000.00", true), ("900.00", false),
    ])
    func disputeThreshold(billed: String, disputable: Bool) throws {
        let actual = GoodFaithEstimateDisputeRule.noSurprisesAct.isDisputable(billed: try Money(parsing: billed),
                                                                                 estimated: try Money(parsing: "1000.00"))
        #expect(actual == disputable, "billed \(billed) against 1000.00: \(actual), expected \(disputable)")
    }

    @Test func theDisputeWindowIs120CalendarDaysFromTheBill() throws {
        let last = GoodFaithEstimateDisputeRule.noSurprisesAct.lastDayToDispute(billedOn: try CalendarDate(parsing: "2026-03-02"))
        #expect(last.description == "2026-06-30", "last day \(last), expected 2026-06-30")
    }

    @Test func badItemsAndEmptyEstimatesAreRefused() throws {
        #expect(throws: RevCycleError.self) { try item("45378", "1.00", quantity: 0) }
        #expect(throws: RevCycleError.self) { try item("45378", "-1.00") }
        #expect(throws: RevCycleError.self) { try item(" ", "1.00") }
        #expect(throws: RevCycleError.self) { try estimate(items: [], serviceDate: nil) }
    }
}
