import CLua
public import Foundation
import LuaShim
import RevCycleCore

/// `revcycle scripts run --site S FILE.lua`: runs a file in the site's sandbox.
///
/// The site's scripts load first (so the file sees what they define), then the file runs with
/// the tooling capabilities (log, now, lookups; no tasks) under the usual limits. Its first
/// return value comes back as a ``ScriptValue`` (nil → `.null`).
///
/// ```swift
/// let value = try ScriptRunner.run(file: url, site: "north", folders: folders, catalog: catalog, host: host)
/// print(value.jsonString(pretty: true))
/// ```
public enum ScriptRunner {
    /// - Throws: ``RevCycleCore/RevCycleError`` (`.script`) with the file, line and message when a
    ///   site script or the file fails, or when the value cannot leave Lua.
    public static func run(
        file: URL, site: String, folders: [URL], catalog: HookCatalog, host: any ScriptHostAPI,
        limits: ScriptLimits = .standard
    ) throws -> ScriptValue {
        let (state, failures) = try SiteLoader.load(
            site: site, folders: folders, catalog: catalog, host: host, limits: limits)
        if let failure = failures.first { throw failure.error }
        let source = try ScriptSource.read(file)
        state.chunkNames.append(source.displayName)
        guard let L = state.state else { return .null }
        var text = source.text
        let status = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { rc_load(L, $0.baseAddress, $0.count, source.chunkName) }
        }
        if status != LUA_OK {
            throw state.makeFailure(status: status, hook: nil, fallback: (source.displayName, 0)).error
        }
        let (value, failure) = state.run(context: .tooling, arguments: 0, results: 1, fallback: (source.displayName, 0))
        if let failure { throw failure.error }
        return value ?? .null
    }
}
