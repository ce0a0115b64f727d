import RevCycleCore

/// A new patient as the front desk enters it, already validated field by field.
struct Registration: Sendable, Hashable {
    var mrn: String
    var familyName: String
    var givenName: String
    var birthDate: CalendarDate
    var demographics: PatientDemographics
    /// Who is responsible for the bills.
    var guarantor: GuarantorChoice
}

/// Who a registration names as guarantor.
enum GuarantorChoice: Sendable, Hashable {
    /// The patient is their own guarantor.
    case patient
    /// A guarantor already on file (a parent registered earlier).
    case existing(GuarantorID, GuarantorRelationship)
    /// A new guarantor who is not a patient (a parent, a guardian).
    case new(name: String, GuarantorRelationship)

    var relationship: GuarantorRelationship {
        switch self {
        case .patient: .self
        case .existing(_, let relationship), .new(_, let relationship): relationship
        }
    }
}
