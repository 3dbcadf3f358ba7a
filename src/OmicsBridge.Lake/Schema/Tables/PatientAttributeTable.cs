namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>patient_attribute</c>: derived, versioned attributes of patients (a discovered subtype, a risk score).</summary>
public static class PatientAttributeTable
{
    public static readonly TableSchema Schema = new(
        "patient_attribute",
        "Derived attributes of patients written by analyses; each run that writes a name adds a new version of it.",
        [
            new("patient_id", ColumnType.String, false),
            new("name", ColumnType.String, false, "Attribute name, e.g. subtype."),
            new("value", ColumnType.String, false),
            new("version", ColumnType.Int64, false, "1 for the first run that wrote this name, then +1 per run; readers take the highest."),
            new("run_id", ColumnType.String, false, "The analysis run that derived the value; its lake version records the operation and parameters."),
        ]);
}
