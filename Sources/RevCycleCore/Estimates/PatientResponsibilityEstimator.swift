/// Splits a visit's expected charges between the patient and insurance, from the 271's benefits.
///
/// Lines are taken in order, and each one uses up the deductible and out-of-pocket amounts that
/// the lines before it left:
///
/// 1. **Copay.** A line whose service type has a copay (``PlanBenefits/copay(for:)``, falling back
///    to the generic `30`) takes it, limited to the line's allowed amount. Under
///    ``CopayPolicy/oncePerVisit`` only the first such line (with an allowed amount above zero)
///    takes it; later copay lines are covered by it.
/// 2. **Deductible and coinsurance.** A copay line is exempt when
///    ``PlanBenefits/copayWaivesDeductible`` (the default). Otherwise the deductible applies, up to
///    what remains of it, to the allowed amount less any copay; the coinsurance is then the plan's
///    percentage of the rest, rounded half up to the cent (``Money/percent(basisPoints:rounding:)``).
/// 3. **Out-of-pocket cap.** When the out-of-pocket remaining is known, the line's patient share is
///    limited to it, and it shrinks by what the line takes. A limited share gives up coinsurance
///    first, then deductible, then copay.
///
/// Insurance is expected to pay the allowed amount less the patient's share. When coverage is
/// not active, every line is self-pay: the patient owes the gross charge.
///
/// ```swift
/// let benefits = try PlanBenefits(coinsuranceBasisPoints: 2_000, deductibleRemaining: try Money(parsing: "250.00"),
///                                 outOfPocketRemaining: nil)
/// let line = EstimateLine(serviceCode: "70450", description: "CT head", grossCharge: try Money(parsing: "900.00"),
///                         allowedAmount: try Money(parsing: "400.00"))
/// let estimate = try PatientResponsibilityEstimator.estimate(lines: [line], benefits: benefits)
/// estimate.patientTotal        // $280.00: $250.00 deductible + 20% of $150.00
/// estimate.insuranceExpected   // $120.00
/// ```
public enum PatientResponsibilityEstimator {
    /// - Throws: ``RevCycleError`` (`invalidInput`) naming the first line with units below 1, or a
    ///   gross charge or allowed amount below zero or above ``Money/postingLimit``.
    public static func estimate(lines: [EstimateLine], benefits: PlanBenefits,
                                copayPolicy: CopayPolicy = .oncePerVisit) throws -> PatientEstimate {
        for (index, line) in lines.enumerated() { try validate(line, number: index + 1) }
        guard benefits.isCoverageActive else {
            return PatientEstimate(
                lines: lines.map(PatientEstimate.Line.selfPay), isSelfPay: true, deductibleRemainingAfter: benefits.deductibleRemaining,
                outOfPocketRemainingAfter: benefits.outOfPocketRemaining)
        }
        var split = Split(benefits: benefits, copayPolicy: copayPolicy)
        let results = lines.enumerated().map { index, line in split.next(line, number: index + 1) }
        return PatientEstimate(lines: results, isSelfPay: false, deductibleRemainingAfter: split.deductibleRemaining,
                               outOfPocketRemainingAfter: split.outOfPocketRemaining)
    }

    private static func validate(_ line: EstimateLine, number: Int) throws {
        let name = "Estimate line \(number) (\(line.serviceCode))"
        guard line.units >= 1 else {
            throw RevCycleError(.invalidInput, "\(name): units is \(line.units); expected 1 or more.", at: "line \(number)")
        }
        for (field, amount) in [("gross charge", line.grossCharge), ("allowed amount", line.allowedAmount)]
        where amount.isNegative || amount > Money.postingLimit {
            throw RevCycleError(.invalidInput,
                                "\(name): the \(field) is \(amount); expected \(Money.zero) to \(Money.postingLimit).",
                                at: "line \(number)")
        }
    }
}

// MARK: - One visit's running split

/// The benefits a visit has left as its lines are taken in order.
private struct Split {
    let benefits: PlanBenefits
    let copayPolicy: CopayPolicy
    var deductibleRemaining: Money
    var outOfPocketRemaining: Money?
    /// The line that took the visit's copay, under ``CopayPolicy/oncePerVisit``.
    var visitCopayLine: Int?

    init(benefits: PlanBenefits, copayPolicy: CopayPolicy) {
        self.benefits = benefits
        self.copayPolicy = copayPolicy
        deductibleRemaining = benefits.deductibleRemaining
        outOfPocketRemaining = benefits.outOfPocketRemaining
    }

    mutating func next(_ line: EstimateLine, number: Int) -> PatientEstimate.Line {
        let allowed = line.allowedAmount
        var notes: [String] = []
        var copay = Money.zero
        let planCopay = benefits.copay(for: line.serviceType)
        if let planCopay {
            if copayPolicy == .oncePerVisit, let visitCopayLine {
                notes.append("The visit copay was taken on line \(visitCopayLine).")
            } else if !allowed.isZero {
                copay = min(planCopay, allowed)
                if copayPolicy == .oncePerVisit { visitCopayLine = number }
                notes.append(copay < planCopay
                    ? "Copay \(copay) (the \(planCopay) copay, limited to the allowed amount)."
                    : "Copay \(copay).")
            }
        }
        var deductible = Money.zero
        var coinsurance = Money.zero
        if planCopay != nil && benefits.copayWaivesDeductible {
            if !allowed.isZero { notes.append("No deductible or coinsurance on a copay service.") }
        } else {
            let afterCopay = allowed - copay
            deductible = min(deductibleRemaining, afterCopay)
            let rest = afterCopay - deductible
            coinsurance = rest.percent(basisPoints: benefits.coinsuranceBasisPoints, rounding: .halfUp)
            if !deductible.isZero {
                notes.append(deductible == deductibleRemaining
                    ? "Deductible \(deductible) (the deductible is now met)." : "Deductible \(deductible).")
            }
            if !rest.isZero {
                notes.append("Coinsurance \(Self.percentText(benefits.coinsuranceBasisPoints)) of \(rest) = \(coinsurance).")
            }
        }
        if let outOfPocket = outOfPocketRemaining {
            var excess = copay + deductible + coinsurance - outOfPocket
            if excess > .zero {
                let uncapped = copay + deductible + coinsurance
                Self.trim(&coinsurance, by: &excess)
                Self.trim(&deductible, by: &excess)
                Self.trim(&copay, by: &excess)
                notes.append(outOfPocket.isZero
                    ? "The out-of-pocket maximum is already met: the plan pays in full."
                    : "The out-of-pocket maximum is reached: the patient pays \(outOfPocket) instead of \(uncapped).")
            }
            outOfPocketRemaining = outOfPocket - (copay + deductible + coinsurance)
        }
        deductibleRemaining -= deductible
        if allowed.isZero { notes.append("Nothing is allowed for this line.") }
        let patientTotal = copay + deductible + coinsurance
        notes.append("Patient pays \(patientTotal); insurance is expected to pay \(allowed - patientTotal).")
        return PatientEstimate.Line(line: line, allowed: allowed, copay: copay, deductible: deductible,
                                    coinsurance: coinsurance, explanation: notes.joined(separator: " "))
    }

    /// Takes up to `excess` off `amount`.
    private static func trim(_ amount: inout Money, by excess: inout Money) {
        let cut = min(amount, excess)
        amount -= cut
        excess -= cut
    }

    /// 2 000 basis points as `20%`, 1 550 as `15.5%`, 1 234 as `12.34%`.
    static func percentText(_ basisPoints: Int64) -> String {
        let whole = basisPoints / 100
        let fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)%" }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)%" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
