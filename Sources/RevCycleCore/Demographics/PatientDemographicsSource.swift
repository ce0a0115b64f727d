/// Where a module reads a patient's demographics (sex, address, phone, contact preferences) when
/// another module keeps them: billing needs the address and sex for a claim, collections the
/// contact preferences. The patient access module supplies it; reads are audited.
public protocol PatientDemographicsSource: Sendable {
    /// The patient's demographics, or nil when none were recorded.
    func demographics(of patient: PatientID, by actor: ActingUser) throws -> PatientDemographics?
}
