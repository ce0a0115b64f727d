import RevCycleCore
import Testing

@testable import Counseling

private func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }
private func state(_ code: String) -> StateCode { try! StateCode(parsing: code) }
private func dollars(_ whole: Int64) -> Money { Money(cents: whole * 100) }

/// One HHS table, written out by hand from the Federal Register notices (not read from the code under test).
struct PovertyHandTable: Sendable, CustomTestStringConvertible {
    let year: Int
    let state: String
    let firstPerson: Int64
    let eachAdditional: Int64
    var testDescription: String { "\(year) \(state)" }

    /// The poverty line in whole dollars for a household of `people`.
    func line(_ people: Int) -> Int64 { firstPerson + eachAdditional * Int64(people - 1) }

    static let all = [
        PovertyHandTable(year: 2025, state: "IL", firstPerson: 15_650, eachAdditional: 5_500),
        PovertyHandTable(year: 2025, state: "AK", firstPerson: 19_550, eachAdditional: 6_880),
        PovertyHandTable(year: 2025, state: "HI", firstPerson: 17_990, eachAdditional: 6_330),
        PovertyHandTable(year: 2026, state: "IL", firstPerson: 15_960, eachAdditional: 5_680),
        PovertyHandTable(year: 2026, state: "AK", firstPerson: 19_950, eachAdditional: 7_100),
        PovertyHandTable(year: 2026, state: "HI", firstPerson: 18_360, eachAdditional: 6_530),
    ]
}

/// A site on the default tiers (≤ 200% full, 75% through 300%, 50% through 400%) that adopted only `year`.
private func site(adopting year: Int) -> AssistancePolicy {
    let adoptedOn = year == 2025 ? date("2025-02-01") : date("2026-02-01")
    return try! AssistancePolicy(adoptedGuidelines: try! AdoptedGuidelines([.init(year: year, adoptedOn: adoptedOn)]))
}

struct PovertyBoundaryTests {
    @Test(
        "income of exactly 200% of the line gets full assistance; one dollar more falls to the next tier",
        arguments: PovertyHandTable.all, 1...10)
    func twoHundredPercentBoundary(table: PovertyHandTable, people: Int) throws {
        let policy = site(adopting: table.year)
        let on = table.year == 2025 ? date("2025-06-01") : date("2026-06-01")
        let household = try HouseholdSize(people)
        let atLine = dollars(2 * table.line(people))

        let at = try policy.decide(income: atLine, household: household, state: state(table.state), assets: nil, on: on)
        #expect(at.povertyLine == dollars(table.line(people)), "line \(at.povertyLine)")
        #expect(at.povertyLevel.guideline.year == table.year)
        #expect(at.percentOfPovertyBasisPoints == 20_000)
        #expect(at.tier?.number == 1, "at 200%: tier \(String(describing: at.tier?.number))")
        #expect(at.discountBasisPoints == 10_000)

        let oneDollarOver = try policy.decide(
            income: atLine + dollars(1), household: household, state: state(table.state), assets: nil, on: on)
        #expect(oneDollarOver.tier?.number == 2, "200% + $1: tier \(String(describing: oneDollarOver.tier?.number))")
        #expect(oneDollarOver.discountBasisPoints == 7_500)
        // Rounded down, the share still reads 200.00%: the tier comes from the exact comparison, not this figure.
        #expect(oneDollarOver.percentOfPovertyBasisPoints == 20_000)
        #expect(!oneDollarOver.povertyLevel.isAtOrBelow(percent: 200))

        let oneCentUnder = try policy.decide(
            income: atLine - Money(cents: 1), household: household, state: state(table.state), assets: nil, on: on)
        #expect(oneCentUnder.tier?.number == 1)
        #expect(oneCentUnder.percentOfPovertyBasisPoints == 19_999)
    }

    @Test("isAtOrBelow compares income × 100 with line × percent exactly, one cent either side")
    func exactComparison() throws {
        let guideline = try PovertyGuidelines.hhsPublished.year(2026).hawaii   // household of 3: $31,420
        let household = try HouseholdSize(3)
        let at = try PovertyLevel(income: Money(cents: 12_568_000), household: household, guideline: guideline)   // 400%
        #expect(at.line == dollars(31_420))
        #expect(at.isAtOrBelow(percent: 400) && at.isExact && at.basisPoints == 40_000)
        let over = try PovertyLevel(income: Money(cents: 12_568_001), household: household, guideline: guideline)
        #expect(!over.isAtOrBelow(percent: 400) && !over.isExact && over.basisPoints == 40_000)
        // 1/3 of the line: 33.333…% rounds down to 3,333 basis points.
        let third = try PovertyLevel(income: Money(cents: 1_047_333), household: household, guideline: guideline)
        #expect(third.basisPoints == 3_333)
        #expect(try guideline.percentOfPoverty(income: Money(cents: 1_047_333), household: household) == 3_333)
    }

    @Test("a negative income is refused")
    func negativeIncome() throws {
        let guideline = try PovertyGuidelines.hhsPublished.year(2026).contiguousStatesAndDC
        #expect(throws: RevCycleError.self) {
            try PovertyLevel(income: Money(cents: -1), household: try HouseholdSize(1), guideline: guideline)
        }
    }

    @Test("a site still on the 2025 table on a 2026 date measures against the 2025 line")
    func siteStillOn2025() throws {
        // Household of 4 in IL with $65,000: 202.17% of the 2025 line ($32,150), 196.96% of the 2026 line ($33,000).
        let income = dollars(65_000)
        let household = try HouseholdSize(4)
        let on = date("2026-06-01")
        let still2025 = try site(adopting: 2025).decide(income: income, household: household, state: state("IL"), assets: nil, on: on)
        #expect(still2025.adoption.year == 2025)
        #expect(still2025.povertyLine == dollars(32_150))
        #expect(still2025.percentOfPovertyBasisPoints == 20_217)
        #expect(still2025.tier?.number == 2 && still2025.discountBasisPoints == 7_500)
        #expect(still2025.reasons[0] == "On 2026-06-01 the site uses the 2025 poverty guidelines (adopted 2025-02-01).")

        let moved = try AssistancePolicy(adoptedGuidelines: try AdoptedGuidelines([
            .init(year: 2025, adoptedOn: date("2025-02-01")), .init(year: 2026, adoptedOn: date("2026-03-01")),
        ]))
        let beforeMove = try moved.decide(income: income, household: household, state: state("IL"), assets: nil, on: date("2026-02-28"))
        let afterMove = try moved.decide(income: income, household: household, state: state("IL"), assets: nil, on: date("2026-03-01"))
        #expect(beforeMove.povertyLine == dollars(32_150) && beforeMove.discountBasisPoints == 7_500)
        #expect(afterMove.povertyLine == dollars(33_000) && afterMove.percentOfPovertyBasisPoints == 19_696)
        #expect(afterMove.discountBasisPoints == 10_000)
    }
}
