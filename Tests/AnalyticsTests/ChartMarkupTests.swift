import RevCycleCore
import Testing

@testable import Analytics

/// The charts as documents: well-formed SVG for every kind of data, accessible, self-contained,
/// honest about having nothing to show, and safe with any label.
struct ChartMarkupTests {
    static let hostile = #"O'Brien <Jr> & "Sons" </svg><script>alert(1)</script>"#
    static let longName = "UnitedHealthcare Community Plan of Northern Illinois — Medicaid Managed Care (HealthChoice)"

    /// The kinds of data every chart must draw.
    enum DataCase: String, CaseIterable, Sendable {
        case realistic, empty, onePoint, zeros, billions, longLabels, hostileLabels
    }

    static func money(_ text: String) -> Money { DashboardFixtures.money(text) }

    static func agingRows(_ data: DataCase) -> [AgingRow] {
        switch data {
        case .realistic: DashboardFixtures.aging
        case .empty: []
        case .onePoint: [DashboardFixtures.row("Medicare", "1204.07", "0", "0", "0", "0")]
        case .zeros:
            [
                DashboardFixtures.row("Medicare", "0", "0", "0", "0", "0"),
                DashboardFixtures.row("Aetna", "0", "0", "0", "0", "0"),
            ]
        case .billions: [DashboardFixtures.row("Medicare", "90000000000", "45000000000.01", "1", "0", "12000000000")]
        case .longLabels: [DashboardFixtures.row(longName, "120.00", "80.00", "0", "0", "10.00")]
        case .hostileLabels: [DashboardFixtures.row(hostile, "120.00", "80.00", "0", "0", "10.00")]
        }
    }

    static func denials(_ data: DataCase) -> [DenialReason] {
        switch data {
        case .realistic: DashboardFixtures.denials
        case .empty: []
        case .onePoint: [DenialReason(code: "CO-197", words: "No authorization", amount: money("880.10"), count: 2)]
        case .zeros: [DenialReason(code: "CO-197", words: "No authorization", amount: .zero, count: 2)]
        case .billions:
            [
                DenialReason(code: "CO-197", words: "No authorization", amount: money("75000000000"), count: 9_000_000),
                DenialReason(code: "CO-16", words: "Missing information", amount: money("0.01"), count: 1),
            ]
        case .longLabels:
            [DenialReason(code: "CO-16/N290/M127/MA130", words: longName, amount: money("10.00"), count: 1)]
        case .hostileLabels: [DenialReason(code: hostile, words: hostile, amount: money("10.00"), count: 1)]
        }
    }

    static func cash(_ data: DataCase) -> [CashMonth] {
        let month = { (label: String, amount: Money) in
            CashMonth(
                month: label, insurance: amount, patient: amount, pointOfService: amount, plans: amount, agency: amount)
        }
        return switch data {
        case .realistic: DashboardFixtures.cash
        case .empty: []
        case .onePoint: [month("2026-12", money("100.00"))]
        case .zeros: [month("2026-11", .zero), month("2026-12", .zero)]
        case .billions:
            (1...24).map {
                month("20\(25 + ($0 - 1) / 12)-\(String(format2: ($0 - 1) % 12 + 1))", money("30000000000"))
            }
        case .longLabels: [month(longName, money("100.00")), month("Fiscal year 2027, period 02", money("1.00"))]
        case .hostileLabels: [month(hostile, money("100.00"))]
        }
    }

    static func sparkline(_ data: DataCase) -> Sparkline {
        switch data {
        case .realistic: DashboardFixtures.kpis[0].trend!
        case .empty: Sparkline(values: [], labels: [], unit: .cents)
        case .onePoint: Sparkline(values: [42], labels: ["2026-12"], unit: .cents)
        case .zeros: Sparkline(values: [0, 0, 0], labels: ["2026-10", "2026-11", "2026-12"], unit: .basisPoints)
        case .billions:
            Sparkline(
                values: [Int64.max, Int64.min, 9_000_000_000_000], labels: ["a", "b", "c"],
                unit: .decimal(places: 0, suffix: ""))
        case .longLabels: Sparkline(values: [1, 2], labels: [longName, longName], unit: .cents)
        case .hostileLabels: Sparkline(values: [1, 2], labels: [hostile, hostile], unit: .cents)
        }
    }

    static func charts(_ data: DataCase) -> [(name: String, svg: String)] {
        [
            ("aging", SVGChart.aging(agingRows(data), id: "aging-\(data)")),
            ("pareto", SVGChart.denialPareto(denials(data), id: "pareto-\(data)")),
            ("cash", SVGChart.cashTrend(cash(data), id: "cash-\(data)")),
            ("sparkline", SVGChart.sparkline(sparkline(data), title: "Trend", id: "spark-\(data)")),
        ]
    }

