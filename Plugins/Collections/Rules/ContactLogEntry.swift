import Foundation
import RevCycleCore

/// One attempt to reach a guarantor, or one contact they made, as written in the collections log.
///
/// The contact rules read the log: outbound calls count toward Regulation F's seven-calls limit,
/// and any telephone conversation (whoever placed the call) starts a seven-day quiet period.
struct ContactLogEntry: Sendable, Hashable {
    var channel: ContactChannel
    /// When the attempt was made (a call placed, a text sent, a letter mailed).
    var instant: Date
    var outcome: ContactOutcome
    /// Who started the contact. Calls the patient places to us never count toward the call limit.
    var direction: ContactDirection
    /// What the guarantor promised, when the outcome is a promise to pay.
    var promise: PaymentPromise?

    init(
        channel: ContactChannel, instant: Date, outcome: ContactOutcome,
        direction: ContactDirection = .outbound, promise: PaymentPromise? = nil
    ) {
        self.channel = channel
        self.instant = instant
        self.outcome = outcome
        self.direction = direction
        self.promise = promise
    }

    /// Whether this entry is a call we placed that counts toward the limit of seven calls in seven
    /// consecutive days (12 CFR 1006.14(b)(2)(i)(A)). Calls that did not connect are excluded by
    /// 1006.14(b)(3)(ii); calls to a number that turned out not to be the person's are not calls
    /// to that person (comment 14(b)(2)(i)-3).
    var countsTowardCallLimit: Bool {
        channel == .call && direction == .outbound && outcome != .notConnected && outcome != .wrongNumber
    }

    /// Whether this entry was a telephone conversation with the person about the debt, which
    /// starts the seven-day period of 12 CFR 1006.14(b)(2)(i)(B) whoever placed the call
    /// (comment 14(b)(2)(i)-1.ii).
    var isTelephoneConversation: Bool { channel == .call && outcome.isConversation }
}

/// Who started a contact.
enum ContactDirection: String, Sendable, Hashable, CaseIterable {
    /// We reached out (a call placed, a letter or message sent).
    case outbound
    /// The guarantor reached us.
    case inbound
}

/// How a contact attempt ended.
enum ContactOutcome: String, Sendable, Hashable, CaseIterable {
    /// The call rang out with no answer and no message.
    case noAnswer = "no-answer"
    case leftMessage = "left-message"
    /// Busy signal, dead line, failed dial: the call never reached the number.
    case notConnected = "not-connected"
    /// Someone else answered: the number is not the guarantor's.
    case wrongNumber = "wrong-number"
    /// We spoke with the patient or guarantor about the bill.
    case conversation
    case promiseToPay = "promise-to-pay"
    case refusedToPay = "refused-to-pay"
    case letterMailed = "letter-mailed"
    case messageSent = "message-sent"

    /// Whether the outcome means we talked with the person about the bill.
    var isConversation: Bool {
        switch self {
        case .conversation, .promiseToPay, .refusedToPay: true
        default: false
        }
    }
}

/// A guarantor's promise to pay an amount by a date.
struct PaymentPromise: Sendable, Hashable {
    var payBy: CalendarDate
    var amount: Money
}
