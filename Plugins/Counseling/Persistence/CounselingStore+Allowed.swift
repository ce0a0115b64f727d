import Foundation
import GRDB
import RevCycleCore
import RevCycleStore

extension CounselingStore {
    /// One payer's answer to a claim as the look-back method counts it: the claim's gross charges and
    /// what the payer allowed (its payment plus the patient's share), signed (a reversal subtracts).
    struct AllowedClaim: Sendable, Hashable {
        var claim: String
        var payer: String
        var answeredOn: CalendarDate
        var grossCharges: Money
        var allowed: Money
    }

    /// Every payer answer (`billing.claim.adjudicated`) of the site from `start` through `end`, in the
    /// site's time zone, oldest first.
    static func allowedClaims(site: String, from start: CalendarDate, through end: CalendarDate, timeZone: TimeZone,
                              in db: Database) throws -> [AllowedClaim] {
        let lower = start.start(in: timeZone).timeIntervalSince1970
        let upper = end.adding(days: 1).start(in: timeZone).timeIntervalSince1970
        return try Row.fetchAll(db, sql: """
            SELECT fields, occurred_at FROM host_event WHERE site = ? AND name = 'billing.claim.adjudicated' AND occurred_at >= ? AND occurred_at < ?
            ORDER BY seq
            """, arguments: [site, lower, upper]).compactMap { row in
            let text: String = row["fields"]
            guard let fields = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: String] else { return nil }
            let answer = ClaimAdjudication(fields: fields)
            let sign: Int64 = answer.isReversal ? -1 : 1
            return AllowedClaim(claim: answer.claim, payer: answer.payer,
                                answeredOn: CalendarDate(Date(timeIntervalSince1970: row["occurred_at"]), in: timeZone),
                                grossCharges: answer.charges * sign, allowed: answer.allowed * sign)
        }
    }

    func allowedClaims(site: String, from start: CalendarDate, through end: CalendarDate, timeZone: TimeZone) throws -> [AllowedClaim] {
        try database.writer.read { db in try Self.allowedClaims(site: site, from: start, through: end, timeZone: timeZone, in: db) }
    }
}
