import Foundation
import GRDB
import RevCycleCore
import RevCycleStore
import X12

extension BillingStore {
    // MARK: - Claim status (276/277)

    /// Claims with a payer and no answer yet (submitted or accepted) whose last change is at least
    /// `days` old, and no status inquiry in those days either.
    func claimsAwaitingAnswer(olderThan days: Int, now: Date, site: String) throws -> [Claim] {
        let cutoff = now.timeIntervalSince1970 - Double(days) * 86_400
        return try database.writer.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT c.id FROM billing_claim c
                WHERE c.site = ? AND c.state IN ('submitted', 'accepted')
                  AND (SELECT max(at) FROM billing_claim_transition t WHERE t.claim_id = c.id) <= ?
                  AND NOT EXISTS (SELECT 1 FROM billing_status_inquiry i WHERE i.claim_id = c.id AND i.sent_at > ?)
                ORDER BY c.id
                """, arguments: [site, cutoff, cutoff]).map { try Self.claim($0, site: site, in: db) }
        }
    }

    /// Records the 276 inquiries sent in `file`, with an audit row per claim.
    func recordStatusInquiries(_ inquiries: [(claim: Claim, trace: String)], file: String, by actor: ActingUser) throws {
        try database.writer.write { db in
            for (claim, trace) in inquiries {
                try db.execute(sql: """
                    INSERT INTO billing_status_inquiry (trace, site, claim_id, file, sent_at, sent_by) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [trace, actor.site, claim.id, file, actor.at.timeIntervalSince1970, actor.user])
                let patient = try SQLitePatientRegistry.account(claim.account, site: actor.site, in: db).patient
                try SQLiteAuditLog.append(action: "billing.claim.status-inquiry", outcome: .allowed, patient: patient, account: claim.account,
                                          detail: "276 for \(claim.patientControlNumber), trace \(trace), file \(file)", by: actor, in: db)
            }
        }
    }

    /// A 277: each claim's status is recorded on its inquiry; a payer with no record of the claim
    /// (A4 and other rejections) rejects it with a task to send it again; a finalized claim whose
    /// 835 never arrived gets a task to ask for the remittance. Each answer is read once.
    ///
    /// - Returns: one line per claim answered.
    func recordStatusResponse(_ response: ClaimStatusResponse, file: String, by actor: ActingUser) throws -> [String] {
        try database.writer.write { db in
            var lines: [String] = []
            for answer in response.claims {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM billing_status_inquiry WHERE trace = ? AND site = ?",
                                                 arguments: [answer.trace, actor.site]),
                      (row["answered_at"] as Double?) == nil else { continue }
                let claim = try Self.claim(row["claim_id"], site: actor.site, in: db)
                let codes = answer.statuses.map { "\($0.code.category):\($0.code.code)" + ($0.code.entity.map { ":\($0)" } ?? "") }
                    .joined(separator: " ")
                var detail = codes
                if let status = answer.statuses.first {
                    if status.isRejection || status.code.category == "A4" {
                        detail += ": the payer has no record of the claim"
                        if claim.state.next.contains(.rejected) {
                            try Self.move(claim, to: .rejected, reason: "277 \(file): \(codes), the payer has no record of it", by: actor, in: db)
                        }
                        try task(claim, title: "Payer has no record of \(claim.patientControlNumber)",
                                 detail: "The 277 (\(codes)) says \(claim.payer) never received or accepted the claim. Scrub and submit it again; check the filing window.",
                                 by: actor, in: db)
                    } else if status.isFinalized {
                        let paid = Money(cents: status.paidAmount ?? 0)
                        detail += ": finalized, paid \(paid)" + (status.remittanceTrace.map { ", 835 trace \($0)" } ?? "")
                        let posted = try status.remittanceTrace.map { trace in
                            try Bool.fetchOne(db, sql: "SELECT 1 FROM billing_remittance WHERE site = ? AND trace = ?", arguments: [actor.site, trace]) ?? false
                        } ?? false
                        if !posted {
                            try task(claim, title: "835 missing for \(claim.patientControlNumber)",
                                     detail: "\(claim.payer) finalized the claim (\(codes), paid \(paid)\(status.remittanceTrace.map { ", trace \($0)" } ?? "")) but that remittance was never imported. Ask the payer or clearinghouse to resend the 835.",
                                     by: actor, in: db)
                        }
                    } else {
                        detail += ": still in process"
                    }
                }
                try db.execute(sql: "UPDATE billing_status_inquiry SET answered_at = ?, answer_file = ?, status = ?, detail = ? WHERE trace = ?",
                               arguments: [actor.at.timeIntervalSince1970, file, codes, detail, answer.trace])
                lines.append("\(claim.patientControlNumber) \(detail)")
            }
            return lines
        }
    }

    private func task(_ claim: Claim, title: String, detail: String, by actor: ActingUser, in db: Database) throws {
        _ = try SQLiteWorkQueue.create(WorkItem(
            kind: "billing.claim.status", title: String(title.prefix(200)), detail: detail, role: .billing, priority: .high,
            links: WorkItem.Links(account: claim.account, claim: claim.patientControlNumber), createdBy: actor.user, createdAt: actor.at),
            by: actor, in: db)
    }
}
