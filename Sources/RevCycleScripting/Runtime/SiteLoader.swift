import Foundation

/// Builds a site's Lua state from its folders.
enum SiteLoader {
    /// Loads every policy file of the folders into a new state.
    ///
    /// - Returns: The state and the failures of the files that did not load (the others stay
    ///   loaded, so the checker can report every broken file at once).
    /// - Throws: When a folder or file cannot be read, or the state cannot be made.
    static func load(
        site: String, folders: [URL], catalog: HookCatalog, host: any ScriptHostAPI, limits: ScriptLimits,
        withTestAPI: Bool = false
    ) throws -> (LuaSite, [ScriptFailure]) {
        let sources = try ScriptSource.discover(in: folders, tests: false)
        let state = try LuaSite(site: site, catalog: catalog, host: host, limits: limits, withTestAPI: withTestAPI)
        let failures = sources.compactMap { state.load($0) }
        return (state, failures)
    }
}
