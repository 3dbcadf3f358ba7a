namespace OmicsBridge.Demo.Generation;

/// <summary>
/// One planted lab result: the true value in the code's canonical unit, and how a source reports it (unit and text).
/// </summary>
/// <param name="Loinc">LOINC code (4548-4 HbA1c in NGSP %, 2345-7 glucose in mg/dL).</param>
/// <param name="Value">The true value in the canonical unit (% for HbA1c, mg/dL for glucose).</param>
/// <param name="Date">When it was drawn.</param>
/// <param name="Channel">The source that carries it: fhir, hl7v2 or csv.</param>
/// <param name="Form">How the source writes it: a quantity, free text, or the alternative unit (IFCC mmol/mol, mmol/L).</param>
public sealed record DemoClinicalTruthLab(string Loinc, double Value, DateOnly Date, string Channel, DemoClinicalTruthLabForm Form)
{
    public const string HbA1c = "4548-4";

    public const string Glucose = "2345-7";

    /// <summary>mg/dL per mmol/L of glucose (molar mass 180.156 g/mol).</summary>
    public const double GlucoseMgPerMmol = 18.0156;

    public bool IsHbA1c => Loinc == HbA1c;

    /// <summary>The number as the source reports it, in <see cref="ReportedUnit"/>.</summary>
    public double ReportedValue => (Loinc, Form) switch
    {
        // IFCC–NGSP master equation: mmol/mol = 10.929 × (% − 2.15), reported as a whole number as labs do.
        (HbA1c, DemoClinicalTruthLabForm.AlternativeUnit) => Math.Round(10.929 * (Value - 2.15)),
        (Glucose, DemoClinicalTruthLabForm.AlternativeUnit) => Math.Round(Value / GlucoseMgPerMmol, 1),
        _ => Value,
    };

    /// <summary>The unit as the source reports it (UCUM or a lab's spelling).</summary>
    public string ReportedUnit => (Loinc, Form) switch
    {
        (HbA1c, DemoClinicalTruthLabForm.AlternativeUnit) => "mmol/mol",
        (HbA1c, _) => "%",
        (Glucose, DemoClinicalTruthLabForm.AlternativeUnit) => "mmol/L",
        _ => "mg/dL",
    };

    /// <summary>The value as free text, when <see cref="Form"/> is <see cref="DemoClinicalTruthLabForm.FreeText"/>: "7.9 %" or "&gt;14" above the assay's range.</summary>
    public string FreeText => Value > 14
        ? ">14"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value:0.0} {ReportedUnit}");

    /// <summary>The value a query over the lake sees in the canonical unit (a censored "&gt;14" is 14).</summary>
    public double StoredValue => Form == DemoClinicalTruthLabForm.FreeText && Value > 14 ? 14
        : Form == DemoClinicalTruthLabForm.AlternativeUnit && IsHbA1c ? (ReportedValue / 10.929) + 2.15
        : Form == DemoClinicalTruthLabForm.AlternativeUnit ? ReportedValue * GlucoseMgPerMmol
        : Value;
}
