public import Foundation
import GRDB
public import X12

/// The built-in payer: answers 270 eligibility inquiries with 271s from its plans and members
/// (``SandboxPlan``, ``SandboxMember``), adjudicates 837P claims (see ``SandboxClearinghouse``), and tracks
/// each member's deductible and out-of-pocket accumulators for the plan year and the claims it has
/// adjudicated in its own SQLite file — as a real payer's system would, apart from RevCycle's database.
///
/// ```swift
/// let payer = try SandboxPayer(file: home.appendingPathComponent("var/sandbox/default/payer.sqlite"))
/// let response = try payer.answer(inquiry, on: today, time: "1230")
/// ```
public struct SandboxPayer: Sendable {
    let database: DatabaseQueue

    public init(file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        database = try DatabaseQueue(path: file.path)
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("payer.001") { db in
            try db.execute(sql: """
                CREATE TABLE accumulator (
                    payer_id TEXT NOT NULL,
                    member_id TEXT NOT NULL,
                    plan_year INTEGER NOT NULL,
                    deductible_met INTEGER NOT NULL CHECK (deductible_met >= 0),
                    out_of_pocket_met INTEGER NOT NULL CHECK (out_of_pocket_met >= 0),
                    PRIMARY KEY (payer_id, member_id, plan_year)
                ) WITHOUT ROWID;
                CREATE TABLE control_number (kind TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("payer.002-claims") { db in
            try db.execute(sql: """
                CREATE TABLE adjudicated_claim (
                    payer_claim_number TEXT PRIMARY KEY,
                    payer_id TEXT NOT NULL,
                    member_id TEXT NOT NULL,
                    plan_year INTEGER NOT NULL,
                    patient_control_number TEXT NOT NULL,
                    fingerprint TEXT,
                    charge INTEGER NOT NULL,
                    paid INTEGER NOT NULL,
                    patient_responsibility INTEGER NOT NULL,
                    adjustments TEXT NOT NULL,
                    filing_indicator TEXT NOT NULL,
                    facility_code TEXT,
                    deductible INTEGER NOT NULL CHECK (deductible >= 0),
                    out_of_pocket INTEGER NOT NULL CHECK (out_of_pocket >= 0),
                    adjudicated_on TEXT NOT NULL,
                    reversed_on TEXT
                ) WITHOUT ROWID;
                CREATE INDEX adjudicated_claim_fingerprint ON adjudicated_claim (fingerprint) WHERE reversed_on IS NULL;
                """)
        }
        migrator.registerMigration("payer.003-claim-remittance") { db in
            // What a 276 claim status inquiry is answered from: the 835 that paid or denied the claim
            // (its TRN02 and the claim's CLP02), and a way to find the claim by the provider's numbers.
            try db.execute(sql: """
                ALTER TABLE adjudicated_claim ADD COLUMN remittance_trace TEXT;
                ALTER TABLE adjudicated_claim ADD COLUMN remittance_status TEXT;
                CREATE INDEX adjudicated_claim_patient_control_number
                    ON adjudicated_claim (payer_id, member_id, patient_control_number);
                """)
        }
        return migrator
    }

    /// A member's accumulators for the plan year: what they have met of the deductible and the
    /// out-of-pocket limit. A member seen for the first time starts from a stable share of the
    /// deductible already met (none, a quarter, half, three quarters or all), as members mid-year do.
    public func accumulators(of member: SandboxMember, year: Int) throws -> (deductibleMet: Int64, outOfPocketMet: Int64) {
        try database.write { db in
            if let row = try Row.fetchOne(db, sql: """
                SELECT deductible_met, out_of_pocket_met FROM accumulator WHERE payer_id = ? AND member_id = ? AND plan_year = ?
                """, arguments: [member.payerID, member.memberID, year]) {
                return (row["deductible_met"], row["out_of_pocket_met"])
            }
            let share = Int64(member.draw % 5)
            let met = member.plan.deductible * share / 4
            try db.execute(sql: """
                INSERT INTO accumulator (payer_id, member_id, plan_year, deductible_met, out_of_pocket_met) VALUES (?, ?, ?, ?, ?)
                """, arguments: [member.payerID, member.memberID, year, met, met])
            return (met, met)
        }
    }

    /// Adds what a member paid on an adjudicated claim to their accumulators (the claim side of
    /// the payer uses this; eligibility answers then show less remaining).
    public func accumulate(member: SandboxMember, year: Int, deductible: Int64, outOfPocket: Int64) throws {
        _ = try accumulators(of: member, year: year)
        try database.write { db in
            try db.execute(sql: """
                UPDATE accumulator SET deductible_met = min(?, deductible_met + ?), out_of_pocket_met = out_of_pocket_met + ?
                WHERE payer_id = ? AND member_id = ? AND plan_year = ?
                """, arguments: [member.plan.deductible, deductible, outOfPocket, member.payerID, member.memberID, year])
        }
    }

    /// Control numbers for `count` interchanges the payer writes (each with one group and one set),
    /// reserved so that none ever repeats.
    func reserveControlNumbers(_ count: Int) throws -> ControlNumbers {
        let start = try reserve(count, of: "interchange")
        return ControlNumbers(interchange: start, group: start, transactionSet: start)
    }

    /// Reserves `count` numbers of a counter (`interchange`, `claim`, `trace`) and returns the last
    /// number used before them: the caller uses `start + 1 … start + count`. Wraps to 0 past nine digits.
    func reserve(_ count: Int, of kind: String) throws -> Int {
        try database.write { db in
            let last = try Int.fetchOne(db, sql: "SELECT last FROM control_number WHERE kind = ?", arguments: [kind]) ?? 0
            let start = last + count > ControlNumbers.maximum ? 0 : last
            try db.execute(sql: """
                INSERT INTO control_number (kind, last) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET last = excluded.last
                """, arguments: [kind, start + count])
            return start
        }
    }

    // MARK: - 270 → 271

    /// The 271 answering one inquiry, as of `date`.
    public func answer(_ inquiry: EligibilityInquiry, on date: X12Date, time: String) throws -> EligibilityResponse {
        var response = EligibilityResponse(answering: inquiry, creationDate: date, creationTime: time)
        guard var patient = response.patient else { return response }
        let payerID = inquiry.source.payerID
        let person = inquiry.subscriber
        let member: SandboxMember?
        if let memberID = person.memberID, !memberID.isEmpty {
            member = SandboxMember.lookup(payerID: payerID, memberID: memberID, year: date.year, month: date.month)
        } else {
            member = SandboxMember.discover(payerID: payerID, lastName: person.lastName, firstName: person.firstName ?? "",
                                            birthDate: person.dateOfBirth?.x12 ?? "", year: date.year, month: date.month)
        }
        guard let member else {
            patient.rejections = [EligibilityRejection(reason: .subscriberNotFound, followUp: .correctAndResubmit)]
            response.patient = patient
            return response
        }
        if person.memberID == nil || person.memberID?.isEmpty == true {
            response.subscribers[0].person.memberID = member.memberID
            if response.subscribers[0].dependents.isEmpty { patient.person.memberID = member.memberID }
        }
        let planBegin = X12Date(year: date.year, month: 1, day: 1)!
        switch member.standing {
        case .notFound:
            patient.rejections = [EligibilityRejection(reason: .subscriberNotFound, followUp: .correctAndResubmit)]
        case .unavailable:
            patient.rejections = [EligibilityRejection(isValidRequest: true, reason: .unableToRespondNow, followUp: .resubmissionAllowed)]
        case .terminated(let endedOn):
            let ended = X12Date(x12: endedOn) ?? planBegin
            let begin = X12Date(year: ended.year, month: 1, day: 1)!
            patient.dates = [EligibilityDate(.plan, from: begin, through: ended)]
            patient.benefits = [EligibilityBenefit(.inactive, coverageLevel: .individual, serviceTypes: ["30"],
                                                   insuranceType: member.plan.insuranceType, planDescription: member.plan.name)]
        case .active:
            let (deductibleMet, outOfPocketMet) = try accumulators(of: member, year: date.year)
            patient.dates = [EligibilityDate(.planBegin, planBegin)]
            patient.benefits = Self.benefits(of: member.plan, deductibleMet: deductibleMet, outOfPocketMet: outOfPocketMet)
        }
        response.patient = patient
        return response
    }

    /// The EB loops of an active member: coverage, deductible (calendar year and remaining), coinsurance
    /// and out-of-pocket in and out of network, and copays by service type.
    static func benefits(of plan: SandboxPlan, deductibleMet: Int64, outOfPocketMet: Int64) -> [EligibilityBenefit] {
        var benefits = [EligibilityBenefit(.activeCoverage, coverageLevel: .individual, serviceTypes: ["30"],
                                           insuranceType: plan.insuranceType, planDescription: plan.name)]
        for (network, deductible, coinsurance) in [(EligibilityBenefit.Network.inNetwork, plan.deductible, plan.coinsurance),
                                                   (.outOfNetwork, plan.outOfNetworkDeductible, plan.outOfNetworkCoinsurance)] {
            let met = network == .inNetwork ? deductibleMet : min(deductibleMet, deductible)
            benefits.append(EligibilityBenefit(.deductible, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .calendarYear,
                                               amount: deductible, network: network))
            benefits.append(EligibilityBenefit(.deductible, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .remaining,
                                               amount: max(0, deductible - met), network: network))
            benefits.append(EligibilityBenefit(.coInsurance, coverageLevel: .individual, serviceTypes: ["30"], percentage: coinsurance,
                                               network: network))
        }
        if let maximum = plan.outOfPocketMaximum {
            benefits.append(EligibilityBenefit(.outOfPocket, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .calendarYear,
                                               amount: maximum, network: .inNetwork))
            benefits.append(EligibilityBenefit(.outOfPocket, coverageLevel: .individual, serviceTypes: ["30"], timePeriod: .remaining,
                                               amount: max(0, maximum - outOfPocketMet), network: .inNetwork))
        }
        for (serviceType, copay) in plan.copays.sorted(by: { $0.key < $1.key }) {
            benefits.append(EligibilityBenefit(.coPayment, coverageLevel: .individual, serviceTypes: [serviceType], timePeriod: .visit,
                                               amount: copay, network: .inNetwork))
        }
        return benefits
    }
}
