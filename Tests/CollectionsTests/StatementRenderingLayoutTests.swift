import Foundation
import RevCycleCore
import Testing
@testable import Collections

/// The HTML statement looked at as a person would: rendered in headless Chromium by
/// `scripts/html-layout-check.sh`, which keeps a screenshot and fails on text that overlaps,
/// overflows, is clipped or cannot be seen. Serialized: each case starts a Chromium, and the
/// machine has two cores.
@Suite(.serialized)
struct StatementRenderingLayoutTests {
    typealias Fixtures = StatementRenderingFixtures

    @Test("Every fixture's HTML statement renders with no overlapping, cut-off or invisible text, keeps its screenshot, and prints on the expected Letter pages",
          arguments: Fixtures.all + Fixtures.stress)
    func statementLayoutIsClean(_ fixture: Fixtures.Fixture) throws {
        let statement = fixture.statement
        let folder = try LayoutCheck.artifactsFolder()
        let page = folder.appendingPathComponent("\(fixture.name).html")
        let png = folder.appendingPathComponent("\(fixture.name).png")
        let pdf = folder.appendingPathComponent("\(fixture.name).pdf")
        try StatementHTML.render(statement).write(to: page, atomically: true, encoding: .utf8)
        var expected = [
            statement.guarantorName, statement.number, statement.amountDue.description,
            StatementWording.date(statement.dueDate), StatementWording.assistanceHeading,
        ]
        expected += statement.visits.map(\.patientBalance.description)
        if !statement.pendingInsurance.isZero { expected.append(StatementWording.pendingNotDue) }
        let result = try LayoutCheck.run(page: page, png: png, expecting: expected, pdf: pdf)
        print("statement screenshot (\(fixture.name)): \(png.path)")
        print("statement printed (\(fixture.name)): \(pdf.path)")
        #expect(result.status == 0 && result.output.contains("layout ok"), "\(fixture.name):\n\(result.output)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(png.path) is not a PNG")
        #expect(bytes.count > 50_000, "a full statement screenshot is far more than \(bytes.count) bytes")
        // One page more than expected means the first page overflowed and pushed the slip off its foot.
        #expect(result.output.contains("pdf: \(pdf.path) (\(fixture.printedPages) pages)"), "\(fixture.name):\n\(result.output)")
    }

    /// Pages broken on purpose, each with the kind of problem the check must name.
    static let brokenPages: [(name: String, kind: String, html: String, expect: [String])] = [
        ("two-lines-printed-over-each-other", "overlap:", """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font: 16px 'DejaVu Sans'">
            <p>Amount due $108.34</p><p style="position: absolute; top: 12px; left: 40px">Due date November 15, 2026</p>
            </body></html>
            """, []),
        ("figure-cut-off-by-its-box", "clipped:", """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font: 16px 'DejaVu Sans'">
            <div style="width: 60px; overflow: hidden; white-space: nowrap">Amount due $1,108.34</div>
            </body></html>
            """, []),
        ("figure-running-out-of-its-cell", "overflow:", """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font: 16px 'DejaVu Sans'">
            <div style="width: 60px; white-space: nowrap; border: 1px solid">Amount due $1,108.34</div>
            </body></html>
            """, []),
        ("pale-text-on-white", "hidden:", """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font: 16px 'DejaVu Sans'">
            <p style="color: #f4f4f4">Amount due $108.34</p></body></html>
            """, []),
        ("expected-figure-not-shown", "missing:", """
            <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font: 16px 'DejaVu Sans'">
            <p>Amount due</p><p style="display: none">$108.34</p></body></html>
            """, ["$108.34"]),
    ]

    @Test("The layout check fails, naming the problem, on pages broken on purpose", arguments: 0..<brokenPages.count)
    func checkerFailsOnBrokenPage(_ index: Int) throws {
        let broken = Self.brokenPages[index]
        let folder = try LayoutCheck.artifactsFolder().appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("\(broken.name).html")
        try broken.html.write(to: page, atomically: true, encoding: .utf8)
        let result = try LayoutCheck.run(
            page: page, png: folder.appendingPathComponent("\(broken.name).png"), expecting: broken.expect)
        #expect(result.status == 1, "\(broken.name): exit \(result.status)\n\(result.output)")
        #expect(result.output.contains(broken.kind), "\(broken.name) should report \(broken.kind):\n\(result.output)")
        #expect(!result.output.contains("layout ok"))
    }

    /// Style rules that each break the real statement page in one way a patient would notice.
    static let statementBreakages: [(name: String, kind: String, css: String)] = [
        ("amount-due-pulled-over-its-label", "overlap:", ".amount-due { margin-top: -1.1em; }"),
        ("visit-figures-squeezed-and-clipped", "clipped:", ".figures td.num { display: block; max-width: 0.4in; overflow: hidden; }"),
        ("due-date-in-the-box-colour", "hidden:", ".due-date strong { color: #eef3f9; }"),
        ("slip-drawn-over-the-help-text", "overlap:", ".slip { margin-top: -1.4in; }"),
    ]

    @Test("The layout check catches a real statement page broken by one style rule", arguments: 0..<statementBreakages.count)
    func checkerFailsOnBrokenStatement(_ index: Int) throws {
        let breakage = Self.statementBreakages[index]
        let folder = try LayoutCheck.artifactsFolder().appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("statement-\(breakage.name).html")
        let html = StatementHTML.render(Fixtures.threeVisitsWithPlan)
            .replacingOccurrences(of: "</style>", with: "\(breakage.css)\n</style>")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let result = try LayoutCheck.run(
            page: page, png: folder.appendingPathComponent("statement-\(breakage.name).png"), expecting: [])
        #expect(result.status == 1, "\(breakage.name): exit \(result.status)\n\(result.output)")
        #expect(result.output.contains(breakage.kind), "\(breakage.name) should report \(breakage.kind):\n\(result.output)")
    }
}

/// Runs `scripts/html-layout-check.sh` from the repository this test file lives in.
enum LayoutCheck {
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

    static let script = "scripts/html-layout-check.sh"

    /// `.build/test-artifacts/statements/` in the repository, created if missing; kept after the run.
    static func artifactsFolder() throws -> URL {
        let folder = try repositoryRoot().appendingPathComponent(".build/test-artifacts/statements")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The script's exit status and its standard output and error together.
    static func run(page: URL, png: URL, expecting expected: [String], pdf: URL? = nil) throws
        -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = try repositoryRoot().appendingPathComponent(script)
        process.arguments = [page.path, png.path] + expected.flatMap { ["--expect", $0] } + (pdf.map { ["--pdf", $0.path] } ?? [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
