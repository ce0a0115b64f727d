import RevCycleCore

/// How `access find` looks a patient up.
enum PatientSearch: Sendable, Hashable {
    case mrn(String)
    case nameAndBirthDate(family: String, given: String, birthDate: CalendarDate)
    case phone(PhoneNumber)

    /// For audit detail: which key was used, never its value.
    var kind: String {
        switch self {
        case .mrn: "mrn"
        case .nameAndBirthDate: "name and birth date"
        case .phone: "phone"
        }
    }
}
