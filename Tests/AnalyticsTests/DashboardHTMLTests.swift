import Foundation
import RevCycleCore
import Testing

@testable import Analytics

/// The dashboard page as a document: self-contained, well-formed, every figure present and every
/// piece of data escaped.
struct DashboardHTMLTests {
    static let hostile = ChartMarkupTests.hostile

    /// Every text field of the model set to `text`, so an unescaped one would show.
    static func hostileModel(_ text: String) -> DashboardModel {
        DashboardModel(
            facilityName: text, periodText: text, generatedOnText: text,
            kpis: [
                KPITile(
                    name: text, value: text, formula: text, status: .concern,
                    trend: Sparkline(values: [1, 2], labels: [text, text], unit: .cents))
            ],
            aging: [DashboardFixtures.row(text, "1.00", "2.00", "3.00", "4.00", "5.00")],
            denials: [DenialReason(code: text, words: text, amount: DashboardFixtures.money("9.99"), count: 1)],
            cashTrend: [
                CashMonth(
                    month: text, insurance: .zero, patient: .zero, pointOfService: .zero, plans: .zero,
                    agency: DashboardFixtures.money("0.01"))
            ],
            notes: [text])
    }

    @Test(
        "The page is one well-formed document with inline CSS and SVG only: no script, link, image, font or outside address"
    )
    func selfContained() throws {
        let html = DashboardHTML.render(DashboardFixtures.northCampus)
        let page = try ChartXML.parse(html)
        #expect(page.name == "html")
        for name in ["script", "link", "img", "iframe", "object", "embed", "foreignObject"] {
            #expect(page.descendants(name).isEmpty, "the page has a <\(name)>")
        }
        #expect(
            !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"),
            "only the SVG namespace")
        #expect(!html.contains("@import") && !html.contains("@font-face") && !html.contains("url("))
        #expect(page.descendants("style").count == 1)
        #expect(html.contains("@page { size: letter landscape;"))
        #expect(page.descendants("svg").count == 3 + DashboardFixtures.kpis.filter { $0.trend != nil }.count)
        let ids = page.all.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids repeat: \(ids)")
    }

    @Test("Every KPI shows its name, value, formula and status word, and the tables carry the totals to the cent")
    func figuresPresent() throws {
        let model = DashboardFixtures.northCampus
        let page = try ChartXML.parse(DashboardHTML.render(model))
        let tiles = page.withClass("kpi")
        #expect(tiles.count == model.kpis.count)
        for (tile, kpi) in zip(tiles, model.kpis) {
            #expect(tile.descendants("h3").first?.text == kpi.name)
            #expect(tile.withClass("kpi-value").first?.text == kpi.value)
            #expect(tile.withClass("kpi-formula").first?.text == kpi.formula)
            #expect(tile.withClass("status").first?.text == kpi.status?.word)
        }
        let figure = { (name: String) in page.all.first { $0.attributes["data-figure"] == name }?.text }
        #expect(figure("aging-total") == "$3,870,501.21")
        #expect(figure("cash-total") == "$30,753,338.64")
        #expect(figure("denials-total") == "$836,373.88")
        #expect(figure("period") == model.periodText)
        let agingTotal = model.aging.reduce(Money.zero) { $0 + $1.total }
        #expect(agingTotal.description == "$3,870,501.21")
        #expect(page.withClass("notes").first?.descendants("li").map(\.text) == model.notes)
    }

    @Test("Text with < & > \" ' in any field of the model comes back exactly as written and never becomes markup")
    func escaping() throws {
        let html = DashboardHTML.render(Self.hostileModel(Self.hostile))
        let page = try ChartXML.parse(html)
        #expect(page.descendants("script").isEmpty)
        #expect(!html.contains("<script") && !html.contains("<Jr>"))
        #expect(page.descendants("h1").first?.text == Self.hostile)
        #expect(page.withClass("kpi-value").first?.text == Self.hostile)
        #expect(page.withClass("kpi-formula").first?.text == Self.hostile)
        #expect(page.descendants("title").first?.text.contains(Self.hostile) == true)
        #expect(page.withClass("notes").first?.descendants("li").first?.text == Self.hostile)
        #expect(
            page.all.filter { $0.name == "td" && $0.text == Self.hostile }.count == 4,
            "denial code, reason, payer, month")
    }

    @Test("An empty period renders every section, with the charts' empty frames and the tables saying there is nothing")
    func emptyModel() throws {
        let model = DashboardModel(
            facilityName: "South Clinic", periodText: "January 2027", generatedOnText: "2027-02-01",
            kpis: [], aging: [], denials: [], cashTrend: [], notes: [])
        let page = try ChartXML.parse(DashboardHTML.render(model))
        #expect(page.withClass("empty-message").count == 3)
        let texts = page.all.map(\.text)
        for sentence in [
            "No indicators for this period.", "No denials in this period.", "No open balances.",
            "No cash in this period.",
        ] {
            #expect(texts.contains(sentence), "missing \(sentence)")
        }
        #expect(page.withClass("notes").isEmpty)
    }

    @Test(
        "Long KPI values get a smaller size so they stay on one line",
        arguments: [("8.7%", ""), ("42.3 days", ""), ("$8,412,377.19", " long"), ("$14,903,220.45", " longer")])
    func valueSizes(_ value: String, _ sizeClass: String) {
        #expect(DashboardHTML.valueSizeClass(value) == sizeClass)
    }
}
