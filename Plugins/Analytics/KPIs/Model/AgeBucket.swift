import RevCycleCore

/// An A/R aging bucket: whole days from the date of service to the day the balance is aged at.
///
/// The buckets are closed ranges, so day 30 is in 0–30 and day 31 in 31–60, and so on up to 120;
/// more than 120 days is the last bucket. A date of service after the aging day counts as 0 days.
enum AgeBucket: Int, CaseIterable, Sendable, Hashable, Comparable, CustomStringConvertible {
    case upTo30
    case from31To60
    case from61To90
    case from91To120
    case over120

    init(ageInDays days: Int) {
        switch days {
        case ...30: self = .upTo30
        case 31...60: self = .from31To60
        case 61...90: self = .from61To90
        case 91...120: self = .from91To120
        default: self = .over120
        }
    }

    /// Days from the date of service to `asOf`, never less than zero.
    static func age(serviceDate: CalendarDate, asOf: CalendarDate) -> Int {
        max(0, serviceDate.days(until: asOf))
    }

    /// More than 90 days old: counted by aged A/R over 90 days.
    var isOver90Days: Bool { self >= .from91To120 }

    /// `0-30`, `31-60`, `61-90`, `91-120`, `>120`.
    var description: String {
        switch self {
        case .upTo30: "0-30"
        case .from31To60: "31-60"
        case .from61To90: "61-90"
        case .from91To120: "91-120"
        case .over120: ">120"
        }
    }

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
