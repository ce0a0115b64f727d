/// A patient as the shared registry knows them. The access module adds demographics and
/// contact details in its own tables.
public struct PatientSummary: Sendable, Hashable {
    public var id: PatientID
    /// The medical record number, unique within a site.
    public var mrn: String
    public var familyName: String
    public var givenName: String
    public var birthDate: CalendarDate

    public init(id: PatientID, mrn: String, familyName: String, givenName: String, birthDate: CalendarDate) {
        self.id = id
        self.mrn = mrn
        self.familyName = familyName
        self.givenName = givenName
        self.birthDate = birthDate
    }
}
