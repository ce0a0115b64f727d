import Foundation
import RevCycleCore
import Testing

@testable import Analytics

/// The dashboard looked at as a manager would: rendered in headless Chromium by
/// `scripts/html-layout-check.sh`, which keeps a screenshot and fails on text that overlaps,
/// overflows, is clipped or cannot be seen, chart labels included. Serialized: each case starts a
/// Chromium, and the machine has two cores.
@Suite(.serialized)
struct DashboardLayoutTests {
    @Test(
        "The North Campus dashboard renders at 1280 px with its KPI values and chart titles visible, nothing overlapping or cut off, keeps its screenshot and prints on Letter landscape pages"
    )
    func realisticDashboard() throws {
        let folder = try DashboardLayoutCheck.artifactsFolder()
        let page = folder.appendingPathComponent("dashboard-north-campus.html")
        let png = folder.appendingPathComponent("dashboard-north-campus.png")
        let pdf = folder.appendingPathComponent("dashboard-north-campus.pdf")
        try DashboardHTML.render(DashboardFixtures.northCampus).write(to: page, atomically: true, encoding: .utf8)
        let expected = [
            "North Campus — St. Brigid Regional Medical Center", "42.3 days", "$8,412,377.19", "91.4%", "8.7%",
            "Open A/R by payer and age", "Denied amount by reason code (Pareto)", "Cash collected by month and source",
            "Medicare", "CO-197", "100%", "Dec", "$3,870,501.21", "Over 120 days", "Collection agency",
        ]
        let result = try DashboardLayoutCheck.run(page: page, png: png, width: 1280, expecting: expected, pdf: pdf)
        print("dashboard screenshot: \(png.path)")
        print("dashboard printed: \(pdf.path)")
        #expect(result.status == 0 && result.output.contains("layout ok"), "\(result.output)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(png.path) is not a PNG")
        #expect(bytes.count > 150_000, "a dashboard with four charts is far more than \(bytes.count) bytes of PNG")
        let pages = DashboardLayoutCheck.printedPages(result.output)
        #expect((2...5).contains(pages ?? 0), "printed on \(pages.map(String.init) ?? "no") pages:\n\(result.output)")
        let printed = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(printed.contains("/MediaBox [0 0 792 612]"), "the pages are not US Letter landscape (792 × 612 pt)")
    }

    @Test(
        "Awkward and empty dashboards render cleanly on a wide screen and on a Letter-width one",
        arguments: [("stress", 1280), ("stress", 816), ("empty", 1280), ("north-campus", 816)])
    func awkwardDashboards(_ name: String, _ width: Int) throws {
        let model =
            switch name {
            case "stress": DashboardFixtures.stress
            case "empty": DashboardFixtures.empty
            default: DashboardFixtures.northCampus
            }
        let folder = try DashboardLayoutCheck.artifactsFolder()
        let page = folder.appendingPathComponent("dashboard-\(name)-\(width).html")
        let png = folder.appendingPathComponent("dashboard-\(name)-\(width).png")
        try DashboardHTML.render(model).write(to: page, atomically: true, encoding: .utf8)
        let expected =
            [model.facilityName] + model.kpis.map(\.value)
            + (model.aging.isEmpty ? ["No data for this period"] : ["Open A/R by payer and age"])
        let result = try DashboardLayoutCheck.run(page: page, png: png, width: width, expecting: expected)
        print("dashboard screenshot (\(name), \(width) px): \(png.path)")
        #expect(result.status == 0 && result.output.contains("layout ok"), "\(name) at \(width) px:\n\(result.output)")
    }

    @Test("The layout check reads the charts' own text: chart labels enlarged until they collide are reported")
    func checkerSeesChartText() throws {
        let folder = try DashboardLayoutCheck.artifactsFolder().appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("dashboard-chart-labels-collide.html")
        let html = DashboardHTML.render(DashboardFixtures.northCampus)
            .replacingOccurrences(
                of: "</style>", with: ".card .tick-label, .card .category-label { font-size: 30px; }\n</style>")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let result = try DashboardLayoutCheck.run(
            page: page, png: folder.appendingPathComponent("dashboard-chart-labels-collide.png"), width: 1280,
            expecting: [])
        #expect(result.status == 1, "exit \(result.status)\n\(result.output)")
        #expect(result.output.contains("overlap:") && result.output.contains("tick-label"), "\(result.output)")
    }
}

/// Runs `scripts/html-layout-check.sh` from the repository this test file lives in.
enum DashboardLayoutCheck {
    static let script = "scripts/html-layout-check.sh"

    /// The repository root: the nearest folder above this file (symlinks resolved, so a scratch
    /// package that links to the tests finds the real repository) holding the check script.
    static func repositoryRoot() throws -> URL {
        var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(script).path) { return folder }
            folder.deleteLastPathComponent()
        }
        throw RevCycleError(.notFound, "No \(script) above \(#filePath).")
    }

    /// `.build/test-artifacts/analytics/` in the repository, created if missing; kept after the run.
    static func artifactsFolder() throws -> URL {
        let folder = try repositoryRoot().appendingPathComponent(".build/test-artifacts/analytics")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The script's exit status and its standard output and error together.
    static func run(page: URL, png: URL, width: Int, expecting expected: [String], pdf: URL? = nil) throws
        -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = try repositoryRoot().appendingPathComponent(script)
        process.arguments =
            [page.path, png.path, "--width", String(width)] + expected.flatMap { ["--expect", $0] }
            + (pdf.map { ["--pdf", $0.path] } ?? [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The page count from the script's `pdf: PATH (N pages)` line.
    static func printedPages(_ output: String) -> Int? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("pdf: ") }),
            let open = line.lastIndex(of: "(")
        else { return nil }
        return Int(line[line.index(after: open)...].prefix { $0.isNumber })
    }
}
