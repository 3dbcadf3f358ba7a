namespace OmicsBridge.Demo.Generation;

/// <summary>How a generated lab value is written by its source.</summary>
public enum DemoClinicalTruthLabForm
{
    /// <summary>A number in the canonical unit (% for HbA1c, mg/dL for glucose).</summary>
    Quantity,

    /// <summary>Free text such as "7.9 %" or "&gt;14".</summary>
    FreeText,

    /// <summary>A number in the other unit: IFCC mmol/mol for HbA1c, mmol/L for glucose.</summary>
    AlternativeUnit,
}
