import RevCycleCore
import Testing

@testable import Counseling

private func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }
private func money(_ text: String) -> Money { try! Money(parsing: text) }
private let hospital = try! NationalProviderID(parsing: "1234567893")
private let anesthesia = try! NationalProviderID(parsing: "1987654328")
private let radiology = try! NationalProviderID(parsing: "1555555550")

private func line(_ npi: NationalProviderID, _ amount: String) -> ProviderCharge {
    let names = [hospital: "North Hospital", anesthesia: "Lakeside Anesthesia", radiology: "Metro Radiology"]
    return ProviderCharge(npi: npi, providerName: names[npi]!, amount: money(amount))
}

private let billDate = date("2026-03-02")

struct EstimateDisputeTests {
    @Test(
        "a bill is disputable from exactly $400.00 above the estimate, not at $399.99",
        arguments: [("1399.99", false), ("1400.00", true), ("1400.01", true), ("900.00", false)])
    func threshold(billed: String, disputable: Bool) throws {
        let comparison = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, billed)]).first)
        #expect(comparison.isSubstantiallyInExcess == disputable, "billed \(billed), excess \(comparison.excess)")
        #expect(EstimateDispute.eligibility(of: comparison, initialBillDate: billDate, on: billDate).isEligible == disputable)
    }

    @Test("each provider is judged on its own totals: one over, another under, does not net out")
    func perProvider() throws {
        let comparisons = EstimateDispute.compare(
            estimate: [line(hospital, "3000.00"), line(hospital, "1000.00"), line(anesthesia, "800.00")],
            billed: [line(hospital, "4500.00"), line(anesthesia, "600.00"), line(radiology, "450.00")])
        #expect(comparisons.map(\.npi) == [hospital, radiology, anesthesia].sorted())
        let byNPI = Dictionary(uniqueKeysWithValues: comparisons.map { ($0.npi, $0) })
        let over = try #require(byNPI[hospital])
        let under = try #require(byNPI[anesthesia])
        let unlisted = try #require(byNPI[radiology])
        // Hospital: two estimate lines sum to $4,000.00; billed $4,500.00 → $500.00 over.
        #expect(over.estimated == money("4000.00") && over.excess == money("500.00") && over.isSubstantiallyInExcess)
        #expect(under.excess == money("-200.00") && !under.isSubstantiallyInExcess)
        // Together the two listed providers are only $300.00 over, yet the hospital's bill is disputable.
        #expect(unlisted.estimated == .zero && !unlisted.wasOnEstimate && unlisted.isSubstantiallyInExcess)
        #expect(over.summary == "North Hospital (NPI 1234567893): estimated $4,000.00, billed $4,500.00, difference $500.00 → at least $400.00 above the estimate: the patient may dispute")
        #expect(under.summary == "Lakeside Anesthesia (NPI 1987654328): estimated $800.00, billed $600.00, difference -$200.00 → below the $400.00 dispute threshold")
    }

    @Test(
        "a dispute may be started through day 120 after the date on the initial bill, not on day 121",
        arguments: [(0, true), (1, true), (120, true), (121, false), (365, false)])
    func window(day: Int, open: Bool) throws {
        let comparison = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, "1500.00")]).first)
        let answer = EstimateDispute.eligibility(of: comparison, initialBillDate: billDate, on: billDate.adding(days: day))
        let last = date("2026-06-30")
        #expect(answer == (open ? .eligible(lastDayToFile: last) : .windowClosed(lastDayToFile: last)), "day \(day): \(answer)")
    }

    @Test("a day before the initial bill is not yet eligible, and a small excess says by how much")
    func otherAnswers() throws {
        let over = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, "1500.00")]).first)
        #expect(EstimateDispute.eligibility(of: over, initialBillDate: billDate, on: billDate.adding(days: -1))
            == .beforeInitialBill(initialBillDate: billDate))
        let small = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, "1399.99")]).first)
        let answer = EstimateDispute.eligibility(of: small, initialBillDate: billDate, on: billDate)
        #expect(answer.explanation == "Not eligible: the bill is $399.99 above the estimate, less than $400.00.")
    }

    @Test("the patient notice states the excess, the right and the last day")
    func notice() throws {
        let over = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, "1400.00")]).first)
        #expect(over.patientNotice(lastDayToFile: date("2026-06-30")) == "The bill from North Hospital is $400.00 more than the good-faith estimate you were given ($1,000.00 estimated, $1,400.00 billed). Because it is at least $400.00 more, you may start the federal patient-provider dispute resolution process within 120 calendar days of the date on the bill, that is by 2026-06-30. While the dispute is open, this bill will not be sent to collections and no late fees will be added.")
    }

    @Test("a filed dispute holds collections and late fees from filing until the day it is resolved")
    func hold() throws {
        let over = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, "1400.00")]).first)
        let filed = try EstimateDispute(comparison: over, initialBillDate: billDate, filedOn: date("2026-06-30"))
        #expect(!filed.holdsCollections(on: date("2026-06-29")))
        #expect(filed.holdsCollections(on: date("2026-06-30")) && filed.stopsLateFees(on: date("2026-06-30")))
        #expect(filed.holdsCollections(on: date("2027-12-31")), "unresolved: still held")
        let resolved = try filed.resolved(on: date("2026-08-15"))
        #expect(resolved.holdsCollections(on: date("2026-08-14")) && resolved.stopsLateFees(on: date("2026-08-14")))
        #expect(!resolved.holdsCollections(on: date("2026-08-15")) && !resolved.stopsLateFees(on: date("2026-08-15")))
        #expect(throws: RevCycleError.self) { try filed.resolved(on: date("2026-06-29")) }
    }

    @Test("a dispute filed on day 121, or over a bill under the threshold, is refused with the reason")
    func refusedFiling() throws {
        let over = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, "1400.00")]).first)
        #expect {
            try EstimateDispute(comparison: over, initialBillDate: billDate, filedOn: date("2026-07-01"))
        } throws: { error in
            (error as? RevCycleError)?.message
                == "A dispute over the bill from North Hospital filed on 2026-07-01 is refused. Not eligible: the window to start a dispute closed on 2026-06-30."
        }
        let under = try #require(
            EstimateDispute.compare(estimate: [line(hospital, "1000.00")], billed: [line(hospital, "1399.99")]).first)
        #expect(throws: RevCycleError.self) {
            try EstimateDispute(comparison: under, initialBillDate: billDate, filedOn: billDate)
        }
    }

    @Test("a good-faith estimate's items are compared per provider NPI")
    func fromGoodFaithEstimate() throws {
        let deadline = try GoodFaithEstimateDeadline(
            scheduledOn: date("2026-01-05"), serviceDate: date("2026-01-20"), calendar: .usFederal(years: [2026]))
        let tin = try TaxpayerID(parsing: "36-1234567")
        let estimate = try GoodFaithEstimate(
            patientName: "Test Patient", patientBirthDate: date("1980-01-01"), serviceDescription: "Knee arthroscopy",
            primaryServiceCode: "29881", diagnosisCodes: [],
            items: [
                try .init(providerName: "North Hospital", npi: hospital, tin: tin, serviceCode: "29881",
                          description: "Facility", expectedCharge: money("5000.00")),
                try .init(providerName: "Lakeside Anesthesia", npi: anesthesia, tin: tin, serviceCode: "01400",
                          description: "Anesthesia", expectedCharge: money("900.00")),
            ],
            issuedOn: date("2026-01-05"), deadline: deadline)
        let comparisons = EstimateDispute.compare(
            estimate: estimate, billed: [line(hospital, "5399.99"), line(anesthesia, "1300.00")])
        // Ordered by NPI (hospital 1234…, anesthesia 1987…): the hospital is $399.99 over, anesthesia exactly $400.00.
        #expect(comparisons.map(\.npi) == [hospital, anesthesia])
        #expect(comparisons.map(\.excess) == [money("399.99"), money("400.00")])
        #expect(comparisons.map(\.isSubstantiallyInExcess) == [false, true])
    }
}
