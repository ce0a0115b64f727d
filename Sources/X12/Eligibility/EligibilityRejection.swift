/// A request validation (AAA): why the payer could not answer, and what to do next.
///
/// An AAA can stand at the payer (2000A/2100A), the provider (2100B), the subscriber or dependent
/// (2100C/2100D) or a benefit (2110). `AAA*N**75*C` means: the request was not valid, the
/// subscriber was not found, correct it and send it again.
///
/// ```swift
/// let notFound = EligibilityRejection(reason: .subscriberNotFound, followUp: .correctAndResubmit)
/// notFound.reason.description   // "Subscriber/insured not found"
/// ```
public struct EligibilityRejection: Sendable, Hashable {
    /// AAA03, the reject reason code, with a description of the common ones.
    public struct Reason: Sendable, Hashable, CustomStringConvertible {
        public var code: String

        public init(code: String) {
            self.code = code
        }

        /// `42`: the payer cannot respond now (a system outage); try later.
        public static let unableToRespondNow = Reason(code: "42")
        /// `58`: invalid or missing date of birth.
        public static let invalidDateOfBirth = Reason(code: "58")
        /// `72`: invalid or missing subscriber/insured id.
        public static let invalidMemberID = Reason(code: "72")
        /// `73`: invalid or missing subscriber/insured name.
        public static let invalidName = Reason(code: "73")
        /// `75`: subscriber/insured not found.
        public static let subscriberNotFound = Reason(code: "75")
        /// `67`: patient not found.
        public static let patientNotFound = Reason(code: "67")

        static let descriptions: [String: String] = [
            "04": "Authorized quantity exceeded",
            "15": "Required application data missing",
            "41": "Authorization/access restrictions",
            "42": "Unable to respond at current time",
            "43": "Invalid/missing provider identification",
            "45": "Invalid/missing provider specialty",
            "47": "Invalid/missing provider state",
            "48": "Invalid/missing referring provider identification number",
            "49": "Provider is not primary care physician",
            "51": "Provider not on file",
            "52": "Service dates not within provider plan enrollment",
            "56": "Inappropriate date",
            "57": "Invalid/missing date(s) of service",
            "58": "Invalid/missing date-of-birth",
            "60": "Date of birth follows date(s) of service",
            "61": "Date of death precedes date(s) of service",
            "62": "Date of service not within allowable inquiry period",
            "63": "Date of service in future",
            "64": "Invalid/missing patient ID",
            "65": "Invalid/missing patient name",
            "66": "Invalid/missing patient gender code",
            "67": "Patient not found",
            "68": "Duplicate patient ID number",
            "71": "Patient birth date does not match that for the patient on the database",
            "72": "Invalid/missing subscriber/insured ID",
            "73": "Invalid/missing subscriber/insured name",
            "74": "Invalid/missing subscriber/insured gender code",
            "75": "Subscriber/insured not found",
            "76": "Duplicate subscriber/insured ID number",
            "78": "Subscriber/insured not in group/plan identified",
            "79": "Invalid participant identification",
            "80": "No response received - transaction terminated",
            "97": "Invalid or missing provider address",
            "T4": "Payer name or identifier missing",
        ]

        /// The code's meaning in the implementation guide, or `reject reason <code>` for an unlisted one.
        public var description: String {
            Self.descriptions[code] ?? "reject reason \(code)"
        }
    }

    /// AAA04, what the inquirer should do next; any other code is kept as ``other(_:)``.
    public enum FollowUpAction: Sendable, Hashable {
        /// `C`: correct and resubmit.
        case correctAndResubmit
        /// `N`: resubmission not allowed.
        case resubmissionNotAllowed
        /// `R`: resubmission allowed.
        case resubmissionAllowed
        /// `W`: wait 30 days and resubmit.
        case waitThirtyDays
        /// `X`: wait 10 days and resubmit.
        case waitTenDays
        /// `Y`: do not resubmit; the payer will respond.
        case doNotResubmit
        case other(String)

        static let known: [Self] = [
            .correctAndResubmit, .resubmissionNotAllowed, .resubmissionAllowed, .waitThirtyDays, .waitTenDays,
            .doNotResubmit,
        ]

        public init(code: String) {
            self = Self.known.first { $0.code == code } ?? .other(code)
        }

        public var code: String {
            switch self {
            case .correctAndResubmit: "C"
            case .resubmissionNotAllowed: "N"
            case .resubmissionAllowed: "R"
            case .waitThirtyDays: "W"
            case .waitTenDays: "X"
            case .doNotResubmit: "Y"
            case .other(let code): code
            }
        }
    }

    /// AAA01: whether the request itself was valid (`Y`) even though it could not be answered, or not (`N`).
    public var isValidRequest: Bool
    /// AAA03.
    public var reason: Reason
    /// AAA04.
    public var followUp: FollowUpAction

    public init(isValidRequest: Bool = false, reason: Reason, followUp: FollowUpAction) {
        self.isValidRequest = isValidRequest
        self.reason = reason
        self.followUp = followUp
    }

    var segment: X12Segment {
        X12Segment("AAA", values: [isValidRequest ? "Y" : "N", nil, reason.code, followUp.code])
    }

    init(reading aaa: X12Segment) throws(X12Error) {
        guard aaa[1] == "Y" || aaa[1] == "N" else {
            throw X12Error(.invalidValue, "AAA01 is not Y or N; expected whether the request was valid", at: aaa.location(element: 1))
        }
        try self.init(
            isValidRequest: aaa[1] == "Y", reason: Reason(code: aaa.required(3, "a reject reason code such as 75")),
            followUp: FollowUpAction(code: aaa.required(4, "a follow-up action code such as C")))
    }
}
