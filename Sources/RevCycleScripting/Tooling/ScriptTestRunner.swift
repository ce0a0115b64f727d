import CLua
public import Foundation
import LuaShim

/// `revcycle scripts test`: runs a site's `*_test.lua` files in the site's sandbox.
///
/// Each test file gets a fresh state with the site's scripts loaded (all folders, in order, as
/// in production) and the assertion library of ``TestLibrary``; then each `test(name, fn)` runs
/// under the usual limits. Sample payloads come from the hook catalog.
///
/// ```swift
/// let report = ScriptTestRunner.run(site: "north", folders: [defaultFolder, northFolder], catalog: catalog)
/// report.results.forEach { print($0) }
/// ```
public enum ScriptTestRunner {
    /// Runs the tests.
    ///
    /// - Parameters:
    ///   - testFolders: Where the `*_test.lua` files are; by default the last folder only (the
    ///     site's own), since a default policy's tests do not hold where a site overrides it.
    ///   - host: The host API during tests; by default a dry run.
    public static func run(
        site: String, folders: [URL], catalog: HookCatalog, testFolders: [URL]? = nil,
        host: (any ScriptHostAPI)? = nil, limits: ScriptLimits = .standard
    ) -> ScriptTestReport {
        let host = host ?? DryRunHostAPI()
        let testFiles: [ScriptSource]
        do {
            testFiles = try ScriptSource.discover(in: testFolders ?? Array(folders.suffix(1)), tests: true)
        } catch {
            let failure = ScriptFailure(
                site: site, hook: nil, file: nil, line: nil, message: String(describing: error), traceback: "", kind: .load)
            return ScriptTestReport(site: site, results: [], loadFailures: [failure], files: [])
        }
        var results: [ScriptTestReport.Result] = []
        var loadFailures: [ScriptFailure] = []
        for file in testFiles {
            do {
                let (fileResults, failures) = try run(
                    file, site: site, folders: folders, catalog: catalog, host: host, limits: limits)
                results += fileResults
                loadFailures += failures
            } catch {
                loadFailures.append(
                    ScriptFailure(
                        site: site, hook: nil, file: file.displayName, line: nil, message: String(describing: error),
                        traceback: "", kind: .load))
            }
        }
        return ScriptTestReport(site: site, results: results, loadFailures: loadFailures, files: testFiles.map(\.displayName))
    }

    private static func run(
        _ file: ScriptSource, site: String, folders: [URL], catalog: HookCatalog, host: any ScriptHostAPI,
        limits: ScriptLimits
    ) throws -> ([ScriptTestReport.Result], [ScriptFailure]) {
        let (state, failures) = try SiteLoader.load(
            site: site, folders: folders, catalog: catalog, host: host, limits: limits, withTestAPI: true)
        guard failures.isEmpty, let L = state.state else { return ([], failures) }

        // The assertion library gets the raw revcycle.test table to add call_policy to.
        var library = TestLibrary.source
        let status = library.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { rc_load(L, $0.baseAddress, $0.count, TestLibrary.chunkName) }
        }
        guard status == LUA_OK else { return ([], [state.makeFailure(status: status, hook: nil, fallback: nil)]) }
        rc_push_test_table(L)
        if let failure = state.run(context: .loading, arguments: 1, fallback: nil).failure { return ([], [failure]) }

        if let failure = state.load(file) { return ([], [failure]) }
        var results: [ScriptTestReport.Result] = []
        for test in state.tests {
            rc_push_ref(L, test.ref)
            let (_, failure) = state.run(context: .tooling, arguments: 0, fallback: (test.file, test.line))
            results.append(.init(file: test.file, name: test.name, line: test.line, passed: failure == nil, failure: failure))
        }
        return (results, [])
    }
}
