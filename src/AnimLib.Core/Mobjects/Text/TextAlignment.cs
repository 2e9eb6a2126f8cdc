namespace AnimLib.Mobjects;

/// <summary>How the lines of a multi-line <see cref="Text"/> line up.</summary>
public enum TextAlignment
{
    /// <summary>Lines centred on each other (the default).</summary>
    Center,

    /// <summary>Lines flush left.</summary>
    Left,

    /// <summary>Lines flush right.</summary>
    Right,
}
