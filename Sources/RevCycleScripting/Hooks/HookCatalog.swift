import RevCycleCore

/// The hooks and events declared by the enabled modules, by name.
///
/// Build it once, when the registry is frozen; a duplicate name or a default that does not fit
/// its own result shape is a thrown error.
///
/// ```swift
/// let catalog = try HookCatalog([scrub, denied])
/// catalog["billing.claim.scrub"]?.kind   // .policy
/// ```
public struct HookCatalog: Sendable, Hashable {
    private var byName: [String: HookDeclaration]

    /// - Throws: ``RevCycleCore/RevCycleError`` (`.configuration`) for a duplicate name, an empty
    ///   or badly formed name, or a policy default that its result shape refuses.
    public init(_ declarations: [HookDeclaration]) throws {
        byName = [:]
        for declaration in declarations {
            let name = declaration.name
            guard Self.isValidName(name) else {
                throw RevCycleError(
                    .configuration, "Hook name '\(name)' is not lowercase words joined by dots (billing.claim.scrub).")
            }
            guard byName[name] == nil else {
                throw RevCycleError(.configuration, "Hook '\(name)' is declared twice.")
            }
            if declaration.kind == .policy {
                let violations = declaration.result.validate(declaration.defaultResult, path: "default")
                guard violations.isEmpty else {
                    throw RevCycleError(
                        .configuration,
                        "The default of hook '\(name)' does not fit its result shape: "
                            + violations.map(\.description).joined(separator: "; "))
                }
            }
            byName[name] = declaration
        }
    }

    /// An empty catalog.
    public static let empty = try! HookCatalog([])

    /// The declaration named `name`.
    public subscript(name: String) -> HookDeclaration? { byName[name] }

    /// All declarations, sorted by name.
    public var declarations: [HookDeclaration] { byName.values.sorted { $0.name < $1.name } }

    /// The policy hooks, sorted by name.
    public var policies: [HookDeclaration] { declarations.filter { $0.kind == .policy } }

    /// The events, sorted by name.
    public var events: [HookDeclaration] { declarations.filter { $0.kind == .event } }

    /// The declared names closest to `name` (for "did you mean" in messages).
    func suggestions(for name: String, kind: HookDeclaration.Kind) -> [String] {
        let candidates = byName.values.filter { $0.kind == kind }.map(\.name)
        let scored = candidates.map { ($0, Self.distance($0, name)) }.filter { $0.1 <= max(3, name.count / 4) }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
    }

    private static func isValidName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" || $0 == "-" }
            }
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
