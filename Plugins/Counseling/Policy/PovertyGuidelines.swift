import RevCycleCore

/// One year of HHS poverty guidelines: the three regional tables and the date HHS made them effective.
struct PovertyGuidelineYear: Sendable, Hashable {
    let year: Int
    /// The effective date in the HHS Federal Register notice (a site adopts the year on its own date,
    /// never before this one).
    let effectiveOn: CalendarDate
    /// The Federal Register notice the figures come from.
    let source: String
    let contiguousStatesAndDC: PovertyGuideline
    let alaska: PovertyGuideline
    let hawaii: PovertyGuideline

    /// The table for one region.
    func guideline(for region: PovertyGuidelineRegion) -> PovertyGuideline {
        switch region {
        case .contiguousStatesAndDC: contiguousStatesAndDC
        case .alaska: alaska
        case .hawaii: hawaii
        }
    }
}

/// The poverty-guideline years RevCycle knows, by year.
///
/// ``hhsPublished`` holds the HHS figures as data; storage may build a catalog with later years as HHS
/// publishes them (each year is a new row, never an edit of an old one, since past determinations cite it).
///
/// ```swift
/// let year = try PovertyGuidelines.hhsPublished.year(2026)
/// let line = year.guideline(for: .alaska).line(for: try HouseholdSize(4))   // $41,250
/// ```
struct PovertyGuidelines: Sendable, Hashable {
    let years: [Int: PovertyGuidelineYear]

    /// - Throws: `configuration` when two entries give the same year or a year's tables carry another year.
    init(_ years: [PovertyGuidelineYear]) throws {
        var byYear: [Int: PovertyGuidelineYear] = [:]
        for entry in years {
            let tables = PovertyGuidelineRegion.allCases.map(entry.guideline(for:))
            guard tables.allSatisfy({ $0.year == entry.year }),
                  zip(tables, PovertyGuidelineRegion.allCases).allSatisfy({ $0.region == $1 })
            else {
                throw RevCycleError(.configuration, "The \(entry.year) poverty guidelines mix tables of another year or region.")
            }
            guard byYear[entry.year] == nil else {
                throw RevCycleError(.configuration, "The \(entry.year) poverty guidelines are listed twice; keep one.")
            }
            byYear[entry.year] = entry
        }
        self.years = byYear
    }

    /// The year's guidelines.
    ///
    /// - Throws: `notFound` when the catalog has no such year.
    func year(_ year: Int) throws -> PovertyGuidelineYear {
        guard let entry = years[year] else {
            let known = years.keys.sorted().map(String.init).joined(separator: ", ")
            throw RevCycleError(
                .notFound, "No \(year) poverty guidelines are on file; RevCycle has \(known).",
                remedy: "Add the \(year) HHS figures to the guideline tables before adopting them.")
        }
        return entry
    }

    // MARK: - The HHS figures

    /// The HHS poverty guidelines for 2025 and 2026, in whole dollars.
    ///
    /// - 2025: 90 FR 5917 (17 Jan 2025), effective 15 Jan 2025. 48 states + DC $15,650 + $5,500;
    ///   Alaska $19,550 + $6,880; Hawaii $17,990 + $6,330.
    /// - 2026: 91 FR 1797 (15 Jan 2026), effective 13 Jan 2026. 48 states + DC $15,960 + $5,680;
    ///   Alaska $19,950 + $7,100; Hawaii $18,360 + $6,530.
    static let hhsPublished: PovertyGuidelines = {
        func table(_ year: Int, _ region: PovertyGuidelineRegion, _ first: Int64, _ additional: Int64) -> PovertyGuideline {
            PovertyGuideline(
                year: year, region: region, firstPerson: Money(cents: first * 100),
                eachAdditionalPerson: Money(cents: additional * 100))
        }
        func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
            // The literal dates below are valid calendar dates.
            try! CalendarDate(year: year, month: month, day: day)
        }
        let years = [
            PovertyGuidelineYear(
                year: 2025, effectiveOn: date(2025, 1, 15),
                source: "HHS, Annual Update of the HHS Poverty Guidelines, 90 FR 5917 (17 Jan 2025)",
                contiguousStatesAndDC: table(2025, .contiguousStatesAndDC, 15_650, 5_500),
                alaska: table(2025, .alaska, 19_550, 6_880),
                hawaii: table(2025, .hawaii, 17_990, 6_330)),
            PovertyGuidelineYear(
                year: 2026, effectiveOn: date(2026, 1, 13),
                source: "HHS, Annual Update of the HHS Poverty Guidelines, 91 FR 1797 (15 Jan 2026)",
                contiguousStatesAndDC: table(2026, .contiguousStatesAndDC, 15_960, 5_680),
                alaska: table(2026, .alaska, 19_950, 7_100),
                hawaii: table(2026, .hawaii, 18_360, 6_530)),
        ]
        // Two distinct years whose tables carry their own year and region: the catalog is valid.
        return try! PovertyGuidelines(years)
    }()
}
