import Foundation
import GRDB
import RevCycleCore
import RevCycleHost
import RevCycleStore

extension AccessStore {
    // MARK: - Payers

    /// Replaces (by code) the site's imported payers with `payers` in one transaction, with an audit row.
    func importPayers(_ payers: [(PayerCode, PayerSettings)], source: String, by actor: ActingUser) throws {
        try database.writer.write { db in
            for (code, payer) in payers {
                try db.execute(sql: """
                    INSERT INTO access_payer (site, code, name, payer_id, timely_filing_days, claim_guide, phone, fee_schedule, source,
                        imported_at, imported_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (site, code) DO UPDATE SET name = excluded.name, payer_id = excluded.payer_id,
                        timely_filing_days = excluded.timely_filing_days, claim_guide = excluded.claim_guide, phone = excluded.phone,
                        fee_schedule = excluded.fee_schedule,
                        source = excluded.source, imported_at = excluded.imported_at, imported_by = excluded.imported_by
                    """, arguments: [actor.site, code.rawValue, payer.name, payer.payerID, payer.timelyFilingDays, payer.claimGuide,
                                     payer.phone?.digits, payer.feeSchedule, source, actor.at.timeIntervalSince1970, actor.user])
            }
            try SQLiteAuditLog.append(action: "access.payers.import", outcome: .allowed, patient: nil, account: nil,
                                      detail: "\(payers.count) payer(s) from \(source)", by: actor, in: db)
        }
    }

    /// The payers imported for `site`, by code.
    func importedPayers(site: String) throws -> [PayerCode: PayerSettings] {
        try database.writer.read { db in
            var payers: [PayerCode: PayerSettings] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM access_payer WHERE site = ?", arguments: [site]) {
                payers[try PayerCode(row["code"])] = try PayerSettings(
                    name: row["name"], timelyFilingDays: row["timely_filing_days"], payerID: row["payer_id"],
                    claimGuide: row["claim_guide"], phone: try (row["phone"] as String?).map { try PhoneNumber(parsing: $0) },
                    feeSchedule: row["fee_schedule"])
            }
            return payers
        }
    }
}
