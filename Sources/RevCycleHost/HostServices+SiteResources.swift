public import Foundation
public import RevCycleCore
import RevCycleSandbox

/// The per-site resources a module reads through the host: price lists, the card gateway and the
/// X12 exchange folders. Module code never opens files on its own.
extension HostServices {
    /// The site's chargemaster, from the CSV its site file names.
    ///
    /// - Throws: `configuration` when the site names none; `malformedInput` naming each bad line.
    public func chargemaster() throws -> Chargemaster {
        guard let path = site.chargemasterPath else {
            throw RevCycleError(.configuration, "Site \(site.id) has no chargemaster, so services cannot be priced.",
                                at: SiteConfiguration.fileName(for: site.id),
                                remedy: "add `chargemaster: config/fees/<file>.csv` (code,description,service_type,revenue_code,price) to the site file")
        }
        return try Chargemaster(csv: try readText(path), file: path)
    }

    /// Replaces the site's chargemaster file with `text` once it reads without a problem, keeping the
    /// previous file beside it as `<name>.<timestamp>.bak`.
    ///
    /// - Returns: the new chargemaster, the one it replaced (if any), and the backup's path.
    /// - Throws: `malformedInput` listing every bad line (nothing is replaced); `configuration` when the
    ///   site file names no chargemaster.
    public func replaceChargemaster(with text: String, shownAs file: String) throws -> (new: Chargemaster, old: Chargemaster?, backup: String?) {
        guard let path = site.chargemasterPath else {
            throw RevCycleError(.configuration, "Site \(site.id) names no chargemaster file to import into.",
                                at: SiteConfiguration.fileName(for: site.id),
                                remedy: "add `chargemaster: config/fees/\(site.id)-chargemaster.csv` to the site file")
        }
        let new = try Chargemaster(csv: text, file: file)
        let url = host.resolve(path)
        let old = (try? readText(path)).flatMap { try? Chargemaster(csv: $0, file: path) }
        var backup: String?
        if FileManager.default.fileExists(atPath: url.path) {
            backup = path + "." + fileTimestamp + ".bak"
            try FileManager.default.copyItem(at: url, to: host.resolve(backup!))
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return (new, old, backup)
    }

    /// The payer's contracted rates, or nil when its settings name no fee schedule.
    public func feeSchedule(for payer: PayerCode) throws -> PayerFeeSchedule? {
        guard let path = try payerCatalog().settings(for: payer)?.feeSchedule else { return nil }
        return try PayerFeeSchedule(csv: try readText(path), file: path)
    }

    /// The card processor the site's `payment_gateway` names.
    public func paymentGateway() throws -> any PaymentGateway {
        try SandboxCardGateway(file: host.resolve("var/sandbox/\(site.id)/gateway.sqlite"), clock: clock, timeZone: site.timeZone)
    }

    /// Where the site's X12 files go out and come back (`var/exchange/<site>/outbox|inbox|processed`).
    public var exchange: ExchangeFolders {
        ExchangeFolders(root: host.resolve("var/exchange/\(site.id)"))
    }

    /// A text file named in a site or payer setting, relative to the RevCycle home.
    func readText(_ path: String) throws -> String {
        let url = host.resolve(path)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw RevCycleError(.configuration, "The file \(path) named in the site's settings does not exist or is not UTF-8 text.",
                                at: SiteConfiguration.fileName(for: site.id))
        }
        return text
    }
}

/// A site's exchange folders: the boundary where X12 files leave for a clearinghouse (or the
/// sandbox payer) and answers come back.
public struct ExchangeFolders: Sendable, Hashable {
    public let root: URL
    public var outbox: URL { root.appendingPathComponent("outbox", isDirectory: true) }
    public var inbox: URL { root.appendingPathComponent("inbox", isDirectory: true) }
    /// Inbox files already read, moved here so they are never read twice.
    public var processed: URL { root.appendingPathComponent("processed", isDirectory: true) }

    public init(root: URL) { self.root = root }

    /// Creates the folders when missing.
    public func prepare() throws {
        for folder in [outbox, inbox, processed] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }
}
