import Foundation
import GRDB
import RevCycleCore
import RevCycleStore
import X12

/// What importing one 835 (one payer's payment) did.
struct RemittanceImport: Sendable {
    var paymentKey: String
    var payer: String
    var trace: String
    var payment: Money
    /// False when this payment had been imported before: nothing was posted again.
    var isNew: Bool
    var claimsPosted = 0
    var exceptions: [(kind: String, reference: String, amount: Money, detail: String)] = []
    var cashPosted = Money.zero
    /// The sequence numbers of the events the import recorded, for delivery after the commit.
    var eventSequences: ClosedRange<Int64>?

    mutating func recorded(_ event: HostEvent, in db: Database) throws {
        let sequence = try SQLiteEventLog.append(event, in: db).sequence ?? 0
        eventSequences = (eventSequences?.lowerBound ?? sequence)...sequence
    }
}

extension BillingStore {
    /// Posts a file's remittances in one transaction: for each payment not imported before, every
    /// claim is matched by its control number and posted (payment, contractual write-off, patient
    /// responsibility to the patient or the secondary payer, denials to the worklist), provider-level
    /// adjustments go to the claim they name, and whatever cannot be matched becomes an exception
    /// with a task — never dropped. A payment already imported (same payer and trace) posts nothing.
    ///
    /// The file is streamed, a claim at a time, so memory stays bounded however many claims it holds:
    /// `ahead` and `posting` are two streams of the same file, one read through each payment ahead of
    /// the posting (for the remittance row's totals), the other posted from. One journal writer serves the whole file, so the
    /// ledger's audit rows come one per patient and its lookups are paid once. Events are recorded as
    /// they happen; ``RemittanceImport/eventSequences`` names them for delivery after the commit.
    func importRemittances(ahead: RemittanceStream, posting: RemittanceStream, file: String, payerFor: (RemittanceAdvice) -> String,
                           routes: [String: DenialRoute] = [:], on date: CalendarDate, by actor: ActingUser) throws -> [RemittanceImport] {
        try database.writer.write { db in
            var ahead = RemittancePaymentReader(ahead)
            var reader = RemittancePaymentReader(posting)
            var journal = JournalWriter(actor: actor)
            var imports: [RemittanceImport] = []
            while let header = try reader.nextPayment() {
                guard try ahead.nextPayment()?.paymentKey == header.paymentKey else {
                    throw RevCycleError(.conflict, "The 835 \(file) changed while it was being posted; nothing was posted.")
                }
                imports.append(try Self.importRemittance(header, reading: &reader, ahead: &ahead, file: file, payer: payerFor(header),
                                                         routes: routes, on: date, by: actor, journal: &journal, in: db))
            }
            try journal.finish(in: db)
            return imports
        }
    }

