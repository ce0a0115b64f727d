/// A person as X12 5010 health care transactions name them: NM1, REF, N3/N4 and DMG.
///
/// Eligibility (270/271, as ``EligibilityPerson``) and claims (837P subscribers, patients and other
/// insureds) share it. A subscriber is found by member id (`NM1*IL*1*…*MI*<id>`), or — for coverage
/// discovery, when the id is not known — by name, date of birth and gender with ``memberID`` left
/// `nil`. A dependent (`NM1*03` in a 270, `NM1*QC` in an 837) never carries an id of its own in 5010.
///
/// ```swift
/// let subscriber = X12Person(
///     lastName: "DOE", firstName: "JANE", memberID: "W123456789",
///     dateOfBirth: X12Date(year: 1980, month: 1, day: 1), gender: .female)
/// ```
public struct X12Person: Sendable, Hashable {
    /// DMG03, the administrative gender; any other code is kept as ``other(_:)``.
    public enum Gender: Sendable, Hashable {
        case female, male, unknown
        case other(String)

        public init(code: String) {
            self = [Self.female, .male, .unknown].first { $0.code == code } ?? .other(code)
        }

        /// `F`, `M`, `U`, or the code as read.
        public var code: String {
            switch self {
            case .female: "F"
            case .male: "M"
            case .unknown: "U"
            case .other(let code): code
            }
        }
    }

    /// N3 and N4: street lines, city, state and postal code.
    public struct Address: Sendable, Hashable {
        public var line1: String
        public var line2: String?
        public var city: String
        public var state: String?
        public var postalCode: String?

        public init(line1: String, line2: String? = nil, city: String, state: String? = nil, postalCode: String? = nil) {
            self.line1 = line1
            self.line2 = line2
            self.city = city
            self.state = state
            self.postalCode = postalCode
        }
    }

    /// A REF segment: a qualifier (`6P` group number, `18` plan number, `1L` policy number) and a value.
    public struct Reference: Sendable, Hashable {
        public var qualifier: String
        public var value: String

        public init(qualifier: String, value: String) {
            self.qualifier = qualifier
            self.value = value
        }
    }

    /// NM103.
    public var lastName: String
    /// NM104.
    public var firstName: String?
    /// NM105.
    public var middleName: String?
    /// NM107.
    public var suffix: String?
    /// NM109 with NM108 `MI`: the member id; `nil` when searching by demographics or for a dependent.
    public var memberID: String?
    /// DMG02.
    public var dateOfBirth: X12Date?
    /// DMG03.
    public var gender: Gender?
    /// N3/N4.
    public var address: Address?
    /// REF segments of the name loop (270/271 2100C/2100D, 837 2010BA/2010CA).
    public var references: [Reference]

    public init(
        lastName: String, firstName: String? = nil, middleName: String? = nil, suffix: String? = nil,
        memberID: String? = nil, dateOfBirth: X12Date? = nil, gender: Gender? = nil, address: Address? = nil,
        references: [Reference] = []
    ) {
        self.lastName = lastName
        self.firstName = firstName
        self.middleName = middleName
        self.suffix = suffix
        self.memberID = memberID
        self.dateOfBirth = dateOfBirth
        self.gender = gender
        self.address = address
        self.references = references
    }
}

// MARK: - Segments

extension X12Person.Address {
    /// N3 and N4.
    var segments: [X12Segment] {
        [X12Segment("N3", values: [line1, line2]), X12Segment("N4", values: [city, state, postalCode])]
    }
}

extension X12Person.Reference {
    /// `REF*<qualifier>*<value>`.
    var segment: X12Segment {
        X12Segment("REF", [X12Element(qualifier), X12Element(value)])
    }
}

extension X12Person {
    /// NM1 (entity `IL` subscriber, `03` or `QC` dependent), then REF, N3 and N4.
    func nameSegments(entity: String) -> [X12Segment] {
        [nameSegment(entity: entity)] + references.map(\.segment) + (address?.segments ?? [])
    }

    /// `NM1*<entity>*1*<last>*<first>*<middle>**<suffix>*MI*<member id>`.
    func nameSegment(entity: String) -> X12Segment {
        X12Segment(
            "NM1", values: [entity, "1", lastName, firstName, middleName, nil, suffix, memberID.map { _ in "MI" }, memberID])
    }

    /// DMG, when a date of birth or gender is known.
    var demographicSegment: X12Segment? {
        guard dateOfBirth != nil || gender != nil else { return nil }
        return X12Segment("DMG", values: [dateOfBirth.map { _ in "D8" }, dateOfBirth?.x12, gender?.code])
    }

    /// A person from the NM1 that opens a name loop (270/271 2100C or 2100D, 837 2010BA, 2010CA, 2330A).
    init(readingName nm1: X12Segment) throws(X12Error) {
        let qualifier = nm1.optional(8)
        self.init(
            lastName: nm1[3], firstName: nm1.optional(4), middleName: nm1.optional(5), suffix: nm1.optional(7),
            memberID: qualifier == "MI" || qualifier == "II" ? nm1.optional(9) : nil)
        if nm1[2] == "2" {
            throw X12Error(
                .invalidValue, "NM102 is 2 (an organization); expected 1, a person", at: nm1.location(element: 2))
        }
    }

    /// Reads one segment of the name loop that describes the person; returns whether it was one.
    mutating func read(_ segment: X12Segment) throws(X12Error) -> Bool {
        switch segment.id {
        case "REF":
            references.append(
                Reference(qualifier: try segment.required(1, "a reference qualifier"), value: segment[2]))
        case "N3":
            address = Address(line1: try segment.required(1, "an address line"), line2: segment.optional(2), city: "")
        case "N4":
            var address = address ?? Address(line1: "", city: "")
            address.city = segment[1]
            address.state = segment.optional(2)
            address.postalCode = segment.optional(3)
            self.address = address
        case "DMG":
            if segment.optional(2) != nil, segment[1] != "D8" {
                throw X12Error(.invalidValue, "DMG01 is not D8; expected D8 (CCYYMMDD)", at: segment.location(element: 1))
            }
            dateOfBirth = try segment.date(2, "the date of birth")
            gender = segment.optional(3).map(Gender.init(code:))
        default:
            return false
        }
        return true
    }
}
