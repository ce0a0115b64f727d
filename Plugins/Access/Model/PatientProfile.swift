import RevCycleCore

/// Everything `access show` prints about one patient.
struct PatientProfile: Sendable, Hashable {
    var summary: PatientSummary
    /// `nil` for a patient registered before demographics were recorded.
    var demographics: PatientDemographics?
    var guarantors: [GuarantorLink]
    var coverages: [Coverage]
}

/// A guarantor responsible for a patient, and how they are related.
struct GuarantorLink: Sendable, Hashable {
    var guarantor: Guarantor
    var relationship: GuarantorRelationship
}
