import ArgumentParser
import Foundation
import RevCycleCore
import RevCycleHost

extension AccessCommand {
    /// `revcycle access find`: look a patient up by MRN, name and date of birth, or phone.
    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find patients by MRN, by name and date of birth, or by phone (each match is audited).",
            discussion: """
                Give exactly one of --mrn, --name with --birth-date, or --phone. Names match
                without regard to case.

                Examples:
                  revcycle access find --mrn 100234
                  revcycle access find --name "Rivera, Ana" --birth-date 1984-03-09
                  revcycle access find --phone "(312) 555-0142" --format json
                """)

        @OptionGroup var options: GlobalOptions
        @Option(help: "The medical record number.") var mrn: String?
        @Option(help: "\"Family, Given\", with --birth-date.") var name: String?
        @Option(help: "Date of birth, YYYY-MM-DD (with --name).") var birthDate: String?
        @Option(help: "Phone number, 10 digits in any punctuation.") var phone: String?

        func validate() throws {
            let keys = [mrn != nil, name != nil || birthDate != nil, phone != nil].filter { $0 }.count
            guard keys == 1 else {
                throw ValidationError("Give exactly one of --mrn, --name with --birth-date, or --phone.")
            }
            if (name == nil) != (birthDate == nil) {
                throw ValidationError("--name and --birth-date go together: a name alone matches too many people.")
            }
        }

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.patient.find",
                                                  roles: [.access, .billing, .counseling, .collections])
            let search = try Self.search(mrn: mrn, name: name, birthDate: birthDate, phone: phone)
            let found = try AccessStore(database: context.services.database).find(search, by: context.actor)
            var report = Report(columns: ["patient", "mrn", "family", "given", "birth date", "phone"])
            for (patient, phone) in found {
                report.append([.text(patient.id.description), .text(patient.mrn), .text(patient.familyName), .text(patient.givenName),
                               .text(patient.birthDate.description), phone.map { .text($0.description) } ?? .empty])
            }
            context.emit(report)
        }

        static func search(mrn: String?, name: String?, birthDate: String?, phone: String?) throws -> PatientSearch {
            if let mrn { return .mrn(mrn) }
            if let phone { return .phone(try PhoneNumber(parsing: phone, field: "--phone")) }
            let parts = (name ?? "").split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw RevCycleError(.invalidInput, "\"\(name ?? "")\" is not a name to search; expected \"Family, Given\", such as \"Rivera, Ana\".",
                                    at: "--name")
            }
            let birth: CalendarDate
            do { birth = try CalendarDate(parsing: birthDate ?? "") } catch var error as RevCycleError {
                error.inputLocation = "--birth-date"
                throw error
            }
            return .nameAndBirthDate(family: parts[0], given: parts[1], birthDate: birth)
        }
    }
}
