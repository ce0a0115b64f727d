import Foundation
import RevCycleCore
import RevCycleTesting
import Testing

@testable import Analytics

/// The charts' shapes read back from the SVG: every bar's length is its amount on the chart's own
/// labelled axis, stacked parts touch end to end, and the Pareto line ends at 100%.
struct ChartGeometryTests {
    /// Coordinates are written to the hundredth, so a position and a length each carry ±0.005.
    static let tolerance = 0.011

    static func money(_ text: String) -> Money { DashboardFixtures.money(text) }

    /// The chart's value axis: the position of zero and the units per cent, read from its gridlines.
    static func axis(_ svg: ParsedElement, coordinate: String) throws -> (zero: Double, perCent: Double) {
        let ticks = svg.all.compactMap { line -> (Int64, Double)? in
            guard let tick = line.attributes["data-tick"].flatMap({ Int64($0) }) else { return nil }
            return (tick, line.number(coordinate))
        }
        let zero = try #require(ticks.first { $0.0 == 0 }?.1, "no zero gridline")
        let top = try #require(ticks.max { $0.0 < $1.0 })
        #expect(top.0 > 0)
        return (zero, (top.1 - zero) / Double(top.0))
    }

    static func bars(_ svg: ParsedElement) -> [ParsedElement] { svg.withClass("bar") }

    static func cents(_ bar: ParsedElement) -> Int64 { Int64(bar.attributes["data-cents"] ?? "") ?? .min }

    // MARK: - Aging

