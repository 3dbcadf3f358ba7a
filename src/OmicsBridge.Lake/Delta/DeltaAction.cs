namespace OmicsBridge.Lake.Delta;

/// <summary>One action of a Delta commit: one JSON object on one line of <c>_delta_log/{version}.json</c>.</summary>
public abstract record DeltaAction;
