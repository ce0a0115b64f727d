import RevCycleCore
import Testing

@testable import Counseling

private func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text) }
private func state(_ code: String) -> StateCode { try! StateCode(parsing: code) }
private func dollars(_ whole: Int64) -> Money { Money(cents: whole * 100) }

struct PovertyGuidelinesTests {
    @Test(
        "the HHS tables hold the published first-person and additional-person figures and the 4-person lines",
        arguments: [
            // year, region, first person, each additional, household of 4 (HHS printed table), household of 8
            (2025, PovertyGuidelineRegion.contiguousStatesAndDC, 15_650, 5_500, 32_150, 54_150),
            (2025, .alaska, 19_550, 6_880, 40_190, 67_710),
            (2025, .hawaii, 17_990, 6_330, 36_980, 62_300),
            (2026, .contiguousStatesAndDC, 15_960, 5_680, 33_000, 55_720),
            (2026, .alaska, 19_950, 7_100, 41_250, 69_650),
            (2026, .hawaii, 18_360, 6_530, 37_950, 64_070),
        ] as [(Int, PovertyGuidelineRegion, Int64, Int64, Int64, Int64)])
    func publishedFigures(
        year: Int, region: PovertyGuidelineRegion, first: Int64, additional: Int64, four: Int64, eight: Int64
    ) throws {
        let guideline = try PovertyGuidelines.hhsPublished.year(year).guideline(for: region)
        #expect(guideline.year == year && guideline.region == region)
        #expect(guideline.firstPerson == dollars(first), "first person \(guideline.firstPerson)")
        #expect(guideline.eachAdditionalPerson == dollars(additional), "additional \(guideline.eachAdditionalPerson)")
        let lineOfFour = guideline.line(for: try HouseholdSize(4))
        let lineOfEight = guideline.line(for: try HouseholdSize(8))
        #expect(lineOfFour == dollars(four), "household of 4: \(lineOfFour)")
        #expect(lineOfEight == dollars(eight), "household of 8: \(lineOfEight)")
    }

    @Test("each year carries the effective date of its HHS Federal Register notice")
    func effectiveDates() throws {
        #expect(try PovertyGuidelines.hhsPublished.year(2025).effectiveOn == date("2025-01-15"))
        #expect(try PovertyGuidelines.hhsPublished.year(2026).effectiveOn == date("2026-01-13"))
    }

    @Test("a year not on file is refused with the years that are")
    func unknownYear() {
        #expect {
            try PovertyGuidelines.hhsPublished.year(2024)
        } throws: { error in
            let error = error as? RevCycleError
            return error?.code == .notFound && error?.message == "No 2024 poverty guidelines are on file; RevCycle has 2025, 2026."
        }
    }

    @Test(
        "Alaska and Hawaii have their own tables; every other code, territories included, uses the contiguous table",
        arguments: [
            ("AK", PovertyGuidelineRegion.alaska), ("HI", .hawaii), ("IL", .contiguousStatesAndDC),
            ("DC", .contiguousStatesAndDC), ("CO", .contiguousStatesAndDC), ("PR", .contiguousStatesAndDC),
            ("GU", .contiguousStatesAndDC), ("AA", .contiguousStatesAndDC),
        ])
    func regionFromState(code: String, region: PovertyGuidelineRegion) {
        #expect(PovertyGuidelineRegion(state: state(code)) == region)
    }

    @Test("a household has 1 to 20 people; 0, negative and 21 are refused with a message", arguments: [0, -1, 21, 100])
    func householdBounds(people: Int) {
        #expect {
            try HouseholdSize(people)
        } throws: { error in
            (error as? RevCycleError)?.message
                == "A household of \(people) is out of range; a household has 1 to 20 people."
        }
    }

    @Test("households of 1 and 20 are accepted, and 20 people still follow the per-person rule")
    func householdEdges() throws {
        #expect(try HouseholdSize(1).people == 1)
        let guideline = try PovertyGuidelines.hhsPublished.year(2026).contiguousStatesAndDC
        let line = guideline.line(for: try HouseholdSize(20))
        #expect(line == dollars(15_960 + 19 * 5_680), "household of 20: \(line)")   // $123,880
    }
}

struct AdoptedGuidelinesTests {
    private let adopted = try! AdoptedGuidelines([
        .init(year: 2026, adoptedOn: date("2026-03-01")),
        .init(year: 2025, adoptedOn: date("2025-02-01")),
    ])

    @Test(
        "the table in force is the latest adopted on or before the date",
        arguments: [
            ("2025-02-01", 2025), ("2025-12-31", 2025), ("2026-01-13", 2025), ("2026-02-28", 2025),
            ("2026-03-01", 2026), ("2027-06-30", 2026),
        ])
    func inForce(on day: String, year: Int) throws {
        #expect(try adopted.adoption(on: date(day)).year == year)
    }

    @Test("a date before the site's first adoption is refused, naming the first adoption")
    func beforeFirstAdoption() {
        #expect {
            try adopted.adoption(on: date("2025-01-31"))
        } throws: { error in
            let error = error as? RevCycleError
            return error?.code == .configuration
                && error?.message
                    == "No poverty guidelines were in force for this site on 2025-01-31: its first adoption is the 2025 guidelines on 2025-02-01."
        }
    }

    @Test("adoptions must move forward through the years, one per day, and not be empty")
    func adoptionOrder() {
        #expect(throws: RevCycleError.self) { try AdoptedGuidelines([]) }
        #expect {
            try AdoptedGuidelines([
                .init(year: 2026, adoptedOn: date("2026-02-01")), .init(year: 2025, adoptedOn: date("2026-03-01")),
            ])
        } throws: { error in
            (error as? RevCycleError)?.message
                == "The 2025 poverty guidelines are adopted on 2026-03-01, after the 2026 guidelines (adopted 2026-02-01); adoptions must move to newer years."
        }
        #expect {
            try AdoptedGuidelines([
                .init(year: 2025, adoptedOn: date("2026-02-01")), .init(year: 2026, adoptedOn: date("2026-02-01")),
            ])
        } throws: { error in
            (error as? RevCycleError)?.message
                == "The 2025 and 2026 poverty guidelines are both adopted on 2026-02-01; one date can hold one adoption."
        }
    }

    @Test("adopting a year before HHS made it effective, or a year not on file, is a configuration problem")
    func adoptionAgainstCatalog() throws {
        let early = try AdoptedGuidelines([
            .init(year: 2026, adoptedOn: date("2026-01-12")), .init(year: 2027, adoptedOn: date("2027-02-01")),
        ])
        #expect(early.problems(against: .hhsPublished) == [
            "The 2026 poverty guidelines are adopted on 2026-01-12, before HHS made them effective on 2026-01-13.",
            "The 2027 poverty guidelines are adopted on 2027-02-01 but are not on file.",
        ])
        let onTheDay = try AdoptedGuidelines([.init(year: 2026, adoptedOn: date("2026-01-13"))])
        #expect(onTheDay.problems(against: .hhsPublished).isEmpty)
    }
}
