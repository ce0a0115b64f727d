public import RevCycleCore

/// A site's payers: those in its site file, with those a module supplies (the access module's CSV
/// import) merged over them: a supplied code replaces the file's entry of the same code. Every
/// module that bills or looks up a payer reads this, so an imported payer can be billed at once.
public struct PayerCatalog: Sendable {
    /// Where a payer's settings come from.
    public enum Source: String, Sendable {
        case config
        case imported
    }

    public var payers: [PayerCode: (settings: PayerSettings, source: Source)]

    public init(site: SiteConfiguration, imported: [PayerCode: PayerSettings]) throws {
        payers = [:]
        for (code, settings) in site.payers { payers[try PayerCode(code)] = (settings, .config) }
        for (code, settings) in imported { payers[code] = (settings, .imported) }
    }

    /// The settings of `payer`, or nil when the site does not bill it.
    public func settings(for payer: PayerCode) -> PayerSettings? { payers[payer]?.settings }

    /// The payer with `text` as code.
    ///
    /// - Throws: `invalidInput` for a malformed code, `notFound` naming the site's payers.
    public func payer(_ text: String, site: String) throws -> PayerCode {
        let code = try PayerCode(text)
        guard payers[code] != nil else {
            throw RevCycleError(.notFound,
                                "Payer \(code) is not configured for site \(site); its payers are \(payers.keys.sorted().map(\.rawValue).joined(separator: ", ")).",
                                at: "--payer",
                                remedy: "revcycle access payers list --site \(site), or add it under payers: in \(SiteConfiguration.fileName(for: site))")
        }
        return code
    }
}
