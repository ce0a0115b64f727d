import RevCycleCore

@testable import Analytics

/// Dashboards and chart inputs the chart and page tests draw: a realistic half-year for one
/// hospital campus, and the awkward cases (nothing, one point, zeros, billions, long and hostile
/// names).
enum DashboardFixtures {
    static func money(_ text: String) -> Money {
        do { return try Money(parsing: text) } catch { fatalError("fixture amount \(text): \(error)") }
    }

    static let months = (1...12).map { "2026-\($0 < 10 ? "0" : "")\($0)" }

    /// North Campus, July–December 2026: nine KPIs, nine payer rows, twelve denial reasons (so the
    /// Pareto folds the smallest into "Other"), twelve months of cash.
    static let northCampus = DashboardModel(
        facilityName: "North Campus — St. Brigid Regional Medical Center",
        periodText: "July 1 – December 31, 2026",
        generatedOnText: "2027-01-04 07:30 CST",
        kpis: kpis, aging: aging, denials: denials, cashTrend: cash,
        notes: [
            "Aging counts days from the date of service; balances not yet billed are included.",
            "Cash is by deposit date. Agency recoveries are net of the agency's fee.",
            "Denials are first responses on the 835 with group code CO or PR; OA adjustments are excluded.",
        ])

    static let kpis: [KPITile] = [
        KPITile(
            name: "Days in A/R", value: "42.3 days",
            formula: "Net A/R ÷ average daily net patient revenue (last 90 days)", status: .watch,
            trend: Sparkline(
                values: [455, 448, 440, 437, 429, 423], labels: Array(months[6...]),
                unit: .decimal(places: 1, suffix: " days"))),
        KPITile(
            name: "Net A/R", value: "$8,412,377.19",
            formula: "Open insurance and patient balances less credit balances", status: nil,
            trend: Sparkline(
                values: [901_233_410, 887_410_002, 869_001_455, 858_120_310, 850_990_007, 841_237_719],
                labels: Array(months[6...]), unit: .cents)),
        KPITile(
            name: "Clean claim rate", value: "91.4%",
            formula: "Claims accepted on first submission ÷ claims submitted", status: .good,
            trend: Sparkline(
                values: [8_870, 8_910, 9_020, 9_005, 9_110, 9_140], labels: Array(months[6...]),
                unit: .basisPoints)),
        KPITile(
            name: "Initial denial rate", value: "8.7%",
            formula: "Claims denied in full or in part on first response ÷ claims adjudicated", status: .concern,
            trend: Sparkline(values: [690, 720, 760, 805, 840, 870], labels: Array(months[6...]), unit: .basisPoints)),
        KPITile(
            name: "Net collection rate", value: "96.2%",
            formula: "Payments ÷ (charges − contractual adjustments)", status: .good,
            trend: Sparkline(
                values: [9_580, 9_600, 9_610, 9_590, 9_630, 9_620], labels: Array(months[6...]),
                unit: .basisPoints)),
        KPITile(
            name: "A/R over 90 days", value: "18.6%",
            formula: "Insured A/R older than 90 days ÷ insured A/R", status: .watch,
            trend: Sparkline(
                values: [2_010, 1_980, 1_950, 1_920, 1_890, 1_860], labels: Array(months[6...]),
                unit: .basisPoints)),
        KPITile(
            name: "Point-of-service collections", value: "$412,880.00",
            formula: "Patient cash taken at or before the date of service", status: .good,
            trend: Sparkline(
                values: [6_102_000, 6_455_000, 6_980_000, 7_010_500, 7_120_000, 7_620_500],
                labels: Array(months[6...]), unit: .cents)),
        KPITile(
            name: "Cash collected", value: "$14,903,220.45",
            formula: "All cash posted in the period, every source", status: nil,
            trend: Sparkline(
                values: [241_000_000, 252_500_000, 238_870_000, 249_100_000, 255_000_000, 253_852_045],
                labels: Array(months[6...]), unit: .cents)),
        KPITile(
            name: "Cost to collect", value: "3.1%",
            formula: "Revenue-cycle cost ÷ cash collected", status: nil, trend: nil),
    ]

    static let aging: [AgingRow] = [
        row("Medicare", "612430.55", "188201.10", "74210.00", "30118.42", "41877.91"),
        row("Medicaid (State of Illinois)", "301220.00", "140980.75", "98011.20", "60440.00", "122300.18"),
        row("Blue Cross Blue Shield of Illinois", "455018.33", "120455.90", "40220.15", "18800.00", "22015.47"),
        row("Aetna", "120933.10", "60210.45", "15220.00", "9800.12", "6600.00"),
        row(
            "UnitedHealthcare Community Plan of Northern Illinois", "188770.42", "77120.18", "31040.00", "22100.00",
            "48900.30"),
        row("Cigna", "64220.00", "21880.95", "7400.00", "0", "2210.40"),
        row("Workers' Compensation — Liberty Mutual", "22100.00", "18400.00", "12900.00", "9300.00", "30100.00"),
        row("Patients (self-pay)", "88430.21", "64210.77", "51800.40", "40220.18", "131447.62"),
        row("Patients (balance after insurance)", "142880.10", "90120.00", "60330.25", "35110.00", "70445.80"),
    ]

    static func row(_ name: String, _ a: String, _ b: String, _ c: String, _ d: String, _ f: String) -> AgingRow {
        AgingRow(
            name: name, days0to30: money(a), days31to60: money(b), days61to90: money(c), days91to120: money(d),
            over120: money(f))
    }

