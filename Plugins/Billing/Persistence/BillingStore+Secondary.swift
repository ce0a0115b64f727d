import Foundation
import GRDB
import RevCycleCore
import RevCycleStore
import X12

/// What the primary payer decided on a claim, as a secondary claim must carry it (837P 2320/2430).
struct PrimaryAdjudication: Sendable {
    struct Line: Sendable {
        var code: String
        var modifiers: [String]
        var paid: Int64
        var units: Int64
        var adjustments: [RemittanceAdjustment]
    }

    var payer: PayerCode
    var coverage: Int64
    var paid: Int64
    var claimAdjustments: [RemittanceAdjustment]
    var lines: [Line]
    var date: CalendarDate
}

extension BillingStore {
    /// A claim to the secondary payer for the lines its primary claim adjudicated, once the primary has answered.
    ///
    /// - Throws: `conflict` when the primary has not paid or denied the encounter's claim yet.
    func createSecondaryClaim(account: AccountID, coverage: Coverage, by actor: ActingUser) throws -> Claim {
        try database.writer.write { db in
            let encounter = try SQLitePatientRegistry.account(account, site: actor.site, in: db)
            guard let primaryID = try Int64.fetchOne(db, sql: """
                SELECT id FROM billing_claim WHERE account_id = ? AND priority = 'primary' AND state IN ('paid', 'partially-paid', 'denied', 'appealed')
                ORDER BY id DESC LIMIT 1
                """, arguments: [account.rawValue]) else {
                throw RevCycleError(.conflict, "Account \(account) has no primary claim the payer has answered; the secondary claim follows the primary's 835.",
                                    remedy: "revcycle billing claim list --account \(account)")
            }
            let primary = try Self.claim(primaryID, site: actor.site, in: db)
            if let existing = try Int64.fetchOne(db, sql: """
                SELECT id FROM billing_claim WHERE account_id = ? AND payer = ? AND priority = 'secondary' AND state NOT IN ('rejected', 'closed')
                """, arguments: [account.rawValue, coverage.payer.rawValue]) {
                throw RevCycleError(.conflict, "Claim \(Claim.patientControlNumber(existing)) already bills \(coverage.payer) as secondary for \(account).")
            }
            let id = try Self.insertClaim(account: account, payer: coverage.payer, coverage: coverage.id ?? 0, priority: .secondary,
                                          frequency: .original, replaces: nil, payerClaimNumber: nil, lines: primary.lines,
                                          serviceDate: primary.serviceDate, by: actor, in: db)
            try Self.recordTransition(id, from: nil, to: .draft, reason: "secondary to \(primary.payer) after \(primary.patientControlNumber)",
                                      patient: encounter.patient, account: account, by: actor, in: db)
            return try Self.claim(id, site: actor.site, in: db)
        }
    }

    /// The primary payer's latest adjudication of the encounter's primary claim, from its 835.
    func primaryAdjudication(of account: AccountID, site: String) throws -> PrimaryAdjudication? {
        try database.writer.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT rc.*, c.payer, c.coverage_id, r.payment_date FROM billing_remit_claim rc
                JOIN billing_claim c ON c.id = rc.claim_id JOIN billing_remittance r ON r.id = rc.remittance_id
                WHERE c.account_id = ? AND c.priority = 'primary' AND c.site = ? AND rc.status != '22'
                ORDER BY rc.remittance_id DESC, rc.ordinal DESC LIMIT 1
                """, arguments: [account.rawValue, site]) else { return nil }
            let lines = try Row.fetchAll(db, sql: """
                SELECT * FROM billing_remit_line WHERE remittance_id = ? AND claim_ordinal = ? ORDER BY line_ordinal
                """, arguments: [row["remittance_id"], row["ordinal"]]).map { line in
                PrimaryAdjudication.Line(code: line["code"], modifiers: (line["modifiers"] as String).split(separator: ":").map(String.init),
                                         paid: line["paid_cents"], units: line["units"], adjustments: AdjustmentText.decode(line["adjustments"]))
            }
            return PrimaryAdjudication(
                payer: try PayerCode(row["payer"]), coverage: row["coverage_id"], paid: row["paid_cents"],
                claimAdjustments: AdjustmentText.decode(row["claim_adjustments"]), lines: lines, date: try CalendarDate(parsing: row["payment_date"]))
        }
    }
}
