/// The ranges a simulated clinic's KPIs must fall in, given how the sandbox payer and the simulated
/// staff are configured; a run outside them means something upstream stopped behaving like a clinic
/// (a payer rule firing on every claim, answers never posted, statements never sent).
///
/// The bounds follow from the configuration, with room for a small clinic's noise (60 patients):
/// - the sandbox payer's default denial rules (`SandboxDenialRules`): CO-16 on 3% of claims, CO-97 for
///   venipuncture billed with a visit by half the payers (one visit mix in five has it), CO-27 for
///   coverage that lapsed, CO-197/CO-96 for authorization and non-covered codes the simulated
///   orders rarely use — together well under 40% of claims;
/// - the simulated coders enter complete claims, so the scrubber holds almost none back;
/// - the payer answers within days; patients get statements every 30 days and plans of up to a year,
///   so net days in A/R stays within a quarter; unpaid patient balances age past 90 days until 501(r)
///   lets an agency take them (120 days after the first statement and 30 days after the final notice);
/// - eligibility is checked at scheduling for every insured patient, except those whose member id
///   the payer does not find.
///
/// The same ranges are in the README ("What a simulation must show").
struct SimulationPlausibility {
    /// The longest run, in days, the bounds hold for: a longer run prints a breach without failing.
    static let longestRun = 120
    /// The fewest claims a run must send for its rates to be judged: a week of a few patients may
    /// well see no denial at all.
    static let fewestClaims = 30

    /// One KPI's bounds, inclusive, in the KPI's own unit (percent or days).
    struct Bound: Sendable {
        var kpi: String
        var low: Double
        var high: Double
        var unit: String
        /// Why the bound is what it is, printed next to a breach.
        var because: String
    }

    static let bounds: [Bound] = [
        Bound(kpi: "clean-claim-rate", low: 90, high: 100, unit: "%", because: "the simulated coders enter complete claims"),
        Bound(kpi: "initial-denial-rate", low: 2, high: 40, unit: "%",
              because: "the sandbox denies CO-16 on 3% of claims, CO-97 bundling and CO-27 lapsed coverage on a few more"),
        Bound(kpi: "initial-denial-dollar-rate", low: 0.5, high: 30, unit: "%", because: "most denials are of one line or a small visit"),
        Bound(kpi: "net-days-in-ar", low: 3, high: 90, unit: "days",
              because: "the payer answers within days; patients pay on 30-day statements or plans"),
        Bound(kpi: "aged-ar-over-90", low: 0, high: 60, unit: "%",
              because: "payers answer within days, while unpaid patient balances age until 501(r) lets an agency take them (120 days and more)"),
        Bound(kpi: "net-collection-rate", low: 35, high: 105, unit: "%",
              because: "payers pay what they allow; patients pay at check-in, on statements and plans"),
        Bound(kpi: "insurance-verification-rate", low: 70, high: 100, unit: "%",
              because: "eligibility is checked at scheduling except for members the payer does not find"),
        Bound(kpi: "plan-default-rate", low: 0, high: 50, unit: "%", because: "most simulated autopay cards keep working"),
    ]

    /// A KPI outside its bound, or one the run could not measure.
    struct Breach: Sendable, CustomStringConvertible {
        var bound: Bound
        /// The value as the KPI table printed it.
        var shown: String

        var description: String {
            "\(bound.kpi) is \(shown); expected \(Self.number(bound.low))–\(Self.number(bound.high)) \(bound.unit) because \(bound.because)"
        }

        static func number(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(value)
        }
    }

    /// The breaches among the rows of `analytics kpis --format csv` (`kpi`, `value`): a value such as
    /// `21.05%` or `51.3 days`. A KPI with "no data" is not a breach (a short run may have no plans).
    static func breaches(in rows: [[String: String]]) -> [Breach] {
        var values: [String: String] = [:]
        for row in rows { if let kpi = row["kpi"], let value = row["value"] { values[kpi] = value } }
        return bounds.compactMap { bound in
            guard let shown = values[bound.kpi] else { return Breach(bound: bound, shown: "missing from the KPI table") }
            guard shown != "no data" else { return nil }
            guard let value = leadingNumber(shown) else { return Breach(bound: bound, shown: "\(shown) (not a number)") }
            return (bound.low...bound.high).contains(value) ? nil : Breach(bound: bound, shown: shown)
        }
    }

    /// The number a shown KPI value starts with: `21.05%` → 21.05, `51.3 days` → 51.3.
    static func leadingNumber(_ shown: String) -> Double? {
        Double(String(shown.prefix { $0.isNumber || $0 == "." || $0 == "-" }))
    }
}