    static let denials: [DenialReason] = [
        DenialReason(
            code: "CO-16", words: "Claim lacks information or has submission/billing errors",
            amount: money("118440.20"), count: 211),
        DenialReason(
            code: "CO-197", words: "Precertification/authorization/notification absent", amount: money("301877.45"),
            count: 96),
        DenialReason(
            code: "CO-50", words: "Non-covered: not deemed a medical necessity by the payer",
            amount: money("187320.00"), count: 64),
        DenialReason(
            code: "CO-22", words: "May be covered by another payer (coordination of benefits)",
            amount: money("64210.33"), count: 88),
        DenialReason(
            code: "CO-29", words: "The time limit for filing has expired", amount: money("52004.10"), count: 31),
        DenialReason(code: "CO-18", words: "Exact duplicate claim/service", amount: money("33120.00"), count: 47),
        DenialReason(
            code: "CO-27", words: "Expenses incurred after coverage terminated", amount: money("28760.80"), count: 19),
        DenialReason(
            code: "CO-11", words: "Diagnosis inconsistent with the procedure", amount: money("21900.00"), count: 22),
        DenialReason(
            code: "CO-4", words: "Procedure code inconsistent with the modifier", amount: money("9870.55"), count: 25),
        DenialReason(code: "CO-96", words: "Non-covered charge(s)", amount: money("8440.00"), count: 12),
        DenialReason(
            code: "CO-109", words: "Claim not covered by this payer/contractor", amount: money("6120.45"), count: 9),
        DenialReason(
            code: "PR-204", words: "Service not covered under the patient's current benefit plan",
            amount: money("4310.00"), count: 7),
    ]

    static let cash: [CashMonth] = zip(
        months,
        [
            ("2010440.12", "301200.55", "61020.00", "38110.40", "11200.00"),
            ("1980220.00", "288410.30", "59870.25", "39005.00", "9870.10"),
            ("2120480.75", "310020.00", "63310.00", "40220.80", "12450.00"),
            ("2055010.40", "297730.10", "60125.50", "40870.00", "10980.44"),
            ("2188300.00", "322410.95", "64900.00", "41330.25", "13020.00"),
            ("2099870.33", "305560.00", "62210.80", "42005.00", "12110.75"),
            ("2141205.00", "301288.40", "61020.00", "42980.10", "11840.00"),
            ("2230770.90", "318880.00", "64550.00", "43110.00", "12990.20"),
            ("2110095.45", "299005.25", "69800.00", "43880.55", "12010.00"),
            ("2201440.00", "310770.80", "70105.00", "44300.00", "13555.10"),
            ("2250310.25", "322001.00", "71200.00", "45020.40", "14200.00"),
            ("2238004.60", "311115.90", "76205.00", "45980.00", "13441.95"),
        ]
    ).map { month, amounts in
        CashMonth(
            month: month, insurance: money(amounts.0), patient: money(amounts.1),
            pointOfService: money(amounts.2), plans: money(amounts.3), agency: money(amounts.4))
    }
}

extension DashboardFixtures {
    /// Everything awkward at once: long and hostile names, a long value, credit balances, billions,
    /// twenty payers, twenty-five denial reasons, two years of months with a refund month.
    static let stress: DashboardModel = {
        let hostile = #"O'Brien <Jr> & "Sons" Clinic"#
        var aging = DashboardFixtures.aging
        aging += (1...9).map {
            row(
                "Regional Payer Number \($0) of the Greater Tri-County Area", "\($0 * 1111).11", "0", "0", "0",
                "\($0 * 99).01")
        }
        aging.append(row(hostile, "250.00", "-75.50", "0", "0", "0"))
        aging.append(row("Catastrophic Claims Pool", "4000000000", "1200000000", "0", "0", "0"))
        let denials =
            DashboardFixtures.denials
            + (1...13).map {
                DenialReason(
                    code: "CO-\(200 + $0)/N\(300 + $0)/M\(100 + $0)", words: "\(hostile) reason \($0)",
                    amount: money("\($0 * 17).35"), count: $0)
            }
        let cash = (0..<24).map { index in
            CashMonth(
                month: "20\(25 + index / 12)-\(String(format2: index % 12 + 1))",
                insurance: money("\(2_000_000 + index * 10_000).00"),
                patient: money("300000.00"), pointOfService: money("60000.00"), plans: money("40000.00"),
                agency: index == 5 ? money("-4200.00") : money("12000.00"))
        }
        var kpis = DashboardFixtures.kpis
        kpis.append(
            KPITile(
                name: "Average patient balance collected per statement cycle (all guarantors)",
                value: "$1,204,331,907.07", formula: String(repeating: "A long formula ÷ ", count: 8) + "done",
                status: .concern,
                trend: Sparkline(values: [1], labels: ["Fiscal year 2027, accounting period 02"], unit: .cents)))
        kpis.append(
            KPITile(
                name: hostile, value: hostile, formula: hostile, status: nil,
                trend: Sparkline(values: [], labels: [], unit: .cents)))
        return DashboardModel(
            facilityName: "St. Brigid Regional Medical Center — North Campus Ambulatory Surgery and Outpatient Imaging",
            periodText: "January 1, 2025 – December 31, 2026 (two fiscal years)", generatedOnText: hostile,
            kpis: kpis, aging: aging, denials: denials, cashTrend: cash,
            notes: [
                String(
                    repeating: "A very long note that has to wrap across the page without running off it. ", count: 6),
                hostile,
            ])
    }()

    /// A period with nothing in it.
    static let empty = DashboardModel(
        facilityName: "South Clinic", periodText: "January 2027", generatedOnText: "2027-02-01 06:00 CST",
        kpis: [], aging: [], denials: [], cashTrend: [], notes: [])
}