    @Test(
        "Every chart is well-formed, accessible SVG with a viewBox, a title and a description, and no script, link or number that is not a number",
        arguments: DataCase.allCases)
    func wellFormed(_ data: DataCase) throws {
        for chart in Self.charts(data) {
            let svg = try ChartXML.parse(chart.svg)
            #expect(svg.name == "svg", "\(chart.name)/\(data)")
            #expect(svg.attributes["role"] == "img")
            #expect(svg.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
            let id = svg.attributes["id"] ?? ""
            #expect(svg.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
            #expect(svg.children.first { $0.name == "title" }?.attributes["id"] == "\(id)-title")
            #expect(
                !(svg.children.first { $0.name == "desc" }?.text.isEmpty ?? true),
                "\(chart.name)/\(data) has no description")
            #expect(svg.descendants("script").isEmpty && svg.descendants("foreignObject").isEmpty)
            #expect(
                !svg.all.contains {
                    $0.attributes.keys.contains { $0 == "href" || $0 == "xlink:href" || $0.hasPrefix("on") }
                },
                "\(chart.name)/\(data) links out or handles events")
            for text in ["nan", "inf", "NaN"] {
                #expect(
                    !chart.svg.contains("\"\(text)") && !chart.svg.contains(" \(text) "),
                    "\(chart.name)/\(data): \(text)")
            }
            #expect(!chart.svg.contains("url("), "\(chart.name)/\(data) refers to an outside resource")
        }
    }

    @Test("Charts with no data draw their frame and say \"No data for this period\", with no bars or lines")
    func emptyCharts() throws {
        for chart in Self.charts(.empty) {
            let svg = try ChartXML.parse(chart.svg)
            #expect(svg.withClass("empty-message").map(\.text) == ["No data for this period"], "\(chart.name)")
            #expect(svg.withClass("bar").isEmpty && svg.descendants("polyline").isEmpty, "\(chart.name)")
            if chart.name != "sparkline" {
                #expect(
                    svg.withClass("chart-frame").count == 1 && svg.withClass("empty-plot").count == 1, "\(chart.name)")
                #expect(!svg.withClass("chart-title").isEmpty, "\(chart.name) keeps its title")
            }
        }
    }

    @Test("All-zero data draws the axes and labels with zero-length bars rather than the empty message")
    func zeroCharts() throws {
        for chart in Self.charts(.zeros) where chart.name != "sparkline" {
            let svg = try ChartXML.parse(chart.svg)
            #expect(svg.withClass("empty-message").isEmpty, "\(chart.name)")
            #expect(svg.withClass("bar").isEmpty, "\(chart.name)")
            #expect(svg.withClass("tick-label").map(\.text).contains("$0"), "\(chart.name)")
        }
    }

    @Test("Labels with < & > \" ' come back from the parser exactly as written, and never open an element")
    func hostileLabels() throws {
        for chart in Self.charts(.hostileLabels) {
            let svg = try ChartXML.parse(chart.svg)
            #expect(svg.descendants("script").isEmpty, "\(chart.name)")
            #expect(svg.all.filter { $0.name == "svg" }.count == 1, "\(chart.name)")
            let texts = svg.all.map(\.text)
            #expect(
                texts.contains { $0.contains(Self.hostile) }, "\(chart.name): the label is not shown whole anywhere")
        }
        let aging = try ChartXML.parse(Self.charts(.hostileLabels)[0].svg)
        let label = try #require(aging.withClass("row-label").first)
        #expect(label.tooltip == Self.hostile && label.text.hasSuffix("…"))
    }

    @Test("A label too long for its place is cut with an ellipsis and keeps its full text as a tooltip")
    func longLabels() throws {
        let aging = try ChartXML.parse(SVGChart.aging(Self.agingRows(.longLabels)))
        let row = try #require(aging.withClass("row-label").first)
        #expect(row.text.hasSuffix("…") && Self.longName.hasPrefix(String(row.text.dropLast())))
        #expect(row.tooltip == Self.longName)
        let pareto = try ChartXML.parse(SVGChart.denialPareto(Self.denials(.longLabels)))
        let code = try #require(pareto.withClass("category-label").first)
        #expect(code.text.count < "CO-16/N290/M127/MA130".count || code.text == "CO-16/N290/M127/MA130")
        #expect(code.tooltip?.hasPrefix("CO-16/N290/M127/MA130") == true)
        let cash = try ChartXML.parse(SVGChart.cashTrend(Self.cash(.longLabels)))
        #expect(cash.withClass("category-label").contains { $0.tooltip == Self.longName })
    }

    @Test("Billions are labelled in $B on the axis while tooltips keep every cent")
    func billions() throws {
        let svg = try ChartXML.parse(SVGChart.aging(Self.agingRows(.billions)))
        let ticks = svg.withClass("tick-label").map(\.text)
        #expect(ticks.contains { $0.hasSuffix("B") }, "\(ticks)")
        #expect(svg.withClass("bar").contains { $0.tooltip?.contains("$45,000,000,000.01") == true })
        #expect(svg.withClass("bar-total").first?.tooltip == "Medicare: $147,000,000,001.01 open")
    }

    @Test("Twenty-four months are labelled every other month, latest included, with each year named once")
    func crowdedMonths() throws {
        let svg = try ChartXML.parse(SVGChart.cashTrend(Self.cash(.billions)))
        let labels = svg.withClass("category-label").filter { !($0.attributes["class"] ?? "").contains("year") }.map(
            \.text)
        let years = svg.withClass("year-label").map(\.text)
        #expect(labels.count < 24 && labels.last == "Dec", "\(labels)")
        #expect(years == ["2025", "2026"], "\(years)")
    }
}

extension String {
    /// Two digits, zero-padded: `7` → `"07"`.
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
