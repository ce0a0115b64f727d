/// A health plan the sandbox payer administers: the benefits it reports in 271s and, later,
/// applies when it adjudicates claims. Amounts are cents; coinsurance is basis points.
public struct SandboxPlan: Sendable, Hashable {
    public var id: String
    public var name: String
    /// X12 insurance type code (EB04): `C1` commercial, `MB` Medicare Part B, `HN` HMO.
    public var insuranceType: String
    public var deductible: Int64
    public var outOfNetworkDeductible: Int64
    public var coinsurance: Int
    public var outOfNetworkCoinsurance: Int
    /// Copays in network by X12 service type (`98` office visit, `UC` urgent care, `86` emergency).
    public var copays: [String: Int64]
    /// Nil for a plan with no out-of-pocket limit (traditional Medicare Part B).
    public var outOfPocketMaximum: Int64?

    /// The plans of a commercial payer, and Medicare Part B for Medicare's payer ids.
    ///
    /// | plan | deductible | coinsurance (in/out) | copays | out-of-pocket max |
    /// |---|---|---|---|---|
    /// | Gold PPO | $500 | 10% / 30% | office $20, urgent care $50, ER $250 | $3,000 |
    /// | Silver HMO | $1,500 | 20% / 50% | office $35, urgent care $75, ER $350 | $5,500 |
    /// | Bronze HDHP | $3,300 | 30% / 50% | none (high deductible) | $7,500 |
    /// | Medicare Part B | $283 | 20% / 20% | none | none |
    public static let commercial: [SandboxPlan] = [
        SandboxPlan(id: "GOLD-PPO", name: "Gold PPO", insuranceType: "C1", deductible: 50_000, outOfNetworkDeductible: 100_000,
                    coinsurance: 1_000, outOfNetworkCoinsurance: 3_000, copays: ["98": 2_000, "UC": 5_000, "86": 25_000],
                    outOfPocketMaximum: 300_000),
        SandboxPlan(id: "SILVER-HMO", name: "Silver HMO", insuranceType: "HN", deductible: 150_000, outOfNetworkDeductible: 300_000,
                    coinsurance: 2_000, outOfNetworkCoinsurance: 5_000, copays: ["98": 3_500, "UC": 7_500, "86": 35_000],
                    outOfPocketMaximum: 550_000),
        SandboxPlan(id: "BRONZE-HDHP", name: "Bronze HDHP", insuranceType: "C1", deductible: 330_000, outOfNetworkDeductible: 660_000,
                    coinsurance: 3_000, outOfNetworkCoinsurance: 5_000, copays: [:], outOfPocketMaximum: 750_000),
    ]

    public static let medicarePartB = SandboxPlan(
        id: "MEDICARE-B", name: "Medicare Part B", insuranceType: "MB", deductible: 28_300, outOfNetworkDeductible: 28_300,
        coinsurance: 2_000, outOfNetworkCoinsurance: 2_000, copays: [:], outOfPocketMaximum: nil)

    /// Payer ids the sandbox answers as Medicare (the MAC jurisdictions' common ids).
    public static let medicarePayerIDs: Set<String> = ["00952", "00882", "04412", "12502", "CMS"]
}
