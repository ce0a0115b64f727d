/// A person or organization as an NM1 segment names it in a remittance or claim acknowledgment.
///
/// The entity code (NM101: `QC` patient, `IL` insured, `82` rendering provider, `41` submitter, `85`
/// billing provider) is given by where the name stands, so it is not part of the value.
///
/// ```swift
/// let patient = PartyName(lastName: "DOE", firstName: "JANE", idQualifier: "MI", id: "W123456789")
/// let clinic = PartyName(organization: "NORTH CLINIC", idQualifier: "XX", id: "1245319599")
/// ```
public struct PartyName: Sendable, Hashable {
    /// NM102: `2` for an organization, `1` for a person.
    public var isOrganization: Bool
    /// NM103, the last name or the organization's name.
    public var lastName: String
    /// NM104.
    public var firstName: String?
    /// NM105.
    public var middleName: String?
    /// NM107.
    public var suffix: String?
    /// NM108, what ``id`` is: `MI` member id, `XX` NPI, `FI` tax id, `46` ETIN, `PI` payer id.
    public var idQualifier: String?
    /// NM109.
    public var id: String?

    /// A person.
    public init(
        lastName: String, firstName: String? = nil, middleName: String? = nil, suffix: String? = nil,
        idQualifier: String? = nil, id: String? = nil
    ) {
        self.isOrganization = false
        self.lastName = lastName
        self.firstName = firstName
        self.middleName = middleName
        self.suffix = suffix
        self.idQualifier = idQualifier
        self.id = id
    }

    /// An organization.
    public init(organization name: String, idQualifier: String? = nil, id: String? = nil) {
        self.init(lastName: name, idQualifier: idQualifier, id: id)
        isOrganization = true
    }

    /// `NM1*<entity>*<1|2>*<last>*<first>*<middle>**<suffix>*<qualifier>*<id>`.
    func segment(entity: String) -> X12Segment {
        X12Segment(
            "NM1",
            values: [
                entity, isOrganization ? "2" : "1", lastName, firstName, middleName, nil, suffix, idQualifier, id,
            ])
    }

    /// A name from an NM1 segment; NM102 must be `1` or `2`.
    init(reading nm1: X12Segment) throws(X12Error) {
        guard nm1[2] == "1" || nm1[2] == "2" else {
            throw X12Error(
                .invalidValue, "NM102 is \(X12Error.quote(nm1[2])); expected 1 (a person) or 2 (an organization)",
                at: nm1.location(element: 2))
        }
        self.init(
            lastName: nm1[3], firstName: nm1.optional(4), middleName: nm1.optional(5), suffix: nm1.optional(7),
            idQualifier: nm1.optional(8), id: nm1.optional(9))
        isOrganization = nm1[2] == "2"
    }
}
