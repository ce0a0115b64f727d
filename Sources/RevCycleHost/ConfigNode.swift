import Foundation
import RevCycleCore
import Yams

/// A YAML node of a config file that remembers where it came from, so that every error names the
/// file, the line and the key.
///
/// Reading is strict: ``mapping(expecting:)`` refuses keys it was not told about, so a typo such
/// as `modles:` is an error rather than a silently ignored setting.
struct ConfigNode {
    let node: Node
    let file: String
    /// The dotted key path from the document root, such as `modules.billing`.
    let keyPath: String

    /// Parses `text` (the contents of `file`).
    static func parse(_ text: String, file: String) throws -> ConfigNode {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw RevCycleError(.configuration, "The file is empty; expected a mapping of settings.", at: "\(file):1")
            }
            return ConfigNode(node: root, file: file, keyPath: "")
        } catch let error as YamlError {
            throw RevCycleError(.configuration, "The file is not valid YAML: \(Self.problem(of: error)).",
                                at: "\(file):\(Self.line(of: error))", cause: "\(error)")
        }
    }

    static func load(_ url: URL, shownAs file: String) throws -> ConfigNode {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RevCycleError(.configuration, "The configuration file \(file) does not exist or cannot be read.",
                                remedy: "run `revcycle init` to create the default configuration")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RevCycleError(.configuration, "The file is not UTF-8 text.", at: file)
        }
        return try parse(text, file: file)
    }

    var line: Int { node.mark?.line ?? 1 }

    /// `config/sites/north.yaml:12 (modules.billing)`
    var location: String { "\(file):\(line)" + (keyPath.isEmpty ? "" : " (\(keyPath))") }

    func error(_ message: String) -> RevCycleError {
        RevCycleError(.configuration, message, at: location)
    }

    // MARK: - Shapes

    /// The entries of a mapping, in file order, refusing keys outside `allowed` (when given).
    func mapping(expecting allowed: [String]? = nil) throws -> [(key: String, value: ConfigNode)] {
        guard case .mapping(let mapping) = node else {
            throw error("Expected a mapping of keys to values here.")
        }
        var entries: [(String, ConfigNode)] = []
        var seen = Set<String>()
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                throw ConfigNode(node: keyNode, file: file, keyPath: keyPath).error("Keys must be plain names.")
            }
            let key = scalar.string
            let path = keyPath.isEmpty ? key : "\(keyPath).\(key)"
            let keyed = ConfigNode(node: keyNode, file: file, keyPath: path)
            if let allowed, !allowed.contains(key) {
                throw keyed.error("Unknown key \"\(key)\"; expected one of: \(allowed.joined(separator: ", ")).")
            }
            guard seen.insert(key).inserted else { throw keyed.error("The key \"\(key)\" appears twice.") }
            entries.append((key, ConfigNode(node: valueNode, file: file, keyPath: path)))
        }
        return entries
    }

    func sequence() throws -> [ConfigNode] {
        guard case .sequence(let sequence) = node else { throw error("Expected a list here (lines starting with '- ').") }
        return sequence.enumerated().map { index, item in
            ConfigNode(node: item, file: file, keyPath: "\(keyPath)[\(index)]")
        }
    }

    func string() throws -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else { throw error("Expected text here.") }
        return scalar.string
    }

    func integer(in range: ClosedRange<Int64>) throws -> Int64 {
        guard case .scalar(let scalar) = node, let value = Int64(scalar.string), range.contains(value) else {
            throw error("Expected a whole number from \(range.lowerBound) to \(range.upperBound); got \"\(scalarText)\".")
        }
        return value
    }

    func flag() throws -> Bool {
        switch scalarText.lowercased() {
        case "true", "yes", "on", "enabled": return true
        case "false", "no", "off", "disabled": return false
        default: throw error("Expected enabled or disabled (or true or false); got \"\(scalarText)\".")
        }
    }

    var scalarText: String {
        if case .scalar(let scalar) = node { return scalar.string }
        return ""
    }

    // MARK: - Yams errors

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        case .reader(let problem, _, _, _): problem
        default: "\(error)"
        }
    }
}
