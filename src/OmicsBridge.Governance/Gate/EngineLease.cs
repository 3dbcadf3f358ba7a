using OmicsBridge.Lake.Query;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// One read's use of a lake engine, owned by the read's <see cref="QueryResult"/>. Disposing hands a kept engine back to
/// the gate's <see cref="WarmEngine"/>, and closes any other: a researcher's restricted engine, or one whose read failed.
/// </summary>
internal sealed class EngineLease : IDisposable
{
    private readonly WarmEngine? _home;
    private LakeQueryEngine? _engine;
    private bool _discard;

    /// <param name="engine">The engine lent.</param>
    /// <param name="home">Where it goes back to; null for an engine that must be closed after this read.</param>
    public EngineLease(LakeQueryEngine engine, WarmEngine? home)
    {
        _engine = engine;
        _home = home;
    }

    public LakeQueryEngine Engine => _engine ?? throw new ObjectDisposedException(nameof(EngineLease));

    /// <summary>Closes the engine on dispose instead of keeping it (after a failure its state is not worth trusting).</summary>
    public void Discard() => _discard = true;

    public void Dispose()
    {
        var engine = _engine;
        _engine = null;
        if (engine is null)
        {
            return;
        }

        if (_home is not null && !_discard)
        {
            _home.Return(engine);
        }
        else
        {
            engine.Dispose();
        }
    }
}
