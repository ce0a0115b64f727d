import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension AnalyticsStore {
    /// Each guarantor's own payment history on `today`, for the propensity rules: statements sent
    /// (collections' view), days from the first statement to the first patient payment, what the
    /// patient side paid and still owes (the ledger), installments due and paid on time (collections'
    /// plan view), and coverage (Medicaid, other insurance, none).
    func guarantorHistories(site: String, on today: CalendarDate) throws -> [GuarantorHistory] {
        try database.writer.read { db in
            let dates = DateTexts()
            var installments: [Int64: (due: Int, onTime: Int)] = [:]
            if try Self.exists("collections_plan_installments", in: db) {
                for row in try Row.fetchAll(db, sql: """
                    SELECT guarantor_id, count(*) AS due, sum(paid_in_full_on IS NOT NULL AND paid_in_full_on <= due_date) AS on_time
                    FROM collections_plan_installments WHERE site = ? AND due_date <= ? GROUP BY guarantor_id
                    """, arguments: [site, today.description]) {
                    installments[row[0]] = (row[1], row[2])
                }
            }
            let statements = try Self.exists("collections_statement_history", in: db)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT g.id,
                    \(statements ? "coalesce(s.statements, 0), s.first_statement_date" : "0, NULL"),
                    (SELECT coalesce(sum(b.amount), 0) FROM account a JOIN account_balance b ON b.account_id = a.id
                     WHERE a.guarantor_id = g.id AND b.bucket IN ('ar:patient', 'ar:credit')) AS balance,
                    (SELECT coalesce(sum(p.amount), 0) FROM account a JOIN posting p ON p.account_id = a.id JOIN journal_entry j ON j.id = p.entry_id
                     WHERE a.guarantor_id = g.id AND p.bucket = 'cash' AND j.source_kind <> 'remittance' AND j.effective_date <= ?) AS paid,
                    (SELECT min(j.effective_date) FROM account a JOIN posting p ON p.account_id = a.id JOIN journal_entry j ON j.id = p.entry_id
                     WHERE a.guarantor_id = g.id AND p.bucket = 'cash' AND j.source_kind <> 'remittance'
                       \(statements ? "AND j.effective_date >= coalesce(s.first_statement_date, '0000-00-00')" : "")) AS first_paid,
                    EXISTS (SELECT 1 FROM account a JOIN coverage c ON c.patient_id = a.patient_id WHERE a.guarantor_id = g.id AND c.payer = 'MEDICAID') AS medicaid,
                    EXISTS (SELECT 1 FROM account a JOIN coverage c ON c.patient_id = a.patient_id WHERE a.guarantor_id = g.id) AS insured
                FROM guarantor g \(statements ? "LEFT JOIN collections_statement_history s ON s.guarantor_id = g.id" : "")
                WHERE g.site = ? AND EXISTS (SELECT 1 FROM account a WHERE a.guarantor_id = g.id)
                ORDER BY g.id
                """, arguments: [today.description, site])
            var histories: [GuarantorHistory] = []
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let first = try (row[2] as String?).map { try dates.date($0) }
                let firstPaid = try (row[5] as String?).map { try dates.date($0) }
                let balance = Money(cents: row[3]), paid = Money(cents: row[4])
                let plan = installments[id] ?? (0, 0)
                histories.append(GuarantorHistory(
                    guarantor: GuarantorID(id), statementsSent: row[1],
                    daysFromFirstStatementToFirstPayment: first.flatMap { start in firstPaid.map { start.days(until: $0) } },
                    billedToPatient: paid + max(balance, .zero), paidByPatient: paid, installmentsDue: plan.due, installmentsPaidOnTime: plan.onTime,
                    currentBalance: balance, coverage: (row[6] as Bool) ? .medicaid : (row[7] as Bool) ? .insured : .selfPay))
            }
            return histories
        }
    }

    /// Records the segments computed today (history is kept; the latest is what the worklist reads).
    func recordSegments(_ segments: [(GuarantorID, String, Int, String)], site: String, on day: CalendarDate, at instant: Date) throws {
        try database.writer.write { db in
            for (guarantor, segment, points, reason) in segments {
                try db.execute(sql: """
                    INSERT INTO analytics_propensity (site, guarantor_id, segment, points, reason, computed_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [site, guarantor.rawValue, segment, points, reason, day.description, instant.timeIntervalSince1970])
            }
        }
    }
}
