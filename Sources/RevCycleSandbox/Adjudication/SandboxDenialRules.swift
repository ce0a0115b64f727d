/// The denial rules the sandbox payer applies when it adjudicates a claim: each one on or off, with
/// its codes, limits and — where it is random — its rate in claims per thousand, drawn from a stable
/// hash so the same claim always meets the same fate.
///
/// | rule | when | 835 |
/// |---|---|---|
/// | ``priorAuthorization`` | a code that needs authorization, no `REF*G1` | CO-197, M62 |
/// | ``duplicates`` | same member, codes, modifiers, dates, units and charges as a claim already adjudicated | OA-18, N522 |
/// | ``timelyFiling`` | date of service more than the payer's limit before the 837's date | CO-29 |
/// | ``nonCovered`` | a code the plans exclude | CO-96, N130 |
/// | ``bundling`` | a component billed with an E/M visit on the same day, for some payers | CO-97, M15 |
/// | ``missingInformation`` | a stable draw on the patient control number | CO-16, N290 |
/// | ``invalidModifiers`` | a modifier the payer does not know: dropped (SVC06 shows what was billed) | — |
/// | ``interest`` / ``recoveries`` | a stable draw on the trace number | PLB L6 / WO |
///
/// ```swift
/// var rules = SandboxDenialRules()               // the defaults
/// rules.missingInformation.perThousand = 0       // no random CO-16
/// rules.bundling.payerShare = 100                // every payer bundles venipuncture
/// rules.timelyFiling.isEnabled = false
/// let clearinghouse = SandboxClearinghouse(outbox: outbox, inbox: inbox, payer: payer,
///                                          feeSchedules: ["60054": ["99214": 17_100]], denialRules: rules)
/// ```
public struct SandboxDenialRules: Sendable, Hashable {
    /// A rule that applies to a list of procedure codes.
    public struct CodeRule: Sendable, Hashable {
        public var isEnabled: Bool
        /// HCPCS/CPT codes (``HCPCSCodes/expanding(_:)`` writes ranges out).
        public var codes: Set<String>

        public init(isEnabled: Bool = true, codes: Set<String>) {
            self.isEnabled = isEnabled
            self.codes = codes
        }

        func applies(to code: String) -> Bool { isEnabled && codes.contains(code.uppercased()) }
    }

    /// A rule that fires on a stable draw: `perThousand` claims (or payments) in a thousand.
    public struct DrawRule: Sendable, Hashable {
        public var isEnabled: Bool
        /// From 0 (never) to 1000 (always).
        public var perThousand: Int

        public init(isEnabled: Bool = true, perThousand: Int) {
            self.isEnabled = isEnabled
            self.perThousand = perThousand
        }

        /// Whether the rule fires for `key` (the `salt` keeps rules drawn on the same key independent).
        func fires(for key: String, salt: String) -> Bool {
            isEnabled && Int(StableHash.of(salt + "|" + key) % 1_000) < perThousand
        }
    }

    /// The days after the date of service within which a claim must reach the payer.
    public struct TimelyFilingRule: Sendable, Hashable {
        public var isEnabled: Bool
        /// Medicare's limit: 12 months after the date of service (42 CFR 424.44), counted as 365 days.
        public var medicareDays: Int
        /// Every other payer's limit, unless ``days`` names the payer.
        public var otherDays: Int
        /// Limits by payer id, for payers whose contract says otherwise.
        public var days: [String: Int]

        public init(isEnabled: Bool = true, medicareDays: Int = 365, otherDays: Int = 180, days: [String: Int] = [:]) {
            self.isEnabled = isEnabled
            self.medicareDays = medicareDays
            self.otherDays = otherDays
            self.days = days
        }

        /// The limit of `payerID` in days.
        public func limit(for payerID: String) -> Int {
            days[payerID] ?? (SandboxPlan.medicarePayerIDs.contains(payerID) ? medicareDays : otherDays)
        }
    }

    /// Component codes that are paid inside an E/M visit on the same day, by a share of payers.
    public struct BundlingRule: Sendable, Hashable {
        public var isEnabled: Bool
        /// Codes bundled into a same-day E/M visit (venipuncture 36415 by default).
        public var components: Set<String>
        /// Percent of payer ids (by a stable draw on the id) that bundle: 100 for every payer.
        public var payerShare: Int

