import X12

/// What the patient owes on one line: the copay (PR-3), the deductible (PR-1) and coinsurance (PR-2),
/// in cents.
struct PatientShare: Sendable, Hashable {
    var copay: Int64 = 0
    var deductible: Int64 = 0
    var coinsurance: Int64 = 0

    var total: Int64 { copay + deductible + coinsurance }

    /// The PR adjustments, in the order the payer applied them.
    var adjustments: [RemittanceAdjustment] {
        [("3", copay), ("1", deductible), ("2", coinsurance)].compactMap { reason, amount in
            amount == 0 ? nil : RemittanceAdjustment(.patientResponsibility, reason: reason, amount: amount)
        }
    }
}

/// A member's plan applied line by line across a claim: a copay once per visit (service type and
/// day), then the deductible left, then coinsurance on the rest, never past the out-of-pocket limit.
///
/// Lines with a copay (office and emergency visits) pay the copay only, as the sandbox's PPO and HMO
/// plans do; other lines meet the deductible first. Coinsurance rounds half up to the cent.
struct PlanBenefits: Sendable {
    let plan: SandboxPlan
    private(set) var deductibleLeft: Int64
    private(set) var outOfPocketLeft: Int64?
    private var copaidVisits: Set<String> = []
    /// What this claim added to the member's accumulators.
    private(set) var deductibleApplied: Int64 = 0
    private(set) var outOfPocketApplied: Int64 = 0

    init(plan: SandboxPlan, deductibleMet: Int64, outOfPocketMet: Int64) {
        self.plan = plan
        deductibleLeft = max(0, plan.deductible - deductibleMet)
        outOfPocketLeft = plan.outOfPocketMaximum.map { max(0, $0 - outOfPocketMet) }
    }

    /// The patient's share of `allowed` cents for `code` on `date`, and the benefits it uses up.
    mutating func share(of allowed: Int64, code: String, on date: X12Date) -> PatientShare {
        var share = PatientShare()
        var rest = allowed
        if let serviceType = HCPCSCodes.copayServiceType(of: code), let copay = plan.copays[serviceType] {
            if copaidVisits.insert(serviceType + "|" + date.x12).inserted {
                share.copay = cap(min(copay, rest))
            }
            return record(share)
        }
        share.deductible = cap(min(deductibleLeft, rest))
        deductibleLeft -= share.deductible
        rest -= share.deductible
        share.coinsurance = cap(Self.percentage(rest, basisPoints: plan.coinsurance))
        return record(share)
    }

    /// `cents` × `basisPoints` / 10 000, rounded half up to the cent.
    static func percentage(_ cents: Int64, basisPoints: Int) -> Int64 {
        (cents * Int64(basisPoints) + 5_000) / 10_000
    }

    /// `amount`, or what is left of the out-of-pocket limit when that is less; uses it up.
    private mutating func cap(_ amount: Int64) -> Int64 {
        guard let left = outOfPocketLeft else { return amount }
        let capped = min(amount, left)
        outOfPocketLeft = left - capped
        return capped
    }

    private mutating func record(_ share: PatientShare) -> PatientShare {
        deductibleApplied += share.deductible
        outOfPocketApplied += share.total
        return share
    }
}
