/// A payer's answer to one claim as billing publishes it (`billing.claim.adjudicated`): what it paid,
/// wrote off, denied and left to the patient, and why. Billing writes the event's fields from it and
/// every reader (statements, explanations, AGB) reads them back through it, so the event's shape is
/// defined once.
public struct ClaimAdjudication: Sendable, Hashable {
    /// Why the patient owes part of a claim, by PR reason code.
    public enum PatientShare: String, Sendable, Hashable, CaseIterable {
        case deductible, coinsurance, copay, notCovered = "not-covered", other

        /// PR 1 deductible, 2 coinsurance, 3 copay; 49, 50, 96, 204, B9 services the plan does not cover.
        public init(reason carc: String) {
            switch carc {
            case "1": self = .deductible
            case "2": self = .coinsurance
            case "3": self = .copay
            case "49", "50", "96", "204", "B9": self = .notCovered
            default: self = .other
            }
        }

        /// The event field that carries it: `deductible_cents`, `not_covered_cents`, ….
        var field: String { self == .notCovered ? "not_covered_cents" : self == .other ? "other_patient_cents" : rawValue + "_cents" }
    }

    /// One CAS adjustment: group (`CO`, `PR`, `OA`, `PI`, `CR`), reason code, amount.
    public struct Adjustment: Sendable, Hashable {
        public var group: String
        public var reason: String
        public var amount: Money
        public init(group: String, reason: String, amount: Money) {
            self.group = group
            self.reason = reason
            self.amount = amount
        }
    }

    public var claim: String
    public var payer: String
    public var trace: String
    /// The payer took back an earlier answer (CLP02 = 22); the amounts are those taken back.
    public var isReversal: Bool
    /// Who took the patient's share: `patient`, or `insurance:<PAYER>` for a secondary payer.
    public var responsible: String
    /// CLP03, the charges as the payer read them.
    public var charges: Money
    public var paid: Money
    public var contractual: Money
    public var denied: Money
    public var patientShares: [PatientShare: Money]
    public var adjustments: [Adjustment]
    public var remarks: [String]

    public init(claim: String, payer: String, trace: String, isReversal: Bool, responsible: String, charges: Money, paid: Money,
                contractual: Money, denied: Money, patientShares: [PatientShare: Money], adjustments: [Adjustment], remarks: [String]) {
        self.claim = claim
        self.payer = payer
        self.trace = trace
        self.isReversal = isReversal
        self.responsible = responsible
        self.charges = charges
        self.paid = paid
        self.contractual = contractual
        self.denied = denied
        self.patientShares = patientShares
        self.adjustments = adjustments
        self.remarks = remarks
    }

    /// What the payer allowed: its payment plus the patient's covered share (not-covered amounts are not allowed).
    public var allowed: Money {
        paid + PatientShare.allCases.filter { $0 != .notCovered }.reduce(Money.zero) { $0 + (patientShares[$1] ?? .zero) }
    }

    /// The event's fields (text values, cents as digits, adjustments as `CO:45:9400;PR:1:10000`).
    public var fields: [String: String] {
        var fields = [
            "claim": claim, "payer": payer, "trace": trace, "reversal": isReversal ? "true" : "false", "responsible": responsible,
            "charge_cents": String(charges.cents), "paid_cents": String(paid.cents), "contractual_cents": String(contractual.cents),
            "denied_cents": String(denied.cents),
            "adjustments": adjustments.map { "\($0.group):\($0.reason):\($0.amount.cents)" }.joined(separator: ";"),
            "remarks": remarks.joined(separator: " "),
        ]
        for share in PatientShare.allCases { fields[share.field] = String(patientShares[share]?.cents ?? 0) }
        return fields
    }

    /// Reads the event's fields back; missing amounts read as zero, an unreadable adjustment is skipped.
    public init(fields: [String: String]) {
        let cents = { (name: String) in Money(cents: Int64(fields[name] ?? "") ?? 0) }
        self.init(
            claim: fields["claim"] ?? "", payer: fields["payer"] ?? "", trace: fields["trace"] ?? "", isReversal: fields["reversal"] == "true",
            responsible: fields["responsible"] ?? "", charges: cents("charge_cents"), paid: cents("paid_cents"),
            contractual: cents("contractual_cents"), denied: cents("denied_cents"),
            patientShares: Dictionary(uniqueKeysWithValues: PatientShare.allCases.compactMap { share in
                let amount = cents(share.field)
                return amount.isZero ? nil : (share, amount)
            }),
            adjustments: (fields["adjustments"] ?? "").split(separator: ";").compactMap { item in
                let parts = item.split(separator: ":").map(String.init)
                guard parts.count == 3, let amount = Int64(parts[2]) else { return nil }
                return Adjustment(group: parts[0], reason: parts[1], amount: Money(cents: amount))
            },
            remarks: (fields["remarks"] ?? "").split(separator: " ").map(String.init))
    }
}
