import RevCycleCore

/// How the financial-assistance rules write amounts, percentages and exact quotients in the
/// reasons and calculations shown to counselors and auditors.
///
/// Every figure is written from integers, so the text says exactly what the arithmetic did.
enum PolicyText {
    /// `$33,000` for whole dollars, `$33,000.50` otherwise: poverty lines and incomes read as on the form.
    static func dollars(_ amount: Money) -> String {
        let text = amount.description
        return amount.cents % 100 == 0 ? String(text.dropLast(3)) : text
    }

    /// Basis points as a percentage with two decimals: `20000` → `200.00%`, `6123` → `61.23%`.
    static func percent(basisPoints: Int64) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let hundredths = magnitude % 100
        return "\(sign)\(magnitude / 100).\(hundredths < 10 ? "0" : "")\(hundredths)%"
    }

    /// `numerator / denominator` written with `places` decimals, truncated, with `…` when digits were cut:
    /// `decimal(612345678, over: 10000000, places: 4)` → `61.2345…`.
    ///
    /// - Precondition: `numerator >= 0`, `denominator > 0`.
    static func decimal(_ numerator: Int64, over denominator: Int64, places: Int) -> String {
        precondition(numerator >= 0 && denominator > 0, "decimal(_:over:places:) takes a non-negative fraction")
        var text = String(numerator / denominator)
        var remainder = numerator % denominator
        if places > 0 { text += "." }
        for _ in 0..<places {
            // remainder < denominator, so remainder * 10 fits whenever denominator * 10 does.
            let (shifted, overflow) = remainder.multipliedReportingOverflow(by: 10)
            precondition(!overflow, "decimal(_:over:places:) denominator too large")
            text += String(shifted / denominator)
            remainder = shifted % denominator
        }
        return remainder == 0 ? text : text + "…"
    }
}

/// Exact 128-bit comparisons and divisions over `Int64`, so no product of cents and percentages
/// can overflow or be rounded by accident.
enum ExactArithmetic {
    /// Whether `a × b ≤ c × d`, compared exactly in 128 bits.
    static func product(_ a: Int64, _ b: Int64, isAtMost c: Int64, _ d: Int64) -> Bool {
        let left = a.multipliedFullWidth(by: b)
        let right = c.multipliedFullWidth(by: d)
        return (left.high, left.low) <= (right.high, right.low)
    }

    /// `⌊a × b ÷ divisor⌋` for non-negative `a`, `b` and positive `divisor`, with one exact division.
    ///
    /// - Precondition: the quotient fits in `Int64`.
    static func floorOfProduct(_ a: Int64, _ b: Int64, dividedBy divisor: Int64) -> Int64 {
        precondition(a >= 0 && b >= 0 && divisor > 0, "floorOfProduct takes non-negative factors and a positive divisor")
        return divisor.dividingFullWidth(a.multipliedFullWidth(by: b)).quotient
    }

    /// `⌈a × b ÷ divisor⌉` for non-negative `a`, `b` and positive `divisor`.
    static func ceilingOfProduct(_ a: Int64, _ b: Int64, dividedBy divisor: Int64) -> Int64 {
        precondition(a >= 0 && b >= 0 && divisor > 0, "ceilingOfProduct takes non-negative factors and a positive divisor")
        let (quotient, remainder) = divisor.dividingFullWidth(a.multipliedFullWidth(by: b))
        return remainder == 0 ? quotient : quotient + 1
    }
}
