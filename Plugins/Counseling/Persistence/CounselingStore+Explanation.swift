import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CounselingStore {
    /// What the ledger and the payers' answers say about one visit, for a plain-language explanation.
    struct VisitRecord: Sendable {
        var account: AccountID
        var guarantor: GuarantorID
        var patient: PatientID
        var patientName: String
        var serviceDate: CalendarDate
        /// Charge entries: memo and amount.
        var charges: [(memo: String, amount: Money)]
        /// The payers' answers (`billing.claim.adjudicated`), oldest first.
        var answers: [ClaimAdjudication]
        /// Cash the patient side paid (cash, check, card, agency), less refunds.
        var patientPayments: Money
        var charity: Money
        var balances: LiabilityBalances
        /// The latest assistance application of the guarantor covering the visit, if any: status and discount.
        var assistance: (status: String, discountBasisPoints: Int64?)?
    }

    static func visitRecord(_ account: AccountID, site: String, lookBackDays: Int, in db: Database) throws -> VisitRecord {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT a.guarantor_id, a.patient_id, a.service_date, p.given_name || ' ' || p.family_name AS name
            FROM account a JOIN patient p ON p.id = a.patient_id WHERE a.id = ? AND a.site = ?
            """, arguments: [account.rawValue, site]) else {
            throw RevCycleError(.notFound, "Account \(account) does not exist at site \(site).", remedy: "revcycle access find")
        }
        let serviceDate = try CalendarDate(parsing: row["service_date"])
        let charges = try Row.fetchAll(db, sql: """
            SELECT j.memo, -p.amount AS amount FROM posting p JOIN journal_entry j ON j.id = p.entry_id
            WHERE p.account_id = ? AND p.bucket = 'revenue:charges' ORDER BY j.id
            """, arguments: [account.rawValue]).map { ($0["memo"] as String, Money(cents: $0["amount"])) }
        let answers = try String.fetchAll(db, sql: """
            SELECT fields FROM host_event WHERE account_id = ? AND name = 'billing.claim.adjudicated' ORDER BY seq
            """, arguments: [account.rawValue]).map { text in
            ClaimAdjudication(fields: (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String] ?? [:])
        }
        let paid = try SQLiteLedgerStore.patientPaid(on: account, in: db)
        let charity = try Int64.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM posting WHERE account_id = ? AND bucket = 'adj:charity'",
                                         arguments: [account.rawValue]) ?? 0
        let guarantor = GuarantorID(row["guarantor_id"])
        let application = try applications(site: site, guarantor: guarantor, in: db)
            .last { $0.receivedOn.adding(days: -lookBackDays) <= serviceDate }
        return VisitRecord(
            account: account, guarantor: guarantor, patient: PatientID(row["patient_id"]), patientName: row["name"], serviceDate: serviceDate,
            charges: charges, answers: answers, patientPayments: paid, charity: Money(cents: charity),
            balances: try SQLiteLedgerStore.balances(of: account, in: db),
            assistance: application.map { ($0.status, $0.determination?.discount) })
    }

    func visitRecord(_ account: AccountID, site: String, lookBackDays: Int) throws -> VisitRecord {
        try database.writer.read { db in try Self.visitRecord(account, site: site, lookBackDays: lookBackDays, in: db) }
    }
}
