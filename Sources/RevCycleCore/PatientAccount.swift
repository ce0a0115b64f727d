/// One account per encounter (visit), grouped under a guarantor.
public struct PatientAccount: Sendable, Hashable {
    public var id: AccountID
    public var guarantor: GuarantorID
    public var patient: PatientID
    public var serviceDate: CalendarDate
    /// The site (facility) where the encounter happened.
    public var site: String

    public init(id: AccountID, guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate, site: String) {
        self.id = id
        self.guarantor = guarantor
        self.patient = patient
        self.serviceDate = serviceDate
        self.site = site
    }
}