    @Test(
        "Aging bars are as long as their amounts on the chart's own axis, stacked end to end from zero in bucket order, and a zero bucket draws nothing"
    )
    func agingBarLengths() throws {
        let rows = [
            AgingRow(
                name: "Aetna", days0to30: Self.money("100.00"), days31to60: Self.money("50.00"), days61to90: .zero,
                days91to120: Self.money("25.00"), over120: Self.money("25.01")),
            AgingRow(
                name: "Cigna", days0to30: Self.money("300.00"), days31to60: .zero, days61to90: .zero,
                days91to120: .zero, over120: .zero),
        ]
        let svg = try ChartXML.parse(SVGChart.aging(rows))
        let axis = try Self.axis(svg, coordinate: "x1")
        let aetna = Self.bars(svg).filter { $0.attributes["data-row"] == "0" }
        let cigna = Self.bars(svg).filter { $0.attributes["data-row"] == "1" }
        #expect(aetna.map { $0.attributes["data-bucket"] } == ["0-30", "31-60", "91-120", "over-120"])
        #expect(aetna.map(Self.cents) == [10_000, 5_000, 2_500, 2_501])
        var end = axis.zero
        for bar in aetna + cigna {
            if bar.attributes["data-row"] == "1" && bar.attributes["data-bucket"] == "0-30" { end = axis.zero }
            let expected = Double(Self.cents(bar)) * axis.perCent
            #expect(
                abs(bar.number("width") - expected) <= Self.tolerance,
                "\(bar.tooltip ?? ""): width \(bar.number("width")), expected \(expected)")
            #expect(
                abs(bar.number("x") - end) <= Self.tolerance,
                "\(bar.tooltip ?? "") starts at \(bar.number("x")), not \(end)")
            #expect(bar.number("height") == AgingLayout.barHeight)
            end = bar.number("x") + bar.number("width")
        }
        let cignaWidth = try #require(cigna.first?.number("width"))
        let aetnaFirst = try #require(aetna.first?.number("width"))
        #expect(abs(cignaWidth - 3 * aetnaFirst) <= 3 * Self.tolerance)
        // The one-cent difference between the last two buckets is in the data, and in the tooltip exactly.
        #expect(aetna.last?.tooltip == "Aetna — Over 120 days: $25.01 (12.5% of $200.01)")
    }

    @Test("A credit balance in a bucket is drawn left of the zero line, as long as its amount")
    func agingCreditBalance() throws {
        let row = AgingRow(
            name: "Patients (self-pay)", days0to30: Self.money("200.00"), days31to60: .zero,
            days61to90: .zero, days91to120: .zero, over120: Self.money("-50.00"))
        let svg = try ChartXML.parse(SVGChart.aging([row]))
        let axis = try Self.axis(svg, coordinate: "x1")
        let credit = try #require(Self.bars(svg).first { $0.attributes["data-bucket"] == "over-120" })
        let owed = try #require(Self.bars(svg).first { $0.attributes["data-bucket"] == "0-30" })
        #expect(abs(credit.number("x") + credit.number("width") - axis.zero) <= Self.tolerance)
        #expect(abs(credit.number("width") - 5_000 * axis.perCent) <= Self.tolerance)
        #expect(abs(owed.number("x") - axis.zero) <= Self.tolerance)
        #expect(abs(owed.number("width") - 20_000 * axis.perCent) <= Self.tolerance)
    }

    // MARK: - Pareto

    @Test(
        "Pareto bars run largest first (ties by more lines), are as tall as their amounts, and the cumulative line climbs to exactly 100% at the last bar"
    )
    func paretoBarsAndLine() throws {
        let reasons = [
            DenialReason(code: "CO-16", words: "Missing information", amount: Self.money("100.00"), count: 2),
            DenialReason(code: "CO-197", words: "No authorization", amount: Self.money("300.00"), count: 4),
            DenialReason(code: "CO-50", words: "Not medically necessary", amount: .zero, count: 3),
            DenialReason(code: "PR-204", words: "Not covered by the plan", amount: Self.money("100.00"), count: 5),
        ]
        let svg = try ChartXML.parse(SVGChart.denialPareto(reasons))
        let labels = svg.withClass("category-label").map(\.text)
        #expect(labels == ["CO-197", "PR-204", "CO-16", "CO-50"])
        let axis = try Self.axis(svg, coordinate: "y1")
        let bars = Self.bars(svg)
        #expect(bars.map(Self.cents) == [30_000, 10_000, 10_000], "the $0.00 reason draws no bar")
        for bar in bars {
            let expected = -Double(Self.cents(bar)) * axis.perCent
            #expect(abs(bar.number("height") - expected) <= Self.tolerance, "\(bar.tooltip ?? "")")
            #expect(abs(bar.number("y") + bar.number("height") - axis.zero) <= Self.tolerance)
        }
        let points = svg.withClass("cumulative-point")
        #expect(points.map { $0.attributes["data-basis-points"] } == ["6000", "8000", "10000", "10000"])
        let hundred = try #require(
            svg.withClass("percent-tick").first { $0.attributes["data-basis-points"] == "10000" })
        let last = try #require(points.last)
        #expect(abs(last.number("cy") - hundred.number("y1")) <= Self.tolerance, "the line ends at the 100% tick")
        let line = try #require(svg.withClass("cumulative-line").first?.attributes["points"])
        let ys = line.split(separator: " ").compactMap { Double($0.split(separator: ",")[1]) }
        #expect(ys.count == 4 && zip(ys, ys.dropFirst()).allSatisfy { $0 >= $1 }, "the line only climbs: \(ys)")
        #expect(abs((ys.last ?? 0) - hundred.number("y1")) <= Self.tolerance)
        #expect(last.tooltip == "Through CO-50: 100% of $500.00 denied")
    }

    @Test("Three equal reasons make cumulative shares of 33.33%, 66.67% and exactly 100%")
    func paretoThirds() {
        let reasons = ["CO-4", "CO-11", "CO-18"].map {
            DenialReason(code: $0, words: "Reason \($0)", amount: Self.money("1.00"), count: 1)
        }
        #expect(SVGChart.paretoBars(reasons).map(\.cumulativeBasisPoints) == [3_333, 6_667, 10_000])
    }

    @Test("Reasons past the last bar fold into one Other bar holding their amounts and lines to the cent")
    func paretoOther() throws {
        let reasons = DashboardFixtures.denials
        let svg = try ChartXML.parse(SVGChart.denialPareto(reasons, maxBars: 10))
        let bars = Self.bars(svg)
        #expect(bars.count == 10)
        let other = try #require(bars.last)
        #expect(other.attributes["data-code"] == "Other")
        #expect(Self.cents(other) == 844_000 + 612_045 + 431_000, "CO-96, CO-109 and PR-204")
        let drawn = bars.map(Self.cents).reduce(0, +)
        let denied = reasons.map(\.amount.cents).reduce(0, +)
        #expect(drawn == denied, "bars hold \(drawn) cents, the reasons \(denied)")
        let folded = try #require(SVGChart.paretoBars(reasons).last)
        #expect(folded.count == 12 + 9 + 7 && folded.words == "3 other reason codes")
    }

    // MARK: - Cash

    @Test(
        "Cash columns stack each source on the one below from the zero line, as tall as its amount; a refund month's negative part hangs below zero"
    )
    func cashColumns() throws {
        let month = CashMonth(
            month: "2026-07", insurance: Self.money("200.00"), patient: Self.money("100.00"),
            pointOfService: .zero, plans: Self.money("50.00"), agency: Self.money("-25.00"))
        let svg = try ChartXML.parse(SVGChart.cashTrend([month]))
        let axis = try Self.axis(svg, coordinate: "y1")
        let parts = Dictionary(uniqueKeysWithValues: Self.bars(svg).map { ($0.attributes["data-source"] ?? "", $0) })
        #expect(parts.keys.sorted() == ["agency", "insurance", "patient", "plans"])
        let insurance = try #require(parts["insurance"])
        let patient = try #require(parts["patient"])
        let plans = try #require(parts["plans"])
        let agency = try #require(parts["agency"])
        for (part, cents) in [(insurance, 20_000), (patient, 10_000), (plans, 5_000), (agency, 2_500)] {
            #expect(
                abs(part.number("height") - Double(cents) * -axis.perCent) <= Self.tolerance, "\(part.tooltip ?? "")")
        }
        #expect(abs(insurance.number("y") + insurance.number("height") - axis.zero) <= Self.tolerance)
        #expect(abs(patient.number("y") + patient.number("height") - insurance.number("y")) <= Self.tolerance)
        #expect(abs(plans.number("y") + plans.number("height") - patient.number("y")) <= Self.tolerance)
        #expect(abs(agency.number("y") - axis.zero) <= Self.tolerance)
        #expect(svg.withClass("bar-total").first?.text == "$325")
    }

    // MARK: - Sparklines

    @Test(
        "A sparkline spans its width oldest to newest, from its lowest value at the bottom to its highest at the top, and marks the last point"
    )
    func sparklineShape() throws {
        let series = Sparkline(
            values: [10, 30, 20], labels: ["2026-10", "2026-11", "2026-12"],
            unit: .decimal(places: 0, suffix: " claims"))
        let svg = try ChartXML.parse(SVGChart.sparkline(series, title: "Claims", id: "spark"))
        let line = try #require(svg.withClass("spark-line").first?.attributes["points"])
        #expect(line == "6,32 100,6 194,19")
        let last = try #require(svg.withClass("last-point").first)
        #expect(last.number("cx") == 194 && last.number("cy") == 19)
        #expect(last.tooltip == "2026-12: 20 claims")
        #expect(svg.withClass("spark-label").map(\.text) == ["2026-10", "2026-12"])
    }

    @Test("A one-point sparkline is a single marked dot; a flat one is a level line")
    func sparklineEdges() throws {
        let one = try ChartXML.parse(
            SVGChart.sparkline(
                Sparkline(values: [5], labels: ["2026-12"], unit: .cents), title: "One", id: "one"))
        #expect(one.withClass("spark-line").isEmpty)
        #expect(one.withClass("last-point").count == 1)
        let flat = try ChartXML.parse(
            SVGChart.sparkline(
                Sparkline(values: [7, 7, 7], labels: ["a", "b", "c"], unit: .cents), title: "Flat", id: "flat"))
        #expect(flat.withClass("spark-line").first?.attributes["points"] == "6,19 100,19 194,19")
    }

    // MARK: - Random data

    /// Seeds from `REVCYCLE_SEED`, or a fixed list.
    static let seeds: [UInt64] =
        ProcessInfo.processInfo.environment["REVCYCLE_SEED"].flatMap { UInt64($0) }.map { [$0] }
        ?? [1, 7, 42, 2_026, 90_210, 31_337]

    @Test(
        "With random amounts (zeros, credits, billions), every aging part still measures its amount, parts touch, bars stay inside the axis, and each row's parts add up to its total to the cent",
        arguments: seeds)
    func randomAging(_ seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let rows = (0..<Int.random(in: 1...12, using: &random)).map { index in
            let amount = { () -> Money in
                switch Int.random(in: 0..<10, using: &random) {
                case 0: .zero
                case 1: Money(cents: -Int64.random(in: 1...500_000, using: &random))
                case 2: Money(cents: Int64.random(in: 1...9_000_000_000_000, using: &random))
                default: Money(cents: Int64.random(in: 1...200_000_000, using: &random))
                }
            }
            return AgingRow(
                name: "Payer \(index)", days0to30: amount(), days31to60: amount(), days61to90: amount(),
                days91to120: amount(), over120: amount())
        }
        let svg = try ChartXML.parse(SVGChart.aging(rows))
        let axis = try Self.axis(svg, coordinate: "x1")
        let gridXs = svg.all.filter { $0.attributes["data-tick"] != nil }.map { $0.number("x1") }
        let (left, right) = (gridXs.min() ?? 0, gridXs.max() ?? 0)
        for (index, row) in rows.enumerated() {
            let parts = Self.bars(svg).filter { $0.attributes["data-row"] == String(index) }
            #expect(parts.map(Self.cents).reduce(0, +) == row.total.cents, "seed \(seed), row \(index)")
            var positiveEnd = axis.zero
            var negativeEnd = axis.zero
            for part in parts {
                let cents = Self.cents(part)
                let (x, width) = (part.number("x"), part.number("width"))
                let expected = Double(cents.magnitude) * axis.perCent
                #expect(
                    abs(width - expected) <= max(Self.tolerance, expected * 1e-9), "seed \(seed): \(part.tooltip ?? "")"
                )
                if cents > 0 {
                    #expect(abs(x - positiveEnd) <= Self.tolerance, "seed \(seed): \(part.tooltip ?? "")")
                    positiveEnd = x + width
                } else {
                    #expect(abs(x + width - negativeEnd) <= Self.tolerance, "seed \(seed): \(part.tooltip ?? "")")
                    negativeEnd = x
                }
                #expect(
                    x >= left - Self.tolerance && x + width <= right + Self.tolerance, "seed \(seed): outside the axis")
            }
        }
    }

    @Test(
        "With random denials, the Pareto bars hold every cent denied and the cumulative share ends at exactly 100%",
        arguments: seeds)
    func randomPareto(_ seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let reasons = (0..<Int.random(in: 1...25, using: &random)).map { index in
            DenialReason(
                code: "CO-\(index)", words: "Reason \(index)",
                amount: Money(cents: Int64.random(in: 0...50_000_000, using: &random)),
                count: Int.random(in: 1...400, using: &random))
        }
        let bars = SVGChart.paretoBars(reasons)
        #expect(bars.map(\.amount.cents).reduce(0, +) == reasons.map(\.amount.cents).reduce(0, +), "seed \(seed)")
        #expect(bars.map(\.count).reduce(0, +) == reasons.map(\.count).reduce(0, +), "seed \(seed)")
        #expect(
            zip(bars, bars.dropFirst()).allSatisfy { $0.isOther || $1.isOther || $0.amount >= $1.amount },
            "seed \(seed)")
        let total = bars.map(\.amount.cents).reduce(0, +)
        let last: Int64? = bars.last?.cumulativeBasisPoints
        let expected: Int64 = total == 0 ? 0 : 10_000
        #expect(last == expected, "seed \(seed)")
        _ = try ChartXML.parse(SVGChart.denialPareto(reasons))
    }
}

