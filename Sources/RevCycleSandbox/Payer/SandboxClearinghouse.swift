public import Foundation
public import X12

/// Stands where a clearinghouse stands: takes the X12 files a site leaves in its outbox, hands
/// each to the sandbox payer, and drops the answers in the site's inbox. A file it has handled is
/// moved to `outbox/sent/`, so nothing is answered twice. A file it cannot read is moved to
/// `outbox/refused/` with a note beside it, as a clearinghouse rejects a bad batch.
///
/// - A 270 file `<name>.270` is answered with `<name>.271`.
/// - An 837P file `<name>` (GS01 `HC`) is answered with `<name>.999` (each transaction set accepted
///   or rejected), `<name>.277` (a 277CA: each claim accepted into adjudication with the payer's
///   claim control number, or rejected at the front end) and `<name>.835` (the remittances of the
///   claims adjudicated: one 835 per payer id and billing provider). The payer allows each line at
///   `feeSchedules[payerID][code]` cents per unit (60% of the charge for a code without a rate) and
///   applies `denialRules`. An 837P whose envelope does not parse is refused with a `<name>.999`
///   rejecting its group when its ISA and GS can be read.
/// - A 276 file `<name>.276` (GS01 `HR`) is answered with `<name>.277`: a 277 claim status response
///   (005010X212) saying, for each claim, what the payer's adjudication recorded — `F1:1` finalized
///   and paid (with the charge, the payment, and the 835's date and trace number), `F2` denied, or
///   `A4:35` not found for a claim the payer never received or rejected at the front end.
///
/// ```swift
/// let clearinghouse = SandboxClearinghouse(
///     outbox: site.appendingPathComponent("outbox"), inbox: site.appendingPathComponent("inbox"), payer: payer,
///     feeSchedules: ["60054": ["99214": 17_100, "80053": 2_100]], denialRules: SandboxDenialRules())
/// let pass = try clearinghouse.process(on: today, time: "1230")
/// pass.written   // ["claims-0001.837.999", "claims-0001.837.277", "claims-0001.837.835"]
/// ```
public struct SandboxClearinghouse: Sendable {
    public let outbox: URL
    public let inbox: URL
    public let payer: SandboxPayer
    /// Contracted rates: payer id → HCPCS code → allowed cents per unit.
    public var feeSchedules: [String: [String: Int64]]
    /// The payer's denial rules.
    public var denialRules: SandboxDenialRules
    /// The clearinghouse's and the payer's ids on the envelopes they write.
    public var senderID = "SANDBOXPAYER"

    public init(
        outbox: URL, inbox: URL, payer: SandboxPayer, feeSchedules: [String: [String: Int64]] = [:],
        denialRules: SandboxDenialRules = SandboxDenialRules()
    ) {
        self.outbox = outbox
        self.inbox = inbox
        self.payer = payer
        self.feeSchedules = feeSchedules
        self.denialRules = denialRules
    }

    /// What one pass over the outbox did.
    public struct Pass: Sendable, Hashable {
        public var answered: [String] = []
        public var written: [String] = []
        public var refused: [String] = []

        public init() {}
    }

    /// Answers every file waiting in the outbox; returns the files handled and written.
    public func process(on date: X12Date, time: String) throws -> Pass {
        let files = FileManager.default
        var pass = Pass()
        let waiting = try files.contentsOfDirectory(at: outbox, includingPropertiesForKeys: nil)
            .filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for file in waiting {
            let name = file.lastPathComponent
            var isReadable = false
            do {
                let interchange = try X12Interchange(parsing: try String(contentsOf: file, encoding: .utf8))
                isReadable = true
                let groups = interchange.functionalGroups.map(\.functionalIdentifier)
                if groups.allSatisfy({ $0 == EligibilityInquiry.functionalIdentifier }) {
                    let responses = try EligibilityInquiry.inquiries(in: interchange).map { try payer.answer($0, on: date, time: time) }
                    var numbers = try payer.reserveControlNumbers(responses.count)
                    var text = ""
                    for response in responses {
                        let envelope = X12Envelope(senderID: interchange.receiverID, receiverID: interchange.senderID, date: date, time: time)
                        text += try X12Writer(lineBreaks: true).text(for: try response.makeInterchange(envelope: envelope, controlNumbers: &numbers))
                    }
                    let answer = name.replacingOccurrences(of: ".270", with: "") + ".271"
                    try text.write(to: inbox.appendingPathComponent(answer), atomically: true, encoding: .utf8)
                    pass.written.append(answer)
                } else if groups.allSatisfy({ $0 == ProfessionalClaimBatch.functionalIdentifier }) {
                    for (answer, text) in try answerClaims(interchange, named: name, on: date, time: time) {
                        try text.write(to: inbox.appendingPathComponent(answer), atomically: true, encoding: .utf8)
                        pass.written.append(answer)
                    }
                } else if groups.allSatisfy({ $0 == ClaimStatusInquiry.functionalIdentifier }) {
                    let (answer, text) = try answerStatusInquiries(interchange, named: name, on: date, time: time)
                    try text.write(to: inbox.appendingPathComponent(answer), atomically: true, encoding: .utf8)
                    pass.written.append(answer)
                } else {
                    continue  // not a transaction the sandbox payer answers yet: leave it for the one that does
                }
                try move(file, to: "sent")
                pass.answered.append(name)
            } catch {
                if !isReadable, let error = error as? X12Error, let text = try? String(contentsOf: file, encoding: .utf8),
                    let rejection = try groupRejection(of: text, error: error, on: date, time: time)
                {
                    try rejection.write(to: inbox.appendingPathComponent(name + ".999"), atomically: true, encoding: .utf8)
                    pass.written.append(name + ".999")
                }
                try move(file, to: "refused")
                try "\(error)\n".write(to: outbox.appendingPathComponent("refused/\(name).error.txt"), atomically: true, encoding: .utf8)
                pass.refused.append(name)
            }
        }
        return pass
    }

    private func move(_ file: URL, to folder: String) throws {
        let destination = outbox.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        let target = destination.appendingPathComponent(file.lastPathComponent)
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
        try FileManager.default.moveItem(at: file, to: target)
    }
}
