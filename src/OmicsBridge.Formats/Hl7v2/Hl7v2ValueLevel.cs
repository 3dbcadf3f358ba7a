namespace OmicsBridge.Formats.Hl7v2;

/// <summary>Where in the field → repetition → component → sub-component hierarchy an <see cref="Hl7v2Value"/> sits.</summary>
public enum Hl7v2ValueLevel
{
    /// <summary>A whole field, possibly with repetitions.</summary>
    Field,

    /// <summary>One repetition of a field.</summary>
    Repetition,

    /// <summary>One component.</summary>
    Component,

    /// <summary>One sub-component.</summary>
    SubComponent,

    /// <summary>MSH-1 or MSH-2: delimiter characters, never split or unescaped.</summary>
    Literal,
}