    /// Posts one payment whose header `posting` has just read; `ahead` is at the same header.
    private static func importRemittance(_ advice: RemittanceAdvice, reading reader: inout RemittancePaymentReader,
                                         ahead: inout RemittancePaymentReader, file: String, payer: String, routes: [String: DenialRoute],
                                         on date: CalendarDate, by actor: ActingUser, journal: inout JournalWriter,
                                         in db: Database) throws -> RemittanceImport {
        var result = RemittanceImport(paymentKey: advice.paymentKey, payer: payer, trace: advice.traceNumber,
                                      payment: Money(cents: advice.payment.signedAmount), isNew: true)
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM billing_remittance WHERE site = ? AND payment_key = ?"),
                             arguments: [actor.site, advice.paymentKey]) == true {
            result.isNew = false
            return result
        }
        // The remittance row is append-only, so its totals are worked out before it is written: what will
        // post as cash (claims of this site to this payer, PLBs naming a claim) and what waits as exceptions.
        var expectedCash = Money.zero, unposted = Money.zero
        var claimCount = 0
        while let remitted = try ahead.nextClaim() {
            claimCount += 1
            let amount = Money(cents: remitted.paidAmount)
            if try payerOfClaim(remitted.patientControlNumber, site: actor.site, in: db) == payer { expectedCash += amount } else { unposted += amount }
        }
        for adjustment in ahead.providerAdjustments {
            let amount = Money(cents: adjustment.amount)
            if try payerOfClaim(adjustment.reference ?? "", site: actor.site, in: db) != nil { expectedCash -= amount } else { unposted -= amount }
        }
        try db.execute(sql: """
            INSERT INTO billing_remittance (site, payment_key, payer, trace, file, payment_cents, payment_date, claims, posted_cash_cents,
                unposted_cents, imported_at, imported_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [actor.site, advice.paymentKey, payer, advice.traceNumber, file, advice.payment.signedAmount,
                             advice.payment.date.description, claimCount, expectedCash.cents, unposted.cents,
                             actor.at.timeIntervalSince1970, actor.user])
        let remittanceID = db.lastInsertedRowID
        var ordinal = -1
        while let remitted = try reader.nextClaim() {
            ordinal += 1
            let posting = ClaimRemittancePosting(remitted)
            let key = "remit:\(advice.paymentKey):\(ordinal + 1)"
            guard let id = Claim.id(fromPatientControlNumber: remitted.patientControlNumber),
                  let (claim, patient) = try Self.claimToPost(id, site: actor.site, in: db), claim.payer.rawValue == payer else {
                let amount = Money(cents: remitted.paidAmount)
                try recordClaim(remittanceID, ordinal, remitted, claimID: nil, posting: posting, outcome: "unmatched", in: db)
                try exception(remittanceID, kind: "unmatched-claim", reference: remitted.patientControlNumber, amount: amount,
                              detail: "\(payer) paid \(amount) on claim \(remitted.patientControlNumber) (payer claim \(remitted.payerClaimControlNumber)), which matches no claim of this site to \(payer)",
                              account: nil, by: actor, result: &result, in: db)
                continue
            }
            let responsible = try responsibleParty(after: claim, patient: patient, in: db)
            let source = EntrySource.remittance(trace: advice.traceNumber, claim: remitted.patientControlNumber)
            let claimEntries = try posting.entries(
                account: claim.account, payer: claim.payer, responsible: responsible, owedByPayer: try owedByPayer(claim, in: db),
                source: source, key: key, memo: "835 \(advice.traceNumber) \(remitted.patientControlNumber)", date: date)
            for entry in claimEntries { _ = try journal.insert(entry, in: db) }
            // Money the patient paid ahead (a copay or deposit at check-in, held as a credit) now meets what they owe.
            if !posting.isReversal, let applied = try prepaymentToApply(on: claim.account, in: db) {
                _ = try journal.insert(try JournalEntry.transfer(
                    account: claim.account, amount: applied, from: .patient, to: .credit, entrySource: source,
                    idempotencyKey: "\(key):apply-credit", memo: "prepayment applied to the patient's share", effectiveDate: date), in: db)
            }
            result.cashPosted += posting.isReversal ? -posting.paid : posting.paid
            let state = posting.resultingState(status: remitted.status)
            let moves = claim.state != state && claim.state.next.contains(state)
            try db.cachedStatement(sql: "UPDATE billing_claim SET state = ?, payer_claim_number = ? WHERE id = ?")
                .execute(arguments: [(moves ? state : claim.state).rawValue, remitted.payerClaimControlNumber, claim.id])
            if moves {
                try recordTransition(claim.id, from: claim.state, to: state,
                                     reason: "835 \(advice.traceNumber): paid \(posting.paid), patient \(posting.patientResponsibility), denied \(posting.denied)",
                                     patient: patient, account: claim.account, by: actor, in: db)
            }
            try recordClaim(remittanceID, ordinal, remitted, claimID: claim.id, posting: posting, outcome: state.rawValue, in: db)
            if !posting.denials.isEmpty, !posting.isReversal {
                try recordDenials(posting, claim: claim, remitted: remitted, remittanceID: remittanceID,
                                  route: routes[remitted.patientControlNumber] ?? .standard, on: date, by: actor, in: db)
                try result.recorded(HostEvent(name: "billing.claim.denied", site: actor.site, account: claim.account, fields: [
                    "claim": claim.patientControlNumber, "payer": payer, "denied_cents": String(posting.denied.cents),
                    "reasons": posting.denials.map { "\($0.group.rawValue)-\($0.reason)" }.joined(separator: " "),
                ], occurredAt: actor.at), in: db)
            }
            let adjudication = ClaimAdjudication(
                claim: claim.patientControlNumber, payer: payer, trace: advice.traceNumber, isReversal: posting.isReversal,
                responsible: responsible.description, charges: Money(cents: abs(remitted.chargeAmount)), paid: posting.paid,
                contractual: posting.contractual, denied: posting.denied, patientShares: posting.patientShares,
                adjustments: remitted.allAdjustments.map { .init(group: $0.group.rawValue, reason: $0.reason, amount: Money(cents: $0.amount)) },
                remarks: Array(Set(remitted.serviceLines.flatMap(\.remarkCodes))).sorted())
            try result.recorded(HostEvent(name: "billing.claim.adjudicated", site: actor.site, account: claim.account, fields: adjudication.fields,
                                          occurredAt: actor.at), in: db)
            if posting.paid > .zero, !posting.isReversal {
                try result.recorded(HostEvent(name: "billing.payment.posted", site: actor.site, account: claim.account, fields: [
                    "payer": payer, "amount_cents": String(posting.paid.cents), "trace": advice.traceNumber,
                    "credit_cents": String(claimEntries.first?.creditCreated.cents ?? 0),
                ], occurredAt: actor.at), in: db)
            }
            result.claimsPosted += 1
        }
        try postProviderAdjustments(reader.providerAdjustments, of: advice, payer: payer, remittanceID: remittanceID, on: date, by: actor,
                                    journal: &journal, result: &result, in: db)
        guard result.cashPosted == expectedCash else {
            throw RevCycleError(.integrity, "The 835 \(advice.traceNumber) posted \(result.cashPosted) of cash, not the \(expectedCash) its claims' matches promised; nothing was posted.")
        }
        return result
    }

    /// What of the patient's prepayment (a credit from check-in) now meets their share on the account,
    /// or `nil` when there is no credit or nothing owed.
    private static func prepaymentToApply(on account: AccountID, in db: Database) throws -> Money? {
        let credit = try Int64.fetchOne(db.cachedStatement(sql: "SELECT amount FROM account_balance WHERE account_id = ? AND bucket = ?"),
                                        arguments: [account.rawValue, LedgerBucket.receivable(.credit).code]) ?? 0
        guard credit < 0 else { return nil }
        let owed = try Int64.fetchOne(db.cachedStatement(sql: "SELECT amount FROM account_balance WHERE account_id = ? AND bucket = ?"),
                                      arguments: [account.rawValue, LedgerBucket.receivable(.patient).code]) ?? 0
        let applied = min(-credit, owed)
        return applied > 0 ? Money(cents: applied) : nil
    }

    /// Who takes the patient responsibility after `claim`'s payer: the next payer in order when the
    /// patient has one in force on the date of service, else the patient.
    private static func responsibleParty(after claim: Claim, patient: PatientID, in db: Database) throws -> Liability {
        let next: CoveragePriority? = switch claim.priority {
        case .primary: .secondary
        case .secondary: .tertiary
        case .tertiary: nil
        }
        // The first of SQLiteCoverageStore.coverages(of:in:) (ordered by effective date, then id) at that
        // priority and active on the date of service (dates are ISO text, so they compare as text).
        let day = claim.serviceDate.description
        guard let next, let payer = try String.fetchOne(db.cachedStatement(sql: """
            SELECT payer FROM coverage WHERE patient_id = ? AND priority = ? AND effective_date <= ? AND (end_date IS NULL OR end_date >= ?)
            ORDER BY effective_date, id LIMIT 1
            """), arguments: [patient.rawValue, next.rawValue, day, day]) else { return .patient }
        return .insurance(try PayerCode(payer))
    }

    // MARK: - Reads for posting, through cached statements (an 835 repeats them for every claim)

    /// The claim a CLP names, without its lines (posting uses none), and its patient, or `nil` when the
    /// site has no such claim.
    private static func claimToPost(_ id: Int64, site: String, in db: Database) throws -> (Claim, PatientID)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT c.account_id, c.payer, c.coverage_id, c.priority, c.frequency, c.replaces_claim_id, c.total_cents, c.state, c.service_date,
                c.payer_claim_number, a.patient_id
            FROM billing_claim c JOIN account a ON a.id = c.account_id WHERE c.id = ? AND c.site = ?
            """), arguments: [id, site]) else { return nil }
        let claim = Claim(
            id: id, account: AccountID(row[0]), payer: try PayerCode(row[1]), coverage: row[2], priority: try CoveragePriority(parsing: row[3]),
            frequency: Claim.Frequency(rawValue: row[4]) ?? .original, replaces: row[5], total: Money(cents: row[6]),
            state: ClaimState(rawValue: row[7]) ?? .draft, serviceDate: try CalendarDate(parsing: row[8]), payerClaimNumber: row[9], lines: [])
        return (claim, PatientID(row[10]))
    }

    /// The payer of the site's claim with this patient control number (`RC12`), or `nil` when there is none.
    private static func payerOfClaim(_ controlNumber: String, site: String, in db: Database) throws -> String? {
        guard let id = Claim.id(fromPatientControlNumber: controlNumber) else { return nil }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT payer FROM billing_claim WHERE id = ? AND site = ?"), arguments: [id, site])
    }

    /// What the claim's payer owes on its account now: its receivable balance (kept by the posting trigger).
    private static func owedByPayer(_ claim: Claim, in db: Database) throws -> Money {
        Money(cents: try Int64.fetchOne(db.cachedStatement(sql: "SELECT amount FROM account_balance WHERE account_id = ? AND bucket = ?"),
                                        arguments: [claim.account.rawValue, LedgerBucket.receivable(.insurance(claim.payer)).code]) ?? 0)
    }

    private static func recordClaim(_ remittanceID: Int64, _ ordinal: Int, _ remitted: RemittanceClaim, claimID: Int64?,
                                    posting: ClaimRemittancePosting, outcome: String, in db: Database) throws {
        // Bound through FastInsert: an 835 writes these rows for every claim and line.
        var row = FastInsert(try db.cachedStatement(sql: """
            INSERT INTO billing_remit_claim (remittance_id, ordinal, patient_control_number, claim_id, status, charge_cents, paid_cents,
                patient_cents, contractual_cents, denied_cents, payer_claim_number, outcome, claim_adjustments)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """))
        row.bind(remittanceID)
        row.bind(ordinal + 1)
        row.bind(remitted.patientControlNumber)
        row.bind(claimID)
        row.bind(remitted.status.code)
        row.bind(remitted.chargeAmount)
        row.bind(remitted.paidAmount)
        row.bind(posting.patientResponsibility.cents)
        row.bind(posting.contractual.cents)
        row.bind(posting.denied.cents)
        row.bind(remitted.payerClaimControlNumber)
        row.bind(outcome)
        row.bind(AdjustmentText.encode(remitted.adjustments))
        try row.step(db)
        let insertLine = try db.cachedStatement(sql: """
            INSERT INTO billing_remit_line (remittance_id, claim_ordinal, line_ordinal, code, modifiers, charge_cents, paid_cents, units,
                adjustments, line_control)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, line) in remitted.serviceLines.enumerated() {
            let units = line.units.map { decimal in
                (0..<max(0, decimal.scale)).reduce(decimal.significand) { value, _ in value / 10 }
            } ?? 1
            var row = FastInsert(insertLine)
            row.bind(remittanceID)
            row.bind(ordinal + 1)
            row.bind(index + 1)
            row.bind(line.procedure.code)
            row.bind(line.procedure.modifiers.joined(separator: ":"))
            row.bind(line.chargeAmount)
            row.bind(line.paidAmount)
            row.bind(Int64(units))
            row.bind(AdjustmentText.encode(line.adjustments))
            row.bind(line.lineItemControlNumber)
            try row.step(db)
        }
    }

    private static func recordDenials(_ posting: ClaimRemittancePosting, claim: Claim, remitted: RemittanceClaim, remittanceID: Int64,
                                      route: DenialRoute, on date: CalendarDate, by actor: ActingUser, in db: Database) throws {
        let reasons = posting.denials.map { "\($0.group.rawValue)-\($0.reason) \(AdjustmentReason.meaning(of: $0.reason))" }
        let remarks = remitted.remarkCodes + remitted.serviceLines.flatMap(\.remarkCodes)
        let detail = (["\(claim.payer) denied \(posting.denied) of claim \(claim.patientControlNumber): " + reasons.joined(separator: "; ")]
                      + remarks.map { "\($0): \(AdjustmentReason.remark($0))" }).joined(separator: ". ")
        let task = try SQLiteWorkQueue.create(WorkItem(
            kind: "billing.denial", title: String("Denied \(claim.patientControlNumber) by \(claim.payer): \(posting.denials.map { "\($0.group.rawValue)-\($0.reason)" }.joined(separator: ", ")) (\(posting.denied))".prefix(200)),
            detail: detail + ". Correct and resubmit (revcycle billing claim correct), appeal (revcycle billing claim appeal), or write off."
                + (route.note.isEmpty ? "" : " " + route.note),
            role: route.role, assignee: route.assignee, priority: route.priority, dueDate: date.adding(days: 30),
            links: WorkItem.Links(account: claim.account, claim: claim.patientControlNumber), createdBy: actor.user, createdAt: actor.at),
            by: actor, in: db)
        for denial in posting.denials {
            try db.cachedStatement(sql: """
                INSERT INTO billing_denial (site, claim_id, remittance_id, group_code, reason, remarks, amount_cents, denied_on, work_item_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [actor.site, claim.id, remittanceID, denial.group.rawValue, denial.reason, remarks.joined(separator: " "),
                                 abs(denial.amount), date.description, task.rawValue])
        }
    }

    /// PLB: an adjustment that names a claim (`WO:RC12`, `L6:RC12`) posts on that claim's account —
    /// a withholding takes cash back and leaves the payer owing it again; interest (`L6`) is income.
    /// One that names no claim of this site is an exception.
    private static func postProviderAdjustments(_ adjustments: [ProviderAdjustment], of advice: RemittanceAdvice, payer: String,
                                                remittanceID: Int64, on date: CalendarDate,
                                                by actor: ActingUser, journal: inout JournalWriter, result: inout RemittanceImport,
                                                in db: Database) throws {
        for (index, adjustment) in adjustments.enumerated() {
            let amount = Money(cents: adjustment.amount)
            guard let reference = adjustment.reference, let id = Claim.id(fromPatientControlNumber: reference),
                  let claim = try? Self.claim(id, site: actor.site, in: db) else {
                try exception(remittanceID, kind: "provider-adjustment", reference: "\(adjustment.reason):\(adjustment.reference ?? "")", amount: -amount,
                              detail: "PLB \(adjustment.reason) of \(amount) names no claim of this site; post it by hand once its claim is known",
                              account: nil, by: actor, result: &result, in: db)
                continue
            }
            let account = claim.account
            let source = EntrySource.remittance(trace: advice.traceNumber, claim: "PLB\(index + 1)")
            let magnitude = amount.magnitude
            let counter: LedgerBucket = adjustment.reason == "L6" ? .interestIncome : .receivable(.insurance(claim.payer))
            // A positive PLB amount reduces the payment (cash out); a negative one adds to it (cash in).
            let cash = amount.isNegative ? magnitude : -magnitude
            let entry = try JournalEntry(
                source: source, idempotencyKey: "remit:\(advice.paymentKey):plb:\(index + 1)",
                memo: "835 \(advice.traceNumber) PLB \(adjustment.reason) \(reference)", effectiveDate: date,
                postings: [Posting(account: account, bucket: .cash, amount: cash), Posting(account: account, bucket: counter, amount: -cash)])
            _ = try journal.insert(entry, in: db)
            result.cashPosted += cash
        }
    }

    private static func exception(_ remittanceID: Int64, kind: String, reference: String, amount: Money, detail: String, account: AccountID?,
                                  by actor: ActingUser, result: inout RemittanceImport, in db: Database) throws {
        let task = try SQLiteWorkQueue.create(WorkItem(
            kind: "billing.remit.\(kind)", title: String("Remittance exception: \(kind) \(reference) (\(amount))".prefix(200)), detail: detail,
            role: .billing, priority: .high, links: WorkItem.Links(account: account, claim: reference), createdBy: actor.user, createdAt: actor.at),
            by: actor, in: db)
        try db.execute(sql: """
            INSERT INTO billing_remit_exception (remittance_id, kind, reference, amount_cents, detail, work_item_id) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [remittanceID, kind, reference, amount.cents, detail, task.rawValue])
        result.exceptions.append((kind, reference, amount, detail))
    }
}

extension BillingStore {
    /// The site's imported remittances, newest first.
    func remittances(site: String) throws
        -> [(importedAt: Date, payer: String, trace: String, payment: Money, claims: Int, file: String, cash: Money, unposted: Money)] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM billing_remittance WHERE site = ? ORDER BY id DESC", arguments: [site]).map { row in
                (Date(timeIntervalSince1970: row["imported_at"]), row["payer"], row["trace"], Money(cents: row["payment_cents"]),
                 row["claims"], row["file"], Money(cents: row["posted_cash_cents"]), Money(cents: row["unposted_cents"]))
            }
        }
    }
}

extension BillingStore {
    /// Denials grouped by claim and remittance, oldest first.
    func denials(site: String, payer: PayerCode?) throws
        -> [(claim: Int64, account: AccountID, payer: String, deniedOn: CalendarDate, amount: Money, reasons: [(code: String, amount: Money)],
             remarks: String, state: ClaimState, task: Int64?)] {
        try database.writer.read { db in
            var sql = """
                SELECT d.claim_id, d.remittance_id, d.group_code, d.reason, d.remarks, d.amount_cents, d.denied_on, d.work_item_id,
                    c.account_id, c.payer, c.state
                FROM billing_denial d JOIN billing_claim c ON c.id = d.claim_id WHERE d.site = ?
                """
            var arguments: StatementArguments = [site]
            if let payer { sql += " AND c.payer = ?"; arguments += [payer.rawValue] }
            var grouped: [String: (claim: Int64, account: AccountID, payer: String, deniedOn: CalendarDate, amount: Money,
                                   reasons: [(code: String, amount: Money)], remarks: String, state: ClaimState, task: Int64?)] = [:]
            var order: [String] = []
            for row in try Row.fetchAll(db, sql: sql + " ORDER BY d.denied_on, d.id", arguments: arguments) {
                let key = "\(row["claim_id"] as Int64)/\(row["remittance_id"] as Int64)"
                let amount = Money(cents: row["amount_cents"])
                let code = "\(row["group_code"] as String)-\(row["reason"] as String)"
                if grouped[key] == nil {
                    order.append(key)
                    grouped[key] = (row["claim_id"], AccountID(row["account_id"]), row["payer"], try CalendarDate(parsing: row["denied_on"]), .zero, [],
                                    row["remarks"], ClaimState(rawValue: row["state"]) ?? .denied, row["work_item_id"])
                }
                grouped[key]?.amount += amount
                grouped[key]?.reasons.append((code, amount))
            }
            return order.compactMap { grouped[$0] }
        }
    }
}
