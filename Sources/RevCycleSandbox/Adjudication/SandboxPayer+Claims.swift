import GRDB
import X12

/// A claim the sandbox payer adjudicated, as its claim system keeps it: enough to find a duplicate,
/// and to reverse the payment when the provider replaces or voids the claim.
struct AdjudicatedClaim: Sendable, Hashable {
    var payerClaimNumber: String
    var payerID: String
    var memberID: String
    var planYear: Int
    var patientControlNumber: String
    /// What makes another claim an exact duplicate of this one; `nil` for a claim denied as a duplicate.
    var fingerprint: String?
    var charge: Int64
    var paid: Int64
    var patientResponsibility: Int64
    /// Claim and line adjustments together, summed by group and reason.
    var adjustments: [RemittanceAdjustment]
    var filingIndicator: String
    var facilityCode: String?
    /// What the claim added to the member's accumulators.
    var deductible: Int64
    var outOfPocket: Int64
    var adjudicatedOn: X12Date
    var reversedOn: X12Date?
    /// TRN02 of the 835 that carried the claim, once it was written.
    var remittanceTrace: String? = nil
    /// CLP02 of the claim in that 835 (`1` processed as primary, `4` denied).
    var remittanceStatus: String? = nil
}

// MARK: - Claims

extension SandboxPayer {
    /// Keeps an adjudicated claim (with the accumulators it moved, in the same transaction).
    func record(_ claim: AdjudicatedClaim, member: SandboxMember) throws {
        _ = try accumulators(of: member, year: claim.planYear)
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO adjudicated_claim (payer_claim_number, payer_id, member_id, plan_year, patient_control_number,
                    fingerprint, charge, paid, patient_responsibility, adjustments, filing_indicator, facility_code,
                    deductible, out_of_pocket, adjudicated_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [claim.payerClaimNumber, claim.payerID, claim.memberID, claim.planYear, claim.patientControlNumber,
                                 claim.fingerprint, claim.charge, claim.paid, claim.patientResponsibility,
                                 Self.text(of: claim.adjustments), claim.filingIndicator, claim.facilityCode, claim.deductible,
                                 claim.outOfPocket, claim.adjudicatedOn.x12])
            try Self.move(member: member, year: claim.planYear, deductible: claim.deductible, outOfPocket: claim.outOfPocket, in: db)
        }
    }

    /// The claim the payer adjudicated under `payerClaimNumber`, if any.
    func adjudicatedClaim(_ payerClaimNumber: String) throws -> AdjudicatedClaim? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM adjudicated_claim WHERE payer_claim_number = ?", arguments: [payerClaimNumber])
                .map(Self.claim(from:))
        }
    }

    /// The claim of a payer and member sent with `patientControlNumber` (837 CLM01): the open one when
    /// there is one (a replacement's, not the claim it reversed), otherwise the latest reversed one.
    func adjudicatedClaim(payerID: String, memberID: String, patientControlNumber: String) throws -> AdjudicatedClaim? {
        try database.read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM adjudicated_claim WHERE payer_id = ? AND member_id = ? AND patient_control_number = ?
                ORDER BY reversed_on IS NOT NULL, payer_claim_number DESC LIMIT 1
                """, arguments: [payerID, memberID, patientControlNumber]).map(Self.claim(from:))
        }
    }

    /// Notes the 835 that carried a claim: its trace number (TRN02) and the claim's status (CLP02).
    func recordRemittance(of payerClaimNumber: String, trace: String, status: String) throws {
        try database.write { db in
            try db.execute(sql: """
                UPDATE adjudicated_claim SET remittance_trace = ?, remittance_status = ? WHERE payer_claim_number = ?
                """, arguments: [trace, status, payerClaimNumber])
        }
    }

    /// Whether a claim with `fingerprint` was adjudicated and not reversed since.
    func hasAdjudicated(fingerprint: String) throws -> Bool {
        try database.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM adjudicated_claim WHERE fingerprint = ? AND reversed_on IS NULL)
                """, arguments: [fingerprint]) ?? false
        }
    }

    /// Marks a claim reversed and takes what it added back out of the member's accumulators.
    func reverse(_ claim: AdjudicatedClaim, member: SandboxMember, on date: X12Date) throws {
        _ = try accumulators(of: member, year: claim.planYear)
        try database.write { db in
            try db.execute(sql: "UPDATE adjudicated_claim SET reversed_on = ? WHERE payer_claim_number = ? AND reversed_on IS NULL",
                           arguments: [date.x12, claim.payerClaimNumber])
            try Self.move(member: member, year: claim.planYear, deductible: -claim.deductible, outOfPocket: -claim.outOfPocket, in: db)
        }
    }

    private static func move(member: SandboxMember, year: Int, deductible: Int64, outOfPocket: Int64, in db: Database) throws {
        try db.execute(sql: """
            UPDATE accumulator SET deductible_met = max(0, min(?, deductible_met + ?)), out_of_pocket_met = max(0, out_of_pocket_met + ?)
            WHERE payer_id = ? AND member_id = ? AND plan_year = ?
            """, arguments: [member.plan.deductible, deductible, outOfPocket, member.payerID, member.memberID, year])
    }

    private static func claim(from row: Row) -> AdjudicatedClaim {
        AdjudicatedClaim(
            payerClaimNumber: row["payer_claim_number"], payerID: row["payer_id"], memberID: row["member_id"],
            planYear: row["plan_year"], patientControlNumber: row["patient_control_number"], fingerprint: row["fingerprint"],
            charge: row["charge"], paid: row["paid"], patientResponsibility: row["patient_responsibility"],
            adjustments: adjustments(in: row["adjustments"]), filingIndicator: row["filing_indicator"],
            facilityCode: row["facility_code"], deductible: row["deductible"], outOfPocket: row["out_of_pocket"],
            adjudicatedOn: X12Date(x12: row["adjudicated_on"]) ?? X12Date(year: 2000, month: 1, day: 1)!,
            reversedOn: (row["reversed_on"] as String?).flatMap(X12Date.init(x12:)), remittanceTrace: row["remittance_trace"],
            remittanceStatus: row["remittance_status"])
    }

    /// `CO:45:9400;PR:3:2000`.
    private static func text(of adjustments: [RemittanceAdjustment]) -> String {
        adjustments.map { "\($0.group.rawValue):\($0.reason):\($0.amount)" }.joined(separator: ";")
    }

    private static func adjustments(in text: String) -> [RemittanceAdjustment] {
        text.split(separator: ";").compactMap { item in
            let parts = item.split(separator: ":").map(String.init)
            guard parts.count == 3, let group = RemittanceAdjustment.Group(rawValue: parts[0]), let amount = Int64(parts[2]) else {
                return nil
            }
            return RemittanceAdjustment(group, reason: parts[1], amount: amount)
        }
    }
}
