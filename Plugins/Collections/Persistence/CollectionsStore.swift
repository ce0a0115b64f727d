import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

/// The collections module's store. Each method that changes something is one transaction with its
/// audit rows; reads used by a run take the caller's transaction.
struct CollectionsStore: Sendable {
    let database: RevCycleDatabase

    /// A guarantor's open balances across their visits, as a statement run or the worklist sees them.
    struct GuarantorBalance: Sendable, Hashable {
        var guarantor: GuarantorID
        /// ar:patient plus ar:credit (a credit is negative).
        var patient: Money
        var insurance: Money
        var accounts: Int
        var oldestService: CalendarDate
    }

    /// Every guarantor of the site with an open receivable, by guarantor id.
    static func openBalances(site: String, in db: Database) throws -> [GuarantorBalance] {
        try Row.fetchAll(db, sql: """
            SELECT a.guarantor_id,
                   sum(CASE WHEN b.bucket IN ('ar:patient', 'ar:credit') THEN b.amount ELSE 0 END) AS patient,
                   sum(CASE WHEN b.bucket LIKE 'ar:insurance:%' THEN b.amount ELSE 0 END) AS insurance,
                   count(DISTINCT a.id) AS accounts, min(a.service_date) AS oldest
            FROM account a JOIN account_balance b ON b.account_id = a.id
            WHERE a.site = ? AND b.bucket LIKE 'ar:%' AND b.amount <> 0
            GROUP BY a.guarantor_id ORDER BY a.guarantor_id
            """, arguments: [site]).map { row in
            GuarantorBalance(guarantor: GuarantorID(row["guarantor_id"]), patient: Money(cents: row["patient"]),
                             insurance: Money(cents: row["insurance"]), accounts: row["accounts"],
                             oldestService: try CalendarDate(parsing: row["oldest"]))
        }
    }

    /// The guarantor's name and the patient whose address statements go to: the guarantor when they
    /// are a patient, else the patient of their oldest visit.
    static func guarantor(_ id: GuarantorID, site: String, in db: Database) throws -> (name: String, mailTo: PatientID?) {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT g.name, coalesce(g.patient_id, (SELECT patient_id FROM account WHERE guarantor_id = g.id ORDER BY service_date, id LIMIT 1)) AS mail_to
            FROM guarantor g WHERE g.id = ? AND g.site = ?
            """, arguments: [id.rawValue, site]) else {
            throw RevCycleError(.notFound, "Guarantor \(id) does not exist at site \(site).", remedy: "revcycle access find")
        }
        return (row["name"], (row["mail_to"] as Int64?).map(PatientID.init))
    }

    /// The guarantor's visits that still have a balance (patient, insurance or credit), each with its
    /// journal (postings to that visit only) and the payers' answers, oldest visit first.
    static func openVisits(of guarantor: GuarantorID, in db: Database) throws -> [VisitLedger] {
        let accounts = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT a.id, a.service_date, p.given_name || ' ' || p.family_name AS patient_name
            FROM account a JOIN patient p ON p.id = a.patient_id
            WHERE a.guarantor_id = ? AND EXISTS (SELECT 1 FROM account_balance b WHERE b.account_id = a.id AND b.bucket LIKE 'ar:%' AND b.amount <> 0)
            ORDER BY a.service_date, a.id
            """), arguments: [guarantor.rawValue])
        return try accounts.map { row in
            let account = AccountID(row["id"])
            return VisitLedger(account: account, patientName: row["patient_name"], serviceDate: try CalendarDate(parsing: row["service_date"]),
                               entries: try entries(of: account, in: db), adjudications: try adjudications(of: account, in: db))
        }
    }

    static func entries(of account: AccountID, in db: Database) throws -> [VisitLedger.Entry] {
        var entries: [VisitLedger.Entry] = []
        var current: Int64?
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT p.entry_id, j.source_kind, j.memo, j.effective_date, p.bucket, p.amount
            FROM posting p JOIN journal_entry j ON j.id = p.entry_id
            WHERE p.account_id = ? ORDER BY p.entry_id, p.line
            """), arguments: [account.rawValue]) {
            let id: Int64 = row[0]
            let posting = Posting(account: account, bucket: try LedgerBucket(code: row[4]), amount: Money(cents: row[5]))
            if id == current {
                entries[entries.count - 1].postings.append(posting)
                continue
            }
            current = id
            entries.append(VisitLedger.Entry(source: EntrySource.Kind(rawValue: row[1]) ?? .system, memo: row[2],
                                             date: try CalendarDate(parsing: row[3]), postings: [posting]))
        }
        return entries
    }

    static func adjudications(of account: AccountID, in db: Database) throws -> [ClaimAdjudication] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT fields FROM host_event WHERE account_id = ? AND name = 'billing.claim.adjudicated' ORDER BY seq
            """), arguments: [account.rawValue]).map { text in
            ClaimAdjudication(fields: (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String] ?? [:])
        }
    }
}
