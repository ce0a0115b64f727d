public import Foundation
import RevCycleCore
import Yams

/// Switches a module on or off in a site's YAML file, keeping the admin's comments and layout:
/// only the one value changes (or one line is added under `modules:`).
public struct SiteModuleSwitch {
    public let home: URL
    public let registry: PluginRegistry

    public init(home: URL, registry: PluginRegistry) {
        self.home = home
        self.registry = registry
    }

    /// Turns `module` on or off for `site`, refusing a change that would leave an enabled module
    /// without a dependency. Returns false when the module was already in that state.
    @discardableResult
    public func set(_ module: String, enabled: Bool, site: String) throws -> Bool {
        guard let declared = registry.module(module) else {
            throw RevCycleError(.notFound, "There is no module \"\(module)\"; modules are \(registry.moduleIDs.joined(separator: ", ")).",
                                remedy: "revcycle modules list --site \(site)")
        }
        let current = try SiteConfiguration.load(site: site, home: home, registry: registry)
        if current.isEnabled(module) == enabled { return false }
        if enabled {
            let missing = declared.dependencies.filter { !current.isEnabled($0) }
            if !missing.isEmpty {
                throw RevCycleError(
                    .conflict,
                    "Module \(module) needs \(missing.joined(separator: " and ")), which \(missing.count == 1 ? "is" : "are") off for site \(site); nothing was changed.",
                    remedy: missing.map { "revcycle modules enable \($0) --site \(site)" }.joined(separator: ", then "))
            }
        } else {
            let dependents = registry.dependents(of: module).filter { current.isEnabled($0) }
            if !dependents.isEmpty {
                throw RevCycleError(
                    .conflict,
                    "Module \(module) is needed by \(dependents.joined(separator: " and ")), which \(dependents.count == 1 ? "is" : "are") on for site \(site); nothing was changed.",
                    remedy: dependents.map { "revcycle modules disable \($0) --site \(site)" }.joined(separator: ", then "))
            }
        }
        let file = SiteConfiguration.fileName(for: site)
        let url = home.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = try Self.edit(text, file: file, module: module, value: enabled ? "enabled" : "disabled")
        // Re-read the result before writing it, so a bad edit never reaches the file.
        _ = try ConfigNode.parse(edited, file: file)
        try edited.write(to: url, atomically: true, encoding: .utf8)
        return true
    }

    static func edit(_ text: String, file: String, module: String, value: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let root = try ConfigNode.parse(text, file: file)
        guard let modules = try root.mapping().first(where: { $0.key == "modules" })?.value else {
            if lines.last == "" { lines.removeLast() }
            return (lines + ["modules:", "  \(module): \(value)", ""]).joined(separator: "\n")
        }
        let entries = try modules.mapping()
        if let entry = entries.first(where: { $0.key == module })?.value, let mark = entry.node.mark {
            var line = Array(lines[mark.line - 1])
            let start = mark.column - 1
            var end = start
            while end < line.count, !line[end].isWhitespace, line[end] != "#" { end += 1 }
            line.replaceSubrange(start..<end, with: Array(value))
            lines[mark.line - 1] = String(line)
            return lines.joined(separator: "\n")
        }
        guard let last = entries.last, let mark = last.value.node.mark else {
            throw modules.error("`modules:` must be a block mapping (one `module: enabled` per line) to be edited.")
        }
        let indent = String(repeating: " ", count: max(2, (entries.last.flatMap { _ in
            lines[mark.line - 1].prefix { $0 == " " }.count }) ?? 2))
        lines.insert("\(indent)\(module): \(value)", at: mark.line)
        return lines.joined(separator: "\n")
    }
}
