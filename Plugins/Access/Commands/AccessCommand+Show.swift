import ArgumentParser
import RevCycleCore
import RevCycleHost

extension AccessCommand {
    /// `revcycle access show P12`: demographics, guarantors and coverage of one patient.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a patient's demographics, contact consents, guarantors and coverage (audited).",
            discussion: """
                Examples:
                  revcycle access show P12
                  revcycle access show P12 --format json
                """)

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The patient (P12).") var patient: String

        func run() throws {
            let context = try CommandContext.open(options, module: "access", action: "access.patient.show",
                                                  roles: [.access, .billing, .counseling, .collections])
            let id = try PatientID(parsing: patient)
            let profile = try AccessStore(database: context.services.database).profile(of: id, by: context.actor)
            var report = Report.record(Self.fields(of: profile))
            report.footer = profile.coverages.isEmpty ? ["No coverage on file (self-pay)."] : []
            context.emit(report)
        }

        static func fields(of profile: PatientProfile) -> [(String, Report.Cell)] {
            let summary = profile.summary
            let demographics = profile.demographics
            func text(_ value: String?) -> Report.Cell { value.map(Report.Cell.text) ?? .empty }
            var fields: [(String, Report.Cell)] = [
                ("patient", .text(summary.id.description)), ("mrn", .text(summary.mrn)),
                ("name", .text("\(summary.familyName), \(summary.givenName)")), ("birth date", .text(summary.birthDate.description)),
                ("sex", text(demographics?.sex.rawValue)), ("address", text(demographics?.address?.singleLine)),
                ("phone", text(demographics?.phone?.description)), ("email", text(demographics?.email?.description)),
                ("language", text(demographics?.preferredLanguage?.description)),
                ("contact", text(demographics.map { d in
                    ContactChannel.allCases.map { "\($0.rawValue) \(d.contact.allows($0) ? "yes" : "no")" }.joined(separator: ", ")
                })),
                ("text consent", text(demographics?.contact.textConsent?.description)),
                ("guarantors", .text(profile.guarantors.map { "\($0.guarantor.id) \($0.guarantor.name) (\($0.relationship.rawValue))" }
                    .joined(separator: "; "))),
            ]
            for coverage in profile.coverages {
                fields.append(("coverage C\(coverage.id ?? 0)", .text(CoverageCommand.line(coverage))))
            }
            return fields
        }
    }
}
