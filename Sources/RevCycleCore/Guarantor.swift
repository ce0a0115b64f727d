/// The person responsible for paying: often the patient, a parent for a child.
public struct Guarantor: Sendable, Hashable {
    public var id: GuarantorID
    public var name: String
    /// The patient who is also the guarantor, when they are the same person.
    public var patient: PatientID?

    public init(id: GuarantorID, name: String, patient: PatientID?) {
        self.id = id
        self.name = name
        self.patient = patient
    }
}