        public init(isEnabled: Bool = true, components: Set<String> = ["36415"], payerShare: Int = 50) {
            self.isEnabled = isEnabled
            self.components = components
            self.payerShare = payerShare
        }

        func applies(to payerID: String) -> Bool {
            isEnabled && Int(StableHash.of("bundling|" + payerID) % 100) < payerShare
        }
    }

    /// Modifiers the payer recognizes; another one is dropped from the adjudicated procedure.
    public struct ModifierRule: Sendable, Hashable {
        public var isEnabled: Bool
        public var known: Set<String>

        public init(isEnabled: Bool = true, known: Set<String> = Self.commonModifiers) {
            self.isEnabled = isEnabled
            self.known = known
        }

        /// Common CPT and HCPCS level II modifiers.
        public static let commonModifiers: Set<String> = [
            "22", "24", "25", "26", "27", "50", "51", "52", "53", "57", "58", "59", "62", "76", "77", "78", "79", "80",
            "82", "90", "91", "95", "AS", "CR", "CS", "E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4", "F5", "F6", "F7",
            "F8", "F9", "FA", "GA", "GC", "GN", "GO", "GP", "GT", "GY", "GZ", "KX", "LT", "QW", "RT", "TA", "T1", "T2",
            "T3", "T4", "T5", "T6", "T7", "T8", "T9", "TC", "XE", "XP", "XS", "XU",
        ]
    }

    public var priorAuthorization: CodeRule
    public var duplicates: Bool
    public var timelyFiling: TimelyFilingRule
    public var nonCovered: CodeRule
    public var bundling: BundlingRule
    public var missingInformation: DrawRule
    public var invalidModifiers: ModifierRule
    /// Interest (PLB L6) on a late claim of a payment.
    public var interest: DrawRule
    /// Recovery of an earlier overpayment (PLB WO) from a payment.
    public var recoveries: DrawRule

    /// The defaults: MRI of the brain (70551–70553) and CT of the head, face and neck (70450–70492)
    /// need authorization; blepharoplasty and rhytidectomy (15820–15823, 15824–15830) and dermabrasion
    /// (15780–15783) are cosmetic and not covered; venipuncture bundles for half the payers; 3% of
    /// claims lack information; 2% of payments carry interest and 1% a recovery.
    public init(
        priorAuthorization: CodeRule = CodeRule(codes: HCPCSCodes.expanding(["70551-70553", "70450-70492"])),
        duplicates: Bool = true, timelyFiling: TimelyFilingRule = TimelyFilingRule(),
        nonCovered: CodeRule = CodeRule(codes: HCPCSCodes.expanding(["15780-15783", "15820-15830"])),
        bundling: BundlingRule = BundlingRule(), missingInformation: DrawRule = DrawRule(perThousand: 30),
        invalidModifiers: ModifierRule = ModifierRule(), interest: DrawRule = DrawRule(perThousand: 20),
        recoveries: DrawRule = DrawRule(perThousand: 10)
    ) {
        self.priorAuthorization = priorAuthorization
        self.duplicates = duplicates
        self.timelyFiling = timelyFiling
        self.nonCovered = nonCovered
        self.bundling = bundling
        self.missingInformation = missingInformation
        self.invalidModifiers = invalidModifiers
        self.interest = interest
        self.recoveries = recoveries
    }

    /// Every rule off: the payer pays each claim by its fee schedule and plan alone.
    public static let none = SandboxDenialRules(
        priorAuthorization: CodeRule(isEnabled: false, codes: []), duplicates: false,
        timelyFiling: TimelyFilingRule(isEnabled: false), nonCovered: CodeRule(isEnabled: false, codes: []),
        bundling: BundlingRule(isEnabled: false), missingInformation: DrawRule(isEnabled: false, perThousand: 0),
        invalidModifiers: ModifierRule(isEnabled: false), interest: DrawRule(isEnabled: false, perThousand: 0),
        recoveries: DrawRule(isEnabled: false, perThousand: 0))
}
