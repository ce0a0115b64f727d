import GRDB
import RevCycleCore
import RevCycleStore

extension BillingStore {
    func recordVisitProvider(_ npi: String, services: String, for account: AccountID) throws {
        try database.writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO billing_visit_provider (account_id, provider_npi, services) VALUES (?, ?, ?)",
                           arguments: [account.rawValue, npi, services])
        }
    }

    /// The provider the patient saw on this visit, when the front desk checked them in.
    func visitProvider(of account: AccountID) throws -> NationalProviderID? {
        try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT provider_npi FROM billing_visit_provider WHERE account_id = ?", arguments: [account.rawValue])
        }.flatMap { try? NationalProviderID(parsing: $0) }
    }
}
