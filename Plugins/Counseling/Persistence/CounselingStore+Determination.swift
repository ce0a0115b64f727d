import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CounselingStore {
    /// A visit an approved application covers, with what the patient's side came to on it.
    struct EligibleVisit: Sendable {
        var account: AccountID
        var serviceDate: CalendarDate
        var grossCharges: Money
        /// What the patient side owes now (negative: a credit).
        var patientBalance: Money
        /// The patient receivable alone: what a charity adjustment can write down. A deposit taken at
        /// check-in and not yet applied sits beside it as a credit.
        var patientReceivable: Money
        /// What the patient paid on it (cash, check, card).
        var patientPaid: Money
        /// The patient's whole share: what they owe plus what they paid.
        var patientShare: Money { max(patientBalance, .zero) + patientPaid }
    }

    /// The guarantor's visits on or after `since` with a patient share, oldest first.
    static func eligibleVisits(of guarantor: GuarantorID, since: CalendarDate, in db: Database) throws -> [EligibleVisit] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, a.service_date,
                (SELECT coalesce(-sum(p.amount), 0) FROM posting p WHERE p.account_id = a.id AND p.bucket = 'revenue:charges') AS gross,
                (SELECT coalesce(sum(b.amount), 0) FROM account_balance b WHERE b.account_id = a.id AND b.bucket IN ('ar:patient', 'ar:credit')) AS owed,
                (SELECT coalesce(sum(b.amount), 0) FROM account_balance b WHERE b.account_id = a.id AND b.bucket = 'ar:patient') AS receivable
            FROM account a WHERE a.guarantor_id = ? AND a.service_date >= ? ORDER BY a.service_date, a.id
            """, arguments: [guarantor.rawValue, since.description]).map { row in
            EligibleVisit(account: AccountID(row["id"]), serviceDate: try CalendarDate(parsing: row["service_date"]), grossCharges: Money(cents: row["gross"]),
                          patientBalance: Money(cents: row["owed"]), patientReceivable: Money(cents: row["receivable"]), patientPaid: try SQLiteLedgerStore.patientPaid(on: AccountID(row["id"]), in: db))
        }.filter { $0.patientShare > .zero }
    }

    func eligibleVisits(of guarantor: GuarantorID, since: CalendarDate) throws -> [EligibleVisit] {
        try database.writer.read { db in try Self.eligibleVisits(of: guarantor, since: since, in: db) }
    }

    /// How an approval applies to one visit: the discount (basis points) and the most the patient may
    /// be charged (the AGB cap), decided before the transaction; the amounts are taken from the
    /// balances inside it.
    struct VisitTerms: Sendable {
        var account: AccountID
        var discountBasisPoints: Int64
        var cap: Money?
    }

    /// What an approval did to one visit.
    struct VisitOutcome: Sendable {
        var account: AccountID
        var patientOwes: Money
        var charity: Money
    }

    /// Records the determination: status, reasons, the notice, and for an approval the charity
    /// adjustment of each visit (its share down to what the policy leaves the patient, what they paid
    /// above that becoming a credit to refund) and one `approved` event per visit; or the `denied`
    /// event. One transaction.
    func determine(_ application: Application, approved: Bool, discountBasisPoints: Int64, percentOfPoverty: Int64, reasons: String,
                   visits terms: [VisitTerms], since: CalendarDate, notice: String, on day: CalendarDate,
                   by actor: ActingUser) throws -> (outcomes: [VisitOutcome], events: [HostEvent]) {
        try database.writer.write { db in
            guard let current = try Self.applications(site: actor.site, id: application.id, in: db).first else {
                throw RevCycleError(.notFound, "Application \(application.number) does not exist.")
            }
            guard current.determination == nil else {
                throw RevCycleError(.conflict, "\(application.number) was already decided (\(current.status) on \(current.statusOn)).")
            }
            try db.execute(sql: """
                INSERT INTO counseling_determination (application_id, decided_on, approved, discount_basis_points, percent_of_poverty_basis_points, reasons,
                    recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [application.id, day.description, approved, discountBasisPoints, percentOfPoverty, reasons,
                                 actor.at.timeIntervalSince1970, actor.user])
            try Self.appendStatus(application.id, approved ? "approved" : "denied", on: day, completeBy: nil, detail: reasons, by: actor, in: db)
            try Self.appendNotice(current, kind: approved ? "approval" : "denial", text: notice, on: day, by: actor, in: db)
            var outcomes: [VisitOutcome] = []
            var events: [HostEvent] = []
            if approved {
                let visits = Dictionary(uniqueKeysWithValues: try Self.eligibleVisits(of: application.guarantor, since: since, in: db).map { ($0.account, $0) })
                for term in terms {
                    guard let visit = visits[term.account] else { continue }
                    let discount = visit.patientShare.percent(basisPoints: term.discountBasisPoints, rounding: .down)
                    var owes = visit.patientShare - discount
                    if let cap = term.cap { owes = min(owes, cap) }
                    let charity = visit.patientShare - owes
                    if charity > .zero {
                        // The patient receivable is written down first; what the patient paid above their new share
                        // (applied or still held as a deposit) is the rest, and becomes a credit to refund.
                        let fromBalance = min(charity, max(visit.patientReceivable, .zero))
                        var postings = [Posting(account: visit.account, bucket: .charityAdjustment, amount: charity)]
                        if fromBalance > .zero { postings.append(Posting(account: visit.account, bucket: .receivable(.patient), amount: -fromBalance)) }
                        if charity > fromBalance {
                            postings.append(Posting(account: visit.account, bucket: .receivable(.credit), amount: -(charity - fromBalance)))
                        }
                        _ = try SQLiteLedgerStore.post([try JournalEntry(
                            source: EntrySource(.userAction, reference: "\(actor.user) \(application.number)"),
                            idempotencyKey: "counseling.assistance:\(application.number):\(visit.account)",
                            memo: "financial assistance \(Money(cents: term.discountBasisPoints).plainText)% (\(application.number))"
                                + (term.cap.map { owes == $0 ? ", capped at AGB \($0)" : "" } ?? ""),
                            effectiveDate: day, postings: postings)], publishing: [], by: actor, in: db)
                    }
                    outcomes.append(VisitOutcome(account: visit.account, patientOwes: owes, charity: charity))
                    events.append(try SQLiteEventLog.append(HostEvent(
                        name: "counseling.fa.application.approved", site: actor.site, account: visit.account, fields: [
                            "guarantor": application.guarantor.description, "application": application.number,
                            "patient_owes_cents": String(owes.cents), "charity_cents": String(charity.cents),
                            "discount_basis_points": String(term.discountBasisPoints),
                        ], occurredAt: actor.at), in: db))
                }
            } else {
                events.append(try SQLiteEventLog.append(HostEvent(name: "counseling.fa.application.denied", site: actor.site, fields: [
                    "guarantor": application.guarantor.description, "application": application.number, "reason": reasons,
                ], occurredAt: actor.at), in: db))
            }
            try SQLiteAuditLog.append(action: "counseling.application.decide", outcome: .allowed, patient: nil, account: outcomes.first?.account,
                                      detail: "\(application.number) \(approved ? "approved" : "denied"): \(reasons)", by: actor, in: db)
            return (outcomes, events)
        }
    }
}
