import Foundation
import RevCycleCore

/// One Lua file of a site, read as text.
struct ScriptSource: Sendable, Hashable {
    /// Where the file is.
    var url: URL
    /// How messages name it: the folder's last component and the file (`north/billing.lua`).
    var displayName: String
    var text: String

    /// Lua's chunk name: "@" makes Lua print the name as is in messages and tracebacks.
    var chunkName: String { "@" + displayName }

    /// The `*.lua` files of each folder in folder order, sorted by name within a folder.
    ///
    /// - Parameter tests: `false` for policy files (`*_test.lua` left out), `true` for the
    ///   `*_test.lua` files only.
    /// - Throws: ``RevCycleCore/RevCycleError`` (`.notFound`) for a missing folder, `.malformedInput`
    ///   for a file that is not UTF-8 text.
    static func discover(in folders: [URL], tests: Bool) throws -> [ScriptSource] {
        var sources: [ScriptSource] = []
        for folder in folders {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            } catch {
                throw RevCycleError(
                    .notFound, "The script folder \(folder.path) cannot be read.", at: folder.path,
                    cause: String(describing: error))
            }
            let wanted = names.filter { name in
                name.hasSuffix(".lua") && name.hasSuffix("_test.lua") == tests
            }
            for name in wanted.sorted() {
                sources.append(try read(folder.appendingPathComponent(name), folder: folder))
            }
        }
        return sources
    }

    /// Reads one file; its display name uses its folder's last component.
    static func read(_ url: URL, folder: URL? = nil) throws -> ScriptSource {
        let folderName = (folder ?? url.deletingLastPathComponent()).lastPathComponent
        let displayName = folderName.isEmpty ? url.lastPathComponent : "\(folderName)/\(url.lastPathComponent)"
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RevCycleError(.notFound, "The script \(url.path) cannot be read.", at: url.path, cause: String(describing: error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RevCycleError(.malformedInput, "The script \(displayName) is not UTF-8 text.", at: url.path)
        }
        return ScriptSource(url: url, displayName: displayName, text: text)
    }
}
