namespace OmicsBridge.Formats.Hgvs;

/// <summary>A location with its edit: <c>76A&gt;C</c>, <c>Trp24Cys</c>, or a whole-sequence edit (<c>=</c>, <c>?</c>, <c>0</c>).</summary>
/// <param name="Location">Where; null for whole-sequence descriptions (<c>c.=</c>, <c>p.?</c>, <c>p.0</c>) and for the
/// location-less later parts of a mosaic (<c>g.123_125=/del</c>).</param>
/// <param name="Edit">What.</param>
/// <param name="Predicted">Written in parentheses: a predicted consequence (<c>p.(Arg97Cys)</c>).</param>
public sealed record HgvsPosEdit(HgvsLocation? Location, HgvsEdit Edit, bool Predicted = false);
