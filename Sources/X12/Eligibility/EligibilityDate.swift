/// A date or date range of an eligibility response (DTP), with what it means.
///
/// `DTP*346*D8*20260101` is a plan begin date; `DTP*291*RD8*20260101-20261231` an eligibility
/// range. A single date has ``end`` `nil`.
///
/// ```swift
/// let planBegin = EligibilityDate(.planBegin, X12Date(year: 2026, month: 1, day: 1)!)
/// let plan = EligibilityDate(.plan, from: start, through: end)   // written as RD8
/// ```
public struct EligibilityDate: Sendable, Hashable {
    /// DTP01; any other qualifier is kept as ``other(_:)``.
    public enum Qualifier: Sendable, Hashable {
        /// `291` plan (the eligibility date asked about, or the plan period).
        case plan
        /// `307` eligibility.
        case eligibility
        /// `346` plan begin.
        case planBegin
        /// `347` plan end.
        case planEnd
        /// `356` eligibility begin.
        case eligibilityBegin
        /// `357` eligibility end.
        case eligibilityEnd
        /// `348` benefit begin.
        case benefitBegin
        /// `349` benefit end.
        case benefitEnd
        /// `472` service.
        case service
        case other(String)

        static let known: [Self] = [
            .plan, .eligibility, .planBegin, .planEnd, .eligibilityBegin, .eligibilityEnd, .benefitBegin, .benefitEnd,
            .service,
        ]

        public init(code: String) {
            self = Self.known.first { $0.code == code } ?? .other(code)
        }

        public var code: String {
            switch self {
            case .plan: "291"
            case .eligibility: "307"
            case .planBegin: "346"
            case .planEnd: "347"
            case .eligibilityBegin: "356"
            case .eligibilityEnd: "357"
            case .benefitBegin: "348"
            case .benefitEnd: "349"
            case .service: "472"
            case .other(let code): code
            }
        }
    }

    public var qualifier: Qualifier
    /// The date, or the first day of the range.
    public var start: X12Date
    /// The last day of the range (`RD8`); `nil` for a single date (`D8`).
    public var end: X12Date?

    /// A single date (`D8`).
    public init(_ qualifier: Qualifier, _ date: X12Date) {
        self.qualifier = qualifier
        self.start = date
        self.end = nil
    }

    /// A range (`RD8`), both days included.
    public init(_ qualifier: Qualifier, from start: X12Date, through end: X12Date) {
        self.qualifier = qualifier
        self.start = start
        self.end = end
    }

    var segment: X12Segment {
        let value = end.map { "\(start.x12)-\($0.x12)" } ?? start.x12
        return X12Segment("DTP", values: [qualifier.code, end == nil ? "D8" : "RD8", value])
    }

    init(reading dtp: X12Segment) throws(X12Error) {
        let qualifier = Qualifier(code: try dtp.required(1, "a date qualifier such as 346"))
        let text = try dtp.required(3, "a date")
        switch dtp[2] {
        case "D8":
            guard let date = X12Date(x12: text) else {
                throw X12Error(.invalidValue, "DTP03 is not a date; expected CCYYMMDD", at: dtp.location(element: 3))
            }
            self.init(qualifier, date)
        case "RD8":
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let start = X12Date(x12: parts[0]), let end = X12Date(x12: parts[1]), start <= end else {
                throw X12Error(
                    .invalidValue, "DTP03 is not a date range; expected CCYYMMDD-CCYYMMDD with the start first",
                    at: dtp.location(element: 3))
            }
            self.init(qualifier, from: start, through: end)
        default:
            throw X12Error(
                .invalidValue, "DTP02 is not D8 or RD8; expected D8 (a date) or RD8 (a range)",
                at: dtp.location(element: 2))
        }
    }
}
