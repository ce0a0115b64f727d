/// The shared registry of patients, guarantors and their encounter accounts. The access module
/// owns registration; every module reads through this.
public protocol PatientRegistry: Sendable {
    func addPatient(mrn: String, familyName: String, givenName: String, birthDate: CalendarDate,
                    by actor: ActingUser) throws -> PatientSummary
    func addGuarantor(name: String, patient: PatientID?, by actor: ActingUser) throws -> Guarantor
    func openAccount(guarantor: GuarantorID, patient: PatientID, serviceDate: CalendarDate,
                     by actor: ActingUser) throws -> PatientAccount
    func patient(_ id: PatientID, by actor: ActingUser) throws -> PatientSummary
    func account(_ id: AccountID, by actor: ActingUser) throws -> PatientAccount
    func accounts(ofGuarantor guarantor: GuarantorID, by actor: ActingUser) throws -> [PatientAccount]
    func guarantor(_ id: GuarantorID, by actor: ActingUser) throws -> Guarantor
}
