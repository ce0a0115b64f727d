import GRDB
import RevCycleCore
import RevCycleStore

extension AccessStore {
    /// The pre-registration checklist of a scheduled appointment, from what is on file: demographics,
    /// a guarantor, coverage (or a coverage discovery for a self-pay patient), an eligibility answer
    /// within 30 days of the visit for the primary coverage, and an estimate for the visit.
    func preRegistration(of appointment: Appointment, site: String) throws -> PreRegistration {
        try database.writer.read { db in
            let patient = appointment.patient.rawValue
            let hasContact = try Bool.fetchOne(db, sql: """
                SELECT 1 FROM access_demographics WHERE patient_id = ? AND address_line1 IS NOT NULL AND phone IS NOT NULL
                """, arguments: [patient]) ?? false
            let hasGuarantor = try Bool.fetchOne(db, sql: """
                SELECT 1 FROM access_guarantor_link WHERE patient_id = ? UNION SELECT 1 FROM guarantor WHERE patient_id = ?
                """, arguments: [patient, patient]) ?? false
            let primary = try SQLiteCoverageStore.coverages(of: appointment.patient, in: db)
                .first { $0.priority == .primary && $0.isActive(on: appointment.date) }
            let mark = appointment.id.description
            var steps = [
                PreRegistration.Step(name: "demographics", done: hasContact,
                                     remedy: "record the address and phone (revcycle access show \(appointment.patient))"),
                PreRegistration.Step(name: "guarantor", done: hasGuarantor, remedy: "link a guarantor at registration"),
            ]
            if let primary, let coverageID = primary.id {
                let verified = try Bool.fetchOne(db, sql: """
                    SELECT 1 FROM access_eligibility WHERE coverage_id = ? AND status = 'active' AND service_date >= ? AND service_date <= ?
                    """, arguments: [coverageID, appointment.date.adding(days: -30).description, appointment.date.description]) ?? false
                steps.append(.init(name: "eligibility", done: verified,
                                   remedy: "revcycle access eligibility check \(appointment.patient) --appointment \(mark)"))
            } else {
                let searched = try Bool.fetchOne(db, sql: """
                    SELECT 1 FROM access_eligibility WHERE patient_id = ? AND purpose = 'discovery' AND status != 'sent'
                    """, arguments: [patient]) ?? false
                steps.append(.init(name: "coverage discovery", done: searched,
                                   remedy: "revcycle access eligibility discover \(appointment.patient)"))
            }
            let estimated = try Bool.fetchOne(db, sql: "SELECT 1 FROM access_estimate WHERE appointment_id = ?",
                                              arguments: [appointment.id.rawValue]) ?? false
            steps.append(.init(name: primary == nil ? "good-faith estimate" : "estimate", done: estimated,
                               remedy: "revcycle access estimate create \(mark)"))
            return PreRegistration(steps: steps)
        }
    }
}
