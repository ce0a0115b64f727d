/// A subscriber or dependent in a 271 (loops 2000C/2100C or 2000D/2100D) and what the payer says about them.
///
/// A member the payer found carries ``benefits`` (EB loops) and plan ``dates``; one it did not find
/// carries ``rejections`` (`AAA*N**75*C`) and no benefits. ``traces`` echo the inquiry's trace
/// numbers as `TRN*2`.
///
/// ```swift
/// for subscriber in response.subscribers {
///     if let rejection = subscriber.rejections.first {
///         print(rejection.reason)                  // Subscriber/insured not found
///     } else if subscriber.hasActiveCoverage {
///         let copays = subscriber.benefits.filter { $0.information == .coPayment }
///     }
/// }
/// ```
public struct EligibilityMember: Sendable, Hashable {
    /// TRN segments of the 2000C/2000D level.
    public var traces: [EligibilityTrace]
    /// NM1, REF, N3/N4 and DMG.
    public var person: EligibilityPerson
    /// AAA segments of the name loop: why the payer could not answer for this person.
    public var rejections: [EligibilityRejection]
    /// INS02, the relationship to the subscriber (`18` self, `01` spouse, `19` child); `nil` when no INS was sent.
    public var relationship: String?
    /// DTP segments of the name loop: plan begin (346) and end (347), eligibility (291, 307, 356, 357).
    public var dates: [EligibilityDate]
    /// EB loops, in order.
    public var benefits: [EligibilityBenefit]
    /// 2000D levels under a subscriber; always empty for a dependent.
    public var dependents: [EligibilityMember]

    public init(
        person: EligibilityPerson, traces: [EligibilityTrace] = [], rejections: [EligibilityRejection] = [],
        relationship: String? = nil, dates: [EligibilityDate] = [], benefits: [EligibilityBenefit] = [],
        dependents: [EligibilityMember] = []
    ) {
        self.traces = traces
        self.person = person
        self.rejections = rejections
        self.relationship = relationship
        self.dates = dates
        self.benefits = benefits
        self.dependents = dependents
    }

    /// Whether an EB01 says the member has coverage (`1` through `5`) and no AAA rejects them.
    public var hasActiveCoverage: Bool {
        rejections.isEmpty && benefits.contains { $0.information.isActive }
    }
}

// MARK: - Segments

extension EligibilityMember {
    /// TRN, then the 2100 loop (NM1, REF, N3, N4, AAA, DMG, INS, DTP), then the 2110 loops.
    func segments(entity: String) -> [X12Segment] {
        var segments = traces.map(\.segment) + person.nameSegments(entity: entity) + rejections.map(\.segment)
        if let demographics = person.demographicSegment { segments.append(demographics) }
        if let relationship {
            segments.append(X12Segment("INS", values: [entity == "IL" ? "Y" : "N", relationship]))
        }
        segments += dates.map(\.segment)
        return segments + benefits.flatMap(\.segments)
    }
}

/// What one 2000C or 2000D level of a 270 or 271 says: the member, and for a 270 the inquiry (EQ)
/// with its dates.
struct MemberLevelReading {
    var member: EligibilityMember
    var serviceTypes: [String] = []
    var inquiryDates: [EligibilityDate] = []

    /// Reads a level whose name loop starts with `NM1*<entity>`.
    init(_ level: EligibilityHierarchy.Level, entity: String) throws(X12Error) {
        guard let nameIndex = level.segments.firstIndex(where: { $0.id == "NM1" }) else {
            throw X12Error(
                .missingSegment, "the \(level.code.name) level has no NM1; expected NM1*\(entity) naming the person",
                at: level.hl.location())
        }
        let nm1 = level.segments[nameIndex]
        guard nm1[1] == entity else {
            throw X12Error(
                .invalidValue, "NM101 is \(X12Error.quote(nm1[1])); expected \(entity) in the \(level.code.name) level",
                at: nm1.location(element: 1))
        }
        member = EligibilityMember(person: try EligibilityPerson(readingName: nm1))
        var isInInquiry = false
        var isInRelatedEntity = false
        for segment in level.segments[..<nameIndex] where segment.id == "TRN" {
            member.traces.append(try EligibilityTrace(reading: segment))
        }
        for segment in level.segments[(nameIndex + 1)...] {
            if isInRelatedEntity {
                // 2120 loops (LS … LE) name related entities such as a primary care provider.
                isInRelatedEntity = segment.id != "LE"
                continue
            }
            switch segment.id {
            case "EB":
                member.benefits.append(try EligibilityBenefit(reading: segment))
            case "EQ":
                isInInquiry = true
                serviceTypes += segment.element(1).repetitions.compactMap(\.first).filter { !$0.isEmpty }
            case "LS":
                isInRelatedEntity = true
            case "DTP":
                let date = try EligibilityDate(reading: segment)
                if !member.benefits.isEmpty {
                    member.benefits[member.benefits.count - 1].dates.append(date)
                } else if isInInquiry {
                    inquiryDates.append(date)
                } else {
                    member.dates.append(date)
                }
            case "AAA":
                let rejection = try EligibilityRejection(reading: segment)
                if member.benefits.isEmpty {
                    member.rejections.append(rejection)
                } else {
                    member.benefits[member.benefits.count - 1].rejections.append(rejection)
                }
            case "MSG" where !member.benefits.isEmpty:
                member.benefits[member.benefits.count - 1].messages.append(segment[1])
            case "INS" where member.benefits.isEmpty && !isInInquiry:
                member.relationship = segment.optional(2)
            default:
                if member.benefits.isEmpty, !isInInquiry {
                    _ = try member.person.read(segment)
                }
            }
        }
    }
}
