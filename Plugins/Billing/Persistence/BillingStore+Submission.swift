import Foundation
import GRDB
import RevCycleCore
import RevCycleStore
import X12

extension BillingStore {
    // MARK: - Submissions and acknowledgments

    /// Records an 837P file sent and moves its claims from scrubbed to submitted, in one transaction.
    func recordSubmission(file: String, payer: PayerCode, guide: String, interchange: Int, group: Int, claims: [Claim],
                          by actor: ActingUser) throws {
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO billing_submission (site, payer, file, guide, interchange_control, group_control, claims, total_cents, submitted_at,
                    submitted_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [actor.site, payer.rawValue, file, guide, interchange, group, claims.count,
                                 claims.reduce(Money.zero) { $0 + $1.total }.cents, actor.at.timeIntervalSince1970, actor.user])
            for claim in claims {
                let current = try Self.claim(claim.id, site: actor.site, in: db)
                try Self.move(current, to: .submitted, reason: "837P \(file)", by: actor, in: db)
                try db.execute(sql: "UPDATE billing_claim SET submitted_file = ? WHERE id = ?", arguments: [file, claim.id])
            }
        }
    }

    /// A 999: every claim of the group it answers is accepted (A, E) or rejected (R), once.
    ///
    /// - Returns: the claims rejected, with the reason.
    func acknowledge(_ ack: ImplementationAcknowledgment, file: String, by actor: ActingUser) throws -> (matched: Bool, rejected: [String]) {
        try database.writer.write { db in
            guard let group = Int(ack.groupControlNumber),
                  let submitted = try String.fetchOne(db, sql: "SELECT file FROM billing_submission WHERE site = ? AND group_control = ?",
                                                      arguments: [actor.site, group]) else { return (false, []) }
            guard try record(kind: "999", file: file, reference: ack.groupControlNumber, status: ack.groupStatus.rawValue,
                             detail: "answers \(submitted)", by: actor, in: db) else { return (true, []) }
            guard ack.groupStatus.isRejection else { return (true, []) }
            var rejected: [String] = []
            let reason = "999 \(file): the payer's front end rejected the file (\(ack.groupErrorCodes.joined(separator: " ")))"
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM billing_claim WHERE site = ? AND submitted_file = ? AND state = 'submitted'",
                                         arguments: [actor.site, submitted]) {
                let claim = try Self.claim(id, site: actor.site, in: db)
                try Self.move(claim, to: .rejected, reason: reason, by: actor, in: db)
                try rejectionTask(claim, reason: reason, by: actor, in: db)
                rejected.append(claim.patientControlNumber)
            }
            return (true, rejected)
        }
    }

    /// A 277CA: each claim it names is accepted (A1/A2) or rejected (A3, A6, A7, A8) with the reason, once.
    func acknowledge(_ ack: ClaimAcknowledgment, file: String, by actor: ActingUser) throws -> (accepted: [String], rejected: [String], unknown: [String]) {
        try database.writer.write { db in
            var accepted: [String] = [], rejected: [String] = [], unknown: [String] = []
            for item in ack.claims {
                guard let id = Claim.id(fromPatientControlNumber: item.patientControlNumber),
                      let claim = try? Self.claim(id, site: actor.site, in: db) else {
                    unknown.append(item.patientControlNumber)
                    continue
                }
                let codes = item.statuses.map { "\($0.code.category):\($0.code.code)" + ($0.code.entity.map { ":\($0)" } ?? "") }.joined(separator: " ")
                let isRejected = item.statuses.contains { $0.isRejection }
                guard try record(kind: "277CA", file: file, reference: item.patientControlNumber, status: isRejected ? "rejected" : "accepted",
                                 detail: codes, by: actor, in: db) else { continue }
                if isRejected {
                    let reason = "277CA \(file): \(codes)\(item.statuses.compactMap(\.message).first.map { " — \($0)" } ?? "")"
                    if claim.state.next.contains(.rejected) { try Self.move(claim, to: .rejected, reason: reason, by: actor, in: db) }
                    try rejectionTask(claim, reason: reason, by: actor, in: db)
                    rejected.append(claim.patientControlNumber)
                } else if claim.state == .submitted {
                    try Self.move(claim, to: .accepted, reason: "277CA \(file): \(codes)", by: actor, in: db)
                    accepted.append(claim.patientControlNumber)
                }
            }
            return (accepted, rejected, unknown)
        }
    }

    /// Records an acknowledgment once; false when it had been read before.
    private func record(kind: String, file: String, reference: String, status: String, detail: String, by actor: ActingUser,
                        in db: Database) throws -> Bool {
        try db.execute(sql: """
            INSERT OR IGNORE INTO billing_acknowledgment (site, kind, file, reference, status, detail, read_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [actor.site, kind, file, reference, status, detail, actor.at.timeIntervalSince1970])
        return db.changesCount > 0
    }

    private func rejectionTask(_ claim: Claim, reason: String, by actor: ActingUser, in db: Database) throws {
        _ = try SQLiteWorkQueue.create(WorkItem(
            kind: "billing.claim.rejected", title: String("Rejected \(claim.patientControlNumber) (\(claim.payer), \(claim.total))".prefix(200)),
            detail: reason + ". Correct the claim and scrub it again; the payer never adjudicated it.", role: .billing, priority: .high,
            links: WorkItem.Links(account: claim.account, claim: claim.patientControlNumber), createdBy: actor.user, createdAt: actor.at),
            by: actor, in: db)
    }
}
