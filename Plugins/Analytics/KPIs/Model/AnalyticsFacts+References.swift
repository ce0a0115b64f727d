/// The record each fact stands for, for drill-downs.
extension AnalyticsFacts.ClaimFact {
    var reference: KPIReference { .claim(claim) }
}

extension AnalyticsFacts.PatientCash {
    var reference: KPIReference { .account(account) }
}

extension AnalyticsFacts.EncounterFact {
    var reference: KPIReference { .account(account) }
}

extension AnalyticsFacts.PlanFact {
    var reference: KPIReference { .plan(plan) }
}

extension AnalyticsFacts.CollectedBalance {
    var reference: KPIReference { .account(account) }
}
