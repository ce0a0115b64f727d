/// A patient's insurance with one payer, at one priority, for a span of dates.
///
/// Only one coverage per priority may be in force on any day: a new primary must start after the
/// old one ends.
public struct Coverage: Sendable, Hashable {
    /// The coverage's row id, once recorded.
    public var id: Int64?
    public var patient: PatientID
    public var payer: PayerCode
    public var memberID: String
    public var group: String?
    public var plan: String?
    public var subscriberRelationship: SubscriberRelationship
    public var priority: CoveragePriority
    public var effective: CalendarDate
    /// The last day covered; `nil` while open-ended.
    public var end: CalendarDate?

    /// - Throws: `invalidInput` when the member id is empty or too long, or the end is before the start.
    public init(id: Int64? = nil, patient: PatientID, payer: PayerCode, memberID: String, group: String? = nil, plan: String? = nil,
                subscriberRelationship: SubscriberRelationship, priority: CoveragePriority, effective: CalendarDate,
                end: CalendarDate? = nil) throws {
        let member = memberID.trimmingWhitespace()
        guard (1...80).contains(member.count), !member.contains(where: { $0.isWhitespace }) else {
            throw RevCycleError(.invalidInput, "\"\(memberID)\" is not a member id; expected 1 to 80 characters without spaces, as printed on the card.",
                                at: "--member-id")
        }
        if let end, end < effective {
            throw RevCycleError(.invalidInput, "The coverage ends (\(end)) before it starts (\(effective)); expected --end on or after --effective.",
                                at: "--end")
        }
        self.id = id
        self.patient = patient
        self.payer = payer
        self.memberID = member
        self.group = group.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        self.plan = plan.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        self.subscriberRelationship = subscriberRelationship
        self.priority = priority
        self.effective = effective
        self.end = end
    }

    /// Whether the two spans share at least one day.
    public func overlaps(_ other: Coverage) -> Bool {
        let thisEnd = end ?? CalendarDate.distantFuture
        let otherEnd = other.end ?? CalendarDate.distantFuture
        return effective <= otherEnd && other.effective <= thisEnd
    }

    /// Whether the coverage is in force on `date`.
    public func isActive(on date: CalendarDate) -> Bool {
        effective <= date && date <= (end ?? CalendarDate.distantFuture)
    }
}
