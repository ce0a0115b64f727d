import RevCycleCore

/// A guarantor's recorded authorization to charge plan installments to a stored payment method.
///
/// Regulation E (12 CFR 1005.10) governs preauthorized transfers from a consumer's account: the
/// authorization must be signed or similarly authenticated, the patient gets a copy, and a transfer
/// whose amount differs from what was authorized needs written notice of the amount and date at least
/// 10 days before it is made. The authorization therefore records the evidence, when the copy went
/// to the patient, and every installment amount it discloses; each later ``AmountChangeNotice``
/// discloses new amounts from 10 days after it was sent. The ``DelinquencyLadder`` charges an
/// installment only at an amount disclosed and in effect that day. The same rules are applied to
/// cards, since a debit card draws on the patient's bank account and the brand does not say which.
///
/// The authorization covers each installment's scheduled amount, or what is left of it after the
/// patient's own payments (the authorization form must say so); it never covers arrears from earlier
/// installments.
struct AutopayAuthorization: Sendable, Hashable, Codable {
    /// How the patient authorized autopay.
    struct Evidence: Sendable, Hashable, Codable {
        enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// A paper form signed by the patient or guarantor.
            case signedForm = "signed-form"
            /// An electronic signature or click-through under E-SIGN.
            case electronicSignature = "electronic-signature"
            /// A recorded phone authorization meeting E-SIGN (CFPB Compliance Bulletin 2015-06).
            case recordedCall = "recorded-call"
        }
        var kind: Kind
        /// Where the evidence is kept: a document id, a signature envelope, a call recording id.
        var reference: String
    }

    /// The processor's token for the payment method; never a card or account number (PCI DSS).
    var paymentMethod: CardToken
    var authorizedOn: CalendarDate
    var evidence: Evidence
    /// When a copy of the authorization went to the patient; until it is recorded, the ladder asks for it.
    var copySentOn: CalendarDate?
    /// The installment amounts and dates the patient authorized.
    var authorizedTransfers: [ScheduledTransfer]
    /// Later notices of changed amounts, oldest first.
    var amountChangeNotices: [AmountChangeNotice] = []
    /// When the patient withdrew the authorization; no charge is made on or after this day.
    var revokedOn: CalendarDate?

    /// An authorization for the installments of `schedule` still open on `authorizedOn`, at their
    /// current amounts.
    init(
        paymentMethod: CardToken, authorizedOn: CalendarDate, evidence: Evidence, copySentOn: CalendarDate? = nil,
        schedule: PaymentPlanSchedule
    ) {
        self.paymentMethod = paymentMethod
        self.authorizedOn = authorizedOn
        self.evidence = evidence
        self.copySentOn = copySentOn
        self.authorizedTransfers = ScheduledTransfer.openTransfers(of: schedule)
    }

    /// Whether autopay may charge on `date`: authorized by then and not revoked.
    func isInForce(on date: CalendarDate) -> Bool {
        authorizedOn <= date && revokedOn.map { date < $0 } ?? true
    }
}

/// One installment as disclosed to the patient for autopay: its number, due date and amount.
struct ScheduledTransfer: Sendable, Hashable, Codable {
    var installment: Int
    var dueDate: CalendarDate
    var amount: Money

    /// The open installments of `schedule` at their scheduled amounts.
    static func openTransfers(of schedule: PaymentPlanSchedule) -> [ScheduledTransfer] {
        schedule.openInstallments.map {
            ScheduledTransfer(installment: $0.number, dueDate: $0.dueDate, amount: $0.amount)
        }
    }
}

/// Written notice to the patient of new autopay amounts, sent after a re-amortization.
///
/// Regulation E, 12 CFR 1005.10(d): a transfer that varies from the authorized amount needs notice of
/// the amount and date at least 10 days before it. The new amounts may be charged from
/// ``sentOn`` + the policy's notice days.
struct AmountChangeNotice: Sendable, Hashable, Codable {
    var sentOn: CalendarDate
    /// Every open installment at its new amount.
    var transfers: [ScheduledTransfer]
    /// The first day the new amounts may be charged.
    var effectiveOn: CalendarDate
}
