public import Foundation
import RevCycleCore
public import RevCycleSandbox
import RevCycleStore
public import X12

/// The site's side of the X12 exchange: control numbers that never repeat, the envelope ids, and —
/// when the site's `clearinghouse` is `sandbox` — a pass of the sandbox payer over the outbox.
extension HostServices {
    /// The site's sender id on ISA06/GS02: `RC` and the site id, upper case, at most 15 characters.
    public var x12SenderID: String { String(("RC" + site.id.uppercased().replacingOccurrences(of: "-", with: "")).prefix(15)) }

    /// Control numbers for `interchanges` interchanges (one group each) and `transactionSets` sets,
    /// reserved in the database so none is ever used twice.
    public func reserveControlNumbers(interchanges: Int = 1, transactionSets: Int) throws -> ControlNumbers {
        let (interchange, group, set) = try SQLiteControlNumbers(database: database)
            .reserve(site: site.id, sender: x12SenderID, interchanges: interchanges, transactionSets: transactionSets)
        return ControlNumbers(interchange: interchange, group: group, transactionSet: set)
    }

    /// An envelope from the site to `receiver`, dated now at the site.
    public func envelope(to receiver: String) -> X12Envelope {
        let now = clock.now()
        let today = CalendarDate(now, in: site.timeZone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = site.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: now)
        let time = String(format: "%02d%02d", parts.hour ?? 0, parts.minute ?? 0)
        return X12Envelope(senderID: x12SenderID, receiverID: String(receiver.prefix(15)),
                           date: X12Date(year: today.year, month: today.month, day: today.day)!, time: time)
    }

    /// A name for an outbox file that sorts by time: `20261129T101502-aetna-RC1A2B.270`.
    public func exchangeFileName(_ parts: [String], suffix: String) -> String {
        ([fileTimestamp] + parts).joined(separator: "-") + "." + suffix
    }

    /// The clock's now as `20261129T101502` (UTC), for file names that sort by time.
    var fileTimestamp: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        return formatter.string(from: clock.now())
    }

    /// A trace number (TRN02) no other inquiry carries: `prefix` and 14 random hex digits.
    public func newTraceNumber(prefix: String) -> String {
        prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(14).uppercased()
    }

    /// Writes `text` to the outbox, calling `record` between writing and publishing it: the file is
    /// written under a hidden name, `record` commits what was sent, and only then does the file take
    /// its name for the clearinghouse to collect. If `record` throws, the file is removed.
    public func sendThroughOutbox(_ text: String, name: String, record: () throws -> Void) throws {
        let pending = try writeToOutbox(text, name: ".pending-" + name)
        do {
            try record()
            try FileManager.default.moveItem(at: pending, to: pending.deletingLastPathComponent().appendingPathComponent(name))
        } catch {
            try? FileManager.default.removeItem(at: pending)
            throw error
        }
    }

    /// Moves an unreadable inbox file to `refused/`, where a person can look at it.
    public func refuse(_ file: URL) throws {
        let folder = exchange.root.appendingPathComponent("refused", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent(file.lastPathComponent)
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
        try FileManager.default.moveItem(at: file, to: target)
    }

    /// Writes a file to the outbox under a name that sorts by time, refusing to overwrite.
    public func writeToOutbox(_ text: String, name: String) throws -> URL {
        try exchange.prepare()
        let url = exchange.outbox.appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw RevCycleError(.conflict, "The outbox already has a file named \(name).")
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Lets the sandbox payer answer what waits in the outbox, when the site's clearinghouse is the
    /// sandbox; returns nil when a real clearinghouse collects the files instead.
    @discardableResult
    public func exchangeWithClearinghouse() throws -> SandboxClearinghouse.Pass? {
        guard site.clearinghouse == "sandbox" else { return nil }
        try exchange.prepare()
        let envelope = envelope(to: "SANDBOXPAYER")
        let payer = try SandboxPayer(file: host.resolve("var/sandbox/\(site.id)/payer.sqlite"))
        // The payers' contracted rates are the ones the site was given (each payer's fee_schedule), by payer id.
        var rates: [String: [String: Int64]] = [:]
        for (code, entry) in try payerCatalog().payers {
            guard let payerID = entry.settings.payerID, let schedule = try feeSchedule(for: code) else { continue }
            rates[payerID] = schedule.allowed.mapValues(\.cents)
        }
        return try SandboxClearinghouse(outbox: exchange.outbox, inbox: exchange.inbox, payer: payer, feeSchedules: rates)
            .process(on: envelope.date, time: envelope.time)
    }

    /// The files waiting in the inbox with `suffix` (`.271`), oldest name first.
    public func inboxFiles(withSuffix suffix: String) throws -> [URL] {
        try exchange.prepare()
        return try FileManager.default.contentsOfDirectory(at: exchange.inbox, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasSuffix(suffix) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Moves an inbox file to `processed/` once everything in it is recorded.
    public func markProcessed(_ file: URL) throws {
        let target = exchange.processed.appendingPathComponent(file.lastPathComponent)
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
        try FileManager.default.moveItem(at: file, to: target)
    }
}
