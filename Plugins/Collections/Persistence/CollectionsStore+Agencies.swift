import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CollectionsStore {
    /// A visit placed with a collection agency.
    struct Placement: Sendable {
        var id: Int64
        var account: AccountID
        var agency: String
        var placedOn: CalendarDate
        var amount: Money
        var recalled: (on: CalendarDate, reason: String)?
    }

    /// A visit a placement run looks at: its patient balance and what decides whether it may go.
    struct PlacementCandidate: Sendable {
        var account: AccountID
        var guarantor: GuarantorID
        var guarantorName: String
        var patientName: String
        var serviceDate: CalendarDate
        var balance: Money
        var mailTo: PatientID?
    }

    /// Visits with a patient balance of at least `minimum` that no agency holds now, oldest first.
    static func placementCandidates(site: String, minimum: Money, in db: Database) throws -> [PlacementCandidate] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, a.guarantor_id, g.name AS guarantor_name, p.given_name || ' ' || p.family_name AS patient_name, a.service_date,
                   b.amount, coalesce(g.patient_id, a.patient_id) AS mail_to
            FROM account a JOIN account_balance b ON b.account_id = a.id AND b.bucket = 'ar:patient'
            JOIN guarantor g ON g.id = a.guarantor_id JOIN patient p ON p.id = a.patient_id
            WHERE a.site = ? AND b.amount >= ? AND NOT EXISTS (
                SELECT 1 FROM collections_agency_placement x WHERE x.account_id = a.id
                AND NOT EXISTS (SELECT 1 FROM collections_agency_recall r WHERE r.placement_id = x.id))
            ORDER BY a.service_date, a.id
            """, arguments: [site, minimum.cents]).map { row in
            PlacementCandidate(account: AccountID(row["id"]), guarantor: GuarantorID(row["guarantor_id"]), guarantorName: row["guarantor_name"],
                               patientName: row["patient_name"], serviceDate: try CalendarDate(parsing: row["service_date"]),
                               balance: Money(cents: row["amount"]), mailTo: (row["mail_to"] as Int64?).map(PatientID.init))
        }
    }

    func placementCandidates(site: String, minimum: Money) throws -> [PlacementCandidate] {
        try database.writer.read { db in try Self.placementCandidates(site: site, minimum: minimum, in: db) }
    }

    /// Records placements made by one file, in one transaction, numbering them.
    func recordPlacements(_ candidates: [PlacementCandidate], agency: String, on day: CalendarDate, file: String,
                          by actor: ActingUser) throws -> [Int64] {
        try database.writer.write { db in
            try candidates.map { candidate in
                try db.execute(sql: """
                    INSERT INTO collections_agency_placement (site, account_id, agency, placed_on, amount_cents, file, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [actor.site, candidate.account.rawValue, agency, day.description, candidate.balance.cents, file,
                                     actor.at.timeIntervalSince1970, actor.user])
                let id = db.lastInsertedRowID
                try SQLiteAuditLog.append(action: "collections.agency.place", outcome: .allowed, patient: nil, account: candidate.account,
                                          detail: "PL\(id) to \(agency): \(candidate.balance)", by: actor, in: db)
                return id
            }
        }
    }

    static func placements(site: String, account: AccountID? = nil, in db: Database) throws -> [Placement] {
        try Row.fetchAll(db, sql: """
            SELECT x.*, r.recalled_on, r.reason FROM collections_agency_placement x LEFT JOIN collections_agency_recall r ON r.placement_id = x.id
            WHERE x.site = ? AND (? IS NULL OR x.account_id = ?) ORDER BY x.id DESC
            """, arguments: [site, account?.rawValue, account?.rawValue]).map { row in
            let recalledOn: String? = row["recalled_on"]
            return Placement(id: row["id"], account: AccountID(row["account_id"]), agency: row["agency"],
                             placedOn: try CalendarDate(parsing: row["placed_on"]), amount: Money(cents: row["amount_cents"]),
                             recalled: try recalledOn.map { (try CalendarDate(parsing: $0), row["reason"]) })
        }
    }

    func placements(site: String, account: AccountID? = nil) throws -> [Placement] {
        try database.writer.read { db in try Self.placements(site: site, account: account, in: db) }
    }

    /// Recalls a placement (or records the agency's return of it), with its audit row.
    func recall(_ placement: Int64, on day: CalendarDate, reason: String, file: String, by actor: ActingUser) throws -> Placement {
        try database.writer.write { db in try Self.recall(placement, on: day, reason: reason, file: file, by: actor, in: db) }
    }

    static func recall(_ id: Int64, on day: CalendarDate, reason: String, file: String, by actor: ActingUser, in db: Database) throws -> Placement {
        guard var placement = try placements(site: actor.site, in: db).first(where: { $0.id == id }) else {
            throw RevCycleError(.notFound, "Placement PL\(id) does not exist at site \(actor.site).", remedy: "revcycle collections agency list")
        }
        if let recalled = placement.recalled { throw RevCycleError(.conflict, "PL\(id) was already recalled on \(recalled.on): \(recalled.reason).") }
        try db.execute(sql: "INSERT INTO collections_agency_recall (placement_id, recalled_on, reason, file, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [id, day.description, reason, file, actor.at.timeIntervalSince1970, actor.user])
        try SQLiteAuditLog.append(action: "collections.agency.recall", outcome: .allowed, patient: nil, account: placement.account,
                                  detail: "PL\(id) from \(placement.agency): \(reason)", by: actor, in: db)
        placement.recalled = (day, reason)
        return placement
    }

    /// What a visit has written off to bad debt and not yet recovered: the bad-debt bucket's debit total.
    static func badDebtOutstanding(of account: AccountID, in db: Database) throws -> Money {
        Money(cents: try Int64.fetchOne(db, sql: """
            SELECT coalesce(sum(amount), 0) FROM posting WHERE account_id = ? AND bucket = 'adj:bad-debt'
            """, arguments: [account.rawValue]) ?? 0)
    }

    func badDebtOutstanding(of account: AccountID) throws -> Money {
        try database.writer.read { db in try Self.badDebtOutstanding(of: account, in: db) }
    }

    /// How much of a payment reinstates bad debt: what it pays beyond the patient balance, up to what
    /// was written off and not yet recovered.
    static func badDebtToReinstate(paying amount: Money, owed: Money, writtenOff: Money) -> Money {
        min(max(amount - max(owed, .zero), .zero), max(writtenOff, .zero))
    }

    /// One line of an agency's return file, checked.
    struct AgencyReturnLine: Sendable {
        enum Kind: String, Sendable { case payment, `return`, dispute }
        var line: Int
        var placement: Int64
        var account: AccountID
        var kind: Kind
        var amount: Money
        var date: CalendarDate
        var reference: String
    }

    /// What importing a return file did.
    struct AgencyImport: Sendable {
        var posted: [(AgencyReturnLine, entries: Int)] = []
        var repeated: Int = 0
        var recalled: [Int64] = []
        var disputes: [AgencyReturnLine] = []
    }

    /// Imports an agency's return file in one transaction: payments post to the ledger (reinstating
    /// bad debt first when the visit was written off), returns recall the placement, disputes are
    /// handed back as tasks. A line already imported (same agency and reference) changes nothing.
    func importReturns(_ lines: [AgencyReturnLine], agency: String, digest: String, file: String,
                       tasks: (AgencyReturnLine) -> WorkItem, by actor: ActingUser) throws -> AgencyImport {
        try database.writer.write { db in
            var result = AgencyImport()
            for line in lines {
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM collections_agency_return WHERE agency = ? AND reference = ?",
                                     arguments: [agency, line.reference]) == true {
                    result.repeated += 1
                    continue
                }
                guard let placement = try Self.placements(site: actor.site, account: line.account, in: db).first(where: { $0.id == line.placement }),
                      placement.agency == agency else {
                    throw RevCycleError(.malformedInput, "Placement PL\(line.placement) of account \(line.account) was not placed with \(agency). Nothing was imported.",
                                        at: "\(file):\(line.line)")
                }
                switch line.kind {
                case .payment:
                    var entries: [JournalEntry] = []
                    let balances = try SQLiteLedgerStore.balances(of: line.account, in: db)
                    let reinstate = Self.badDebtToReinstate(paying: line.amount, owed: balances.patient,
                                                            writtenOff: try Self.badDebtOutstanding(of: line.account, in: db))
                    let source = EntrySource(.system, reference: "agency \(agency) \(line.reference)")
                    if reinstate > .zero {
                        entries.append(try JournalEntry(source: source, idempotencyKey: "collections.agency:\(agency):\(line.reference):recovery",
                                                        memo: "bad debt recovered by \(agency)", effectiveDate: line.date, postings: [
                                                            Posting(account: line.account, bucket: .receivable(.patient), amount: reinstate),
                                                            Posting(account: line.account, bucket: .badDebt, amount: -reinstate)]))
                    }
                    entries.append(try .payment(account: line.account, amount: line.amount, from: .patient, owed: balances.patient + reinstate,
                                                source: source, idempotencyKey: "collections.agency:\(agency):\(line.reference)",
                                                memo: "payment collected by \(agency) (PL\(line.placement))", effectiveDate: line.date))
                    _ = try SQLiteLedgerStore.post(entries, publishing: [], by: actor, in: db)
                    result.posted.append((line, entries.count))
                case .return:
                    _ = try Self.recall(line.placement, on: line.date, reason: "returned by \(agency): \(line.reference)", file: file, by: actor, in: db)
                    result.recalled.append(line.placement)
                case .dispute:
                    _ = try SQLiteWorkQueue.create(tasks(line), by: actor, in: db)
                    result.disputes.append(line)
                }
                try db.execute(sql: """
                    INSERT INTO collections_agency_return (site, agency, file_digest, line, placement_id, kind, amount_cents, reference, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [actor.site, agency, digest, line.line, line.placement, line.kind.rawValue, line.amount.cents, line.reference,
                                     actor.at.timeIntervalSince1970, actor.user])
            }
            try SQLiteAuditLog.append(action: "collections.agency.import", outcome: .allowed, patient: nil, account: nil,
                                      detail: "\(file) from \(agency): \(result.posted.count) payment(s), \(result.recalled.count) return(s), \(result.disputes.count) dispute(s), \(result.repeated) already imported",
                                      by: actor, in: db)
            return result
        }
    }
}
