import RevCycleCore

/// What the desk asks for at check-in, part by part, as the site's `access.checkin.amount_due`
/// policy decided it within the figures RevCycle gave it.
struct AmountDue: Sendable, Hashable {
    var copay: Money
    var priorBalance: Money
    var deposit: Money
    /// The policy's note, shown to the registrar and printed on the receipt.
    var note: String

    var total: Money { copay + priorBalance + deposit }

    /// The figures the policy decides from.
    struct Basis: Sendable, Hashable {
        var copay: Money
        var copayVerified: Bool
        var priorBalance: Money
        var estimate: Money
        var selfPay: Bool
    }

    /// Checks the policy's answer against the basis: no part may exceed what it stands for.
    ///
    /// - Throws: `script` naming the part that is out of bounds.
    init(decided copay: Money, priorBalance: Money, deposit: Money, note: String, basis: Basis) throws {
        let checks = [("copay_cents", copay, basis.copay), ("prior_balance_cents", priorBalance, basis.priorBalance),
                      ("deposit_cents", deposit, basis.estimate)]
        for (field, value, bound) in checks where value > bound {
            throw RevCycleError(.script, "access.checkin.amount_due asked \(field) = \(value.cents), above the payload's bound \(bound.cents).",
                                at: field)
        }
        self.copay = copay
        self.priorBalance = priorBalance
        self.deposit = deposit
        self.note = note
    }
}

/// How the patient paid at the desk.
enum DeskPayment: Sendable, Hashable {
    case cash(Money, receipt: String)
    case check(Money, number: String)
    /// An approved charge at the card gateway.
    case card(GatewayCharge)

    var amount: Money {
        switch self {
        case .cash(let amount, _), .check(let amount, _): amount
        case .card(let charge): charge.amount
        }
    }

    var method: String {
        switch self {
        case .cash: "cash"
        case .check: "check"
        case .card: "card"
        }
    }

    /// The receipt number, check number or gateway charge id: what the posting is traced to.
    var reference: String {
        switch self {
        case .cash(_, let receipt): receipt
        case .check(_, let number): number
        case .card(let charge): charge.chargeID
        }
    }
}
